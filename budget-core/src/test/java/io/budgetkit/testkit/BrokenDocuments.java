package io.budgetkit.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.DisclosureLevel;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.OperatingCosts;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.model.YearOnYear;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of documents that break one identity of {@link
 * io.budgetkit.validation.Validators#document()} each, saying which rule must fire and where
 * ({@link BrokenDocument}, whose javadoc says what "exactly one" means).
 *
 * <p>Each starts from a consistent document of {@link BudgetGenerators#documents(Layout)} in the
 * layout given to {@link #in(Layout)} and changes one thing: a narrative share, growth or change,
 * 机关运行经费, a narrative 三公 figure, the name a project's 表7 row prints, 预算绩效, 政府采购, staffing, a
 * subsidy standard or a cost indicator. The rules of {@link
 * io.budgetkit.validation.BudgetRules#all()} are covered by documents of the budgets of {@link
 * BrokenBudgets}. {@link #byRule()} maps each covered rule id to its generator; the rules it lacks
 * are listed in {@code docs/testing.md} with the reason. The identities between table cells ({@code
 * layout.*}) are broken one printed figure at a time by budget-json's {@code LayoutPropertiesTest},
 * for every shipped layout.
 */
public final class BrokenDocuments {
  /** Documents without tables, for the facts {@link BrokenBudgets} breaks as a document would. */
  static final BrokenDocuments WITHOUT_TABLES = new BrokenDocuments(Optional.empty());

  private final Optional<Layout> tables;
  private final Map<String, Supplier<Gen<BrokenDocument>>> byRule;

  private BrokenDocuments(Optional<Layout> tables) {
    this.tables = tables;
    this.byRule = byRuleMap();
  }

  /** Broken documents whose tables are derived in {@code layout}. */
  public static BrokenDocuments in(Layout layout) {
    return new BrokenDocuments(Optional.of(Objects.requireNonNull(layout, "layout")));
  }

  private Layout layout() {
    return tables.orElseThrow(() -> new IllegalStateException("documents without tables"));
  }

  /** Generators by the id of the rule their documents break. */
  public ImmutableMap<String, Supplier<Gen<BrokenDocument>>> byRule() {
    return ImmutableMap.copyOf(byRule);
  }

  /** Documents breaking rule {@code ruleId}. */
  public Gen<BrokenDocument> breaking(String ruleId) {
    Supplier<Gen<BrokenDocument>> gen = byRule.get(ruleId);
    if (gen == null) {
      throw new IllegalArgumentException(
          "No broken documents for rule '" + ruleId + "': known are " + byRule.keySet());
    }
    return gen.get();
  }

  private Map<String, Supplier<Gen<BrokenDocument>>> byRuleMap() {
    Map<String, Supplier<Gen<BrokenDocument>>> m = new LinkedHashMap<>();
    m.put("narrative.amount", this::narrativeAmount);
    m.put("narrative.share", this::narrativeShare);
    m.put("narrative.growth", this::narrativeGrowth);
    m.put("narrative.prior-consistency", this::priorConsistency);
    m.put("narrative.operating-costs", this::operatingCosts);
    m.put("narrative.three-public-costs", this::threePublicCosts);
    // facts
    m.put("projects.t7", this::projectRowName);
    m.put("t10.vehicle-operation", this::vehicleOperation);
    m.put("performance.summary", this::performanceSummary);
    m.put("procurement.parts", this::procurementParts);
    m.put("procurement.reserved", this::procurementReserved);
    m.put("staffing.counts", this::staffingCounts);
    m.put("subsidy.standard", this::subsidyStandard);
    m.put("subsidy.period", this::subsidyPeriod);
    m.put("performance.cost-indicators", this::costIndicators);
    // the budget's own rules
    for (String id : BrokenBudgets.byRule().keySet()) {
      m.putIfAbsent(id, () -> ofBrokenBudget(id));
    }
    // the printed text: real wording from the 上海普陀 corpus, one mistake each
    text(m, "text.tables", DisclosureLevel.UNIT, y -> "其他相关情况说明");
    text(m, "text.sections", DisclosureLevel.UNIT, y -> y + "年预算单位财务收支预算总表");
    text(m, "text.empty-tables", DisclosureLevel.UNIT, y -> y + "年预算单位政府性基金预算支出功能分类预算表", y -> "合计");
    text(
        m,
        "text.years",
        DisclosureLevel.UNIT,
        y -> "支出预算950.12万元，比" + y + "年预算增加0.46万元，主要原因是退休人员活动费增加。");
    text(m, "text.level-wording", DisclosureLevel.UNIT, y -> y + "年部门预算安排购置车辆0辆。");
    text(
        m,
        "text.unit-name",
        DisclosureLevel.UNIT,
        y -> "编制单位：上海市普陀区商务委员会       单位：元",
        y -> "编制单位：上海市普陀区商务委员会       单位：元",
        y -> "编制单位：上海市普陀区商务委员       单位：元");
    text(
        m,
        "text.explanations",
        DisclosureLevel.UNIT,
        y -> "（二）公务用车购置及运行费6.40万元，与" + (y - 1) + "年预算持平，主要原因是。");
    text(m, "text.placeholders", DisclosureLevel.UNIT, y -> "五、国有资产占有使用情况（增加内容）");
    text(
        m,
        "text.punctuation",
        DisclosureLevel.UNIT,
        y -> "15.“住房保障支出（类)住房改革支出（款)住房公积金（项）”136.10万元。");
    text(m, "text.brackets", DisclosureLevel.UNIT, y -> "15.“住房保障支出（类）住房改革支出（款）住房公积金（项136.10万元。");
    text(
        m,
        "text.sentence-end",
        DisclosureLevel.UNIT,
        y -> "制定实施流程和细则，明确申报指南，发布项目申报通知，组织项目审核跟踪、评估，按程序落实专项资金拨付");
    text(m, "text.garbled", DisclosureLevel.UNIT, y -> "机关运行经费预算为171.01\uFFFD万元。");
    text(m, "text.money-units", DisclosureLevel.UNIT, y -> "公务接待费1.00万元，其中外事接待500元。");
    text(m, "text.amount-decimals", DisclosureLevel.UNIT, y -> "政府采购预算38.201万元。");
    text(
        m,
        "text.classification-names",
        DisclosureLevel.UNIT,
        y -> "三、医疗卫生与计划生育支出       503,724      503,724");
    return m;
  }

  /**
   * Registers for {@code ruleId} consistent documents whose printed text is {@code lines} (given
   * the fiscal year) on page {@link #TEXT_PAGE}; other text rules may fire too (such a short text
   * lacks the layout's tables), so they are not alone.
   */
  @SafeVarargs
  private void text(
      Map<String, Supplier<Gen<BrokenDocument>>> m,
      String ruleId,
      DisclosureLevel level,
      IntFunction<String>... lines) {
    m.put(
        ruleId,
        () ->
            BudgetGenerators.documents(layout())
                .map(
                    d -> {
                      int year = d.budget().fiscalYear();
                      List<TextLine> text = new ArrayList<>();
                      for (IntFunction<String> l : lines) {
                        text.add(TextLine.of(TEXT_PAGE, l.apply(year)));
                      }
                      BudgetDocument.Builder b = BudgetDocument.builder();
                      b.from(d);
                      b.sourceText(SourceText.of(text)).level(level);
                      return new BrokenDocument(
                          b.build(),
                          ruleId,
                          "page " + TEXT_PAGE,
                          "text " + lines[lines.length - 1].apply(year),
                          false);
                    }));
  }

  /** The page on which the planted text of the text rules is printed. */
  public static final int TEXT_PAGE = 3;

  /** How far a broken figure is off: 0.01 to 10,000.00 万元, as the tables print. */
  private Gen<Amount> offsets() {
    return BudgetGenerators.positiveWanYuanAmounts(1_000_000);
  }

  private Gen<BudgetDocument> documents() {
    return tables.isPresent()
        ? BudgetGenerators.documents(layout(), 5, 3)
        : BudgetGenerators.documentBudgets(5, 3).map(b -> BudgetDocument.of(b));
  }

  // ---------------------------------------------------------------- table rows

  /** The printed table that lists projects (the seed's 表7), if the layout has one. */
  private Optional<PrintedTable> projectTable(BudgetDocument d) {
    return d.layoutTables()
        .flatMap(
            t -> t.tables().stream().filter(p -> t.spec(p.key()).rows().projects()).findFirst());
  }

  private List<TableRow> projectRows(BudgetDocument d) {
    List<TableRow> result = new ArrayList<>();
    projectTable(d)
        .ifPresent(
            t ->
                t.rows().stream()
                    .filter(r -> r.key() instanceof RowKey.Project)
                    .forEach(result::add));
    return result;
  }

  /** {@code d} with the row {@code row} of its project table changed by {@code change}. */
  private BudgetDocument withRow(
      BudgetDocument d, String table, RowKey row, Function<TableRow, TableRow> change) {
    PrintedTables tables = d.layoutTables().orElseThrow();
    ImmutableList.Builder<PrintedTable> b = ImmutableList.builder();
    for (PrintedTable t : tables.tables()) {
      if (!t.key().equals(table)) {
        b.add(t);
        continue;
      }
      List<TableRow> rows = new ArrayList<>();
      for (TableRow r : t.rows()) {
        rows.add(r.key().equals(row) ? change.apply(r) : r);
      }
      b.add(
          new PrintedTable(
              t.key(), ImmutableList.copyOf(rows), t.note(), t.decimals(), t.evidence()));
    }
    return BudgetDocument.builder()
        .from(d)
        .layoutTables(new PrintedTables(tables.layout(), b.build()))
        .build();
  }

  // ---------------------------------------------------------------- narrative

  /**
   * A narrative amount off by the offset from the table figure it describes; its printed share and
   * change are left as they were, so the share, growth and prior rules may fire too.
   */
  public Gen<BrokenDocument> narrativeAmount() {
    return figure(
        f -> true,
        (d, f, off) -> {
          Amount changed = f.amount().plus(off);
          NarrativeFigure.Builder b = NarrativeFigure.builder();
          b.from(f);
          b.amount(changed);
          return new Planted(
              b.build(), "narrative " + f.label() + " " + wan(off) + " over its table figure");
        },
        "narrative.amount",
        false);
  }

  /**
   * A printed share off by 1 to 100 percentage points, on a figure whose whole is at least 100.00
   * 万元 (so that the rounding of the printed figures cannot absorb it).
   */
  public Gen<BrokenDocument> narrativeShare() {
    return figure(
        (d, f) -> f.share().isPresent() && wholeOf(d, f).compareTo(Amount.ofWanYuan("100")) >= 0,
        (d, f, off) -> {
          BigDecimal points =
              BigDecimal.valueOf(1 + off.fen() / BudgetGenerators.WAN_YUAN_CENT % 100);
          NarrativeFigure.Builder b = NarrativeFigure.builder();
          b.from(f);
          b.share(Percent.of(f.share().get().value().add(points)));
          return new Planted(b.build(), "share of " + f.label() + " " + points + " points high");
        },
        "narrative.share",
        true);
  }

  /**
   * A printed growth rate off by more than the rounding of the printed amount and change allows, on
   * a figure whose implied prior is at least 100.00 万元.
   */
  public Gen<BrokenDocument> narrativeGrowth() {
    return figure(
        (d, f) ->
            f.yearOnYear().isPresent()
                && f.yearOnYear().get().impliedPrior(f.amount()).compareTo(Amount.ofWanYuan("100"))
                    >= 0,
        (d, f, off) -> {
          YearOnYear y = f.yearOnYear().get();
          Amount prior = y.impliedPrior(f.amount());
          // the rounding of amount and change moves the growth by at most
          // 100 × 0.01 × (amount + prior) / prior² percentage points (amounts in 万元)
          BigDecimal wanPrior = prior.in(MoneyUnit.WAN_YUAN);
          BigDecimal slack =
              f.amount()
                  .plus(prior)
                  .in(MoneyUnit.WAN_YUAN)
                  .divide(wanPrior.multiply(wanPrior), 2, java.math.RoundingMode.UP);
          BigDecimal points =
              slack
                  .add(BigDecimal.ONE)
                  .add(BigDecimal.valueOf(off.fen() / BudgetGenerators.WAN_YUAN_CENT % 50));
          NarrativeFigure.Builder b = NarrativeFigure.builder();
          b.from(f);
          b.yearOnYear(new YearOnYear(y.change(), Percent.of(y.growth().value().add(points))));
          return new Planted(b.build(), "growth of " + f.label() + " " + points + " points high");
        },
        "narrative.growth",
        true);
  }

  /**
   * 基本支出's printed change lowered by the offset (at least 0.02 万元, beyond the rounding of three
   * printed changes) with its growth recomputed, so that its implied prior plus 项目支出's is not the
   * total's.
   */
  public Gen<BrokenDocument> priorConsistency() {
    return figure(
        (d, f) -> f.measure() == Measure.BASIC,
        (d, f, off) -> {
          Amount by = off.plus(Amount.ofFen(BudgetGenerators.WAN_YUAN_CENT));
          YearOnYear y = f.yearOnYear().get();
          NarrativeFigure.Builder b = NarrativeFigure.builder();
          b.from(f);
          b.yearOnYear(ConsistentDocuments.yearOnYear(f.amount(), y.change().minus(by)));
          return new Planted(
              b.build(), "change of " + f.label() + " " + wan(by) + " lower, growth recomputed");
        },
        "narrative.prior-consistency",
        true);
  }

  private Amount wholeOf(BudgetDocument d, NarrativeFigure f) {
    Measure whole =
        switch (f.measure()) {
          case INCOME_BY_FUND -> Measure.INCOME_TOTAL;
          case BASIC, PROJECT -> Measure.EXPENDITURE_TOTAL;
          case FISCAL_BY_FUNCTION -> Measure.FISCAL_TOTAL;
          case GENERAL_PUBLIC_BASIC, GENERAL_PUBLIC_PROJECT, GENERAL_PUBLIC_BY_FUNCTION ->
              Measure.GENERAL_PUBLIC_TOTAL;
          case GENERAL_PUBLIC_PERSONNEL, GENERAL_PUBLIC_OPERATING -> Measure.GENERAL_PUBLIC_BASIC;
          default -> Measure.THREE_PUBLIC_TOTAL;
        };
    return ConsistentDocuments.figureOf(d, whole)
        .map(NarrativeFigure::amount)
        .orElse(Amount.zero());
  }

  private record Planted(NarrativeFigure figure, String what) {}

  private interface FigureChange {
    Planted apply(BudgetDocument d, NarrativeFigure f, Amount offset);
  }

  private interface FigureFilter {
    boolean test(BudgetDocument d, NarrativeFigure f);
  }

  private Gen<BrokenDocument> figure(
      Predicate<NarrativeFigure> which, FigureChange change, String ruleId, boolean alone) {
    return figure((d, f) -> which.test(f), change, ruleId, alone);
  }

  private Gen<BrokenDocument> figure(
      FigureFilter which, FigureChange change, String ruleId, boolean alone) {
    return documents()
        .assuming(d -> d.budget().narrative().stream().anyMatch(f -> which.test(d, f)))
        .flatMap(
            d -> {
              List<Integer> indices = new ArrayList<>();
              List<NarrativeFigure> figures = d.budget().narrative();
              for (int i = 0; i < figures.size(); i++) {
                if (which.test(d, figures.get(i))) {
                  indices.add(i);
                }
              }
              return Generate.pick(indices)
                  .zip(
                      offsets(),
                      (i, off) -> {
                        Planted p = change.apply(d, figures.get(i), off);
                        List<NarrativeFigure> changed = new ArrayList<>(figures);
                        changed.set(i, p.figure());
                        UnitBudget.Builder b = UnitBudget.builder();
                        b.from(d.budget());
                        b.narrative(changed);
                        String label = figures.get(i).label();
                        return new BrokenDocument(
                            with(d, b.build()),
                            ruleId,
                            ruleId.equals("narrative.prior-consistency")
                                ? "vs " + label
                                : "narrative " + label,
                            p.what(),
                            alone);
                      });
            });
  }

  /** 机关运行经费 off by the offset from 表6 公用经费. */
  public Gen<BrokenDocument> operatingCosts() {
    return fact(
        (b, budget, off) -> {
          OperatingCosts c = budget.operatingCosts().orElseThrow();
          b.operatingCosts(
              new OperatingCosts(
                  c.amount().plus(off), c.administrativeUnits(), c.institutionUnits()));
          return "机关运行经费 " + wan(off) + " over 表6 公用经费";
        },
        "narrative.operating-costs",
        "机关运行经费");
  }

  /**
   * The narrative's 公务接待费 (三公经费) off by the offset from 表10. Not alone: where the layout prints the
   * 三公 figures, {@code layout.lines} reads them from the same stated costs.
   */
  public Gen<BrokenDocument> threePublicCosts() {
    return fact(
        documents(),
        (b, budget, off) -> {
          ThreePublicCosts c = budget.threePublicCosts().orElseThrow();
          b.threePublicCosts(
              new ThreePublicCosts(
                  c.overseasTravel(),
                  c.reception().plus(off),
                  c.vehiclePurchase(),
                  c.vehicleOperation()));
          return "公务接待费 " + wan(off) + " over 表10";
        },
        "narrative.three-public-costs",
        "narrative 三公经费 公务接待费",
        false);
  }

  // ---------------------------------------------------------------- facts

  private interface FactChange {
    String apply(UnitBudget.Builder b, UnitBudget budget, Amount offset);
  }

  private Gen<BrokenDocument> fact(FactChange change, String ruleId, String place) {
    return fact(documents(), change, ruleId, place, true);
  }

  private Gen<BrokenDocument> fact(
      Gen<BudgetDocument> documents, FactChange change, String ruleId, String place) {
    return fact(documents, change, ruleId, place, true);
  }

  private Gen<BrokenDocument> fact(
      Gen<BudgetDocument> documents,
      FactChange change,
      String ruleId,
      String place,
      boolean alone) {
    return documents.zip(
        offsets(),
        (d, off) -> {
          UnitBudget.Builder b = UnitBudget.builder();
          b.from(d.budget());
          String what = change.apply(b, d.budget(), off);
          return new BrokenDocument(with(d, b.build()), ruleId, place, what, alone);
        });
  }

  /** 预算绩效 counting one project more than the budget describes, or an amount over the scales. */
  public Gen<BrokenDocument> performanceSummary() {
    return fact(
        documents().assuming(d -> !d.budget().projects().isEmpty()),
        (b, budget, off) -> {
          PerformanceSummary s = budget.performanceSummary().orElseThrow();
          boolean count = off.fen() / BudgetGenerators.WAN_YUAN_CENT % 2 == 0;
          b.performanceSummary(
              new PerformanceSummary(
                  s.fiscalProjects() + (count ? 1 : 0),
                  s.fiscalAmount(),
                  s.nonFiscalProjects(),
                  s.nonFiscalAmount().plus(count ? Amount.zero() : off)));
          return count ? "预算绩效 counts one project more" : "预算绩效 " + wan(off) + " over the scales";
        },
        "performance.summary",
        "预算绩效情况");
  }

  /** 货物 off by the offset, so that 货物 + 工程 + 服务 is not the procurement budget. */
  public Gen<BrokenDocument> procurementParts() {
    return fact(
        (b, budget, off) -> {
          GovernmentProcurement g = budget.procurement().orElseThrow();
          b.procurement(
              new GovernmentProcurement(
                  g.total(),
                  g.goods().plus(off),
                  g.works(),
                  g.services(),
                  g.reservedForSmes(),
                  g.reservedForSmallAndMicro()));
          return "货物 " + wan(off) + " over 政府采购预算 − 工程 − 服务";
        },
        "procurement.parts",
        "政府采购预算");
  }

  /** More reserved for SMEs than the procurement budget (the small-and-micro part unchanged). */
  public Gen<BrokenDocument> procurementReserved() {
    return fact(
        (b, budget, off) -> {
          GovernmentProcurement g = budget.procurement().orElseThrow();
          b.procurement(
              new GovernmentProcurement(
                  g.total(),
                  g.goods(),
                  g.works(),
                  g.services(),
                  g.total().plus(off),
                  g.reservedForSmallAndMicro()));
          return "面向中小企业预留 " + wan(off) + " over 政府采购预算";
        },
        "procurement.reserved",
        "政府采购 面向中小企业预留");
  }

  /** 实有人数 1 to 100 more than its parts. */
  public Gen<BrokenDocument> staffingCounts() {
    return fact(
        (b, budget, off) -> {
          int more = (int) (1 + off.fen() / BudgetGenerators.WAN_YUAN_CENT % 100);
          Staffing s = budget.profile().staffing().orElseThrow();
          Staffing.Builder sb = Staffing.builder();
          sb.from(s);
          sb.actual(s.actual() + more);
          UnitProfile.Builder p = UnitProfile.builder();
          p.from(budget.profile());
          p.staffing(sb.build());
          b.profile(p.build());
          return "实有人数 " + more + " more than 在职 + 退休 + 离休";
        },
        "staffing.counts",
        "staffing 实有人数");
  }

  /** A document whose 表7 prints one project under another name than the budget's. */
  public Gen<BrokenDocument> projectRowName() {
    return documents()
        .assuming(d -> !projectRows(d).isEmpty())
        .flatMap(
            d ->
                Generate.pick(projectRows(d))
                    .map(
                        row -> {
                          RowKey.Project key = (RowKey.Project) row.key();
                          String renamed = key.project() + "（续）";
                          RowKey newKey = new RowKey.Project(key.code(), renamed);
                          BudgetDocument changed =
                              withRow(
                                  d,
                                  projectTable(d).orElseThrow().key(),
                                  key,
                                  r -> new TableRow(newKey, renamed, r.cells()));
                          return new BrokenDocument(
                              changed,
                              "projects.t7",
                              "project " + key.project(),
                              "表7 prints project '" + key.project() + "' as '" + renamed + "'",
                              // the renamed row is also a published cell that the lines do not
                              // give (layout.lines)
                              false);
                        }));
  }

  public Gen<BrokenDocument> vehicleOperation() {
    return BudgetGenerators.publishableBudgets(5, 3)
        .zip(
            ConsistentDocuments.facts(),
            offsets(),
            (budget, facts, off) ->
                new BrokenDocument(
                    ConsistentDocuments.document(layout(), budget, facts, off),
                    "t10.vehicle-operation",
                    "公务用车运行费",
                    "公务用车运行费 " + wan(off) + " over 表6 302 31",
                    true));
  }

  /**
   * A subsidy standard printed two or more units of its last decimal above what the scale gives.
   */
  public Gen<BrokenDocument> subsidyStandard() {
    return subsidy(
        (p, terms) -> {
          SubsidyStandard s = terms.standard();
          int perYear = s.period().orElseThrow().perYear();
          long step = s.printedUnit() == MoneyUnit.WAN_YUAN ? BudgetGenerators.WAN_YUAN_CENT : 1;
          long payments = (long) terms.recipients() * perYear;
          long units = 2 + (5_000 + step * payments - 1) / (step * payments);
          Amount perPerson = s.perPerson().plus(Amount.ofFen(units * step));
          String printed =
              perPerson.format(s.printedUnit())
                  + " "
                  + s.printedUnit().label()
                  + "/人/"
                  + s.period().get().label();
          return new SubsidyStandard(perPerson, s.period(), printed, s.printedUnit());
        },
        "subsidy.standard",
        "standard raised beyond its rounding");
  }

  /** A subsidy standard that states no period (an INFO note saying which periods would fit). */
  public Gen<BrokenDocument> subsidyPeriod() {
    return subsidy(
        (p, terms) -> {
          SubsidyStandard s = terms.standard();
          return new SubsidyStandard(
              s.perPerson(),
              Optional.empty(),
              s.perPerson().format(s.printedUnit()) + " 元/",
              s.printedUnit());
        },
        "subsidy.period",
        "standard printed without its period");
  }

  private interface StandardChange {
    SubsidyStandard apply(Project p, SubsidyTerms terms);
  }

  private Gen<BrokenDocument> subsidy(StandardChange change, String ruleId, String what) {
    return projectChange(
        p -> p.subsidy().isPresent(),
        p -> {
          SubsidyTerms t = p.subsidy().get();
          Project.Builder b = Project.builder();
          b.from(p);
          b.subsidy(
              new SubsidyTerms(
                  t.recipients(),
                  change.apply(p, t),
                  t.scope(),
                  t.method(),
                  t.procedure(),
                  t.beneficiaries()));
          return b.build();
        },
        ruleId,
        p -> "project " + p.name() + " 补贴标准",
        what);
  }

  /**
   * A target stating one more cost indicator in 万元, so that its cost indicators exceed its funds.
   */
  public Gen<BrokenDocument> costIndicators() {
    return projectChange(
        p -> p.performance().isPresent(),
        p -> {
          PerformanceTarget t = p.performance().get();
          List<PerformanceIndicator> indicators = new ArrayList<>(t.indicators());
          indicators.add(
              ConsistentDocuments.costIndicator(
                  t.totalFunds().orElseThrow().plus(t.totalFunds().orElseThrow())));
          PerformanceTarget.Builder tb = PerformanceTarget.builder();
          tb.from(t);
          tb.indicators(indicators);
          Project.Builder b = Project.builder();
          b.from(p);
          b.performance(tb.build());
          return b.build();
        },
        "performance.cost-indicators",
        p -> "performance target of " + p.name(),
        "a cost indicator of twice the 年度预算总额 added");
  }

  private Gen<BrokenDocument> projectChange(
      Predicate<Project> which,
      Function<Project, Project> change,
      String ruleId,
      Function<Project, String> place,
      String what) {
    return documents()
        .assuming(d -> d.budget().projects().stream().anyMatch(which))
        .flatMap(
            d -> {
              List<Project> projects = d.budget().projects();
              List<Integer> indices = new ArrayList<>();
              for (int i = 0; i < projects.size(); i++) {
                if (which.test(projects.get(i))) {
                  indices.add(i);
                }
              }
              return Generate.pick(indices)
                  .map(
                      i -> {
                        List<Project> changed = new ArrayList<>(projects);
                        Project p = projects.get(i);
                        changed.set(i, change.apply(p));
                        UnitBudget.Builder b = UnitBudget.builder();
                        b.from(d.budget());
                        b.projects(changed);
                        return new BrokenDocument(
                            with(d, b.build()), ruleId, place.apply(p), what, true);
                      });
            });
  }

  /**
   * The document of a budget of {@link BrokenBudgets#breaking(String)}, published whole; for {@code
   * line.total}, whose lines cannot be summed into tables, the budget alone.
   */
  public Gen<BrokenDocument> ofBrokenBudget(String ruleId) {
    if (ruleId.equals("line.total")) {
      return BrokenBudgets.breaking(ruleId)
          .map(
              broken ->
                  new BrokenDocument(
                      BudgetDocument.of(broken.budget()), ruleId, "line ", broken.what(), false));
    }
    return BrokenBudgets.breaking(ruleId)
        .zip(
            ConsistentDocuments.facts(),
            (broken, facts) ->
                new BrokenDocument(
                    ConsistentDocuments.document(
                        layout(), ConsistentDocuments.publishable(broken.budget()), facts),
                    ruleId,
                    ruleId.equals("line.kind-economic") ? "line " : BrokenBudgets.PLANTED,
                    broken.what(),
                    false));
  }

  // ---------------------------------------------------------------- plumbing

  private BudgetDocument with(BudgetDocument d, UnitBudget budget) {
    BudgetDocument.Builder b = BudgetDocument.builder();
    b.from(d);
    b.budget(budget);
    return b.build();
  }

  private String wan(Amount a) {
    return a.format(MoneyUnit.WAN_YUAN) + " 万元";
  }
}
