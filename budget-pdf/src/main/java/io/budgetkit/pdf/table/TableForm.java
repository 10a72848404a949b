package io.budgetkit.pdf.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.layout.ColumnSpec;
import io.budgetkit.layout.LabelledRow;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.RowSpec;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.money.MoneyUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One printed table of a {@link Layout} as the reader looks for it: the layout's table specs that
 * share a number (one, or two parts side by side), the title variants that find it on a page, and
 * for each part how its rows are keyed and which column heads to look for. Built from the layout
 * alone ({@link #of(Layout)}); nothing of the printed form is written down twice. Immutable.
 *
 * @param number the table's number in the layout
 * @param title the title without year or level
 * @param titles the title variants as patterns ({@code {year}} matches four digits, with a group)
 * @param unit the unit the layout prints the table in
 * @param parts the parts, left to right
 */
public record TableForm(
    int number,
    String title,
    ImmutableList<Pattern> titles,
    MoneyUnit unit,
    ImmutableList<Part> parts) {

  /** How a part's rows are keyed on the page. */
  public enum KeyKind {
    /** Function codes in separate 类, 款 and 项 columns, then the name. */
    FUNCTION_CODE,
    /** Economic codes in separate 类 and 款 columns, then the name. */
    ECONOMIC_CODE,
    /** A printed label: 一、财政拨款收入, 1. 一般公共预算资金, or a 类 printed by name (一、一般公共服务支出). */
    LABEL,
    /** No key: the part prints a fixed number of rows of figures only. */
    NONE
  }

  /**
   * One part of a printed table.
   *
   * @param spec the layout's table spec for this part
   * @param name the part's name: the spec's part (收入, 支出), or its key
   * @param key how rows are keyed
   * @param labels the column heads to find, left to right, one per column of the spec
   * @param total the label of the part's total row, if it prints one
   * @param maxRows the most rows, 0 for no limit
   */
  public record Part(
      TableSpec spec,
      String name,
      KeyKind key,
      ImmutableList<String> labels,
      Optional<String> total,
      int maxRows) {

    /** The column id printed under head {@code label}. */
    public String columnId(String label) {
      for (ColumnSpec c : spec.columns()) {
        if (c.label().equals(label)) {
          return c.id();
        }
      }
      throw new IllegalArgumentException("No column headed '" + label + "' in " + spec.key());
    }
  }

  /** Checks the components. */
  public TableForm {
    requireNonNull(title, "title");
    requireNonNull(titles, "titles");
    requireNonNull(unit, "unit");
    requireNonNull(parts, "parts");
  }

  /** The printed tables of {@code layout}, in its order, parts of one number grouped. */
  public static ImmutableList<TableForm> of(Layout layout) {
    Map<Integer, List<TableSpec>> byNumber = new LinkedHashMap<>();
    for (TableSpec t : layout.tables()) {
      byNumber.computeIfAbsent(t.number(), n -> new ArrayList<>()).add(t);
    }
    ImmutableList.Builder<TableForm> out = ImmutableList.builder();
    for (List<TableSpec> specs : byNumber.values()) {
      TableSpec first = specs.get(0);
      ImmutableList.Builder<Pattern> titles = ImmutableList.builder();
      for (String v : first.titleVariants()) {
        titles.add(titlePattern(v));
      }
      ImmutableList.Builder<Part> parts = ImmutableList.builder();
      for (TableSpec s : specs) {
        parts.add(part(s));
      }
      out.add(
          new TableForm(
              first.number(), first.title(), titles.build(), first.unit(), parts.build()));
    }
    return out.build();
  }

  private static Part part(TableSpec s) {
    RowSpec rows = s.rows();
    KeyKind key;
    switch (rows.codes()) {
      case FUNCTION:
        // a table of 类 only prints them by name: 一、一般公共服务支出
        key =
            rows.levels().equals(List.of(CodeLevel.CLASS)) ? KeyKind.LABEL : KeyKind.FUNCTION_CODE;
        break;
      case ECONOMIC:
        key = KeyKind.ECONOMIC_CODE;
        break;
      default:
        key =
            rows.trailing().isEmpty() && rows.leading().size() == 1 ? KeyKind.NONE : KeyKind.LABEL;
        break;
    }
    int maxRows = key == KeyKind.NONE ? rows.leading().size() : 0;
    Optional<String> total =
        rows.trailing().isEmpty()
            ? Optional.empty()
            : Optional.of(normalise(rows.trailing().get(rows.trailing().size() - 1).label()));
    return new Part(
        s,
        s.part().orElse(s.key()),
        key,
        s.columns().stream().map(ColumnSpec::label).collect(ImmutableList.toImmutableList()),
        total,
        maxRows);
  }

  /**
   * The labelled rows of {@code part} as the reader matches them: normalised label, without its
   * mark.
   */
  static Optional<LabelledRow> labelled(Part part, String printed) {
    String want = stripMark(normalise(printed));
    for (LabelledRow r : part.spec().rows().labelled()) {
      String label = stripMark(normalise(r.label()));
      if (label.equals(want)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static final Pattern MARK = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d+[.、．])");

  /** {@code s} without a leading 一、 or 1. mark. */
  static String stripMark(String s) {
    return MARK.matcher(s).replaceFirst("");
  }

  private static Pattern titlePattern(String variant) {
    String n = normalise(variant);
    int at = n.indexOf("{year}");
    if (at < 0) {
      return Pattern.compile(Pattern.quote(n));
    }
    return Pattern.compile(
        Pattern.quote(n.substring(0, at))
            + "(\\d{4})"
            + Pattern.quote(n.substring(at + "{year}".length())));
  }

  /** Whether the compact text of a line is this table's title. */
  public boolean isTitle(String compactLine) {
    String n = normalise(compactLine);
    for (Pattern p : titles) {
      if (p.matcher(n).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The year in a printed title of this table, if it prints one. */
  public Optional<Integer> year(String compactLine) {
    String n = normalise(compactLine);
    for (Pattern p : titles) {
      var m = p.matcher(n);
      if (m.matches() && m.groupCount() > 0) {
        return Optional.of(Integer.parseInt(m.group(1)));
      }
    }
    return Optional.empty();
  }

  /** A label as matched: no spaces, no quotes, ASCII parentheses and colon. */
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

  /** The part for the layout table {@code key}. */
  public Optional<Part> partFor(String key) {
    return parts.stream().filter(p -> p.spec().key().equals(key)).findFirst();
  }
}
