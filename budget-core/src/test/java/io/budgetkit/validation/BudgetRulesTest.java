package io.budgetkit.validation;

import static io.budgetkit.testkit.BudgetAssertions.assertConsistent;
import static io.budgetkit.testkit.BudgetAssertions.assertFindsOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.project.IndicatorCategory;
import io.budgetkit.project.ScoringRule;
import io.budgetkit.testkit.BudgetGenerators;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {

  /** The seed's 光纤费: 30.00 万元 in two parts, on 208 01 01, with its performance target. */
  private static UnitBudget.Builder fibre(String part2, String lineAmount, int lastWeight) {
    UnitBudget.Builder b = UnitBudget.builder();
    b.profile(BudgetGenerators.seedProfile()).fiscalYear(2023);
    b.line(
        l ->
            l.function("208 01 01")
                .economic("302 01")
                .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                .basicOperating()
                .wanYuan("12.00"));
    b.project(
        p ->
            p.name("光纤费")
                .policyBasis("根据《阿图什市人力资源和社会保障局会议纪要》阿财预（2023）001 号")
                .scale("30.00")
                .undertaker("阿图什市人力资源和社会保障局")
                .part("保障社保专线", "20.00")
                .part("保障社会化防控专线", part2)
                .allocationTotal("30.00")
                .executionPeriod("2023 年 1 月-12 月")
                .performance(
                    io.budgetkit.project.PerformanceTarget.builder()
                        .projectName("光纤费项目")
                        .owner("严元博")
                        .totalFunds("30.00")
                        .fiscalFunds("30.00")
                        .otherFunds("0")
                        .overallGoal("保障社保专线和社会化防控专线正常运转")
                        .indicator(
                            IndicatorCategory.QUANTITY,
                            "专线条数",
                            "=2 条",
                            40,
                            ScoringRule.PROPORTIONAL)
                        .indicator(
                            IndicatorCategory.QUALITY,
                            "网络正常运转率",
                            "=100%",
                            10,
                            ScoringRule.PROPORTIONAL)
                        .indicator(
                            IndicatorCategory.ECONOMIC_COST,
                            "光纤费",
                            "=30 万元",
                            20,
                            ScoringRule.DIRECT)
                        .indicator(
                            IndicatorCategory.SATISFACTION,
                            "使用人员满意度",
                            ">=95%",
                            lastWeight,
                            ScoringRule.SATISFACTION)
                        .build()));
    b.line(
        l ->
            l.function("208 01 01")
                .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                .forProject("光纤费")
                .wanYuan(lineAmount));
    return b;
  }

  @Test
  void theSeedsFibreProjectIsConsistent() {
    assertConsistent(fibre("10.00", "30.00", 20).build());
  }

  @Test
  void partsThatDoNotAddUpAreReportedIn万元() {
    ValidationReport r = BudgetRules.validator().validate(fibre("10.01", "30.00", 20).build());
    Finding f = assertFindsOnly(r, "project.allocation-sum").get(0);
    assertEquals("project 光纤费", f.location().toString());
    assertEquals(Optional.of("30.00"), f.expected());
    assertEquals(Optional.of("30.01"), f.actual());
    assertEquals(Severity.ERROR, f.severity());
  }

  @Test
  void linesThatDoNotAddUpToTheScale() {
    ValidationReport r = BudgetRules.validator().validate(fibre("10.00", "29.99", 20).build());
    Finding f = assertFindsOnly(r, "project.lines").get(0);
    assertEquals(Optional.of("30.00"), f.expected());
    assertEquals(Optional.of("29.99"), f.actual());
  }

  @Test
  void weightsThatDoNotAddUpTo90() {
    ValidationReport r = BudgetRules.validator().validate(fibre("10.00", "30.00", 25).build());
    Finding f = assertFindsOnly(r, "performance.weights").get(0);
    assertEquals(Optional.of("90"), f.expected());
    assertEquals(Optional.of("95"), f.actual());
    assertEquals("performance target of 光纤费", f.location().toString());
    // a form with another total can be checked with its own
    assertEquals(
        List.of(),
        Validator.of(BudgetRules.all(BigDecimal.valueOf(95)))
            .validate(fibre("10.00", "30.00", 25).build())
            .findings());
  }

  /**
   * A project as the 上海 项目经费情况说明 prints it: no 预算安排规模, a quarterly plan, a goal without owner,
   * funds or indicators. No rule compares with what was never printed.
   */
  @Test
  void aProjectWithoutScaleFundsOrIndicatorsIsComparedWithNothing() {
    UnitBudget.Builder b = UnitBudget.builder();
    b.profile(BudgetGenerators.seedProfile()).fiscalYear(2025);
    b.project(
        p ->
            p.name("社区公共服务中心新建工程")
                .policyBasis("根据…的批复进行建设。")
                .undertaker("本工程由建设单位…建设。")
                .executionPeriod("第一至四季度支付尾款。")
                .part("第一季度用款计划", "15")
                .part("第二季度用款计划", "15")
                .performance(
                    io.budgetkit.project.PerformanceTarget.builder()
                        .projectName("社区公共服务中心新建工程")
                        .overallGoal("建成后作为社区事务受理场所。")
                        .build()));
    assertConsistent(b.build());
    // with a printed scale, the plan is compared with it
    UnitBudget scaled =
        UnitBudget.builder()
            .from(b.build())
            .projects(
                List.of(
                    io.budgetkit.project.Project.builder()
                        .from(b.build().projects().get(0))
                        .scale("60.00")
                        .build()))
            .build();
    Finding f =
        assertFindsOnly(BudgetRules.validator().validate(scaled), "project.allocation-sum").get(0);
    assertEquals(Optional.of("60.00"), f.expected());
    assertEquals(Optional.of("30.00"), f.actual());
  }

  @Test
  void operatingLineUnderPersonnelEconomicClassIsAWarning() {
    UnitBudget.Builder b = fibre("10.00", "30.00", 20);
    b.line(
        l ->
            l.function("208 01 01")
                .economic("301 01")
                .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                .basicOperating()
                .wanYuan("1.00"));
    Finding f =
        assertFindsOnly(BudgetRules.validator().validate(b.build()), "line.kind-economic").get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Optional.of("302"), f.expected());
    assertEquals(Optional.of("301 01"), f.actual());
    assertEquals("line 2 (208 01 01, 301 01)", f.location().toString());
  }

  @Test
  void everyRuleHasAStableIdAndADescription() {
    assertEquals(
        List.of(
            "line.kind-economic",
            "project.allocation-sum",
            "project.allocation-total",
            "line.total",
            "project.lines",
            "performance.funds",
            "performance.weights",
            "performance.summary",
            "procurement.parts",
            "procurement.reserved",
            "staffing.counts",
            "subsidy.standard",
            "subsidy.period",
            "performance.cost-indicators"),
        BudgetRules.all().stream().map(Rule::id).toList());
    BudgetRules.all().forEach(rule -> assertEquals(false, rule.description().isBlank()));
  }
}
