package io.budgetkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.LayoutRules;
import io.budgetkit.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's ten tables derived from its line-level budget in its layout against the tables it
 * published, as the document holds them.
 */
class SeedDisclosureTest {
  private final PrintedTables published = SeedBudget.document().layoutTables().orElseThrow();
  private final PrintedTables derived =
      LayoutDerivation.derive(published.layout(), SeedBudget.budget());

  @Test
  void theDocumentHoldsTheTenPublishedTablesInTheSeedsLayout() {
    assertEquals(Layouts.SEED, published.layout().id());
    assertEquals(
        List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10"),
        published.tables().stream().map(PrintedTable::key).toList());
    // as entered: the same rows, names and figures
    for (PrintedTable t : published.tables()) {
      int n = published.spec(t.key()).number();
      assertEquals(
          SeedBudget.published().table(io.budgetkit.table.TableId.of(n)).orElseThrow().rows(),
          t.rows(),
          t.key());
    }
  }

  @Test
  void layoutLinesFindsNoCellThatDiffersFromTheLines() {
    Validator<BudgetDocument> lines =
        Validator.of(
            LayoutRules.all().stream().filter(r -> r.id().equals("layout.lines")).toList());
    List<Finding> found = lines.validate(SeedBudget.document()).findings();
    assertEquals(List.of(), found);
  }

  @Test
  void derivedRowsComeInThePublishedOrder() {
    for (PrintedTable p : published.tables()) {
      assertEquals(
          p.rows().stream().map(r -> r.key()).toList(),
          derived.table(p.key()).orElseThrow().rows().stream().map(r -> r.key()).toList(),
          p.key());
    }
  }
}
