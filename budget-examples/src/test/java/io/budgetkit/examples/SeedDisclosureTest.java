package io.budgetkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.code.Catalog;
import io.budgetkit.table.CellDifference;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.Disclosures;
import io.budgetkit.table.TableDiff;
import io.budgetkit.table.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's ten tables derived from its line-level budget against the tables it published. */
class SeedDisclosureTest {
  private final Disclosure derived = Disclosures.derive(SeedBudget.budget(), Catalog.standard());
  private final Disclosure published = SeedBudget.published();

  @Test
  void derivedTablesEqualThePublishedOnesInEveryCell() {
    List<CellDifference> differences = TableDiff.exact().between(derived, published);
    assertEquals(List.of(), differences);
  }

  @Test
  void everyTableIsDerivedAndPublished() {
    for (TableId id : TableId.values()) {
      assertEquals(true, derived.table(id).isPresent(), id.label() + " derived");
      assertEquals(true, published.table(id).isPresent(), id.label() + " published");
    }
  }

  @Test
  void derivedRowsComeInThePublishedOrder() {
    for (TableId id : TableId.values()) {
      assertEquals(
          published.table(id).orElseThrow().rows().stream().map(r -> r.key()).toList(),
          derived.table(id).orElseThrow().rows().stream().map(r -> r.key()).toList(),
          id.label());
    }
  }
}
