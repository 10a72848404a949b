package io.budgetkit.examples.readme;

import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.testkit.BudgetAssertions;
import io.budgetkit.testkit.BudgetGenerators;
import org.junit.jupiter.api.Test;

/** The README's property test, using the test kit from budget-core's tests jar. */
class PropertySnippetTest {
  // README:property
  @Test
  void everyGeneratedBudgetIsConsistent() {
    qt().withExamples(200)
        .forAll(BudgetGenerators.budgets())
        .checkAssert(BudgetAssertions::assertConsistent);
  }
  // END
}
