package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.Project;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules on the seed's disclosed facts, each pinned where it starts to fire: subsidies at the
 * edge of their rounding tolerance, procurement reservations equal to what holds them, 公务用车运行费
 * equal to what covers it, and the texts of the findings.
 */
class DocumentRulesTest {
  private static final String SANZHI = "“三支一扶”人员社保和生活补贴";

  /**
   * Runs one document rule, or one budget rule on the document's budget, directly, so that an
   * exception inside it fails the test.
   */
  static List<String> run(String ruleId, BudgetDocument doc) {
    List<Rule<BudgetDocument>> rules = new ArrayList<>(DocumentRules.all());
    BudgetRules.all().forEach(r -> rules.add(r.on(BudgetDocument::budget)));
    Rule<BudgetDocument> rule =
        rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
    List<String> found = new ArrayList<>();
    rule.check(
        doc,
        (location, message, expected, actual) ->
            found.add(location + " | " + message + " | " + expected + " " + actual));
    return found;
  }

  static BudgetDocument seedWith(java.util.function.UnaryOperator<UnitBudget.Builder> change) {
    return BudgetDocument.of(change.apply(UnitBudget.builder().from(SeedFixture.budget())).build());
  }

  /** The seed's projects with {@code name}'s scale replaced. */
  static List<Project> withScale(String name, Amount scale) {
    List<Project> projects = new ArrayList<>();
    for (Project p : SeedFixture.budget().projects()) {
      projects.add(p.name().equals(name) ? Project.builder().from(p).scale(scale).build() : p);
    }
    return projects;
  }

  static SubsidyStandard standard(String perPersonYuan, String printed) {
    return new SubsidyStandard(
        Amount.ofYuan(perPersonYuan), Optional.of(SubsidyPeriod.MONTH), printed, MoneyUnit.YUAN);
  }

  // ---------------------------------------------------------------------------------------------
  // subsidy.standard and subsidy.period

  @Test
  void subsidyToleranceIsHalfTheLastPrintedDecimalPerPaymentPlusTheScaleRounding() {
    // 2050.27 元 per month: 0.005 元 × 122 × 12 = 7.32 元, plus 50 元 for the scale in 万元.
    assertEquals(
        new BigDecimal("57.32"),
        BudgetRules.tolerance(standard("2050.27", "2050.27 人/月"), 122, 12));
    // 1.54 万元 a year: 50 元 × 1,756 + 50 元; 4.9 万元: 500 元 × 2,141 + 50 元.
    assertEquals(
        new BigDecimal("87850.00"),
        BudgetRules.tolerance(
            new SubsidyStandard(
                Amount.ofWanYuan("1.54"),
                Optional.of(SubsidyPeriod.YEAR),
                "1.54 万元/年",
                MoneyUnit.WAN_YUAN),
            1756,
            1));
    assertEquals(
        new BigDecimal("1070550.00"),
        BudgetRules.tolerance(
            new SubsidyStandard(
                Amount.ofWanYuan("4.9"),
                Optional.of(SubsidyPeriod.YEAR),
                "4.9 万元/年",
                MoneyUnit.WAN_YUAN),
            2141,
            1));
  }

  @Test
  void subsidyDecimalsFallBackToTheAmountWhenThePrintedTextHasNoNumber() {
    // No number printed: 2050.27 has two decimals (as if printed), 2050 none (0.5 元 a payment).
    assertEquals(
        new BigDecimal("57.32"), BudgetRules.tolerance(standard("2050.27", "按月发放"), 122, 12));
    assertEquals(
        new BigDecimal("782.00"), BudgetRules.tolerance(standard("2050", "按月发放"), 122, 12));
  }

  @Test
  void subsidyAtTheEdgeOfItsTolerance() {
    // 122 × 2050.27 × 12 = 3,001,595.28 元; the tolerance is 57.32 元.
    assertEquals(
        List.of(),
        run(
            "subsidy.standard",
            seedWith(b -> b.projects(withScale(SANZHI, Amount.ofYuan("3001652.60"))))));
    assertEquals(
        List.of(),
        run(
            "subsidy.standard",
            seedWith(b -> b.projects(withScale(SANZHI, Amount.ofYuan("3001537.96"))))));
    assertEquals(
        List.of(
            "project “三支一扶”人员社保和生活补贴 补贴标准 | 122 recipients × 2050.27 人/月 × 12 = 300.16"
                + " 万元, beyond the rounding of the standard from the scale 300.17 (±57.32 元) |"
                + " 300.17 300.16"),
        run(
            "subsidy.standard",
            seedWith(b -> b.projects(withScale(SANZHI, Amount.ofYuan("3001652.61"))))));
    assertEquals(
        1,
        run(
                "subsidy.standard",
                seedWith(b -> b.projects(withScale(SANZHI, Amount.ofYuan("3001537.95")))))
            .size());
  }

