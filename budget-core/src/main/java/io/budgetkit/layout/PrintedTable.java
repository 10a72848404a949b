package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.document.Evidence;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One table of a layout with its figures, derived from lines or as a document printed it: rows in
 * printed order (cells keyed by the layout's column ids, a blank cell absent, a printed {@code 0}
 * present as zero), the 注 under it, how many decimals each figure was printed with where that
 * differs from two, and where each figure was printed when it was read from a page.
 *
 * @param key the layout table's key
 * @param rows the rows in printed order; row keys unique
 * @param note the 注 printed under the table, if any
 * @param decimals for cells printed with other than two decimals, the number printed (0 for a
 *     figure printed as an integer); figures are exact to what was printed
 * @param evidence where each cell was printed, for tables read from a page
 */
public record PrintedTable(
    String key,
    ImmutableList<TableRow> rows,
    Optional<String> note,
    ImmutableMap<CellRef, Integer> decimals,
    ImmutableMap<CellRef, Evidence> evidence) {

  /** Checks the components: row keys unique. */
  public PrintedTable {
    requireNonNull(key, "key");
    requireNonNull(rows, "rows");
    requireNonNull(note, "note");
    requireNonNull(decimals, "decimals");
    requireNonNull(evidence, "evidence");
    Set<RowKey> seen = new HashSet<>();
    for (TableRow r : rows) {
      if (!seen.add(r.key())) {
        throw new IllegalArgumentException(
            "Table " + key + " repeats row " + r.key().id() + " ('" + r.name() + "')");
      }
    }
  }

  /** A table of {@code rows} with no note, every figure printed with two decimals. */
  public static PrintedTable of(String key, Iterable<TableRow> rows) {
    return new PrintedTable(
        key, ImmutableList.copyOf(rows), Optional.empty(), ImmutableMap.of(), ImmutableMap.of());
  }

  /** The row with {@code key}, if printed. */
  public Optional<TableRow> row(RowKey key) {
    for (TableRow r : rows) {
      if (r.key().equals(key)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The figure at {@code cell}, empty where the row is absent or the cell blank. */
  public Optional<Amount> cell(CellRef cell) {
    return row(cell.row()).flatMap(r -> Optional.ofNullable(r.cells().get(cell.column())));
  }

  /** The decimals {@code cell} was printed with: two unless recorded otherwise. */
  public int decimalsOf(CellRef cell) {
    return decimals.getOrDefault(cell, 2);
  }

  /** Whether the table prints no figure at all. */
  public boolean isEmpty() {
    return rows.stream().allMatch(r -> r.cells().isEmpty());
  }
}
