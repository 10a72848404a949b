package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.table.Column;
import java.util.Optional;

/**
 * One amount column of a layout's table: its id, its head as printed (with the heads above it, for
 * two-level headers such as 基本支出 / 人员经费), and what it sums — a {@link Slice} of the lines, or a
 * {@link Figure}.
 *
 * @param id the stable id, unique in its table, e.g. {@code total}, {@code basic}
 * @param label the head as printed directly above the figures, e.g. 人员经费
 * @param header the heads above {@code label}, outermost first, e.g. [基本支出]; may be empty
 * @param slice the lines the column sums, narrowed by the table's and the row's slice
 * @param figure the figure the column prints instead of a slice sum, if any
 */
public record ColumnSpec(
    String id, String label, ImmutableList<String> header, Slice slice, Optional<Figure> figure) {
  /** Checks the components. */
  public ColumnSpec {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(header, "header");
    requireNonNull(slice, "slice");
    requireNonNull(figure, "figure");
    if (id.isBlank()) {
      throw new IllegalArgumentException("Column id must not be blank (label '" + label + "')");
    }
  }

  /** A column summing {@code slice}. */
  public static ColumnSpec of(String id, String label, Slice slice) {
    return new ColumnSpec(id, label, ImmutableList.of(), slice, Optional.empty());
  }

  /** A column printing {@code figure}. */
  public static ColumnSpec figure(String id, String label, Figure figure) {
    return new ColumnSpec(id, label, ImmutableList.of(), Slice.ALL, Optional.of(figure));
  }

  /** The table column this spec describes. */
  public Column column() {
    return new Column(id, label);
  }
}
