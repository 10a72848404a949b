package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.layout.ColumnSpec;
import io.budgetkit.layout.DerivedFigures;
import io.budgetkit.layout.Identities;
import io.budgetkit.layout.Identity;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.Term;
import io.budgetkit.money.Amount;
import io.budgetkit.table.TableRow;
import io.budgetkit.testkit.BudgetGenerators;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The shortcuts the layout rules take agree with the long way, in every shipped layout over
 * generated budgets: {@link LayoutDerivation#figures} gives exactly the cells of {@link
 * LayoutDerivation#derive}, and {@link Identities#discrepancies} lists exactly the identities of
 * {@link Identities#of(PrintedTables, Identity.Kind)} that fail when each is evaluated cell by
 * cell.
 */
class DerivationShortcutsTest {

  @Test
  void figuresAreTheDerivedTablesCellByCell() {
    for (Layout layout : Layouts.shipped()) {
      qt().withExamples(40)
          .forAll(BudgetGenerators.budgets())
          .checkAssert(
              budget -> {
                PrintedTables derived;
                try {
                  derived = LayoutDerivation.derive(layout, budget);
                } catch (RuntimeException e) {
                  RuntimeException f =
                      org.junit.jupiter.api.Assertions.assertThrows(
                          RuntimeException.class, () -> LayoutDerivation.figures(layout, budget));
                  assertEquals(e.getClass(), f.getClass());
                  assertEquals(e.getMessage(), f.getMessage());
                  return;
                }
                DerivedFigures figures = LayoutDerivation.figures(layout, budget);
                for (PrintedTable t : derived.tables()) {
                  List<ColumnSpec> columns = derived.spec(t.key()).columns();
                  List<DerivedFigures.Row> rows = figures.rows(t.key());
                  assertEquals(t.rows().size(), rows.size(), t.key());
                  for (int i = 0; i < rows.size(); i++) {
                    TableRow r = t.rows().get(i);
                    assertEquals(r.key(), rows.get(i).key(), t.key() + " row " + i);
                    for (int c = 0; c < columns.size(); c++) {
                      Amount cell = r.cells().get(columns.get(c).id());
                      assertEquals(
                          cell == null ? 0L : cell.fen(),
                          rows.get(i).fen(c),
                          t.key() + " " + r.key().id() + " " + columns.get(c).id());
                    }
                  }
                }
              });
    }
  }

  @Test
  void discrepanciesAreTheIdentitiesThatFailWhenEvaluatedOneByOne() {
    // a slack that differs by table and decimals, so that a mix-up between cells would show
    Identities.Slack slack = (table, decimals) -> 100L * (table.key().length() + decimals);
    long[] seen = new long[2]; // identities, of which failing
    for (Layout layout : Layouts.shipped()) {
      qt().withExamples(40)
          .forAll(
              BudgetGenerators.budgets(),
              Generate.range(0, Integer.MAX_VALUE),
              Generate.longRange(-3_000, 3_000))
          .checkAssert(
              (budget, where, delta) -> {
                PrintedTables tables;
                try {
                  tables = changeOneCell(LayoutDerivation.derive(layout, budget), where, delta);
                } catch (RuntimeException e) {
                  return; // a budget whose sums overflow: covered by the derivation's own tests
                }
                for (Identity.Kind kind : Identity.Kind.values()) {
                  List<String> expected = new ArrayList<>();
                  for (Identity id : Identities.of(tables, kind)) {
                    seen[0]++;
                    String failure = evaluate(tables, id, slack);
                    if (failure != null) {
                      expected.add(failure);
                      seen[1]++;
                    }
                  }
                  List<String> actual = new ArrayList<>();
                  for (Identities.Discrepancy d : Identities.discrepancies(tables, kind, slack)) {
                    actual.add(
                        d.identity()
                            + " "
                            + d.whole()
                            + " "
                            + d.sum()
                            + " "
                            + d.slackTwice()
                            + " "
                            + d.overflow());
                  }
                  assertEquals(expected, actual, kind.toString());
                }
              });
    }
    // the comparison covered identities that hold and identities that fail
    org.junit.jupiter.api.Assertions.assertTrue(
        seen[1] > 0 && seen[0] > seen[1], seen[0] + " identities, " + seen[1] + " failing");
  }

  /** The derived tables with one figure (chosen by {@code where}) moved by {@code delta} fen. */
  private static PrintedTables changeOneCell(PrintedTables tables, int where, long delta) {
    List<PrintedTable> changed = new ArrayList<>(tables.tables());
    List<int[]> cells = new ArrayList<>();
    for (int t = 0; t < changed.size(); t++) {
      List<TableRow> rows = changed.get(t).rows();
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).cells().size(); c++) {
          cells.add(new int[] {t, r, c});
        }
      }
    }
    if (cells.isEmpty() || delta == 0) {
      return tables;
    }
    int[] at = cells.get(where % cells.size());
    PrintedTable t = changed.get(at[0]);
    List<TableRow> rows = new ArrayList<>(t.rows());
    TableRow row = rows.get(at[1]);
    Map<String, Amount> cells2 = new LinkedHashMap<>(row.cells());
    String column = new ArrayList<>(cells2.keySet()).get(at[2]);
    cells2.put(column, cells2.get(column).plus(Amount.ofFen(delta)));
    rows.set(at[1], new TableRow(row.key(), row.name(), ImmutableMap.copyOf(cells2)));
    changed.set(
        at[0],
        new PrintedTable(
            t.key(), ImmutableList.copyOf(rows), t.note(), t.decimals(), t.evidence()));
    return new PrintedTables(tables.layout(), ImmutableList.copyOf(changed));
  }

  /** The identity's figures where it fails, evaluated cell by cell; null where it holds. */
  private static String evaluate(PrintedTables tables, Identity id, Identities.Slack slack) {
    long whole = fen(tables, id.whole());
    long slackTwice = slackTwice(tables, id.whole(), slack);
    long sum = 0;
    boolean overflow = false;
    for (Term p : id.parts()) {
      try {
        sum = Math.addExact(sum, fen(tables, p));
      } catch (ArithmeticException e) {
        overflow = true;
      }
      slackTwice += slackTwice(tables, p, slack);
    }
    BigInteger difference = BigInteger.valueOf(whole).subtract(BigInteger.valueOf(sum)).abs();
    if (!overflow && difference.compareTo(BigInteger.valueOf(slackTwice / 2)) <= 0) {
      return null;
    }
    return id + " " + whole + " " + sum + " " + slackTwice + " " + overflow;
  }

  private static long fen(PrintedTables tables, Term term) {
    return tables.table(term.table()).flatMap(t -> t.cell(term.cell())).map(Amount::fen).orElse(0L);
  }

  private static long slackTwice(PrintedTables tables, Term term, Identities.Slack slack) {
    PrintedTable t = tables.table(term.table()).orElse(null);
    if (t == null || t.cell(term.cell()).isEmpty()) {
      return 0;
    }
    return slack.twice(t, t.decimalsOf(term.cell()));
  }
}
