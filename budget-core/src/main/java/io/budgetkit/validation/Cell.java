package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.table.Column;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import java.util.List;
import java.util.StringJoiner;

/**
 * One published cell and its amount, a term of an identity. Its text form starts with the cell's
 * {@link Location} text ({@code 表3 f:20801 basic 328.35}), so a message listing the terms of a
 * failed identity names each cell.
 */
record Cell(TableId table, RowKey row, Column column, Amount amount) {
  Cell {
    requireNonNull(table, "table");
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    requireNonNull(amount, "amount");
  }

  Location location() {
    return Location.cell(table, row, column);
  }

  @Override
  public String toString() {
    return location() + " " + amount.format(MoneyUnit.WAN_YUAN);
  }

  static Amount total(List<Cell> cells) {
    Amount sum = Amount.zero();
    for (Cell c : cells) {
      sum = sum.plus(c.amount());
    }
    return sum;
  }

  /** {@code a + b + c}, or {@code nothing} for no terms. */
  static String sum(List<Cell> cells) {
    if (cells.isEmpty()) {
      return "nothing";
    }
    StringJoiner j = new StringJoiner(" + ");
    cells.forEach(c -> j.add(c.toString()));
    return j.toString();
  }
}
