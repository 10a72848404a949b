package io.budgetkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import io.budgetkit.validation.LayoutRules;
import io.budgetkit.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed's own shape written as a layout file, all ten tables (表4's income rows print in 合计 alone
 * and 表7 lists projects under their 项, both row options of the layout): the generic derivation
 * gives the published tables cell for cell, and the generated identities hold on them.
 */
class SeedLayoutTest {
  private static Layout layout() {
    return Layouts.byId("xinjiang-atushi-2023-unit").orElseThrow();
  }

  @Test
  void theGenericDerivationGivesTheSeedsPublishedTablesCellForCell() throws Exception {
    PrintedTables derived = LayoutDerivation.derive(layout(), SeedBudget.budget());
    List<String> differences = new ArrayList<>();
    int cells = 0;
    for (PrintedTable d : derived.tables()) {
      TableId id = TableId.of(Integer.parseInt(d.key().substring(1)));
      DisclosureTable published = SeedBudget.published().table(id).orElseThrow();
      Set<io.budgetkit.table.RowKey> keys = new LinkedHashSet<>();
      published.rows().forEach(r -> keys.add(r.key()));
      d.rows().forEach(r -> keys.add(r.key()));
      for (io.budgetkit.table.RowKey key : keys) {
        Optional<TableRow> p = published.row(key);
        Optional<TableRow> g = d.row(key);
        for (io.budgetkit.table.Column c : id.columns()) {
          var printed = p.flatMap(r -> r.cell(c));
          var generic = g.flatMap(r -> r.cell(c));
          if (!printed.equals(generic)) {
            differences.add(
                id.label() + " " + key.id() + " " + c.id() + ": " + printed + " vs " + generic);
          }
          if (printed.isPresent()) {
            cells++;
          }
        }
      }
      assertEquals(published.note(), d.note(), id.label());
    }
    assertEquals(List.of(), differences);
    // the published figures of the ten tables, every one of them compared
    assertEquals(true, cells > 150, "cells compared: " + cells);
  }

  @Test
  void theSeedsPublishedTablesSatisfyEveryGeneratedIdentity() throws Exception {
    Layout layout = layout();
    List<PrintedTable> tables = new ArrayList<>();
    for (var spec : layout.tables()) {
      DisclosureTable published =
          SeedBudget.published().table(TableId.of(spec.number())).orElseThrow();
      tables.add(
          new PrintedTable(
              spec.key(),
              ImmutableList.copyOf(published.rows()),
              published.note(),
              ImmutableMap.of(),
              ImmutableMap.of()));
    }
    BudgetDocument doc =
        BudgetDocument.builder()
            .budget(SeedBudget.budget())
            .layoutTables(new PrintedTables(layout, ImmutableList.copyOf(tables)))
            .build();
    assertEquals(List.of(), Validator.of(LayoutRules.all()).validate(doc).findings());
  }
}
