package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.table.Column;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One table of a layout: how it is numbered and titled, the unit it prints in, the slice of lines
 * it covers, its rows and its columns.
 *
 * <p>A table printed in two parts side by side (income left, expenditure right) is described as two
 * specs with the same number and a {@code part} each. Titles may contain {@code {year}}, replaced
 * by the budget year when a document is read.
 *
 * @param key the stable key, unique in the layout, e.g. {@code t3} or {@code t1.income}
 * @param number the number printed before the title
 * @param part the part's name for a two-part table (收入, 支出), if any
 * @param title the title without year or level, e.g. 支出预算总表
 * @param titleVariants the titles as printed, e.g. {@code {year}年预算单位支出预算总表}; used to find the
 *     table in a printed document
 * @param unit the unit the table's figures are printed in
 * @param slice the lines the whole table covers, e.g. 一般公共预算 for 一般公共预算支出功能分类预算表
 * @param rows the rows
 * @param columns the amount columns, in printed order
 * @param sums identities the slices cannot express, such as the “三公” parts
 * @param emptyNote the 注 printed under the table when it has no lines, with {@code {year}} and
 *     {@code {unit}} placeholders, if the layout prints one
 */
public record TableSpec(
    String key,
    int number,
    Optional<String> part,
    String title,
    ImmutableList<String> titleVariants,
    MoneyUnit unit,
    Slice slice,
    RowSpec rows,
    ImmutableList<ColumnSpec> columns,
    ImmutableList<Sum> sums,
    Optional<String> emptyNote) {

  /** Checks the components: column ids unique, sums naming known columns or rows. */
  public TableSpec {
    requireNonNull(key, "key");
    requireNonNull(part, "part");
    requireNonNull(title, "title");
    requireNonNull(titleVariants, "titleVariants");
    requireNonNull(unit, "unit");
    requireNonNull(slice, "slice");
    requireNonNull(rows, "rows");
    requireNonNull(columns, "columns");
    requireNonNull(sums, "sums");
    requireNonNull(emptyNote, "emptyNote");
    if (key.isBlank()) {
      throw new IllegalArgumentException("Table key must not be blank (title '" + title + "')");
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Table " + key + " has no columns");
    }
    Set<String> ids = new HashSet<>();
    for (ColumnSpec c : columns) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("Table " + key + " repeats column id '" + c.id() + "'");
      }
    }
    Set<String> rowIds = new HashSet<>();
    for (LabelledRow r : rows.labelled()) {
      if (!rowIds.add(r.key().id())) {
        throw new IllegalArgumentException("Table " + key + " repeats row '" + r.key().id() + "'");
      }
      for (String c : r.columns()) {
        if (!ids.contains(c)) {
          throw new IllegalArgumentException(
              "Table "
                  + key
                  + " row '"
                  + r.key().id()
                  + "' names column '"
                  + c
                  + "': expected one of "
                  + ids);
        }
      }
    }
    for (Sum s : sums) {
      boolean columnSum = ids.contains(s.whole());
      Set<String> names = columnSum ? ids : rowIds;
      if (!names.contains(s.whole())) {
        throw new IllegalArgumentException(
            "Table " + key + " sum names '" + s.whole() + "': expected a column id or a row key");
      }
      for (String p : s.parts()) {
        if (!names.contains(p)) {
          throw new IllegalArgumentException(
              "Table "
                  + key
                  + " sum of '"
                  + s.whole()
                  + "' names part '"
                  + p
                  + "': expected one of "
                  + names);
        }
      }
    }
  }

  /** The column with {@code id}, if any. */
  public Optional<ColumnSpec> column(String id) {
    for (ColumnSpec c : columns) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The table columns, in printed order. */
  public ImmutableList<Column> tableColumns() {
    return columns.stream().map(ColumnSpec::column).collect(ImmutableList.toImmutableList());
  }

  /** 表N, or 表N 收入 for a part, as findings name the table. */
  public String label() {
    return "表" + number + part.map(p -> " " + p).orElse("") + " " + title;
  }

  /** The title as printed in {@code year}: the first variant with the year filled in. */
  public String title(int year) {
    return titleVariants.isEmpty()
        ? title
        : titleVariants.get(0).replace("{year}", Integer.toString(year));
  }
}
