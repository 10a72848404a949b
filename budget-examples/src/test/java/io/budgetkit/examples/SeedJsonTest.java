package io.budgetkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.json.BudgetJson;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Validators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped JSON document of the seed against the seed written in code. */
class SeedJsonTest {
  @Test
  void shippedDocumentIsExactlyWhatTheCodeWrites() {
    assertEquals(
        BudgetJson.toJson(SeedBudget.document()),
        SeedJson.text(),
        "the shipped seed JSON is stale: regenerate it with SeedJson's main (see its javadoc)");
  }

  @Test
  void shippedDocumentReadsBackToTheSeed() {
    assertEquals(SeedBudget.document(), SeedJson.read());
  }

  @Test
  void theSeedAsFormat10WroteItWithPublishedTablesReadsAsTheSeed() throws Exception {
    // the shipped document as it was written before the seed held its tables in its layout
    String published;
    try (var in =
        SeedJsonTest.class.getResourceAsStream(
            "/io/budgetkit/examples/atushi-hrss-2023-format-1.0-published.json")) {
      published = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    org.junit.jupiter.api.Assertions.assertTrue(published.contains("\"published\""));
    io.budgetkit.document.BudgetDocument read = BudgetJson.fromJson(published);
    assertEquals(SeedBudget.document(), read);
    assertEquals(
        Validators.document().validate(SeedBudget.document()).findings(),
        Validators.document().validate(read).findings());
  }

  @Test
  void validatingTheShippedDocumentGivesTheSameFindingsAsTheCode() {
    List<Finding> fromCode = Validators.document().validate(SeedBudget.document()).findings();
    List<Finding> fromJson = Validators.document().validate(SeedJson.read()).findings();
    assertEquals(fromCode, fromJson);
  }
}
