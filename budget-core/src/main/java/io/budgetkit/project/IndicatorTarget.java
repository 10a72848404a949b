package io.budgetkit.project;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The target value (指标值) of a performance indicator: a quantity with a relation and a unit ({@code
 * >=95%}, {@code =0 个}, {@code =15.23 万元}), a month ({@code 2023 年 12 月}), a qualitative aim
 * ({@code 有效保障}) or a reference to an outside figure ({@code 上年全国融资担保行业平均代偿率}).
 *
 * <p>Units are kept as printed, including the seed's own slips ({@code =5738 人/月} for a standard in
 * 元/人/月): a target is data, never corrected.
 */
public sealed interface IndicatorTarget
    permits IndicatorTarget.Quantity,
        IndicatorTarget.Month,
        IndicatorTarget.Text,
        IndicatorTarget.Reference {

  /** The target written as the document writes it, which {@link #parse} reads back. */
  String printed();

  /**
   * A number with an optional relation and a unit: {@code >=95%}, {@code =2 辆}, {@code 1.50 万元}.
   *
   * @param relation the comparison, empty when the document prints none
   * @param value the number, exact as printed (scale kept: {@code 3.80} stays {@code 3.80})
   * @param unit the unit as printed, possibly empty
   */
  record Quantity(Optional<Relation> relation, BigDecimal value, String unit)
      implements IndicatorTarget {
    /** Checks the components. */
    public Quantity {
      requireNonNull(relation, "relation");
      requireNonNull(value, "value");
      requireNonNull(unit, "unit");
    }

    @Override
    public String printed() {
      String number = value.toPlainString();
      return relation.map(Relation::symbol).orElse("")
          + number
          + (unit.isEmpty() ? "" : (unit.equals("%") ? "" : " ") + unit);
    }
  }

  /**
   * A month, such as a project's end: {@code 2023 年 12 月} or {@code =2023 年 12 月}.
   *
   * @param relation the comparison, empty when the document prints none
   * @param year the year
   * @param month the month, 1 to 12
   */
  record Month(Optional<Relation> relation, int year, int month) implements IndicatorTarget {
    /** Checks the components. */
    public Month {
      requireNonNull(relation, "relation");
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("Month " + month + " is not between 1 and 12");
      }
    }

    @Override
    public String printed() {
      return relation.map(Relation::symbol).orElse("") + year + " 年 " + month + " 月";
    }
  }

  /**
   * A qualitative aim: {@code 有效保障}, {@code 效果显著}, {@code 根据实际申请补贴人员审核拨付}.
   *
   * @param text the aim as printed
   */
  record Text(String text) implements IndicatorTarget {
    /** Checks the text. */
    public Text {
      requireNonNull(text, "text");
    }

    @Override
    public String printed() {
      return text;
    }
  }

  /**
   * A reference to a figure published elsewhere: {@code 上年全国融资担保行业平均代偿率}.
   *
   * @param text the reference as printed
   */
  record Reference(String text) implements IndicatorTarget {
    /** Checks the text. */
    public Reference {
      requireNonNull(text, "text");
    }

    @Override
    public String printed() {
      return text;
    }
  }

  /** Pattern of a quantity: relation, number (with or without thousands separators), unit. */
  Pattern QUANTITY =
      Pattern.compile("(>=|<=|≥|≤|=|>|<)?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(.*)");

  /** Pattern of a month: relation, year 年, month 月. */
  Pattern MONTH = Pattern.compile("(>=|<=|≥|≤|=|>|<)?\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");

  /**
   * Reads a printed target: a month if it reads as one, a quantity if it starts with a relation or
   * a number, otherwise qualitative text. A {@link Reference} is never guessed; build it
   * explicitly.
   */
  static IndicatorTarget parse(String printed) {
    requireNonNull(printed, "printed");
    String s = printed.strip();
    Matcher m = MONTH.matcher(s);
    if (m.matches()) {
      return new Month(
          relation(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = QUANTITY.matcher(s);
    if (m.matches()) {
      return new Quantity(
          relation(m.group(1)), new BigDecimal(m.group(2).replace(",", "")), m.group(3).strip());
    }
    return new Text(s);
  }

  /** A reference to a figure published elsewhere. */
  static IndicatorTarget reference(String text) {
    return new Reference(text);
  }

  private static Optional<Relation> relation(String symbol) {
    if (symbol == null) {
      return Optional.empty();
    }
    switch (symbol) {
      case ">=":
      case "≥":
        return Optional.of(Relation.AT_LEAST);
      case "<=":
      case "≤":
        return Optional.of(Relation.AT_MOST);
      case "=":
        return Optional.of(Relation.EQUAL);
      case ">":
        return Optional.of(Relation.MORE_THAN);
      default:
        return Optional.of(Relation.LESS_THAN);
    }
  }
}
