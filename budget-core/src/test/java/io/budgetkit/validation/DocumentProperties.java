package io.budgetkit.validation;

import static io.budgetkit.testkit.BudgetAssertions.assertConsistent;
import static io.budgetkit.testkit.BudgetAssertions.assertFinds;
import static io.budgetkit.testkit.BudgetAssertions.assertFindsOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.testkit.BrokenDocument;
import io.budgetkit.testkit.BrokenDocuments;
import io.budgetkit.testkit.BudgetGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Whole documents of the test kit against every rule of {@link Validators#document()}. */
class DocumentProperties {
  private static final Validator<BudgetDocument> VALIDATOR = Validators.document();

  @Test
  void generatedDocumentsPassEveryRule() {
    qt().withExamples(examples(150))
        .forAll(BudgetGenerators.documents())
        .checkAssert(
            d -> {
              ValidationReport report = VALIDATOR.validate(d);
              assertTrue(report.isClean(), report::toText);
            });
  }

  @Test
  void generatedDocumentsPassEveryRuleUnderTheStrictProfile() {
    qt().withExamples(examples(100))
        .forAll(BudgetGenerators.documents(3, 2))
        .checkAssert(d -> assertConsistent(d, VALIDATOR, RuleProfile.STRICT));
  }

  @Test
  void brokenDocumentsCoverTheRulesTheDocsSay() {
    Set<String> ids = VALIDATOR.rules().stream().map(Rule::id).collect(Collectors.toSet());
    Set<String> covered = BrokenDocuments.byRule().keySet();
    assertTrue(ids.containsAll(covered), "unknown rule ids: " + covered);
    Set<String> uncovered = new TreeSet<>(ids);
    uncovered.removeAll(covered);
    // the layout rules need a layout; budget-json's LayoutPropertiesTest breaks documents of every
    // shipped layout one figure at a time
    uncovered.removeIf(id -> id.startsWith("layout."));
    // the statement rules read a layout's tables too; budget-pdf's StatementRulesTest breaks the
    // figures of real documents one at a time
    uncovered.removeIf(id -> id.startsWith("statement."));
    // each is explained in docs/testing.md
    assertEquals(Set.of(), uncovered);
  }

  @Test
  void eachBrokenDocumentGivesAFindingOfThePlantedRuleNamingThePlace() {
    List<String> failed = new ArrayList<>();
    for (String ruleId : BrokenDocuments.byRule().keySet()) {
      try {
        qt().withExamples(examples(15))
            // some kinds need a generated document that has, say, a subsidy project
            .withGenerateAttempts(500)
            .forAll(BrokenDocuments.breaking(ruleId))
            .checkAssert(broken -> assertPlanted(ruleId, broken));
      } catch (AssertionError | RuntimeException e) {
        failed.add(ruleId + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), failed);
  }

  static void assertPlanted(String ruleId, BrokenDocument broken) {
    assertEquals(ruleId, broken.ruleId());
    ValidationReport report = VALIDATOR.validate(broken.document());
    List<Finding> planted =
        broken.alone() ? assertFindsOnly(report, ruleId) : assertFinds(report, ruleId);
    assertTrue(
        planted.stream().anyMatch(f -> names(f, broken.place())),
        () -> broken + ": no finding of " + ruleId + " names the place:\n" + report.toText());
  }

  static boolean names(Finding f, String place) {
    return f.location().toString().contains(place) || f.message().contains(place);
  }

  private static int examples(int fewer) {
    return Math.min(fewer, Integer.getInteger("QT_EXAMPLES", fewer));
  }
}
