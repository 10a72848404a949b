package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.table.RowKey;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a layout's tables derived from a budget's lines, as {@link
 * LayoutDerivation#derive(Layout, io.budgetkit.model.UnitBudget)} prints them (code names and 类
 * rows from {@link io.budgetkit.code.Catalog#standard()}), without the printed rows: per table the
 * rows in printed order, each with its figures in fen by column index ({@link
 * TableSpec#columns()}), 0 for a blank cell. For checking printed tables against the lines without
 * building and naming every derived row. Immutable.
 */
public final class DerivedFigures {
  private final Layout layout;
  private final Map<String, Map<RowKey, Row>> tables;
  private final Map<String, ImmutableList<Row>> inOrder = new HashMap<>();

  DerivedFigures(Layout layout, Map<String, Map<RowKey, Row>> tables) {
    this.layout = requireNonNull(layout, "layout");
    this.tables = tables;
    tables.forEach((key, rows) -> inOrder.put(key, ImmutableList.copyOf(rows.values())));
  }

  /** The layout the figures were derived in. */
  public Layout layout() {
    return layout;
  }

  /**
   * The derived rows of table {@code table}, in printed order; empty for a table not in the layout.
   */
  public List<Row> rows(String table) {
    return inOrder.getOrDefault(table, ImmutableList.of());
  }

  /** The derived row {@code key} of table {@code table}, if derivation prints it. */
  public Optional<Row> row(String table, RowKey key) {
    Map<RowKey, Row> rows = tables.get(table);
    return rows == null ? Optional.empty() : Optional.ofNullable(rows.get(key));
  }

  /** One derived row: its key and its figures by column index. */
  public static final class Row {
    private final RowKey key;
    private final long[] fen;

    Row(RowKey key, long[] fen) {
      this.key = key;
      this.fen = fen;
    }

    /** The row's key. */
    public RowKey key() {
      return key;
    }

    /**
     * The figure in column {@code column} (an index into the table's {@link TableSpec#columns()})
     * in fen; 0 for a blank cell.
     *
     * @throws IndexOutOfBoundsException if the table has no such column
     */
    public long fen(int column) {
      return fen[column];
    }

    /** The key and figures, e.g. {@code f:201 [4460, 0, 4460]} (fen by column index). */
    @Override
    public String toString() {
      return key.id() + " " + java.util.Arrays.toString(fen);
    }
  }

  /** Collects the rows of each table. */
  static final class Builder {
    private final Map<String, Map<RowKey, Row>> tables = new HashMap<>();

    /** Adds a row; false (and nothing added) where the table has a row of that key already. */
    boolean add(String table, RowKey key, long[] fen) {
      return tables
              .computeIfAbsent(table, k -> new LinkedHashMap<>())
              .putIfAbsent(key, new Row(key, fen))
          == null;
    }

    void table(String table) {
      tables.computeIfAbsent(table, k -> new LinkedHashMap<>());
    }

    DerivedFigures build(Layout layout) {
      return new DerivedFigures(layout, tables);
    }
  }
}
