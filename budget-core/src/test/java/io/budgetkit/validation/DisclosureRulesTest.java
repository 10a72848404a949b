package io.budgetkit.validation;

import static io.budgetkit.table.Columns.AMOUNT;
import static io.budgetkit.table.Columns.BASIC;
import static io.budgetkit.table.Columns.E302;
import static io.budgetkit.table.Columns.GENERAL_PUBLIC;
import static io.budgetkit.table.Columns.OPERATING;
import static io.budgetkit.table.Columns.PROJECT;
import static io.budgetkit.table.Columns.TOTAL;
import static io.budgetkit.table.Columns.UNIT_FUNDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.model.YearOnYear;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.project.Project;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.table.Column;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DisclosureRulesTest {
  private static final SmallBudget SMALL = SmallBudget.example();

  /** One unit of the printed figures: 0.01 万元. */
  private static final Amount ONE_UNIT = Amount.ofWanYuan("0.01");

  /** A variant of the small document for one rule, and the cell or place its finding must name. */
  record Case(String ruleId, BudgetDocument document, String names) {
    @Override
    public String toString() {
      return ruleId + " names " + names;
    }
  }

  static Case cell(String ruleId, TableId table, RowKey row, Column column, Amount delta) {
    Disclosure d = SMALL.published();
    Amount now = d.table(table).orElseThrow().amount(row, column);
    Disclosure changed = SmallBudget.withCell(d, table, row, column, now.plus(delta));
    return new Case(
        ruleId,
        BudgetDocument.of(SMALL.budget(), changed),
        Location.cell(table, row, column).toString());
  }

  static Case cellOf(String ruleId, Disclosure base, TableId table, RowKey row, Column column) {
    Amount now = base.table(table).orElseThrow().amount(row, column);
    Disclosure changed = SmallBudget.withCell(base, table, row, column, now.plus(ONE_UNIT));
    return new Case(
        ruleId,
        BudgetDocument.of(SMALL.budget(), changed),
        Location.cell(table, row, column).toString());
  }

  static Case budget(String ruleId, UnaryOperator<UnitBudget.Builder> change, String names) {
    UnitBudget b = change.apply(UnitBudget.builder().from(SMALL.budget())).build();
    return new Case(ruleId, BudgetDocument.of(b, SMALL.published()), names);
  }

  static List<NarrativeFigure> replacing(String label, UnaryOperator<NarrativeFigure> change) {
    List<NarrativeFigure> figures = new ArrayList<>();
    for (NarrativeFigure f : SMALL.budget().narrative()) {
      figures.add(f.label().equals(label) ? change.apply(f) : f);
    }
    return figures;
  }

  static NarrativeFigure with(NarrativeFigure f, UnaryOperator<NarrativeFigure.Builder> change) {
    return change.apply(NarrativeFigure.builder().from(f)).build();
  }

  /** A fund table (表8 or 表9) printing one 类 and 款 with a 合计 that matches them. */
  static Disclosure withFundTable(TableId id) {
    DisclosureTable t =
        DisclosureTable.builder(id)
            .row(RowKey.function("212"), "城乡社区支出", "10.00", "10.00")
            .row(RowKey.function("212 08"), "国有土地使用权出让收入安排的支出", "10.00", "10.00")
            .row(RowKey.total(), "合计", "10.00", "10.00")
            .build();
    List<DisclosureTable> tables = new ArrayList<>();
    for (DisclosureTable x : SMALL.published().tables()) {
      tables.add(x.id() == id ? t : x);
    }
    return Disclosure.builder().addAllTables(tables).build();
  }

  static Stream<Case> cases() {
    RowKey total = RowKey.total();
    RowKey f208 = RowKey.function("208");
    RowKey f221 = RowKey.function("221");
    RowKey f2080101 = RowKey.function("208 01 01");
    RowKey f2080104 = RowKey.function("208 01 04");
    RowKey fiber = RowKey.project("208 01 01", SmallBudget.P3);
    RowKey vehicles = RowKey.label("公务用车运行费");
    String p1 = "performance target of " + SmallBudget.P1;
    return Stream.of(
        cell("t1.hierarchy", TableId.T1, f208, AMOUNT, ONE_UNIT),
        cell("t1.income", TableId.T1, RowKey.fund(FundSource.OTHER_INCOME), AMOUNT, ONE_UNIT),
        cell("t1.balance", TableId.T1, TableRules.INCOME_TOTAL, AMOUNT, ONE_UNIT),
        cell("t2.hierarchy", TableId.T2, f2080101, GENERAL_PUBLIC, ONE_UNIT),
        cell("t2.row-columns", TableId.T2, f2080101, GENERAL_PUBLIC, ONE_UNIT),
        cell("t3.hierarchy", TableId.T3, f2080104, PROJECT, ONE_UNIT),
        cell("t3.row-columns", TableId.T3, f2080104, PROJECT, ONE_UNIT),
        cell("t4.hierarchy", TableId.T4, RowKey.function("201"), GENERAL_PUBLIC, ONE_UNIT),
        cell("t4.row-columns", TableId.T4, RowKey.function("201"), GENERAL_PUBLIC, ONE_UNIT),
        cell("t4.income", TableId.T4, RowKey.fund(FundSource.GENERAL_PUBLIC), TOTAL, ONE_UNIT),
        cell("t4.balance", TableId.T4, TableRules.INCOME_TOTAL, TOTAL, ONE_UNIT),
        cell("t5.hierarchy", TableId.T5, RowKey.function("221 02 01"), BASIC, ONE_UNIT),
        cell("t5.row-columns", TableId.T5, RowKey.function("221 02 01"), BASIC, ONE_UNIT),
        cell("t6.hierarchy", TableId.T6, RowKey.economic("302 01"), TOTAL, ONE_UNIT),
        cell("t6.row-columns", TableId.T6, RowKey.economic("302 01"), OPERATING, ONE_UNIT),
        cell("t6.personnel-operating", TableId.T6, RowKey.economic("301 01"), OPERATING, ONE_UNIT),
        cell("t7.hierarchy", TableId.T7, fiber, E302, ONE_UNIT),
        cell("t7.row-columns", TableId.T7, fiber, E302, ONE_UNIT),
        cellOf("t8.hierarchy", withFundTable(TableId.T8), TableId.T8, total, TOTAL),
        cellOf("t8.row-columns", withFundTable(TableId.T8), TableId.T8, total, BASIC),
        cell("t8.totals", TableId.T8, total, TOTAL, ONE_UNIT),
        cellOf("t9.hierarchy", withFundTable(TableId.T9), TableId.T9, total, TOTAL),
        cellOf("t9.row-columns", withFundTable(TableId.T9), TableId.T9, total, BASIC),
        cell("t9.totals", TableId.T9, total, TOTAL, ONE_UNIT),
        cell("t10.row-columns", TableId.T10, RowKey.label("公务接待费"), GENERAL_PUBLIC, ONE_UNIT),
        cell("t10.parts", TableId.T10, RowKey.label("公务用车购置费"), TOTAL, ONE_UNIT),
        cell("t1-t2.class-totals", TableId.T2, f221, TOTAL, ONE_UNIT),
        cell("t1-t3.class-totals", TableId.T3, f221, TOTAL, ONE_UNIT),
        cell("t2-t3.row-totals", TableId.T2, f2080104, TOTAL, ONE_UNIT),
        cell("t1-t2.sources", TableId.T2, total, UNIT_FUNDS, ONE_UNIT),
        cell("t2-t4.fiscal", TableId.T4, f208, TOTAL, ONE_UNIT),
        cell("t4-t5.general-public", TableId.T5, f221, TOTAL, ONE_UNIT),
        cell("t5-t6.basic", TableId.T6, total, TOTAL, ONE_UNIT),
        cell("t5-t7.projects", TableId.T7, RowKey.function("208 01"), TOTAL, ONE_UNIT),
        cell("narrative.amount", TableId.T3, total, BASIC, ONE_UNIT),
        budget(
            "narrative.share",
            b ->
                b.narrative(
                    replacing(
                        "基本支出",
                        f -> with(f, x -> x.share(f.share().get().plus(Percent.parse("0.01")))))),
            "narrative 基本支出"),
        budget(
            "narrative.growth",
            b ->
                b.narrative(
                    replacing(
                        "基本支出",
                        f ->
                            with(
                                f,
                                x ->
                                    x.yearOnYear(
                                        new YearOnYear(
                                            f.yearOnYear().get().change(),
                                            f.yearOnYear()
                                                .get()
                                                .growth()
                                                .plus(Percent.parse("1.00"))))))),
            "narrative 基本支出"),
        budget(
            "narrative.prior-consistency",
            b ->
                b.narrative(
                    replacing(
                        "基本支出",
                        f -> {
                          Amount change =
                              f.yearOnYear().get().change().plus(Amount.ofWanYuan("0.10"));
                          Amount prior = f.amount().minus(change);
                          return with(
                              f,
                              x ->
                                  x.yearOnYear(
                                      new YearOnYear(change, Percent.ratio(change, prior))));
                        })),
            "基本支出"),
        cell("narrative.operating-costs", TableId.T6, total, OPERATING, ONE_UNIT),
        cell("narrative.three-public-costs", TableId.T10, vehicles, TOTAL, ONE_UNIT),
        cell("projects.t7", TableId.T7, fiber, TOTAL, ONE_UNIT),
        cell("t10.vehicle-operation", TableId.T10, vehicles, TOTAL, ONE_UNIT),
        budget(
            "performance.summary",
            b ->
                b.performanceSummary(
                    new PerformanceSummary(
                        2, SmallBudget.fen(SMALL.gpProjects()), 0, Amount.zero())),
            "预算绩效情况"),
        budget(
            "procurement.parts",
            b -> {
              GovernmentProcurement g = SMALL.budget().procurement().get();
              return b.procurement(
                  new GovernmentProcurement(
                      g.total(),
                      g.goods().plus(ONE_UNIT),
                      g.works(),
                      g.services(),
                      g.reservedForSmes(),
                      g.reservedForSmallAndMicro()));
            },
            "政府采购预算"),
        budget(
            "procurement.reserved",
            b -> {
              GovernmentProcurement g = SMALL.budget().procurement().get();
              return b.procurement(
                  new GovernmentProcurement(
                      g.total(),
                      g.goods(),
                      g.works(),
                      g.services(),
                      g.reservedForSmes(),
                      g.reservedForSmes().plus(ONE_UNIT)));
            },
            "面向小微企业预留"),
        budget(
            "staffing.counts",
            b ->
                b.profile(
                    UnitProfile.builder()
                        .from(SMALL.budget().profile())
                        .staffing(
                            Staffing.builder()
                                .authorized(31)
                                .actual(43)
                                .count(StaffCategory.IN_SERVICE, 26, 0)
                                .count(StaffCategory.RETIRED, 16, 0)
                                .build())
                        .build()),
            "staffing"),
        budget(
            "subsidy.standard",
            b -> b.projects(withSubsidy(101, SubsidyPeriod.MONTH)),
            "project " + SmallBudget.P2),
        budget(
            "subsidy.period", b -> b.projects(withSubsidy(100, null)), "project " + SmallBudget.P2),
        budget(
            "performance.cost-indicators",
            b -> b.projects(withFunds(SmallBudget.P1, SmallBudget.fen(SMALL.x1()).plus(ONE_UNIT))),
            p1));
  }

  static List<Project> withSubsidy(int recipients, SubsidyPeriod period) {
    List<Project> projects = new ArrayList<>();
    for (Project p : SMALL.budget().projects()) {
      if (p.subsidy().isPresent()) {
        Amount per = p.subsidy().get().standard().perPerson();
        p =
            Project.builder()
                .from(p)
                .subsidy(
                    SeedFixture.subsidy(
                        recipients,
                        per,
                        period,
                        per.in(MoneyUnit.YUAN).toPlainString() + " 元",
                        MoneyUnit.YUAN))
                .build();
      }
      projects.add(p);
    }
    return projects;
  }

  /** Projects with {@code name}'s scale and target funds changed, its indicators kept. */
  static List<Project> withFunds(String name, Amount funds) {
    List<Project> projects = new ArrayList<>();
    for (Project p : SMALL.budget().projects()) {
      if (p.name().equals(name)) {
        p =
            Project.builder()
                .from(p)
                .scale(funds)
                .performance(
                    io.budgetkit.project.PerformanceTarget.builder()
                        .from(p.performance().get())
                        .totalFunds(funds)
                        .fiscalFunds(funds)
                        .build())
                .build();
      }
      projects.add(p);
    }
    return projects;
  }

  /** Whether a finding names {@code names}: its location's text contains it, or its message. */
  static boolean names(Finding f, String names) {
    return f.location().toString().contains(names) || f.message().contains(names);
  }

  @Test
  void smallConsistentDocumentHasNoFindings() {
    ValidationReport report = Validators.document().validate(SMALL.document());
    assertTrue(report.isClean(), report::toText);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleFiresOnOneChangeAndNamesIt(Case c) {
    ValidationReport report = Validators.document().validate(c.document());
    List<Finding> found = report.findingsOf(c.ruleId());
    assertFalse(found.isEmpty(), () -> c.ruleId() + " did not fire:\n" + report.toText());
    assertTrue(
        found.stream().anyMatch(f -> names(f, c.names())),
        () -> c.ruleId() + " did not name " + c.names() + ":\n" + report.toText());
    assertEquals(0, report.findingsOf("validator.rule-failed").size(), report::toText);
  }

  @Test
  void everyRuleHasAVariantThatMakesItFire() {
    Set<String> covered = cases().map(Case::ruleId).collect(Collectors.toSet());
    Set<String> ids = new HashSet<>();
    for (Rule<BudgetDocument> r : DisclosureRules.all()) {
      ids.add(r.id());
    }
    ids.removeAll(covered);
    assertEquals(Set.of(), ids);
  }

  @Test
  void everyRuleHasADescriptionAndCellFindingsNameTableRowAndColumn() {
    for (Rule<BudgetDocument> r : DisclosureRules.all()) {
      assertFalse(r.description().isBlank(), r.id());
      assertTrue(r.id().matches("[a-z0-9-]+\\.[a-z0-9-]+"), r.id());
    }
    ValidationReport report =
        Validators.document()
            .validate(
                cell("t3.row-columns", TableId.T3, f("208 01 04"), PROJECT, ONE_UNIT).document());
    Finding f = report.findingsOf("t3.row-columns").get(0);
    assertEquals(Location.cell(TableId.T3, f("208 01 04"), TOTAL), f.location());
    assertEquals("296.81", f.expected().get());
    assertEquals("296.80", f.actual().get());
  }

  private static RowKey f(String code) {
    return RowKey.function(code);
  }

  @Test
  void seedPublishedFiguresGiveTheFourRealFindings() {
    ValidationReport report = Validators.document().validate(SeedFixture.document());
    List<String> found =
        report.findings().stream()
            .map(
                f ->
                    f.ruleId()
                        + " "
                        + f.severity()
                        + " "
                        + f.expected().orElse("")
                        + " "
                        + f.actual().orElse(""))
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            // the budget's rules run first, subsidy.period among them
            "project.allocation-sum ERROR 300.16 0.03",
            "subsidy.period INFO 52.50 52.50",
            "narrative.share ERROR 1.65% 1.66%",
            "narrative.share ERROR 0.24% 0.25%"),
        found,
        report::toText);
    Finding carryover = report.findingsOf("narrative.share").get(0);
    assertEquals(
        "表1 fund:FISCAL_CARRYOVER amount narrative 财政拨款结转", carryover.location().toString());
    Finding housing = report.findingsOf("narrative.share").get(1);
    assertEquals("表5 f:221 total narrative 住房保障支出（类）", housing.location().toString());
  }

  @Test
  void seedWithoutPublishedTablesChecksNarrativeArithmeticOnly() {
    ValidationReport report =
        Validators.document().validate(BudgetDocument.of(SeedFixture.budget()));
    assertEquals(2, report.findingsOf("narrative.share").size(), report::toText);
    assertTrue(
        report.findings().stream()
            .noneMatch(
                f -> f.location().table().isPresent() && !f.ruleId().startsWith("narrative")));
  }

  @Test
  void missingTablesAreSkipped() {
    Disclosure onlyT3 = Disclosure.builder().addTables(SeedFixture.t3()).build();
    ValidationReport report =
        Validators.document().validate(BudgetDocument.of(SeedFixture.budget(), onlyT3));
    assertEquals(0, report.findingsOf("validator.rule-failed").size(), report::toText);
    assertTrue(
        report.findings().stream().noneMatch(f -> f.ruleId().startsWith("t")), report::toText);
    // 表3 gives the basic and project totals; 基本支出 and 项目支出 agree with it.
    assertEquals(0, report.findingsOf("narrative.amount").size(), report::toText);
  }

  @Test
  void strictProfileRaisesWarningsToErrors() {
    BudgetDocument doc =
        cell("t10.vehicle-operation", TableId.T10, RowKey.label("公务用车运行费"), TOTAL, ONE_UNIT)
            .document();
    Validator<BudgetDocument> v = Validators.document();
    assertEquals(
        Severity.WARNING, v.validate(doc).findingsOf("t10.vehicle-operation").get(0).severity());
    assertEquals(
        Severity.ERROR,
        v.validate(doc, RuleProfile.STRICT).findingsOf("t10.vehicle-operation").get(0).severity());
  }

  @Test
  void withoutSwitchesARuleOff() {
    ValidationReport report =
        Validators.document()
            .validate(SeedFixture.document(), RuleProfile.DEFAULT.without("narrative.share"));
    assertEquals(0, report.findingsOf("narrative.share").size());
    assertEquals(1, report.findingsOf("subsidy.period").size());
  }

  @Test
  void toleranceAcceptsRoundingDifferencesInTableSums() {
    BudgetDocument doc =
        cell("t3.row-columns", TableId.T3, f("208 01 04"), PROJECT, ONE_UNIT).document();
    assertFalse(Validators.document().validate(doc).findingsOf("t3.row-columns").isEmpty());
    assertTrue(
        Validators.document(Amount.ofWanYuan("0.01"))
            .validate(doc)
            .findingsOf("t3.row-columns")
            .isEmpty());
  }

  @Test
  void shareUsesTheRoundingOfThePrintedFigures() {
    // 246.28 / 14,941.05 = 1.6483%: 1.65% is right, 1.66% is not, whatever the unrounded figures.
    UnitBudget budget =
        UnitBudget.builder()
            .from(SeedFixture.budget())
            .narrative(
                List.of(
                    NarrativeFigure.builder()
                        .label("收入预算")
                        .measure(Measure.INCOME_TOTAL)
                        .wanYuan("14,941.05")
                        .build(),
                    NarrativeFigure.builder()
                        .label("财政拨款结转")
                        .measure(Measure.INCOME_BY_FUND)
                        .fund(FundSource.FISCAL_CARRYOVER)
                        .wanYuan("246.28")
                        .share("1.65%")
                        .build()))
            .build();
    assertTrue(
        Validators.document()
            .validate(BudgetDocument.of(budget))
            .findingsOf("narrative.share")
            .isEmpty());
  }

  @Test
  void growthAllowsForTheRoundingOfASmallPrior() {
    // 事业单位医疗 5.56, +0.55: the prior 5.01 may be 5.00…5.02, so 10.98% and 11.00% both fit.
    for (String growth : List.of("10.98%", "11.00%")) {
      UnitBudget budget =
          UnitBudget.builder()
              .from(SeedFixture.budget())
              .narrative(
                  List.of(
                      NarrativeFigure.builder()
                          .label("事业单位医疗（项）")
                          .measure(Measure.GENERAL_PUBLIC_BY_FUNCTION)
                          .function("210 11 02")
                          .wanYuan("5.56")
                          .yearOnYear("0.55", growth)
                          .build()))
              .build();
      assertTrue(
          Validators.document()
              .validate(BudgetDocument.of(budget, SeedFixture.published()))
              .findingsOf("narrative.growth")
              .isEmpty(),
          growth);
    }
  }
}
