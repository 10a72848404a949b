package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import io.budgetkit.table.Column;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Where a finding is: a table, a row and a column, or a named place outside the tables (a project,
 * a narrative figure, a line).
 *
 * @param table the table label (表3), if the finding is in a table
 * @param row the row (its key's text form or a name), if any
 * @param column the column id, if any
 * @param place a place outside the tables, e.g. {@code project 光纤费} or {@code line 12}
 */
public record Location(
    Optional<String> table, Optional<String> row, Optional<String> column, Optional<String> place) {
  /** Checks the components. */
  public Location {
    requireNonNull(table, "table");
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    requireNonNull(place, "place");
  }

  /** A cell of a table. */
  public static Location cell(TableId table, RowKey row, Column column) {
    return new Location(
        Optional.of(table.label()),
        Optional.of(row.id()),
        Optional.of(column.id()),
        Optional.empty());
  }

  /** A whole row of a table. */
  public static Location row(TableId table, RowKey row) {
    return new Location(
        Optional.of(table.label()), Optional.of(row.id()), Optional.empty(), Optional.empty());
  }

  /** A whole table. */
  public static Location table(TableId table) {
    return new Location(
        Optional.of(table.label()), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A place outside the tables: {@code at("project 光纤费")}. */
  public static Location at(String place) {
    return new Location(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(place));
  }

  /** Compact text: {@code 表3 f:208 total}, or the place. */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(" ");
    table.ifPresent(j::add);
    row.ifPresent(j::add);
    column.ifPresent(j::add);
    place.ifPresent(j::add);
    return j.toString();
  }
}
