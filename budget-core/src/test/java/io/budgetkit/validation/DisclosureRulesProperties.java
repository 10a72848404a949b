package io.budgetkit.validation;

import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.money.Amount;
import io.budgetkit.table.Column;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class DisclosureRulesProperties {
  private static final Validator<BudgetDocument> VALIDATOR = Validators.document();

  /** Small consistent budgets: nine amounts of 0.01 to 10,000.00 万元. */
  static Gen<SmallBudget> budgets() {
    Gen<Integer> hundredths = SourceDSL.integers().between(1, 1_000_000);
    return Generate.intArrays(Generate.constant(9), hundredths)
        .map(
            a ->
                new SmallBudget(
                    w(a[0]), w(a[1]), w(a[2]), w(a[3]), w(a[4]), w(a[5]), w(a[6]), w(a[7]),
                    w(a[8])));
  }

  /** Fen of {@code hundredths} × 0.01 万元. */
  private static long w(int hundredths) {
    return hundredths * 10_000L;
  }

  /** A cell of a published table: table, row and column, blank or not. */
  record CellRef(DisclosureTable table, TableRow row, Column column) {
    Location location() {
      return Location.cell(table.id(), row.key(), column);
    }
  }

  static List<CellRef> cells(Disclosure d) {
    List<CellRef> cells = new ArrayList<>();
    for (DisclosureTable t : d.tables()) {
      for (TableRow r : t.rows()) {
        for (Column c : t.columns()) {
          cells.add(new CellRef(t, r, c));
        }
      }
    }
    return cells;
  }

  /** Whether the finding is at the cell, or lists it as a term of the identity it found broken. */
  static boolean names(Finding f, Location cell) {
    Location at = f.location();
    boolean sameCell =
        at.table().equals(cell.table())
            && at.row().equals(cell.row())
            && at.column().equals(cell.column());
    return sameCell || f.message().contains(cell.toString());
  }

  @Test
  void consistentDocumentsHaveNoFindings() {
    qt().withExamples(200).forAll(budgets()).check(b -> VALIDATOR.validate(b.document()).isClean());
  }

  @Test
  void changingAnyOneCellMakesARuleFireNamingIt() {
    qt().withExamples(400)
        .forAll(
            budgets(),
            SourceDSL.integers().between(0, Integer.MAX_VALUE - 1),
            SourceDSL.longs().between(1, 100_000).map(n -> n * 10_000))
        .check(
            (b, pick, delta) -> {
              Disclosure d = b.published();
              List<CellRef> cells = cells(d);
              CellRef c = cells.get(pick % cells.size());
              Amount changed = c.row().amount(c.column()).plus(Amount.ofFen(delta));
              Disclosure variant =
                  SmallBudget.withCell(d, c.table().id(), c.row().key(), c.column(), changed);
              ValidationReport report = VALIDATOR.validate(BudgetDocument.of(b.budget(), variant));
              return report.findings().stream().anyMatch(f -> names(f, c.location()));
            });
  }

  @Test
  void everyCellOfTheSmallDocumentIsNamedWhenChanged() {
    SmallBudget b = SmallBudget.example();
    Disclosure d = b.published();
    for (CellRef c : cells(d)) {
      Amount changed = c.row().amount(c.column()).plus(Amount.ofWanYuan("0.01"));
      Disclosure variant =
          SmallBudget.withCell(d, c.table().id(), c.row().key(), c.column(), changed);
      ValidationReport report = VALIDATOR.validate(BudgetDocument.of(b.budget(), variant));
      if (report.findings().stream().noneMatch(f -> names(f, c.location()))) {
        throw new AssertionError("No finding names " + c.location() + ":\n" + report.toText());
      }
    }
  }
}