  @Test
  void subsidyOfAZeroScaleIsNotChecked() {
    assertEquals(
        List.of(),
        run("subsidy.standard", seedWith(b -> b.projects(withScale(SANZHI, Amount.zero())))));
  }

  @Test
  void subsidyWithoutPeriodSaysWhichPeriodsFit() {
    // 678 × 774.34 元 = 525,002.52 元 = 52.50 万元: the scale 52.50 fits one payment.
    String project = "2023 年自治区就业补助资金预算";
    assertEquals(
        List.of(
            "project 2023 年自治区就业补助资金预算 补贴标准 | 补贴标准 '774.34 元/' states no period; 678"
                + " recipients × the standard = 52.50 万元 a payment, which matches the scale if paid"
                + " once or yearly | 52.50 52.50"),
        run("subsidy.period", SeedFixture.document()));
    // × 12 = 6,300,030.24 元 = 630.00 万元, within 0.005 × 8,136 + 50 = 90.68 元.
    assertEquals(
        List.of(
            "project 2023 年自治区就业补助资金预算 补贴标准 | 补贴标准 '774.34 元/' states no period; 678"
                + " recipients × the standard = 52.50 万元 a payment, which matches the scale if paid"
                + " monthly | 630.00 52.50"),
        run(
            "subsidy.period",
            seedWith(b -> b.projects(withScale(project, Amount.ofWanYuan("630.00"))))));
    assertEquals(
        List.of(
            "project 2023 年自治区就业补助资金预算 补贴标准 | 补贴标准 '774.34 元/' states no period; 678"
                + " recipients × the standard = 52.50 万元 a payment, which matches the scale for no"
                + " period | 100.00 52.50"),
        run(
            "subsidy.period",
            seedWith(b -> b.projects(withScale(project, Amount.ofWanYuan("100.00"))))));
  }

  // ---------------------------------------------------------------------------------------------
  // procurement, staffing, 预算绩效

  static GovernmentProcurement procurement(
      String total, String services, String smes, String small) {
    return new GovernmentProcurement(
        Amount.ofWanYuan(total),
        Amount.ofWanYuan("200.78"),
        Amount.zero(),
        Amount.ofWanYuan(services),
        Amount.ofWanYuan(smes),
        Amount.ofWanYuan(small));
  }

  @Test
  void reservationsMayEqualWhatHoldsThem() {
    assertEquals(
        List.of(),
        run(
            "procurement.reserved",
            seedWith(b -> b.procurement(procurement("281.41", "80.63", "281.41", "281.41")))));
    assertEquals(
        List.of(
            "政府采购 面向中小企业预留 | More is reserved for SMEs than the procurement budget holds |"
                + " at most 281.41 281.42",
            "政府采购 面向小微企业预留 | More is reserved for small and micro enterprises than for SMEs"
                + " | at most 281.42 281.43"),
        run(
            "procurement.reserved",
            seedWith(b -> b.procurement(procurement("281.41", "80.63", "281.42", "281.43")))));
  }

  @Test
  void procurementPartsNameEachPart() {
    assertEquals(List.of(), run("procurement.parts", SeedFixture.document()));
    assertEquals(
        List.of(
            "政府采购预算 | 货物 200.78 + 工程 0.00 + 服务 80.64 is not the procurement budget |"
                + " 281.42 281.41"),
        run(
            "procurement.parts",
            seedWith(b -> b.procurement(procurement("281.41", "80.64", "275.17", "273.82")))));
  }

  @Test
  void staffingCountsAddUp() {
    assertEquals(List.of(), run("staffing.counts", SeedFixture.document()));
    assertEquals(
        List.of("staffing 实有人数 | 实有人数 43 is not the sum of its parts 42 | 42 43"),
        run("staffing.counts", seedWith(b -> b.profile(staffing(43, true)))));
    assertEquals(List.of(), run("staffing.counts", seedWith(b -> b.profile(staffing(43, false)))));
  }

