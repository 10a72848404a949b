package io.budgetkit.pdf.table;

import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.Box;
import java.util.Optional;

/**
 * One row of one part of an extracted table: its key (a function or economic code, or a printed
 * label), its name, and the figures printed in it by column label; a blank cell is absent from
 * {@link #cells()}. Immutable.
 *
 * @param part the part's name (收入, 支出)
 * @param total whether this is the part's total row (合计, 收入总计)
 * @param function the function code, in a table keyed by function codes
 * @param economic the economic code, in a table keyed by economic codes
 * @param label the name or label as printed (wrapped names joined)
 * @param cells the printed figures by column label, in column order
 * @param page the page, from 1
 * @param box where the row is printed
 */
public record TableRow(
    String part,
    boolean total,
    Optional<FunctionCode> function,
    Optional<EconomicCode> economic,
    String label,
    ImmutableMap<String, PrintedAmount> cells,
    int page,
    Box box) {

  /** The figure in column {@code column}, empty if the cell is blank. */
  public Optional<PrintedAmount> cell(String column) {
    return Optional.ofNullable(cells.get(column));
  }

  /** The row's key as a reader names it: {@code 204 06 01}, {@code 301 02}, or the label. */
  public String key() {
    if (function.isPresent()) {
      return function.get().toString();
    }
    if (economic.isPresent()) {
      return economic.get().toString();
    }
    return label;
  }

  /** This row with its label extended by a wrapped continuation line. */
  TableRow withLabel(String newLabel, Box newBox) {
    return new TableRow(part, total, function, economic, newLabel, cells, page, newBox);
  }
}
