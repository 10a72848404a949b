package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.CodeLevel;

/**
 * The rows a layout's table prints: labelled rows first ({@code leading}), then one row per code
 * with lines at each printed level in code order, then labelled rows last ({@code trailing},
 * usually 合计).
 *
 * @param codes which classification the code rows follow, or {@link Codes#NONE}
 * @param levels the code levels printed (类, 款, 项), in any order; empty with {@link Codes#NONE}
 * @param everyClass whether every standard function 类 (201–234) is printed even without lines, as
 *     the seed's 表1 and 表4 do
 * @param projects whether, below the printed function levels, each 项 prints one row per project
 *     (keyed {@link io.budgetkit.table.RowKey.Project}, named as the project's table name, in the
 *     budget's project order), preceded by a 项 row for its lines that name no project (the seed's
 *     表7)
 * @param leading labelled rows printed before the code rows
 * @param trailing labelled rows printed after the code rows
 */
public record RowSpec(
    Codes codes,
    ImmutableList<CodeLevel> levels,
    boolean everyClass,
    boolean projects,
    ImmutableList<LabelledRow> leading,
    ImmutableList<LabelledRow> trailing) {

  /** Which classification a table's code rows follow. */
  public enum Codes {
    /** No code rows. */
    NONE,
    /** Function classification 类/款/项. */
    FUNCTION,
    /** Departmental economic classification 类/款. */
    ECONOMIC
  }

  /** Checks the components. */
  public RowSpec {
    requireNonNull(codes, "codes");
    requireNonNull(levels, "levels");
    requireNonNull(leading, "leading");
    requireNonNull(trailing, "trailing");
    if (codes == Codes.NONE && !levels.isEmpty()) {
      throw new IllegalArgumentException("Rows without codes print no code levels: " + levels);
    }
    if (codes == Codes.ECONOMIC && levels.contains(CodeLevel.ITEM)) {
      throw new IllegalArgumentException("Economic codes have no 项 level");
    }
    if (projects && (codes != Codes.FUNCTION || levels.contains(CodeLevel.ITEM))) {
      throw new IllegalArgumentException(
          "Project rows stand below function 类/款 rows, in place of 项 rows");
    }
    if (codes != Codes.NONE && levels.isEmpty()) {
      throw new IllegalArgumentException(codes + " rows must print at least one level");
    }
  }

  /** All labelled rows, leading then trailing. */
  public ImmutableList<LabelledRow> labelled() {
    if (trailing.isEmpty()) {
      return leading;
    }
    if (leading.isEmpty()) {
      return trailing;
    }
    return ImmutableList.<LabelledRow>builder().addAll(leading).addAll(trailing).build();
  }
}
