package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SeedBudget;
import org.junit.jupiter.api.Test;

/** The report names the rules that did not run for want of figures, and why. */
class NotRunTest {
  @Test
  void rulesWithoutTheirFiguresAreReportedAsNotRun() {
    ValidationReport bare = Validators.document().validate(BudgetDocument.of(SeedBudget.budget()));
    // no layout tables, no printed text: those rules say why they did not run
    assertEquals("no tables in a layout", bare.notRun().get("layout.rows"));
    assertEquals("no printed text", bare.notRun().get("text.years"));
    // narrative arithmetic needs no tables, so it ran
    assertFalse(bare.notRun().containsKey("narrative.share"));
    // the narrative and project rules that compare with table cells had nothing to compare with
    for (String id :
        new String[] {
          "narrative.amount",
          "narrative.operating-costs",
          "narrative.three-public-costs",
          "projects.t7",
          "t10.vehicle-operation"
        }) {
      assertEquals("no tables in a layout", bare.notRun().get(id), id);
      assertFalse(
          Validators.document().validate(SeedBudget.document()).notRun().containsKey(id), id);
    }
    assertTrue(bare.toText().contains(bare.notRun().size() + " rules did not run:"), bare.toText());

    // the seed's document holds its ten tables in its layout: the layout rules ran on them
    ValidationReport full = Validators.document().validate(SeedBudget.document());
    assertFalse(full.notRun().containsKey("layout.rows"));
    assertFalse(full.notRun().containsKey("layout.lines"));
    assertEquals(bare.notRun().get("text.years"), full.notRun().get("text.years"));
  }
}
