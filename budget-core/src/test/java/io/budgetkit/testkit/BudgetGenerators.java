package io.budgetkit.testkit;

import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.Catalog;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.EvidenceType;
import io.budgetkit.project.IndicatorCategory;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.ScoringRule;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of every public core type, for property tests of code that handles
 * budgets: {@code qt().forAll(BudgetGenerators.budgets()).check(b -> ...)}.
 *
 * <p>Every generator is composed from QuickTheories' primitives with {@code map}, {@code zip} and
 * {@code flatMap}, so a failing example shrinks towards a small one (fewer lines, smaller amounts,
 * catalog codes). Values are realistic: codes from {@link Catalog#standard()} mixed with other
 * valid codes, amounts in 万元 with two decimals as the tables print them, names and texts from the
 * seed disclosure of 阿图什市人力资源和社会保障局. Sizes are small by default so that a property runs in well
 * under a second; overloads take the sizes.
 *
 * <p>Generated budgets are consistent under {@link io.budgetkit.validation.BudgetRules#all()};
 * {@link BrokenBudgets} breaks them in one known way each.
 */
public final class BudgetGenerators {
  /** Default most basic-expenditure lines of a generated budget or line list. */
  public static final int DEFAULT_MAX_LINES = 8;

  /** Default most projects of a generated budget. */
  public static final int DEFAULT_MAX_PROJECTS = 3;

  /** One 0.01 万元 (100 元) in fen: the step of every table figure. */
  public static final long WAN_YUAN_CENT = 10_000;

  private static final ImmutableList<FunctionCode> CATALOG_FUNCTIONS =
      ImmutableList.copyOf(Catalog.standard().functionNames().keySet());
  private static final ImmutableList<FunctionCode> CATALOG_ITEMS =
      CATALOG_FUNCTIONS.stream()
          .filter(c -> c.level() == CodeLevel.ITEM)
          .collect(ImmutableList.toImmutableList());
  private static final ImmutableList<EconomicCode> CATALOG_ECONOMICS =
      ImmutableList.copyOf(Catalog.standard().economicNames().keySet());
  private static final ImmutableList<FundSource> FUND_LEAVES =
      Arrays.stream(FundSource.values())
          .filter(FundSource::isLeaf)
          .collect(ImmutableList.toImmutableList());

  private static final ImmutableList<String> PROJECT_NAMES =
      ImmutableList.of("光纤费", "2023 年自治区就业补助资金预算", "社保补贴", "创业担保贷款贴息", "公益性岗位补贴", "职业技能培训补贴");
  private static final ImmutableList<String> ALLOCATION_ITEMS =
      ImmutableList.of("保障社保专线", "保障社会化防控专线", "社保补贴", "岗位补贴", "培训补贴", "贷款贴息");
  private static final ImmutableList<String> INDICATOR_NAMES =
      ImmutableList.of("网络正常运转率", "补贴发放人数", "资金拨付及时率", "项目完成时间", "就业形势稳定", "受益群众满意度", "项目成本");
  private static final ImmutableList<IndicatorTarget> TARGETS =
      ImmutableList.of(
          IndicatorTarget.parse(">=95%"),
          IndicatorTarget.parse("=100%"),
          IndicatorTarget.parse("=2 辆"),
          IndicatorTarget.parse("=15.23 万元"),
          IndicatorTarget.parse("2023 年 12 月"),
          IndicatorTarget.parse("有效保障"),
          IndicatorTarget.parse("效果显著"),
          IndicatorTarget.parse("<=5%"),
          IndicatorTarget.reference("上年全国融资担保行业平均代偿率"));

  private BudgetGenerators() {}

  // ---------------------------------------------------------------- codes

  /**
   * Valid function codes at every level: mostly the codes of {@link Catalog#standard()} (the seed's
   * codes and the 类 201–234), some any other valid 3-, 5- or 7-digit code.
   */
  public static Gen<FunctionCode> functionCodes() {
    return Generate.frequency(
        Pair.of(3, Generate.pick(CATALOG_FUNCTIONS)),
        Pair.of(2, randomFunctionCodes(Generate.enumValues(CodeLevel.class))));
  }

  /** Valid function codes of one level: catalog codes of that level and random ones. */
  public static Gen<FunctionCode> functionCodes(CodeLevel level) {
    List<FunctionCode> known =
        CATALOG_FUNCTIONS.stream().filter(c -> c.level() == level).collect(Collectors.toList());
    return Generate.frequency(
        Pair.of(3, Generate.pick(known)),
        Pair.of(2, randomFunctionCodes(Generate.constant(level))));
  }

  /** Function 项 (7 digits), the level budget lines carry: catalog 项 and random ones. */
  public static Gen<FunctionCode> itemCodes() {
    return Generate.frequency(
        Pair.of(3, Generate.pick(CATALOG_ITEMS)),
        Pair.of(1, randomFunctionCodes(Generate.constant(CodeLevel.ITEM))));
  }

  /** Valid economic codes, 类 or 款: catalog codes (301 … 399) and random 3xx / 3xx xx ones. */
  public static Gen<EconomicCode> economicCodes() {
    return Generate.frequency(
        Pair.of(3, Generate.pick(CATALOG_ECONOMICS)),
        Pair.of(
            1,
            Generate.range(300, 399)
                .zip(
                    Generate.range(1, 99),
                    Generate.booleans(),
                    (c, s, section) ->
                        EconomicCode.parse(section ? String.format("%03d%02d", c, s) : "" + c))));
  }

  /**
   * Economic codes that fit an expenditure kind under rule {@code line.kind-economic}: 301 and 303
   * (and their 款) for 人员经费, 302 for 公用经费, any code for 项目支出.
   */
  public static Gen<EconomicCode> economicCodes(ExpenditureKind kind) {
    switch (kind) {
      case BASIC_PERSONNEL:
        return economicCodesUnder("301", "303");
      case BASIC_OPERATING:
        return economicCodesUnder("302");
      default:
        return economicCodes();
    }
  }

  private static Gen<EconomicCode> economicCodesUnder(String... classes) {
    List<EconomicCode> known =
        CATALOG_ECONOMICS.stream()
            .filter(e -> Arrays.asList(classes).contains(e.at(CodeLevel.CLASS).digits()))
            .collect(Collectors.toList());
    Gen<EconomicCode> random =
        Generate.pick(Arrays.asList(classes))
            .zip(
                Generate.range(0, 99),
                (c, s) -> EconomicCode.parse(s == 0 ? c : c + String.format("%02d", s)));
    return Generate.frequency(Pair.of(3, Generate.pick(known)), Pair.of(1, random));
  }

  private static Gen<FunctionCode> randomFunctionCodes(Gen<CodeLevel> levels) {
    return Generate.range(100, 999)
        .zip(
            Generate.range(0, 99),
            Generate.range(0, 99),
            levels,
            (c, s, i, level) ->
                FunctionCode.parse(
                    String.format("%03d%02d%02d", c, s, i).substring(0, level.digits())));
  }

  /**
   * A written form that is not a code, and why.
   *
   * @param text the malformed text
   * @param why what is wrong with it
   */
  public record InvalidCode(String text, String why) {
    @Override
    public String toString() {
      return "'" + text + "' (" + why + ")";
    }
  }

  private static String spaced(String digits) {
    return digits.length() == 3
        ? digits
        : digits.substring(0, 3)
            + " "
            + digits.substring(3, 5)
            + (digits.length() == 7 ? " " + digits.substring(5) : "");
  }

  /** The ways {@link #invalidCodeTexts()} spoils a valid code. */
  private enum Spoil {
    DROP_DIGIT("a digit short of a level (2, 4 or 6 digits)"),
    DROP_DIGIT_SPACED("spaced, with a digit missing from the last group ('208 0')"),
    EXTRA_DIGIT("a digit more than a level (4, 6 or 8 digits)"),
    LETTER("a letter O in place of a zero or other digit"),
    FULL_WIDTH("a full-width digit"),
    MISPLACED_SPACE("a space inside the 3-digit 类 group"),
    PARTLY_SPACED("spaced at one group boundary but not at the other"),
    DOUBLE_SPACE("two spaces between groups"),
    DASHES("groups joined by dashes"),
    EMPTY("empty"),
    BLANK("only spaces");

    private final String why;

    Spoil(String why) {
      this.why = why;
    }

    InvalidCode apply(String digits) {
      switch (this) {
        case DROP_DIGIT:
          return new InvalidCode(digits.substring(0, digits.length() - 1), why);
        case DROP_DIGIT_SPACED:
          String spaced = spaced(digits);
          return new InvalidCode(spaced.substring(0, spaced.length() - 1), why);
        case EXTRA_DIGIT:
          return new InvalidCode(digits + "0", why);
        case LETTER:
          return new InvalidCode("O" + digits.substring(1), why);
        case FULL_WIDTH:
          return new InvalidCode("\uFF12" + digits.substring(1), why);
        case MISPLACED_SPACE:
          return new InvalidCode(digits.substring(0, 2) + " " + digits.substring(2), why);
        case PARTLY_SPACED:
          return digits.length() == 7
              ? new InvalidCode(digits.substring(0, 3) + " " + digits.substring(3), why)
              : new InvalidCode(digits + " 0101", why);
        case DOUBLE_SPACE:
          return new InvalidCode(digits.substring(0, 3) + "  " + digits.substring(3) + "01", why);
        case DASHES:
          return new InvalidCode(digits.substring(0, 3) + "-" + digits.substring(3) + "-01", why);
        case EMPTY:
          return new InvalidCode("", why);
        default:
          return new InvalidCode("   ", why);
      }
    }
  }

  /**
   * Malformed written forms of codes, each with why it is malformed: for negative tests of {@link
   * FunctionCode#parse} and {@link EconomicCode#parse}, both of which must reject every one of them
   * with a message quoting the text.
   */
  public static Gen<InvalidCode> invalidCodeTexts() {
    return functionCodes().zip(Generate.enumValues(Spoil.class), (c, s) -> s.apply(c.digits()));
  }

  /**
   * Texts that are malformed as economic codes: those of {@link #invalidCodeTexts()} and 7-digit 项
   * forms, which the economic classification does not have.
   */
  public static Gen<InvalidCode> invalidEconomicCodeTexts() {
    Gen<InvalidCode> items =
        functionCodes(CodeLevel.ITEM)
            .zip(
                Generate.booleans(),
                (c, spaced) ->
                    new InvalidCode(
                        spaced ? c.toString() : c.digits(),
                        "a 项 (7 digits): economic codes stop at 款"));
    return Generate.frequency(Pair.of(3, invalidCodeTexts()), Pair.of(1, items));
  }

  // ---------------------------------------------------------------- money

  /**
   * Non-negative amounts across the scales that matter: zero, 0.01 元, small sums in 元, realistic
   * table figures in 万元 with two decimals, and large amounts up to 10<sup>15</sup> 元 (so that a
   * hundred of them still add up without overflow).
   */
  public static Gen<Amount> amounts() {
    return Generate.frequency(
        Pair.of(1, Generate.constant(Amount.zero())),
        Pair.of(1, Generate.constant(Amount.ofFen(1))),
        Pair.of(3, fenBetween(1, 100_000_00)),
        Pair.of(5, wanYuanAmounts()),
        Pair.of(1, fenBetween(100_000_000_000_000L, 100_000_000_000_000_000L)));
  }

  /** Amounts of {@code minFen} to {@code maxFen} fen, uniformly (shrinking towards the minimum). */
  public static Gen<Amount> amounts(long minFen, long maxFen) {
    return fenBetween(minFen, maxFen);
  }

  /** Amounts of either sign: {@link #amounts()} and their negations (changes, 减少). */
  public static Gen<Amount> signedAmounts() {
    return amounts().zip(Generate.booleans(), (a, negative) -> negative ? a.negated() : a);
  }

  /**
   * Table figures: amounts in 万元 with two decimals, from 0.00 to 20,000.00 万元, mostly under
   * 1,000.00 万元 (the seed's lines are 0.27 to 11,415.32 万元).
   */
  public static Gen<Amount> wanYuanAmounts() {
    return wanYuanAmounts(2_000_000);
  }

  /** Table figures from 0.00 万元 to {@code maxCents} hundredths of a 万元. */
  public static Gen<Amount> wanYuanAmounts(long maxCents) {
    return Generate.frequency(
            Pair.of(1, Generate.constant(0L)),
            Pair.of(6, Generate.longRange(1, Math.min(maxCents, 100_000))),
            Pair.of(2, Generate.longRange(1, maxCents)))
        .map(cents -> Amount.ofFen(cents * WAN_YUAN_CENT));
  }

  /** Positive table figures: 0.01 万元 to {@code maxCents} hundredths of a 万元. */
  public static Gen<Amount> positiveWanYuanAmounts(long maxCents) {
    return Generate.longRange(1, maxCents).map(cents -> Amount.ofFen(cents * WAN_YUAN_CENT));
  }

  private static Gen<Amount> fenBetween(long min, long max) {
    return Generate.longRange(min, max).map(Amount::ofFen);
  }

  /**
   * A figure as the document writes it in a unit, with the amount it denotes (worked out from its
   * digits, not by the parser under test).
   *
   * @param text the figure: {@code 14,941.05}, {@code 14941.05}, {@code 20}, {@code -4.25}
   * @param unit the unit the figure is written in
   * @param amount the amount it denotes
   */
  public record AmountText(String text, MoneyUnit unit, Amount amount) {
    @Override
    public String toString() {
      return text + " " + unit.label();
    }
  }

  /**
   * Figures in the document's notation in each unit: with or without thousands separators, two
   * decimals, one, or none where the figure is whole, and a leading minus for decreases.
   */
  public static Gen<AmountText> amountTexts() {
    return Generate.enumValues(MoneyUnit.class)
        .flatMap(
            unit ->
                Generate.longRange(0, Math.max(1, 1_000_000_000_000L / unit.yuan()))
                    .zip(
                        Generate.range(0, 99),
                        Generate.range(0, 3),
                        Generate.booleans(),
                        (whole, cents, style, negative) ->
                            amountText(unit, whole, cents, style, negative)));
  }

  private static AmountText amountText(
      MoneyUnit unit, long whole, int cents, int style, boolean negative) {
    boolean grouped = style % 2 == 1;
    String integer = grouped ? String.format(Locale.ROOT, "%,d", whole) : Long.toString(whole);
    String fraction;
    if (style >= 2 && cents == 0) {
      fraction = "";
    } else if (style >= 2 && cents % 10 == 0) {
      fraction = "." + cents / 10;
    } else {
      fraction = String.format(Locale.ROOT, ".%02d", cents);
    }
    long fen = Math.multiplyExact(whole * 100 + cents, unit.yuan());
    boolean minus = negative && fen != 0;
    return new AmountText(
        (minus ? "-" : "") + integer + fraction, unit, Amount.ofFen(minus ? -fen : fen));
  }

  /** Percentages at scale 2 from -1,000.00% to 10,000.00% (growth rates reach 1,340.04%). */
  public static Gen<Percent> percents() {
    return Generate.longRange(-100_000, 1_000_000)
        .map(hundredths -> Percent.of(BigDecimal.valueOf(hundredths, 2)));
  }

  /**
   * Exactly {@code parts} non-negative amounts that add up to {@code total}: cut points in steps of
   * {@code stepFen} fen, the last part taking what the steps leave. Shrinks towards all of the
   * total in the last part.
   */
  public static Gen<List<Amount>> splits(Amount total, int parts, long stepFen) {
    if (parts < 1 || stepFen < 1 || total.isNegative()) {
      throw new IllegalArgumentException(
          "Cannot split " + total + " into " + parts + " parts in steps of " + stepFen + " fen");
    }
    if (parts == 1) {
      return Generate.constant(List.of(total));
    }
    long steps = total.fen() / stepFen;
    return lists()
        .of(Generate.longRange(0, steps))
        .ofSize(parts - 1)
        .map(
            cuts -> {
              List<Long> sorted = new ArrayList<>(cuts);
              sorted.sort(null);
              List<Amount> result = new ArrayList<>(parts);
              long previous = 0;
              for (long cut : sorted) {
                result.add(Amount.ofFen((cut - previous) * stepFen));
                previous = cut;
              }
              result.add(total.minus(Amount.ofFen(previous * stepFen)));
              return List.copyOf(result);
            });
  }

  // ---------------------------------------------------------------- lines

  /** The leaf fund sources, the ones a budget line carries. */
  public static Gen<FundSource> fundLeaves() {
    return Generate.pick(FUND_LEAVES);
  }

  /** 人员经费, 公用经费 or 项目支出. */
  public static Gen<ExpenditureKind> kinds() {
    return Generate.enumValues(ExpenditureKind.class);
  }

  /**
   * Budget lines of any kind, not naming a project: a 项, an economic code that fits the kind (or
   * none, one line in six), a leaf fund source and a table figure in 万元.
   */
  public static Gen<BudgetLine> lines() {
    return lines(wanYuanAmounts());
  }

  /** Budget lines as {@link #lines()} with amounts from {@code amounts} (not negative). */
  public static Gen<BudgetLine> lines(Gen<Amount> amounts) {
    return kinds().flatMap(kind -> linesOf(kind, amounts));
  }

  /** Basic-expenditure lines (人员经费 or 公用经费) consistent with {@code line.kind-economic}. */
  public static Gen<BudgetLine> basicLines() {
    return Generate.pick(List.of(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_OPERATING))
        .flatMap(kind -> linesOf(kind, wanYuanAmounts()));
  }

  private static Gen<BudgetLine> linesOf(ExpenditureKind kind, Gen<Amount> amounts) {
    return itemCodes()
        .zip(
            economicCodes(kind).toOptionals(16),
            fundLeaves(),
            amounts,
            (function, economic, fund, amount) ->
                BudgetLine.builder()
                    .function(function)
                    .economic(economic)
                    .fund(fund)
                    .kind(kind)
                    .amount(amount)
                    .build());
  }

  /** Lists of 0 to {@link #DEFAULT_MAX_LINES} lines, for roll-up and grouping properties. */
  public static Gen<List<BudgetLine>> lineLists() {
    return lineLists(0, DEFAULT_MAX_LINES);
  }

  /** Lists of {@code min} to {@code max} lines of {@link #lines()}. */
  public static Gen<List<BudgetLine>> lineLists(int min, int max) {
    return lists().of(lines()).ofSizeBetween(min, max);
  }

  // ---------------------------------------------------------------- projects

  /**
   * Performance indicators of any category with a target, basis 计划标准, a prior-year value or none, a
   * weight of 0 to 30 points, a scoring rule and one to four kinds of evidence.
   */
  public static Gen<PerformanceIndicator> indicators() {
    return Generate.enumValues(IndicatorCategory.class)
        .zip(
            Generate.pick(INDICATOR_NAMES),
            Generate.pick(TARGETS),
            Generate.range(0, 30),
            Generate.enumValues(ScoringRule.class),
            (category, name, target, weight, scoring) ->
                PerformanceIndicator.builder()
                    .category(category)
                    .name(name)
                    .target(target)
                    .basis("计划标准")
                    .weight(weight)
                    .scoring(scoring)
                    .build())
        .zip(
            Generate.range(1, 15),
            Generate.booleans(),
            (indicator, evidenceMask, prior) -> {
              PerformanceIndicator.Builder b = PerformanceIndicator.builder();
              b.from(indicator);
              b.evidence(evidence(evidenceMask));
              b.priorYear(prior ? Optional.of(indicator.target().printed()) : Optional.empty());
              return b.build();
            });
  }

  private static List<EvidenceType> evidence(int mask) {
    List<EvidenceType> result = new ArrayList<>();
    for (EvidenceType e : EvidenceType.values()) {
      if ((mask & (1 << e.ordinal())) != 0) {
        result.add(e);
      }
    }
    return result;
  }

  /**
   * Whole-point weights, {@code count} of them, that add up to {@code total}: the 90 points of a
   * performance-target table.
   */
  public static Gen<List<Integer>> weights(int total, int count) {
    return splits(Amount.ofFen(total), count, 1)
        .map(
            parts ->
                parts.stream().map(a -> Math.toIntExact(a.fen())).collect(Collectors.toList()));
  }

  /**
   * Performance-target tables for project {@code projectName} with funds {@code totalFunds}: 财政拨款
   * and 其他资金 add up to it, and one to six indicators whose weights total 90.
   */
  public static Gen<PerformanceTarget> performanceTargets(String projectName, Amount totalFunds) {
    Gen<List<PerformanceIndicator>> indicators =
        Generate.range(1, 6)
            .flatMap(
                n ->
                    lists()
                        .of(indicators())
                        .ofSize(n)
                        .zip(weights(90, n), BudgetGenerators::withWeights));
    return indicators.zip(
        splits(totalFunds, 2, WAN_YUAN_CENT),
        (list, funds) ->
            PerformanceTarget.builder()
                .projectName(projectName + "项目")
                .owner("严元博")
                .totalFunds(totalFunds)
                .fiscalFunds(funds.get(0))
                .otherFunds(funds.get(1))
                .overallGoal("保障" + projectName + "按时足额发放，促进就业形势稳定")
                .indicators(list)
                .build());
  }

  /** {@code indicators} with their weights replaced by {@code weights}, in order. */
  public static List<PerformanceIndicator> withWeights(
      List<PerformanceIndicator> indicators, List<Integer> weights) {
    List<PerformanceIndicator> result = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      PerformanceIndicator.Builder b = PerformanceIndicator.builder();
      b.from(indicators.get(i));
      b.weight(weights.get(i));
      result.add(b.build());
    }
    return List.copyOf(result);
  }

  /**
   * Subsidy terms: 1 to 2,000 recipients and a standard per person per month (in 元, as the seed's
   * 2050.27 元/人/月), per year (in 万元, as 1.54 万元/年) or once.
   */
  public static Gen<SubsidyTerms> subsidyTerms() {
    return Generate.range(1, 2000)
        .zip(
            Generate.enumValues(SubsidyPeriod.class),
            Generate.longRange(1, 1_000_000),
            (recipients, period, fen) -> {
              MoneyUnit unit = period == SubsidyPeriod.YEAR ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
              Amount perPerson =
                  unit == MoneyUnit.WAN_YUAN
                      ? Amount.ofFen((fen % 1000 + 1) * WAN_YUAN_CENT)
                      : Amount.ofFen(fen);
              String printed = perPerson.format(unit) + " " + unit.label() + "/人/" + period.label();
              return new SubsidyTerms(
                  recipients,
                  new SubsidyStandard(perPerson, Optional.of(period), printed, unit),
                  "符合条件的就业困难人员",
                  "按月发放",
                  "个人申请，部门审核，财政拨付",
                  "稳定就业，保障困难群众基本生活");
            });
  }

  /**
   * Projects with a name from the seed, a scale of 0.01 to 5,000.00 万元, allocation parts that add
   * up to the scale (now and then an item listed without an amount), a stated 共计 equal to the scale
   * or none, subsidy terms or none, and a performance target (funds = scale, weights = 90) or none.
   */
  public static Gen<Project> projects() {
    return Generate.pick(PROJECT_NAMES).flatMap(BudgetGenerators::projects);
  }

  /** Projects as {@link #projects()} named {@code name}. */
  public static Gen<Project> projects(String name) {
    return positiveWanYuanAmounts(500_000).flatMap(scale -> projects(name, scale));
  }

  /** Projects as {@link #projects()} named {@code name} with scale {@code scale}. */
  public static Gen<Project> projects(String name, Amount scale) {
    Gen<List<AllocationPart>> allocation =
        Generate.range(1, 3)
            .flatMap(n -> splits(scale, n, WAN_YUAN_CENT))
            .zip(
                Generate.range(0, 9),
                (amounts, unpriced) -> {
                  List<AllocationPart> parts = new ArrayList<>();
                  for (int i = 0; i < amounts.size(); i++) {
                    parts.add(
                        AllocationPart.of(
                            ALLOCATION_ITEMS.get(i % ALLOCATION_ITEMS.size()), amounts.get(i)));
                  }
                  if (unpriced == 0) {
                    parts.add(AllocationPart.unpriced("其他"));
                  }
                  return List.copyOf(parts);
                });
    return allocation
        .zip(
            Generate.booleans(),
            subsidyTerms().toOptionals(60),
            performanceTargets(name, scale).toOptionals(30),
            (parts, statesTotal, subsidy, performance) ->
                Project.builder()
                    .name(name)
                    .policyBasis("克财社[2022]73 号")
                    .scale(scale)
                    .undertaker("阿图什市人力资源和社会保障局")
                    .allocation(parts)
                    .allocationTotal(statesTotal ? Optional.of(scale) : Optional.empty())
                    .executionPeriod("2023 年 1 月-12 月")
                    .fundingSource("财政拨款")
                    .subsidy(subsidy)
                    .performance(performance)
                    .build())
        // subsidy standards and money cost indicators that agree with the scale
        .map(ConsistentDocuments::publishable);
  }

  /**
   * The project expenditure lines of project {@code name}: one to three lines of 项 × economic code
   * × fund leaf whose amounts add up to {@code scale}.
   */
  public static Gen<List<BudgetLine>> projectLines(String name, Amount scale) {
    return Generate.range(1, 3)
        .flatMap(
            n ->
                splits(scale, n, WAN_YUAN_CENT)
                    .zip(
                        lists().of(linesOf(ExpenditureKind.PROJECT, wanYuanAmounts())).ofSize(n),
                        (amounts, templates) -> {
                          List<BudgetLine> lines = new ArrayList<>();
                          for (int i = 0; i < n; i++) {
                            BudgetLine.Builder b = BudgetLine.builder();
                            b.from(templates.get(i));
                            b.project(name);
                            b.amount(amounts.get(i));
                            lines.add(b.build());
                          }
                          return List.copyOf(lines);
                        }));
  }

  /**
   * A project with the lines that fund it.
   *
   * @param project the project
   * @param lines its lines, adding up to its scale
   */
  public record FundedProject(Project project, List<BudgetLine> lines) {}

  /** A project named {@code name} with lines adding up to its scale. */
  public static Gen<FundedProject> fundedProjects(String name) {
    return positiveWanYuanAmounts(500_000)
        .flatMap(scale -> projects(name, scale).zip(projectLines(name, scale), FundedProject::new));
  }

  // ---------------------------------------------------------------- budgets

  /** The seed unit's profile: 阿图什市人力资源和社会保障局, 编制数 31, 实有人数 42 = 26 + 16 + 0. */
  public static UnitProfile seedProfile() {
    return UnitProfile.builder()
        .name("阿图什市人力资源和社会保障局")
        .addFunction("贯彻执行国家和自治区人力资源和社会保障工作的方针政策和法律法规")
        .addDivision("办公室")
        .addDivision("就业促进和职业能力建设股")
        .staffing(
            Staffing.builder()
                .authorized(31)
                .actual(42)
                .count(StaffCategory.IN_SERVICE, 26, 0)
                .count(StaffCategory.RETIRED, 16, 0)
                .count(StaffCategory.VETERAN_RETIRED, 0, 0)
                .build())
        .build();
  }

  /**
   * Budgets consistent under {@link io.budgetkit.validation.BudgetRules#all()}: the seed's profile,
   * fiscal year 2023, 1 to {@link #DEFAULT_MAX_LINES} basic lines and 0 to {@link
   * #DEFAULT_MAX_PROJECTS} projects, each with lines adding up to its scale.
   */
  public static Gen<UnitBudget> budgets() {
    return budgets(DEFAULT_MAX_LINES, DEFAULT_MAX_PROJECTS);
  }

  /**
   * Consistent budgets with 1 to {@code maxBasicLines} basic lines and up to {@code maxProjects}.
   */
  public static Gen<UnitBudget> budgets(int maxBasicLines, int maxProjects) {
    Gen<List<FundedProject>> funded =
        Generate.range(0, maxProjects)
            .flatMap(
                n -> {
                  List<Gen<FundedProject>> each = new ArrayList<>();
                  for (int i = 0; i < n; i++) {
                    each.add(fundedProjects(projectName(i)));
                  }
                  return sequence(each);
                });
    return lists()
        .of(basicLines())
        .ofSizeBetween(1, maxBasicLines)
        .zip(
            funded,
            (basic, projects) -> {
              UnitBudget.Builder b = UnitBudget.builder();
              b.profile(seedProfile()).fiscalYear(2023).addAllLines(basic);
              for (FundedProject p : projects) {
                b.addProject(p.project());
                b.addAllLines(p.lines());
              }
              return b.build();
            });
  }

  // ---------------------------------------------------------------- documents

  /**
   * Consistent documents in {@code layout}: a budget of {@link #budgets()} made fit for
   * publication, the tables {@link LayoutDerivation} derives from its lines in {@code layout} as
   * the published ones, and a narrative and facts that agree with them: totals, kinds, sources,
   * 一般公共预算 and 财政拨款 by function code with their shares; year-on-year changes whose implied priors
   * agree across levels; 三公经费 (公务用车运行费 within basic 一般公共预算 302 31), 机关运行经费 = 公用经费, 政府采购 = 货物 + 工程 +
   * 服务 with reservations within it, staffing counts that add up and 预算绩效 counting every project.
   * Every rule of {@link io.budgetkit.validation.Validators#document()} finds nothing, under the
   * default and the strict profile, where every line has a place in the layout's tables.
   *
   * <p>To be published whole, the budget's basic lines carry an economic 款, each project's lines
   * are 一般公共预算 under one 项 with an economic 款 of a 表7 column, subsidy standards are the scale
   * shared among the recipients (rounded as printed), and a target's cost indicators in money state
   * its funds. {@link BrokenDocuments} breaks these documents in one known way each.
   */
  public static Gen<BudgetDocument> documents(Layout layout) {
    return documents(layout, DEFAULT_MAX_LINES, DEFAULT_MAX_PROJECTS);
  }

  /**
   * Consistent documents as {@link #documents(Layout)} of budgets of {@link #budgets(int, int)}.
   */
  public static Gen<BudgetDocument> documents(Layout layout, int maxBasicLines, int maxProjects) {
    return publishableBudgets(maxBasicLines, maxProjects)
        .zip(ConsistentDocuments.facts(), (b, f) -> ConsistentDocuments.document(layout, b, f));
  }

  /**
   * The budgets of consistent documents ({@link #documents(Layout)}) without their tables: a
   * publishable budget with its narrative and facts.
   */
  public static Gen<UnitBudget> documentBudgets(int maxBasicLines, int maxProjects) {
    return publishableBudgets(maxBasicLines, maxProjects)
        .zip(
            ConsistentDocuments.facts(), (b, f) -> ConsistentDocuments.budget(b, f, Amount.zero()));
  }

  /**
   * Budgets as {@link #budgets(int, int)} made fit for publication as described at {@link
   * #documents(Layout)}: still consistent under {@link io.budgetkit.validation.BudgetRules#all()}.
   */
  public static Gen<UnitBudget> publishableBudgets(int maxBasicLines, int maxProjects) {
    return budgets(maxBasicLines, maxProjects).map(ConsistentDocuments::publishable);
  }

  /**
   * The budgets of 1 to {@code maxUnits} units of one department: budgets of {@link
   * #documentBudgets} (so with 三公经费 and 机关运行经费, and no tables), each renamed 单位1, 单位2 … with code
   * 001, 002 … and department 示例部门. Units often have projects of the same name (the seed's names),
   * as real units do.
   */
  public static Gen<List<UnitBudget>> departmentUnits(int maxUnits) {
    return Generate.range(1, maxUnits)
        .flatMap(
            n -> {
              List<Gen<UnitBudget>> each = new ArrayList<>();
              for (int i = 1; i <= n; i++) {
                String name = "单位" + i;
                String code = String.format("%03d", i);
                each.add(
                    documentBudgets(3, 2)
                        .map(
                            d ->
                                UnitBudget.builder()
                                    .from(d)
                                    .profile(
                                        UnitProfile.builder()
                                            .from(d.profile())
                                            .name(name)
                                            .code(code)
                                            .department("示例部门")
                                            .build())
                                    .build()));
              }
              return sequence(each);
            });
  }

  /** The {@code i}-th distinct project name: the seed's names, then numbered ones. */
  static String projectName(int i) {
    String name = PROJECT_NAMES.get(i % PROJECT_NAMES.size());
    return i < PROJECT_NAMES.size() ? name : name + "（" + (i / PROJECT_NAMES.size() + 1) + "）";
  }

  /** One list of a value from each generator, in order; shrinks each element. */
  public static <T> Gen<List<T>> sequence(List<Gen<T>> gens) {
    Gen<List<T>> result = Generate.constant(List.of());
    for (Gen<T> g : gens) {
      result =
          result.zip(
              g,
              (list, t) -> {
                List<T> longer = new ArrayList<>(list);
                longer.add(t);
                return List.copyOf(longer);
              });
    }
    return result;
  }
}
