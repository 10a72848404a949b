package io.budgetkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.money.Amount;
import io.budgetkit.testkit.BudgetGenerators;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitBudgetTest {

  private static UnitBudget.Builder seedBudget() {
    UnitBudget.Builder b = UnitBudget.builder();
    b.profile(BudgetGenerators.seedProfile()).fiscalYear(2023);
    b.line(
        l ->
            l.function("208 01 01")
                .economic("301 01")
                .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                .basicPersonnel()
                .wanYuan("110.94"));
    b.line(
        l ->
            l.function("208 05 05")
                .economic("301 08")
                .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                .basicPersonnel()
                .wanYuan("40.00"));
    b.line(
        l ->
            l.function("221 02 01")
                .economic("301 13")
                .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                .basicPersonnel()
                .wanYuan("34.69"));
    b.project(
        p ->
            p.name("光纤费")
                .policyBasis("根据《阿图什市人力资源和社会保障局会议纪要》阿财预（2023）001 号")
                .scale("30.00")
                .undertaker("阿图什市人力资源和社会保障局")
                .part("保障社保专线", "20.00")
                .part("保障社会化防控专线", "10.00")
                .executionPeriod("2023 年 1 月-12 月"));
    b.line(
        l ->
            l.function("208 01 01")
                .economic("302 01")
                .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                .forProject("光纤费")
                .wanYuan("30.00"));
    return b;
  }

  @Test
  void totalIsTheSumOfTheLines() {
    assertEquals(Amount.ofWanYuan("215.63"), seedBudget().build().total());
  }

  @Test
  void rollUpByClassSumsTheItemsBelow() {
    Map<FunctionCode, Amount> classes = seedBudget().build().rollUp(CodeLevel.CLASS);
    assertEquals(
        Map.of(
            FunctionCode.parse("208"), Amount.ofWanYuan("180.94"),
            FunctionCode.parse("221"), Amount.ofWanYuan("34.69")),
        classes);
    assertEquals("[208, 221]", classes.keySet().toString());
  }

  @Test
  void rollUpBySectionAndEconomicClass() {
    UnitBudget b = seedBudget().build();
    assertEquals(
        Amount.ofWanYuan("140.94"), b.rollUp(CodeLevel.SECTION).get(FunctionCode.parse("208 01")));
    RollUp<EconomicCode> economic = b.rollUp(Hierarchy.ECONOMIC);
    assertEquals(Amount.ofWanYuan("185.63"), economic.get(EconomicCode.parse("301")));
    assertEquals(Amount.ofWanYuan("30.00"), economic.get(EconomicCode.parse("302")));
    assertEquals(Amount.zero(), economic.unclassified());
  }

  @Test
  void basicAndProjectLinesSplitTheTotal() {
    LineSet lines = seedBudget().build().lineSet();
    assertEquals(Amount.ofWanYuan("185.63"), lines.basic().total());
    assertEquals(Amount.ofWanYuan("30.00"), lines.projects().total());
    assertEquals(4, lines.size());
  }

  @Test
  void projectIsFoundByName() {
    UnitBudget b = seedBudget().build();
    assertEquals(Optional.of(Amount.ofWanYuan("30.00")), b.project("光纤费").orElseThrow().scale());
    assertTrue(b.project("光纤").isEmpty());
  }

  @Test
  void duplicateProjectIsRejected() {
    UnitBudget.Builder b = seedBudget();
    b.project(
        p ->
            p.name("光纤费").policyBasis("-").scale("1.00").undertaker("-").executionPeriod("2023 年"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("Project '光纤费' is listed twice", e.getMessage());
  }

  @Test
  void lineNamingAnUnknownProjectIsRejected() {
    UnitBudget.Builder b = seedBudget();
    b.line(
        l ->
            l.function("208 07 99")
                .fund(FundSource.GENERAL_PUBLIC_TRANSFER)
                .forProject("社保补贴")
                .wanYuan("300.16"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals(
        "Line 4 (208 07 99) names project '社保补贴', which is not among the budget's projects [光纤费]",
        e.getMessage());
  }
}
