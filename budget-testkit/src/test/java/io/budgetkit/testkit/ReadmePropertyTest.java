package io.budgetkit.testkit;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** The README's property, as a user writes it against this module's jar. */
class ReadmePropertyTest {
  @Test
  void everyGeneratedBudgetIsConsistent() {
    qt().withExamples(200)
        .forAll(BudgetGenerators.budgets())
        .checkAssert(BudgetAssertions::assertConsistent);
  }
}
