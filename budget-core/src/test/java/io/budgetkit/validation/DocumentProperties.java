package io.budgetkit.validation;

import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.testkit.BudgetAssertions;
import io.budgetkit.testkit.BudgetGenerators;
import org.junit.jupiter.api.Test;

class DocumentProperties {
  private static final Validator<BudgetDocument> VALIDATOR = Validators.document();

  @Test
  void generatedDocumentsPassEveryRule() {
    qt().withExamples(200)
        .forAll(BudgetGenerators.documents())
        .checkAssert(d -> BudgetAssertions.assertClean(VALIDATOR.validate(d), "document"));
  }
}
