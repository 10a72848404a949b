package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.StaffCount;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.IndicatorKind;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.Relation;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that need only the budget: its lines, projects and disclosed facts, independent of any
 * table. {@code BudgetAssertions.assertConsistent(budget)} runs them all.
 *
 * <ul>
 *   <li>{@code line.kind-economic}: 人员经费 lines are economic 301 or 303, 公用经费 lines 302.
 *   <li>{@code project.allocation-sum}: the priced allocation parts add up to the project's scale.
 *   <li>{@code project.allocation-total}: a stated allocation total (共计) equals the scale.
 *   <li>{@code line.total}: the lines add up to an amount in range (±92,233,720,368,547,758.07 元).
 *   <li>{@code project.lines}: the lines naming a project add up to its scale.
 *   <li>{@code performance.funds}: a target's 年度预算总额 = 财政拨款 + 其他资金 = the project's scale.
 *   <li>{@code performance.weights}: a target's indicator weights add up to 90 (configurable).
 *   <li>{@code performance.summary}: 预算绩效情况 counts every project and their total scale.
 *   <li>{@code procurement.parts}: 政府采购预算 = 货物 + 工程 + 服务.
 *   <li>{@code procurement.reserved}: the SME reservations are within the procurement budget.
 *   <li>{@code staffing.counts}: 实有人数 is the sum of its printed parts.
 *   <li>{@code subsidy.standard}: 补贴人数 × 补贴标准 × payments a year matches the scale.
 *   <li>{@code subsidy.period}: a standard without a period is noted with the periods that fit.
 *   <li>{@code performance.cost-indicators}: a target's money cost indicators add up to its funds.
 * </ul>
 *
 * A rule comparing with a figure the document does not print (a project's scale, a target's funds,
 * its indicators — the 上海 项目经费情况说明 prints none of them) skips that project: nothing is compared
 * with a figure that was never stated.
 *
 * <p>All comparisons are exact to the fen; amounts in messages are in 万元 rounded half-up to two
 * decimals.
 */
public final class BudgetRules {
  /** The weight total of the standard form: 100 points less 10 for 预算执行率. */
  public static final BigDecimal STANDARD_WEIGHT_TOTAL = BigDecimal.valueOf(90);

  private BudgetRules() {}

  /** The rules with the standard weight total of 90. */
  public static ImmutableList<Rule<UnitBudget>> all() {
    return all(STANDARD_WEIGHT_TOTAL);
  }

  /** The rules with indicator weights expected to total {@code weightTotal}. */
  public static ImmutableList<Rule<UnitBudget>> all(BigDecimal weightTotal) {
    requireNonNull(weightTotal, "weightTotal");
    return ImmutableList.of(
        Rule.of(
            "line.kind-economic",
            "人员经费 lines are classified 301 or 303, 公用经费 lines 302",
            Severity.WARNING,
            Optional.empty(),
            BudgetRules::checkKindEconomic),
        Rule.of(
            "project.allocation-sum",
            "A project's priced allocation parts add up to its scale",
            Severity.ERROR,
            Optional.empty(),
            BudgetRules::checkAllocationSum),
        Rule.of(
            "project.allocation-total",
            "A project's stated allocation total (共计) equals its scale",
            Severity.ERROR,
            Optional.empty(),
            BudgetRules::checkAllocationTotal),
        Rule.of(
            "line.total",
            "The lines add up to an amount within the range of an amount",
            Severity.ERROR,
            Optional.empty(),
            BudgetRules::checkLineTotal),
        Rule.of(
            "project.lines",
            "The lines naming a project add up to its scale",
            Severity.ERROR,
            Optional.empty(),
            BudgetRules::checkProjectLines),
        Rule.of(
            "performance.funds",
            "A performance target's 年度预算总额 is 财政拨款 + 其他资金 and equals the project's scale",
            Severity.ERROR,
            Optional.empty(),
            BudgetRules::checkPerformanceFunds),
        Rule.of(
            "performance.weights",
            "A performance target's indicator weights add up to " + weightTotal.toPlainString(),
            Severity.ERROR,
            Optional.empty(),
            (budget, out) -> checkWeights(budget, out, weightTotal)),
        Rule.<UnitBudget>of(
            "performance.summary",
            "预算绩效情况 counts every project and their total scale",
            Severity.ERROR,
            Optional.of("none"),
            BudgetRules::checkPerformanceSummary),
        Rule.<UnitBudget>of(
            "procurement.parts",
            "政府采购预算 = 货物 + 工程 + 服务",
            Severity.ERROR,
            Optional.of("none"),
            BudgetRules::checkProcurementParts),
        Rule.<UnitBudget>of(
            "procurement.reserved",
            "The amount reserved for SMEs is at most the procurement budget, that for small and"
                + " micro enterprises at most the SME reservation",
            Severity.ERROR,
            Optional.of("none"),
            BudgetRules::checkProcurementReserved),
        Rule.<UnitBudget>of(
            "staffing.counts",
            "实有人数 is the sum of its printed parts (在职, 退休, 离休)",
            Severity.ERROR,
            Optional.empty(),
            BudgetRules::checkStaffing),
        Rule.<UnitBudget>of(
            "subsidy.standard",
            "补贴人数 × 补贴标准 × payments a year matches the project's scale",
            Severity.WARNING,
            Optional.of(
                "half a unit of the standard's last printed decimal × recipients × payments,"
                    + " plus ±0.005 万元 for the printed scale"),
            BudgetRules::checkSubsidies),
        Rule.<UnitBudget>of(
            "subsidy.period",
            "A subsidy standard that states no period cannot be checked; says which periods"
                + " would match the scale",
            Severity.INFO,
            Optional.of("as subsidy.standard"),
            BudgetRules::checkSubsidyPeriods),
        Rule.<UnitBudget>of(
            "performance.cost-indicators",
            "A target's cost indicators in 万元 or 元 (stated with = or no relation) add up to"
                + " its 年度预算总额",
            Severity.WARNING,
            Optional.of("none"),
            BudgetRules::checkCostIndicators));
  }

