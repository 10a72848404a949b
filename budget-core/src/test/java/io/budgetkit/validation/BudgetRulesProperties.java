package io.budgetkit.validation;

import static io.budgetkit.testkit.BudgetAssertions.assertConsistent;
import static io.budgetkit.testkit.BudgetAssertions.assertFindsOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.model.UnitBudget;
import io.budgetkit.testkit.BrokenBudgets;
import io.budgetkit.testkit.BudgetGenerators;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BudgetRulesProperties {

  @Test
  void generatedBudgetsAreConsistent() {
    qt().forAll(BudgetGenerators.budgets()).checkAssert(b -> assertConsistent(b));
  }

  @Test
  void generatedBudgetsAreConsistentUnderTheStrictProfileToo() {
    qt().forAll(BudgetGenerators.budgets(3, 2))
        .check(b -> BudgetRules.validator().validate(b, RuleProfile.STRICT).isClean());
  }

  @Test
  void everyRuleHasBrokenBudgets() {
    Set<String> ids = BudgetRules.all().stream().map(Rule::id).collect(Collectors.toSet());
    assertEquals(ids, BrokenBudgets.byRule().keySet());
  }

  @Test
  void aBrokenBudgetIsFoundByThePlantedRuleOnly() {
    for (String ruleId : BrokenBudgets.byRule().keySet()) {
      qt().withExamples(Math.max(20, examples() / 5))
          // the kinds broken on a subsidy or a project assume a budget that has one
          .withGenerateAttempts(100 * Math.max(20, examples() / 5))
          .forAll(BrokenBudgets.breaking(ruleId))
          .checkAssert(
              broken -> {
                assertEquals(ruleId, broken.ruleId());
                ValidationReport report = BudgetRules.validator().validate(broken.budget());
                assertFindsOnly(report, ruleId)
                    .forEach(
                        f ->
                            assertTrue(
                                f.location().toString().contains(broken.place())
                                    || f.location().toString().startsWith("line "),
                                f.toString()));
              });
    }
  }

  @Test
  void switchingThePlantedRuleOffLeavesAConsistentBudget() {
    // rule by rule: some kinds need a budget with a subsidy or a project, found by assumption
    for (String ruleId : BrokenBudgets.byRule().keySet()) {
      qt().withExamples(Math.max(20, examples() / 5))
          // the kinds broken on a subsidy or a project assume a budget that has one
          .withGenerateAttempts(100 * Math.max(20, examples() / 5))
          .forAll(BrokenBudgets.breaking(ruleId))
          .checkAssert(
              broken -> {
                UnitBudget b = broken.budget();
                assertTrue(
                    BudgetRules.validator()
                        .validate(b, RuleProfile.DEFAULT.without(broken.ruleId()))
                        .isClean(),
                    broken.toString());
              });
    }
  }

  private static int examples() {
    return Integer.getInteger("QT_EXAMPLES", 1000);
  }
}
