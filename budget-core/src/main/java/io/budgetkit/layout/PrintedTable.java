package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.document.Evidence;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of a layout with its figures, derived from lines or as a document printed it: rows in
 * printed order (cells keyed by the layout's column ids, a blank cell absent, a printed {@code 0}
 * present as zero), the 注 under it, how many decimals each figure was printed with where that
 * differs from two, and where each figure was printed when it was read from a page.
 *
 * <p>A value: two tables are equal when their five components are. Rows are indexed by key when the
 * table is built, so {@link #row} and {@link #cell} take constant time. Immutable.
 */
public final class PrintedTable {
  private final String key;
  private final ImmutableList<TableRow> rows;
  private final Optional<String> note;
  private final ImmutableMap<CellRef, Integer> decimals;
  private final ImmutableMap<CellRef, Evidence> evidence;
  private final Map<RowKey, TableRow> byKey;

  /**
   * A table; checks that row keys are unique.
   *
   * @param key the layout table's key
   * @param rows the rows in printed order; row keys unique
   * @param note the 注 printed under the table, if any
   * @param decimals for cells printed with other than two decimals, the number printed (0 for a
   *     figure printed as an integer); figures are exact to what was printed
   * @param evidence where each cell was printed, for tables read from a page
   * @throws IllegalArgumentException if two rows have the same key
   */
  public PrintedTable(
      String key,
      ImmutableList<TableRow> rows,
      Optional<String> note,
      ImmutableMap<CellRef, Integer> decimals,
      ImmutableMap<CellRef, Evidence> evidence) {
    this.key = requireNonNull(key, "key");
    this.rows = requireNonNull(rows, "rows");
    this.note = requireNonNull(note, "note");
    this.decimals = requireNonNull(decimals, "decimals");
    this.evidence = requireNonNull(evidence, "evidence");
    Map<RowKey, TableRow> index = new HashMap<>(Math.max(4, rows.size() * 2));
    for (TableRow r : rows) {
      if (index.putIfAbsent(r.key(), r) != null) {
        throw new IllegalArgumentException(
            "Table " + key + " repeats row " + r.key().id() + " ('" + r.name() + "')");
      }
    }
    this.byKey = index;
  }

  /** A table of {@code rows} with no note, every figure printed with two decimals. */
  public static PrintedTable of(String key, Iterable<TableRow> rows) {
    return new PrintedTable(
        key, ImmutableList.copyOf(rows), Optional.empty(), ImmutableMap.of(), ImmutableMap.of());
  }

  /** The layout table's key. */
  public String key() {
    return key;
  }

  /** The rows in printed order. */
  public ImmutableList<TableRow> rows() {
    return rows;
  }

  /** The 注 printed under the table, if any. */
  public Optional<String> note() {
    return note;
  }

  /** For cells printed with other than two decimals, the number printed. */
  public ImmutableMap<CellRef, Integer> decimals() {
    return decimals;
  }

  /** Where each cell was printed, for tables read from a page. */
  public ImmutableMap<CellRef, Evidence> evidence() {
    return evidence;
  }

  /** The row with {@code key}, if printed. */
  public Optional<TableRow> row(RowKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The row with {@code key}, or null where the table does not print it. */
  TableRow rowOrNull(RowKey key) {
    return byKey.get(key);
  }

  /** The figure at {@code cell}, empty where the row is absent or the cell blank. */
  public Optional<Amount> cell(CellRef cell) {
    TableRow r = byKey.get(cell.row());
    return r == null ? Optional.empty() : Optional.ofNullable(r.cells().get(cell.column()));
  }

  /** The decimals {@code cell} was printed with: two unless recorded otherwise. */
  public int decimalsOf(CellRef cell) {
    return decimals.isEmpty() ? 2 : decimals.getOrDefault(cell, 2);
  }

  /** Whether the table prints no figure at all. */
  public boolean isEmpty() {
    return rows.stream().allMatch(r -> r.cells().isEmpty());
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof PrintedTable t
            && key.equals(t.key)
            && rows.equals(t.rows)
            && note.equals(t.note)
            && decimals.equals(t.decimals)
            && evidence.equals(t.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, rows, note, decimals, evidence);
  }

  @Override
  public String toString() {
    return "PrintedTable[key="
        + key
        + ", rows="
        + rows
        + ", note="
        + note
        + ", decimals="
        + decimals
        + ", evidence="
        + evidence
        + "]";
  }
}
