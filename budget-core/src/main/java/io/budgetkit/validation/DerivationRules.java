package io.budgetkit.validation;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.Catalog;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.money.Amount;
import io.budgetkit.table.CellDifference;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.Disclosures;
import io.budgetkit.table.TableDiff;
import io.budgetkit.table.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule that ties a budget's lines to its published tables: every published table equals the
 * table derived from the lines, cell by cell ({@code lines.published-tables}).
 *
 * <p>It runs only when the document has both lines and published tables, and compares only the
 * tables that were published and are derived from lines (表1–表9; 表10 comes from the stated 三公
 * costs). Row names are not compared (a catalog's name may differ from the printed one); amounts
 * are compared exactly, blanks read as zero.
 */
final class DerivationRules {
  private DerivationRules() {}

  static ImmutableList<Rule<BudgetDocument>> all() {
    return ImmutableList.of(
        Rule.of(
            "lines.published-tables",
            "Every published cell equals the same cell derived from the budget's lines",
            Severity.ERROR,
            Optional.of("exact to the fen"),
            DerivationRules::checkPublishedTables));
  }

  private static void checkPublishedTables(BudgetDocument doc, Findings out) {
    if (doc.budget().lines().isEmpty() || doc.published().isEmpty()) {
      return;
    }
    Disclosure published = doc.published().get();
    List<TableId> ids = new ArrayList<>();
    Disclosure.Builder fromLines = Disclosure.builder();
    for (DisclosureTable t : published.tables()) {
      // 表10 comes from the stated 三公 costs, not from lines: narrative.three-public-costs checks it
      if (t.id() != TableId.T10) {
        ids.add(t.id());
        fromLines.addTables(t);
      }
    }
    Disclosure derived = Disclosures.derive(doc.budget(), Catalog.standard(), ids);
    for (CellDifference d : TableDiff.exact().between(derived, fromLines.build())) {
      out.report(
          Location.cell(d.table(), d.rowKey(), d.column()),
          "Published "
              + d.table().label()
              + " "
              + d.rowName()
              + " ["
              + d.column().label()
              + "] differs from the figure derived from the lines",
          wan(d.left()),
          wan(d.right()));
    }
  }

  private static String wan(Optional<Amount> cell) {
    return cell.map(BudgetRules::wan).orElse("blank");
  }
}