  /** A validator of {@link #all()}. */
  public static Validator<UnitBudget> validator() {
    return Validator.of(all());
  }

  /** How findings write an amount: in 万元, two decimals, half-up, with thousands separators. */
  static String wan(Amount a) {
    return a.format(MoneyUnit.WAN_YUAN);
  }

  private static void checkKindEconomic(UnitBudget budget, Findings out) {
    List<BudgetLine> lines = budget.lines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      if (l.economic().isEmpty() || l.kind() == ExpenditureKind.PROJECT) {
        continue;
      }
      // the 类 is the first three digits; read in place, no code is parsed per line
      String digits = l.economic().get().digits();
      boolean personnel = digits.startsWith("301") || digits.startsWith("303");
      boolean operating = digits.startsWith("302");
      if (l.kind() == ExpenditureKind.BASIC_PERSONNEL && !personnel
          || l.kind() == ExpenditureKind.BASIC_OPERATING && !operating) {
        EconomicCode e = l.economic().get();
        out.report(
            Location.at("line " + i + " (" + l.function() + ", " + e + ")"),
            l.kind().label() + " line classified under economic " + e,
            l.kind() == ExpenditureKind.BASIC_PERSONNEL ? "301 or 303" : "302",
            e.toString());
      }
    }
  }

  private static void checkAllocationSum(UnitBudget budget, Findings out) {
    for (Project p : budget.projects()) {
      if (p.scale().isEmpty()
          || p.allocation().isEmpty()
          || p.allocation().stream().anyMatch(part -> part.amount().isEmpty())) {
        continue;
      }
      Amount scale = p.scale().get();
      Amount sum = Amount.zero();
      String beyond = null;
      for (AllocationPart part : p.allocation()) {
        try {
          sum = sum.plus(part.amount().get());
        } catch (ArithmeticException e) {
          beyond = e.getMessage();
          break;
        }
      }
      if (beyond != null) {
        out.report(
            Location.at("project " + p.qualifiedName()),
            "Allocation parts add up beyond the range of an amount: " + beyond,
            wan(scale),
            "out of range");
      } else if (!sum.equals(scale)) {
        out.report(
            Location.at("project " + p.qualifiedName()),
            "Allocation parts add up to "
                + sum.toYuan().toPlainString()
                + " 元, not the scale "
                + scale.toYuan().toPlainString()
                + " 元",
            wan(scale),
            wan(sum));
      }
    }
  }

  private static void checkAllocationTotal(UnitBudget budget, Findings out) {
    for (Project p : budget.projects()) {
      if (p.allocationTotal().isPresent()
          && p.scale().isPresent()
          && !p.allocationTotal().get().equals(p.scale().get())) {
        out.report(
            Location.at("project " + p.qualifiedName()),
            "Stated allocation total differs from the scale",
            wan(p.scale().get()),
            wan(p.allocationTotal().get()));
      }
    }
  }

  /**
   * The running total of the lines, reported at the first line that takes it out of range: every
   * table sums a subset of the lines, so when the whole fits every table's sums fit.
   */
  private static void checkLineTotal(UnitBudget budget, Findings out) {
    List<BudgetLine> lines = budget.lines();
    long sum = 0;
    for (int i = 0; i < lines.size(); i++) {
      long fen = lines.get(i).amount().fen();
      long next = sum + fen;
      if (((sum ^ next) & (fen ^ next)) < 0) {
        out.report(
            Location.at("line " + i + " (" + lines.get(i).function() + ")"),
            "The lines add up beyond the range of an amount: the total of lines 0–"
                + (i - 1)
                + ", "
                + wan(Amount.ofFen(sum))
                + " 万元, plus this line's "
                + wan(lines.get(i).amount())
                + " 万元 exceeds ±92,233,720,368,547,758.07 元",
            "at most 9,223,372,036,854.78 万元 in all",
            wan(Amount.ofFen(sum)) + " + " + wan(lines.get(i).amount()));
        return;
      }
      sum = next;
    }
  }

  private static void checkProjectLines(UnitBudget budget, Findings out) {
    if (budget.lines().isEmpty()) {
      return;
    }
    Map<String, long[]> sums = new HashMap<>();
    Map<String, String> overflow = new HashMap<>();
    for (BudgetLine l : budget.lines()) {
      if (l.project().isPresent()) {
        String name = Project.qualify(l.unit(), l.project().get());
        long[] sum = sums.computeIfAbsent(name, k -> new long[1]);
        long fen = l.amount().fen();
        long next = sum[0] + fen;
        if (((sum[0] ^ next) & (fen ^ next)) < 0) {
          overflow.putIfAbsent(
              name, wan(Amount.ofFen(sum[0])) + " + " + wan(l.amount()) + " (out of range)");
        }
        sum[0] = next;
      }
    }
    for (Project p : budget.projects()) {
      if (p.scale().isEmpty()) {
        continue;
      }
      Amount scale = p.scale().get();
      String beyond = overflow.get(p.qualifiedName());
      if (beyond != null) {
        out.report(
            Location.at("project " + p.qualifiedName()),
            "Lines naming the project add up beyond the range of an amount"
                + " (±92,233,720,368,547,758.07 元)",
            wan(scale),
            beyond);
        continue;
      }
      long[] sum = sums.get(p.qualifiedName());
      Amount total = Amount.ofFen(sum == null ? 0 : sum[0]);
      if (!total.equals(scale)) {
        out.report(
            Location.at("project " + p.qualifiedName()),
            "Lines naming the project add up to a different amount than its scale",
            wan(scale),
            wan(total));
      }
    }
  }

  private static void checkPerformanceFunds(UnitBudget budget, Findings out) {
    for (Project p : budget.projects()) {
      if (p.performance().isEmpty()) {
        continue;
      }
      PerformanceTarget t = p.performance().get();
      if (t.totalFunds().isEmpty()) {
        continue;
      }
      Amount totalFunds = t.totalFunds().get();
      Location where = Location.at("performance target of " + p.qualifiedName());
      if (t.fiscalFunds().isPresent() && t.otherFunds().isPresent()) {
        Amount fiscal = t.fiscalFunds().get();
        Amount other = t.otherFunds().get();
        Amount parts;
        try {
          parts = fiscal.plus(other);
        } catch (ArithmeticException e) {
          parts = null;
          out.report(
              where,
              "财政拨款 + 其他资金 is beyond the range of an amount: " + e.getMessage(),
              wan(fiscal) + " + " + wan(other),
              wan(totalFunds));
        }
        if (parts != null && !parts.equals(totalFunds)) {
          out.report(where, "年度预算总额 is not 财政拨款 + 其他资金", wan(parts), wan(totalFunds));
        }
      }
      if (p.scale().isPresent() && !totalFunds.equals(p.scale().get())) {
        out.report(
            where,
            "年度预算总额 differs from the project's scale",
            wan(p.scale().get()),
            wan(totalFunds));
      }
    }
  }

  private static void checkWeights(UnitBudget budget, Findings out, BigDecimal expected) {
    for (Project p : budget.projects()) {
      // a target printed without indicators (a goal alone) has no weights to add up
      if (p.performance().isEmpty() || p.performance().get().indicators().isEmpty()) {
        continue;
      }
      BigDecimal total = p.performance().get().totalWeight();
      if (total.compareTo(expected) != 0) {
        out.report(
            Location.at("performance target of " + p.qualifiedName()),
            "Indicator weights add up to " + total.toPlainString(),
            expected.toPlainString(),
            total.toPlainString());
      }
    }
  }

  private static void checkPerformanceSummary(UnitBudget b, Findings out) {
    Optional<PerformanceSummary> s = b.performanceSummary();
    if (s.isEmpty() || b.projects().isEmpty()) {
      return;
    }
    Location where = Location.at("预算绩效情况");
    int count = s.get().fiscalProjects() + s.get().nonFiscalProjects();
    if (count != b.projects().size()) {
      out.report(
          where,
          "预算绩效情况 counts " + count + " projects; the budget describes " + b.projects().size(),
          String.valueOf(b.projects().size()),
          String.valueOf(count));
    }
    Amount scales = Amount.zero();
    for (Project p : b.projects()) {
      if (p.scale().isEmpty()) {
        return;
      }
      scales = scales.plus(p.scale().get());
    }
    Amount stated = s.get().fiscalAmount().plus(s.get().nonFiscalAmount());
    if (!stated.equals(scales)) {
      out.report(
          where, "预算绩效情况's amount differs from the projects' scales", wan(scales), wan(stated));
    }
  }

  private static void checkProcurementParts(UnitBudget b, Findings out) {
    Optional<GovernmentProcurement> p = b.procurement();
    if (p.isEmpty()) {
      return;
    }
    GovernmentProcurement g = p.get();
    Amount parts = g.goods().plus(g.works()).plus(g.services());
    if (!parts.equals(g.total())) {
      out.report(
          Location.at("政府采购预算"),
          "货物 "
              + wan(g.goods())
              + " + 工程 "
              + wan(g.works())
              + " + 服务 "
              + wan(g.services())
              + " is not the procurement budget",
          wan(parts),
          wan(g.total()));
    }
  }

  private static void checkProcurementReserved(UnitBudget b, Findings out) {
    Optional<GovernmentProcurement> p = b.procurement();
    if (p.isEmpty()) {
      return;
    }
    GovernmentProcurement g = p.get();
    if (g.reservedForSmes().isGreaterThan(g.total())) {
      out.report(
          Location.at("政府采购 面向中小企业预留"),
          "More is reserved for SMEs than the procurement budget holds",
          "at most " + wan(g.total()),
          wan(g.reservedForSmes()));
    }
    if (g.reservedForSmallAndMicro().isGreaterThan(g.reservedForSmes())) {
      out.report(
          Location.at("政府采购 面向小微企业预留"),
          "More is reserved for small and micro enterprises than for SMEs",
          "at most " + wan(g.reservedForSmes()),
          wan(g.reservedForSmallAndMicro()));
    }
  }

  private static void checkStaffing(UnitBudget b, Findings out) {
    if (b.profile().staffing().isEmpty()) {
      return;
    }
    Staffing s = b.profile().staffing().get();
    if (s.counts().isEmpty()) {
      return;
    }
    // a long: the parts of a headcount add up beyond an int without wrapping
    long sum = 0;
    for (StaffCount c : s.counts()) {
      sum += c.count();
    }
    if (sum != s.actual()) {
      out.report(
          Location.at("staffing 实有人数"),
          "实有人数 " + s.actual() + " is not the sum of its parts " + sum,
          String.valueOf(sum),
          String.valueOf(s.actual()));
    }
  }

  private static void checkSubsidies(UnitBudget b, Findings out) {
    for (Project p : b.projects()) {
      if (p.subsidy().isEmpty() || p.scale().isEmpty() || p.scale().get().isZero()) {
        continue;
      }
      Amount scale = p.scale().get();
      SubsidyTerms terms = p.subsidy().get();
      SubsidyStandard standard = terms.standard();
      int n = terms.recipients();
      Location where = Location.at("project " + p.qualifiedName() + " 补贴标准");
      if (standard.period().isEmpty()) {
        continue;
      }
      int k = standard.period().get().perYear();
      if (!within(scale, standard, n, k)) {
        Amount computed = standard.perPerson().multipliedBy((long) n * k);
        out.report(
            where,
            n
                + " recipients × "
                + standard.printed()
                + " × "
                + k
                + " = "
                + wan(computed)
                + " 万元, beyond the rounding of the standard from the scale "
                + wan(scale)
                + " (±"
                + tolerance(standard, n, k).toPlainString()
                + " 元)",
            wan(scale),
            wan(computed));
      }
    }
  }

  private static void checkSubsidyPeriods(UnitBudget b, Findings out) {
    for (Project p : b.projects()) {
      if (p.subsidy().isEmpty()
          || p.subsidy().get().standard().period().isPresent()
          || p.scale().isEmpty()) {
        continue;
      }
      Amount scale = p.scale().get();
      SubsidyStandard standard = p.subsidy().get().standard();
      int n = p.subsidy().get().recipients();
      Amount onePayment = standard.perPerson().multipliedBy(n);
      List<String> fits = new ArrayList<>();
      for (SubsidyPeriod period : List.of(SubsidyPeriod.YEAR, SubsidyPeriod.MONTH)) {
        if (within(scale, standard, n, period.perYear())) {
          fits.add(period == SubsidyPeriod.YEAR ? "once or yearly" : "monthly");
        }
      }
      out.report(
          Location.at("project " + p.qualifiedName() + " 补贴标准"),
          "补贴标准 '"
              + standard.printed()
              + "' states no period; "
              + n
              + " recipients × the standard = "
              + wan(onePayment)
              + " 万元 a payment, which "
              + (fits.isEmpty()
                  ? "matches the scale for no period"
                  : "matches the scale if paid " + String.join(" or ", fits)),
          wan(scale),
          wan(onePayment));
    }
  }

  private static boolean within(Amount scale, SubsidyStandard standard, int n, int k) {
    BigDecimal computed = standard.perPerson().toYuan().multiply(BigDecimal.valueOf((long) n * k));
    BigDecimal diff = computed.subtract(scale.toYuan()).abs();
    return diff.compareTo(tolerance(standard, n, k)) <= 0;
  }

  /** In 元: half a unit of the standard's last printed decimal × n × k, plus 50 元 for the scale. */
  static BigDecimal tolerance(SubsidyStandard standard, int n, int k) {
    int decimals = printedDecimals(standard);
    BigDecimal unit = BigDecimal.valueOf(standard.printedUnit().yuan());
    BigDecimal half = unit.multiply(new BigDecimal("0.5")).movePointLeft(decimals);
    return half.multiply(BigDecimal.valueOf((long) n * k))
        .add(NarrativeRules.HALF_PRINTED_UNIT.toYuan())
        .setScale(2, RoundingMode.HALF_UP);
  }

  private static int printedDecimals(SubsidyStandard standard) {
    Matcher m = NUMBER.matcher(standard.printed());
    if (m.find()) {
      return m.group(1) == null ? 0 : m.group(1).length();
    }
    return Math.max(
        0, standard.perPerson().in(standard.printedUnit()).stripTrailingZeros().scale());
  }

  private static void checkCostIndicators(UnitBudget b, Findings out) {
    for (Project p : b.projects()) {
      if (p.performance().isEmpty()) {
        continue;
      }
      PerformanceTarget t = p.performance().get();
      if (t.totalFunds().isEmpty()) {
        continue;
      }
      Amount sum = Amount.zero();
      List<String> terms = new ArrayList<>();
      for (PerformanceIndicator i : t.indicators()) {
        if (i.kind() != IndicatorKind.COST
            || !(i.target() instanceof IndicatorTarget.Quantity q)
            || q.relation().filter(r -> r != Relation.EQUAL).isPresent()) {
          continue;
        }
        String unit = squeeze(q.unit());
        MoneyUnit u =
            unit.equals("万元") ? MoneyUnit.WAN_YUAN : unit.equals("元") ? MoneyUnit.YUAN : null;
        if (u == null) {
          continue;
        }
        Amount a;
        try {
          a = Amount.of(q.value(), u);
        } catch (IllegalArgumentException finerThanAFen) {
          continue;
        }
        sum = sum.plus(a);
        terms.add(i.name() + " " + q.printed());
      }
      if (!terms.isEmpty() && !sum.equals(t.totalFunds().get())) {
        out.report(
            Location.at("performance target of " + p.qualifiedName()),
            "Cost indicators add up to "
                + wan(sum)
                + " 万元 ("
                + String.join(", ", terms)
                + "), not the 年度预算总额",
            wan(t.totalFunds().get()),
            wan(sum));
      }
    }
  }

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static String squeeze(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) { // every character \s matches is one
        return WHITESPACE.matcher(s).replaceAll("");
      }
    }
    return s; // nothing the pattern would remove
  }
}
