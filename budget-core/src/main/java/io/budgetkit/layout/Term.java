package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

/**
 * A cell of one table of a document: the table's key and the cell.
 *
 * @param table the layout table's key
 * @param cell the row and column
 */
public record Term(String table, CellRef cell) {
  /** Checks the components. */
  public Term {
    requireNonNull(table, "table");
    requireNonNull(cell, "cell");
  }

  @Override
  public String toString() {
    return table + " " + cell;
  }
}
