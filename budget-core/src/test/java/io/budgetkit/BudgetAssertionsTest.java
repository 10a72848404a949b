package io.budgetkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.money.Amount;
import io.budgetkit.testkit.BrokenBudgets;
import io.budgetkit.testkit.BudgetAssertions;
import io.budgetkit.validation.BudgetRules;
import io.budgetkit.validation.Rule;
import io.budgetkit.validation.Severity;
import io.budgetkit.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The test kit's assertions explain failures in the document's terms. */
class BudgetAssertionsTest {

  @Test
  void assertTotalPassesOnEqualAmounts() {
    BudgetAssertions.assertTotal(
        Amount.ofWanYuan("14,941.05"), Amount.ofYuan("149410500.00"), "收支总预算");
  }

  @Test
  void assertTotalSaysBothFiguresIn万元AndTheDifference() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                BudgetAssertions.assertTotal(
                    Amount.ofWanYuan("14,941.05"), Amount.ofWanYuan("14,941.04"), "表1 支出总计"));
    assertEquals(
        "表1 支出总计: expected 14,941.05 万元 but was 14,941.04 万元 (difference -0.01 万元)",
        e.getMessage());
  }

  @Test
  void assertTotalAdds元WhenTheDifferenceHidesIn万元() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                BudgetAssertions.assertTotal(
                    Amount.ofWanYuan("300.16"),
                    Amount.ofWanYuan("300.16").plus(Amount.ofYuan("202.56")),
                    "社保补贴"));
    assertTrue(
        e.getMessage().contains("in 元: expected 3001600.00, was 3001802.56"), e.getMessage());
  }

  @Test
  void assertConsistentListsEachFindingWithRulePlaceExpectedAndActual() {
    // notes (INFO) do not make a budget inconsistent: subsidy.period is one
    List<String> notNotes =
        BudgetRules.all().stream()
            .filter(r -> r.defaultSeverity() != Severity.INFO)
            .map(Rule::id)
            .toList();
    qt().withExamples(30)
        .withGenerateAttempts(3000)
        .forAll(Generate.pick(notNotes).flatMap(BrokenBudgets::breaking))
        .checkAssert(
            broken -> {
              AssertionError e =
                  assertThrows(
                      AssertionError.class,
                      () -> BudgetAssertions.assertConsistent(broken.budget()));
              assertTrue(e.getMessage().contains(broken.ruleId() + " at "), e.getMessage());
              assertTrue(e.getMessage().contains("expected "), e.getMessage());
              assertTrue(e.getMessage().contains("阿图什市人力资源和社会保障局"), e.getMessage());
            });
  }

  @Test
  void assertFindsFailsOnACleanReportAndNamesWhatWasThere() {
    ValidationReport clean = ValidationReport.of("default", List.of());
    AssertionError e =
        assertThrows(
            AssertionError.class, () -> BudgetAssertions.assertFinds(clean, "project.lines"));
    assertEquals(
        "Expected a finding of rule project.lines, but the report is clean", e.getMessage());
  }

  @Test
  void assertFindsOnlyFailsWhenAnotherRuleAlsoFinds() {
    qt().withExamples(30)
        .forAll(BrokenBudgets.breaking("project.lines"))
        .checkAssert(
            broken -> {
              ValidationReport r = BudgetRules.validator().validate(broken.budget());
              assertEquals(1, BudgetAssertions.assertFinds(r, "project.lines").size());
              AssertionError e =
                  assertThrows(
                      AssertionError.class,
                      () -> BudgetAssertions.assertFindsOnly(r, "performance.weights"));
              assertTrue(e.getMessage().contains("project.lines"), e.getMessage());
            });
  }

  @Test
  void unknownBrokenKindIsRejectedNamingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> BrokenBudgets.breaking("t3.row-columns"));
    assertTrue(e.getMessage().startsWith("No broken budgets for rule 't3.row-columns'"));
  }
}