  private static UnitProfile staffing(int actual, boolean withCounts) {
    Staffing.Builder s = Staffing.builder().authorized(31).actual(actual);
    if (withCounts) {
      s.count(StaffCategory.IN_SERVICE, 26, 0).count(StaffCategory.RETIRED, 16, 0);
    }
    return UnitProfile.builder().from(SeedFixture.budget().profile()).staffing(s.build()).build();
  }

  @Test
  void performanceSummaryCountsAndAmount() {
    // The seed's ten projects have scales adding up to 13,801.65 万元.
    assertEquals(List.of(), run("performance.summary", SeedFixture.document()));
    assertEquals(
        List.of(
            "预算绩效情况 | 预算绩效情况 counts 11 projects; the budget describes 10 | 10 11",
            "预算绩效情况 | 预算绩效情况's amount differs from the projects' scales | 13,801.65 13,801.66"),
        run(
            "performance.summary",
            seedWith(
                b ->
                    b.performanceSummary(
                        new PerformanceSummary(
                            10, Amount.ofWanYuan("13,801.65"), 1, Amount.ofWanYuan("0.01"))))));
    assertEquals(
        List.of(),
        run(
            "performance.summary",
            seedWith(
                b ->
                    b.projects(List.of())
                        .performanceSummary(
                            new PerformanceSummary(3, Amount.zero(), 0, Amount.zero())))));
  }

  // ---------------------------------------------------------------------------------------------
  // t10.vehicle-operation

  static Disclosure t6AndT10(String vehicleOperation) {
    return Disclosure.builder()
        .addTables(
            SeedFixture.t6(),
            DisclosureTable.builder(TableId.T10)
                .row(RowKey.label("公务用车运行费"), "公务用车运行费", vehicleOperation, vehicleOperation)
                .build())
        .build();
  }

  @Test
  void vehicleOperationMayUseAllThatCoversIt() {
    // 表6 302 31 2.40 + the projects' 公务用车运行维护费 1.00 + 2.00 = 5.40.
    BudgetDocument atCover = SeedFixture.doc(SeedFixture.budget(), t6AndT10("5.40"));
    assertEquals(List.of(), run("t10.vehicle-operation", atCover));
    BudgetDocument beyond = SeedFixture.doc(SeedFixture.budget(), t6AndT10("5.41"));
    assertEquals(
        List.of(
            "表10 label:公务用车运行费 total | 公务用车运行费 exceeds what 表6 302 31 (2.40) and the"
                + " projects' 公务用车运行维护费 (3.00) provide | at most 5.40 5.41"),
        run("t10.vehicle-operation", beyond));
    Disclosure t10Only =
        Disclosure.builder().addTables(t6AndT10("5.41").table(TableId.T10).orElseThrow()).build();
    assertEquals(
        List.of(), run("t10.vehicle-operation", SeedFixture.doc(SeedFixture.budget(), t10Only)));
  }

  // ---------------------------------------------------------------------------------------------
  // projects.t7 on the seed (no lines: a project's 表7 rows stand for its scale)

  static BudgetDocument publishedWith(List<Project> projects) {
    return SeedFixture.doc(
        UnitBudget.builder().from(SeedFixture.budget()).projects(projects).build(),
        SeedFixture.published());
  }

  @Test
  void seedProjectsMatchTable7() {
    assertEquals(List.of(), run("projects.t7", SeedFixture.document()));
    assertEquals(List.of(), run("projects.t7", BudgetDocument.of(SeedFixture.budget())));
  }

  @Test
  void aProjectWhoseRowDiffersFromItsScale() {
    assertEquals(
        List.of(
            "表7 p:2080101:光纤费 total | 表7 row of project '光纤费' differ from its scale (预算安排规模)"
                + " | 30.01 30.00",
            "表7 label:合计 total | The projects add up to 13,801.66, not 表7 合计 | 13,801.66"
                + " 13,801.65"),
        run("projects.t7", publishedWith(withScale("光纤费", Amount.ofWanYuan("30.01")))));
  }

