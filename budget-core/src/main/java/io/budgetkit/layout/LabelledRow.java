package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import io.budgetkit.table.RowKey;
import java.util.Optional;

/**
 * A row of a layout's table that stands for no code: 合计, 收入总计, 一、财政拨款收入. It sums the lines of its
 * slice over every function code, or prints a {@link Figure}.
 *
 * @param key the row's key, e.g. {@code label:收入总计}
 * @param label the name as printed, e.g. 一、财政拨款收入
 * @param slice the lines the row sums, narrowed by the table's and each column's slice
 * @param figure the figure the row prints instead of a slice sum, if any
 * @param columns the ids of the only columns the row prints figures in (the seed's 表4 prints its
 *     income rows in 合计 alone); empty for every column
 */
public record LabelledRow(
    RowKey key,
    String label,
    Slice slice,
    Optional<Figure> figure,
    com.google.common.collect.ImmutableList<String> columns) {
  /** Checks the components. */
  public LabelledRow {
    requireNonNull(key, "key");
    requireNonNull(label, "label");
    requireNonNull(slice, "slice");
    requireNonNull(figure, "figure");
    requireNonNull(columns, "columns");
  }

  /** Whether the row prints a figure in the column {@code id}. */
  public boolean prints(String id) {
    return columns.isEmpty() || columns.contains(id);
  }

  /** A row keyed {@code label:<key>} summing {@code slice}. */
  public static LabelledRow of(String key, String label, Slice slice) {
    return new LabelledRow(
        new RowKey.Label(key),
        label,
        slice,
        Optional.empty(),
        com.google.common.collect.ImmutableList.of());
  }
}
