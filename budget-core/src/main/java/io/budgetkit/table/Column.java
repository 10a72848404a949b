package io.budgetkit.table;

import static java.util.Objects.requireNonNull;

/**
 * A named amount column of a table: a stable id for code and a Chinese label as printed.
 *
 * @param id the stable id, e.g. {@code total}, {@code basic}, {@code project}
 * @param label the head as printed, e.g. 合计, 基本支出, 项目支出
 */
public record Column(String id, String label) {
  /** Checks the components. */
  public Column {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
  }

  @Override
  public String toString() {
    return id;
  }
}
