package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import io.budgetkit.table.RowKey;

/**
 * A cell of a table: its row key and its column id.
 *
 * @param row the row
 * @param column the column id
 */
public record CellRef(RowKey row, String column) {
  /** Checks the components. */
  public CellRef {
    requireNonNull(row, "row");
    requireNonNull(column, "column");
  }

  @Override
  public String toString() {
    return row.id() + " " + column;
  }
}
