package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.examples.SeedBudget;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.table.TableDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed was entered twice, independently: in full in budget-examples ({@link SeedBudget}) and,
 * as a fixture of the validation tests, in budget-core's tests ({@code SeedFixture}). Two
 * transcriptions that agree cell by cell are unlikely to share a typo.
 */
class SeedTranscriptionsTest {
  @Test
  void bothTranscriptionsOfTheTenPublishedTablesAgreeInEveryCell() {
    assertEquals(
        List.of(), TableDiff.exact().between(SeedFixture.published(), SeedBudget.published()));
  }

  @Test
  void bothTranscriptionsOfTheNarrativeAgreeOnEveryAmountShareAndChange() {
    List<String> fixture = figures(SeedFixture.budget().narrative());
    List<String> full = figures(SeedBudget.narrative());
    assertEquals(
        fixture.stream().filter(full::contains).toList(),
        fixture,
        "figures of the fixture missing from the full encoding");
  }

  @Test
  void bothTranscriptionsGiveTheSameFindings() {
    List<String> fixture = ids(Validators.document().validate(SeedFixture.document()));
    List<String> full = ids(Validators.document().validate(SeedBudget.document()));
    assertEquals(fixture, full);
  }

  private static List<String> figures(List<NarrativeFigure> figures) {
    return figures.stream()
        .map(f -> f.measure() + " " + f.amount() + " " + f.share() + " " + f.yearOnYear())
        .toList();
  }

  private static List<String> ids(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.ruleId() + " " + f.expected() + " " + f.actual())
        .toList();
  }
}