  @Test
  void projectsWithoutRowsAndRowsWithoutProjects() {
    List<Project> projects = new ArrayList<>(SeedFixture.budget().projects());
    projects.add(SeedFixture.project("新增项目", "1.00").build());
    projects.add(SeedFixture.project("未安排项目", "0.00").build());
    assertEquals(
        List.of(
            "表7 total project 新增项目 | Project '新增项目' has no row in 表7 | 1.00 0.00",
            "表7 label:合计 total | The projects add up to 13,802.65, not 表7 合计 | 13,802.65"
                + " 13,801.65"),
        run("projects.t7", publishedWith(projects)));
    List<Project> withoutFiber = new ArrayList<>(SeedFixture.budget().projects());
    withoutFiber.removeIf(p -> p.name().equals("光纤费"));
    assertEquals(
        List.of(
            "表7 p:2080101:光纤费 total | 表7 prints project '光纤费', which the budget does not"
                + " describe | 0.00 30.00",
            "表7 label:合计 total | The projects add up to 13,771.65, not 表7 合计 | 13,771.65"
                + " 13,801.65"),
        run("projects.t7", publishedWith(withoutFiber)));
  }

  // ---------------------------------------------------------------------------------------------
  // performance.cost-indicators

  static BudgetDocument arbitration(String lawyer, String... extra) {
    io.budgetkit.project.PerformanceTarget.Builder t =
        io.budgetkit.project.PerformanceTarget.builder()
            .projectName("仲裁工作经费")
            .owner("严元博")
            .totalFunds(Amount.ofWanYuan("4.60"))
            .fiscalFunds(Amount.ofWanYuan("4.60"))
            .otherFunds(Amount.zero())
            .overallGoal("有效保障仲裁工作")
            .indicator(COST, "办公用品成本", "=2.60 万元", 20, SCORING)
            .indicator(COST, "公务用车运行维护费", "10000 元", 20, SCORING)
            .indicator(COST, "聘请律师费", lawyer, 20, SCORING)
            .indicator(COST, "人均成本", "<=500 元", 10, SCORING)
            .indicator(COST, "仲裁次数", "=3 次", 10, SCORING)
            .indicator(COST, "极小成本", "=0.001 元", 10, SCORING)
            .indicator(
                io.budgetkit.project.IndicatorCategory.QUANTITY, "保障金额", "=4.60 万元", 10, SCORING);
    for (String e : extra) {
      t.indicator(COST, "其他成本", e, 0, SCORING);
    }
    Project p = SeedFixture.project("仲裁工作经费", "4.60").performance(t.build()).build();
    return seedWith(b -> b.projects(List.of(p)));
  }

  private static final io.budgetkit.project.IndicatorCategory COST =
      io.budgetkit.project.IndicatorCategory.ECONOMIC_COST;
  private static final io.budgetkit.project.ScoringRule SCORING =
      io.budgetkit.project.ScoringRule.values()[0];

  @Test
  void costIndicatorsStatedExactlyInMoneyAddUpToTheFunds() {
    // 2.60 万元 + 10000 元 + 1.00 万元 = 4.60 万元; ≤ 500 元, 3 次, 0.001 元 and 数量指标 do not count.
    assertEquals(List.of(), run("performance.cost-indicators", arbitration("1.00 万元")));
    assertEquals(
        List.of(
            "performance target of 仲裁工作经费 | Cost indicators add up to 4.61 万元 (办公用品成本 =2.60"
                + " 万元, 公务用车运行维护费 10000 元, 聘请律师费 1.01 万元), not the 年度预算总额 | 4.60 4.61"),
        run("performance.cost-indicators", arbitration("1.01 万元")));
    assertEquals(1, run("performance.cost-indicators", arbitration("1.00 万元", "=1 元")).size());
  }

  @Test
  void aTargetWithoutMoneyCostIndicatorsIsNotChecked() {
    Project p =
        SeedFixture.project("光纤费", "30.00")
            .performance(
                io.budgetkit.project.PerformanceTarget.builder()
                    .projectName("光纤费")
                    .owner("严元博")
                    .totalFunds(Amount.ofWanYuan("30.00"))
                    .fiscalFunds(Amount.ofWanYuan("30.00"))
                    .otherFunds(Amount.zero())
                    .overallGoal("保障专线")
                    .indicator(COST, "人均成本", "<=500 元", 50, SCORING)
                    .build())
            .build();
    assertEquals(
        List.of(), run("performance.cost-indicators", seedWith(b -> b.projects(List.of(p)))));
    assertEquals(List.of(), run("performance.cost-indicators", SeedFixture.document()));
  }
}
