package io.budgetkit.validation;

import static io.budgetkit.testkit.BudgetAssertions.assertConsistent;
import static io.budgetkit.testkit.BudgetAssertions.assertFinds;
import static io.budgetkit.testkit.BudgetAssertions.assertFindsOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.Layout;
import io.budgetkit.testkit.BrokenDocument;
import io.budgetkit.testkit.BrokenDocuments;
import io.budgetkit.testkit.BudgetGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole documents of the test kit against every rule of {@link Validators#document()}, their tables
 * derived in the seed's layout ({@code xinjiang-atushi-2023-unit}).
 *
 * <p>The kit's narrative and facts are the seed's (measures in 万元, 表7's projects, 表6's 302 31), and
 * its budgets draw on every fund source; the other shipped layouts print another set of sources, so
 * few generated budgets have a place there for every line. Their tables are checked for every
 * shipped layout by budget-json's {@code LayoutPropertiesTest}: the derived tables satisfy every
 * generated identity, and a figure changed beyond its printed rounding is found.
 */
class DocumentProperties {
  private static final Validator<BudgetDocument> VALIDATOR = Validators.document();

  private static final Validator<BudgetDocument> PLACEMENT =
      Validator.of(
          LayoutRules.all().stream().filter(r -> r.id().equals("layout.unplaced-lines")).toList());

  static Stream<Layout> layouts() {
    return Stream.of(Layouts.byId(Layouts.SEED).orElseThrow());
  }

  /**
   * Whether every line of the document has a place in its layout: a layout that prints, say, no
   * 财政专户 column cannot show such a line, which {@code layout.unplaced-lines} rightly reports.
   */
  static boolean placed(BudgetDocument d) {
    return PLACEMENT.validate(d).findings().isEmpty();
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void generatedDocumentsPassEveryRule(Layout layout) {
    qt().withExamples(examples(150))
        .forAll(BudgetGenerators.documents(layout))
        .assuming(DocumentProperties::placed)
        .checkAssert(
            d -> {
              ValidationReport report = VALIDATOR.validate(d);
              assertTrue(report.isClean(), () -> layout.id() + "\n" + report.toText());
            });
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void generatedDocumentsPassEveryRuleUnderTheStrictProfile(Layout layout) {
    qt().withExamples(examples(100))
        .forAll(BudgetGenerators.documents(layout, 3, 2))
        .assuming(DocumentProperties::placed)
        .checkAssert(d -> assertConsistent(d, VALIDATOR, RuleProfile.STRICT));
  }

  @Test
  void brokenDocumentsCoverTheRulesTheDocsSay() {
    Set<String> ids = VALIDATOR.rules().stream().map(Rule::id).collect(Collectors.toSet());
    Set<String> covered =
        BrokenDocuments.in(Layouts.byId(Layouts.SEED).orElseThrow()).byRule().keySet();
    assertTrue(ids.containsAll(covered), "unknown rule ids: " + covered);
    Set<String> uncovered = new TreeSet<>(ids);
    uncovered.removeAll(covered);
    // the layout rules break a printed figure of a layout's tables: budget-json's
    // LayoutPropertiesTest does so for every shipped layout, SeedLayoutRulesTest on the seed's
    uncovered.removeIf(id -> id.startsWith("layout."));
    // the statement rules read a layout's tables too; budget-pdf's StatementRulesTest breaks the
    // figures of real documents one at a time
    uncovered.removeIf(id -> id.startsWith("statement."));
    // each is explained in docs/testing.md
    assertEquals(Set.of(), uncovered);
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void eachBrokenDocumentGivesAFindingOfThePlantedRuleNamingThePlace(Layout layout) {
    List<String> failed = new ArrayList<>();
    BrokenDocuments broken = BrokenDocuments.in(layout);
    for (String ruleId : broken.byRule().keySet()) {
      try {
        qt().withExamples(examples(15))
            // some kinds need a generated document that has, say, a subsidy project
            .withGenerateAttempts(500)
            .forAll(broken.breaking(ruleId))
            .checkAssert(b -> assertPlanted(ruleId, b));
      } catch (AssertionError | RuntimeException e) {
        failed.add(ruleId + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), failed, layout.id());
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
