package io.budgetkit.table;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import java.util.Optional;

/**
 * One cell in which two versions of a table disagree: a derived and a published 表5, say.
 *
 * <p>An empty side is a blank cell, or a row or table the side does not have; a blank cell counts
 * as zero, so a difference always has two different amounts once blanks are read as zero.
 *
 * @param table the table
 * @param rowKey the row
 * @param rowName the row's printed name, from the left side where it has the row
 * @param column the column
 * @param left the left cell, empty if blank or absent
 * @param right the right cell, empty if blank or absent
 */
public record CellDifference(
    TableId table,
    RowKey rowKey,
    String rowName,
    Column column,
    Optional<Amount> left,
    Optional<Amount> right) {
  /** Checks the components. */
  public CellDifference {
    requireNonNull(table, "table");
    requireNonNull(rowKey, "rowKey");
    requireNonNull(rowName, "rowName");
    requireNonNull(column, "column");
    requireNonNull(left, "left");
    requireNonNull(right, "right");
  }

  /** Left minus right, blanks read as zero. */
  public Amount delta() {
    return left.orElse(Amount.zero()).minus(right.orElse(Amount.zero()));
  }

  /** {@code 表5 208 01 01 行政运行 [合计]: 551.35 ≠ 551.36} in 万元, blank written as {@code 空}. */
  @Override
  public String toString() {
    return table.label()
        + " "
        + rowLabel()
        + " ["
        + column.label()
        + "]: "
        + figure(left)
        + " ≠ "
        + figure(right);
  }

  private String rowLabel() {
    String code = "";
    if (rowKey instanceof RowKey.Function f) {
      code = f.code() + " ";
    } else if (rowKey instanceof RowKey.Economic e) {
      code = e.code() + " ";
    } else if (rowKey instanceof RowKey.Project p) {
      code = p.code() + " ";
    }
    return code + (rowName.isEmpty() ? rowKey.id() : rowName);
  }

  private static String figure(Optional<Amount> cell) {
    return cell.map(a -> a.format(MoneyUnit.WAN_YUAN)).orElse("空");
  }
}
