package io.budgetkit.table;

import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.money.Amount;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One of the ten tables, derived from lines or entered as published: rows in the document's order,
 * amounts in CNY (printed in 万元), and the 备注 of an empty table.
 *
 * <p>Construction checks structure: row keys are unique, every cell belongs to one of the table's
 * columns, and a function 款 or 项 row stands under its own 类 or 款 when those rows are present (a 项
 * listed under a 款 it does not belong to is rejected). Immutable.
 */
@Value.Immutable
public abstract class DisclosureTable {
  /** Which table. */
  public abstract TableId id();

  /** The rows in printed order. */
  public abstract List<TableRow> rows();

  /** The 备注 printed under the table, e.g. the empty-table note of 表8 and 表9. */
  public abstract Optional<String> note();

  /** The columns, from {@link TableId#columns()}. */
  public final List<Column> columns() {
    return id().columns();
  }

  /** The row with {@code key}, if present. */
  public final Optional<TableRow> row(RowKey key) {
    return rows().stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /** The amount at {@code key} × {@code column}; zero for a blank cell or a missing row. */
  public final Amount amount(RowKey key, Column column) {
    return row(key).map(r -> r.amount(column)).orElse(Amount.zero());
  }

  /**
   * The cells in which this table and {@code other}, another version of the same table, differ to
   * the fen; blank equals zero. See {@link TableDiff}.
   *
   * @throws IllegalArgumentException if {@code other} is a different table
   */
  public final List<CellDifference> diff(DisclosureTable other) {
    return TableDiff.exact().between(this, other);
  }

  @Value.Check
  void check() {
    Set<RowKey> seen = new HashSet<>();
    Set<String> columnIds = new HashSet<>();
    for (Column c : id().columns()) {
      columnIds.add(c.id());
    }
    boolean hasClass = false;
    boolean hasSection = false;
    for (TableRow r : rows()) {
      if (r.key() instanceof RowKey.Function f) {
        hasClass |= f.code().level() == CodeLevel.CLASS;
        hasSection |= f.code().level() == CodeLevel.SECTION;
      }
    }
    FunctionCode currentClass = null;
    FunctionCode currentSection = null;
    for (int i = 0; i < rows().size(); i++) {
      TableRow r = rows().get(i);
      String where = id().label() + " row " + (i + 1) + " (" + r.key().id() + ")";
      if (!seen.add(r.key())) {
        throw new IllegalArgumentException(where + " repeats a row already in the table");
      }
      for (String column : r.cells().keySet()) {
        if (!columnIds.contains(column)) {
          throw new IllegalArgumentException(
              where + " has a cell in column '" + column + "': expected one of " + columns());
        }
      }
      FunctionCode code = null;
      if (r.key() instanceof RowKey.Function f) {
        code = f.code();
      } else if (r.key() instanceof RowKey.Project p) {
        code = p.code();
      }
      if (code == null) {
        continue;
      }
      if (code.level() == CodeLevel.CLASS) {
        currentClass = code;
        currentSection = null;
        continue;
      }
      FunctionCode klass = code.at(CodeLevel.CLASS);
      if (hasClass && !klass.equals(currentClass)) {
        throw new IllegalArgumentException(
            currentClass == null
                ? where + " comes before any 类 row: expected its 类 " + klass + " above it"
                : where + " stands under 类 " + currentClass + ", not under its own 类 " + klass);
      }
      if (code.level() == CodeLevel.SECTION) {
        currentSection = code;
        continue;
      }
      FunctionCode section = code.at(CodeLevel.SECTION);
      if (hasSection && !section.equals(currentSection)) {
        throw new IllegalArgumentException(
            currentSection == null
                ? where
                    + " comes before any 款 row of its 类: expected its 款 "
                    + section
                    + " above it"
                : where + " stands under 款 " + currentSection + ", not under its own 款 " + section);
      }
    }
  }

  /** A new builder for table {@code id}. */
  public static Builder builder(TableId id) {
    Builder b = new Builder();
    b.table = id;
    b.id(id);
    return b;
  }

  /** Builds a {@link DisclosureTable}; rows can be written as printed. */
  public static final class Builder extends ImmutableDisclosureTable.Builder {
    private TableId table;

    private TableId table() {
      if (table == null) {
        throw new IllegalStateException("Start with DisclosureTable.builder(tableId) to add rows");
      }
      return table;
    }

    /** Adds a row with cells given by column: {@code row(key, name, Map.of("total", amount))}. */
    public Builder row(RowKey key, String name, Map<Column, Amount> cells) {
      ImmutableMap.Builder<String, Amount> byId = ImmutableMap.builder();
      for (Column c : table().columns()) {
        Amount a = cells.get(c);
        if (a != null) {
          byId.put(c.id(), a);
        }
      }
      for (Column c : cells.keySet()) {
        table().column(c.id());
      }
      return addRow(new TableRow(key, name, byId.build()));
    }

    /**
     * Adds a row as printed: {@code figures} are the cells in the table's column order, in 万元,
     * {@code null} or {@code ""} for a blank cell. Fewer figures than columns leave the rest blank.
     *
     * @throws IllegalArgumentException if there are more figures than columns, or one is malformed
     */
    public Builder row(RowKey key, String name, String... figures) {
      List<Column> columns = table().columns();
      if (figures.length > columns.size()) {
        throw new IllegalArgumentException(
            "Row '"
                + name
                + "' has "
                + figures.length
                + " figures for "
                + columns.size()
                + " columns");
      }
      ImmutableMap.Builder<String, Amount> cells = ImmutableMap.builder();
      for (int i = 0; i < figures.length; i++) {
        if (figures[i] != null && !figures[i].isBlank()) {
          cells.put(columns.get(i).id(), Amount.ofWanYuan(figures[i]));
        }
      }
      return addRow(new TableRow(key, name, cells.build()));
    }
  }
}
