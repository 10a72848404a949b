package io.budgetkit.pdf.table;

import com.google.common.collect.ImmutableList;
import io.budgetkit.money.MoneyUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the importer needs to know to find and read one table of a layout: its title and title
 * variants, the printed unit, its parts (one, or two for an income | expenditure table) with their
 * key columns and amount column labels, and the column sums its header states. Immutable; read from
 * a layout resource by {@link LayoutSpec#load}.
 *
 * @param id a stable id, e.g. {@code expenditure-summary}
 * @param number the table's number in the layout, from 1
 * @param title the title without year and level, e.g. {@code 支出预算总表}
 * @param unit the unit the layout prints this table in
 * @param parts the parts, left to right
 * @param sums the column sums the header states (合计 = 基本支出 + 项目支出)
 * @param maxRows the most data rows per part, 0 for no limit (the 三公 table has one row)
 */
public record TableSpec(
    String id,
    int number,
    String title,
    MoneyUnit unit,
    ImmutableList<Part> parts,
    ImmutableList<ColumnSum> sums,
    int maxRows) {

  /** How a part's rows are keyed. */
  public enum KeyKind {
    /** Function codes in separate 类, 款 and 项 columns, then the name. */
    FUNCTION_CODE,
    /** Economic codes in separate 类 and 款 columns, then the name. */
    ECONOMIC_CODE,
    /** A printed label such as 一、财政拨款收入 or 1. 一般公共预算资金. */
    LABEL,
    /** No key: the table has a single row of figures. */
    NONE
  }

  /**
   * One part of a table: a key column and amount columns.
   *
   * @param name the part's name, e.g. 收入 or 支出
   * @param key how rows are keyed
   * @param keyHeader the header printed over the key (项目), used to split two parts
   * @param columns alternative sets of amount column labels, left to right; the first whose labels
   *     are all found in the header is used
   * @param total the label of the total row (合计, 收入总计), if the part has one
   */
  public record Part(
      String name,
      KeyKind key,
      String keyHeader,
      ImmutableList<ImmutableList<String>> columns,
      Optional<String> total) {}

  /**
   * A column identity: {@code total} = Σ {@code parts} in every row of part {@code part}.
   *
   * @param part the part's name
   * @param total the label of the total column
   * @param parts the labels of the columns it sums
   */
  public record ColumnSum(String part, String total, ImmutableList<String> parts) {}

  /**
   * The pattern of the printed title: an optional year (2025年), an optional level (部门, 预算单位, 单位),
   * then the title; quotes and spaces are removed before matching.
   */
  public Pattern titlePattern() {
    return Pattern.compile("(?:\\d{4}年)?(?:部门|预算单位|单位)?" + Pattern.quote(normalise(title)));
  }

  /** Whether the compact text of a line is this table's title. */
  public boolean isTitle(String compactLine) {
    return titlePattern().matcher(normalise(compactLine)).matches();
  }

  /** A label as matched: no spaces, no quotes, ASCII parentheses, no leading year. */
  public static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case ' ', '\u3000', '“', '”', '"', '‘', '’', '\'' -> {}
        case '（' -> b.append('(');
        case '）' -> b.append(')');
        case '：' -> b.append(':');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The part named {@code name}. */
  public Optional<Part> part(String name) {
    return parts.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  static ImmutableList<String> labels(List<String> l) {
    return ImmutableList.copyOf(l);
  }
}
