package io.budgetkit.pdf.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.document.Box;
import io.budgetkit.money.MoneyUnit;
import java.util.List;
import java.util.Optional;

/**
 * One table as read from a PDF: the title as printed, the unit printed above it, the pages it
 * spans, the amount columns found for each part, its rows and its notes (注). Figures stay as
 * printed until a layout model takes them over. Immutable.
 *
 * @param form the layout's printed table
 * @param title the title as printed
 * @param unit the unit printed (单位：元 / 单位:万元)
 * @param firstPage the page of the title
 * @param lastPage the last page with a row of the table
 * @param titleBox where the title is printed
 * @param columns the amount column labels found, by part
 * @param rows the rows of all parts, part by part in printed order
 * @param notes the notes printed under the table (注：…)
 */
public record ExtractedTable(
    TableForm form,
    String title,
    MoneyUnit unit,
    int firstPage,
    int lastPage,
    Box titleBox,
    ImmutableMap<String, ImmutableList<String>> columns,
    ImmutableList<TableRow> rows,
    ImmutableList<String> notes) {

  /** The rows of part {@code part}. */
  public List<TableRow> rows(String part) {
    return rows.stream()
        .filter(r -> r.part().equals(part))
        .collect(ImmutableList.toImmutableList());
  }

  /** The data rows (not totals) of all parts. */
  public List<TableRow> dataRows() {
    return rows.stream().filter(r -> !r.total()).collect(ImmutableList.toImmutableList());
  }

  /** The total row of part {@code part}, if printed. */
  public Optional<TableRow> total(String part) {
    return rows.stream().filter(r -> r.total() && r.part().equals(part)).findFirst();
  }

  /** The first row whose key (code or label) is {@code key}. */
  public Optional<TableRow> row(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /** Whether the table prints no figure at all (an empty table with its 注). */
  public boolean isEmpty() {
    return rows.stream().allMatch(r -> r.cells().isEmpty());
  }
}
