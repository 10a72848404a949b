package io.budgetkit.table;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.MoneyUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes disclosure tables as aligned plain text, Markdown or CSV, with the figures as the document
 * prints them.
 *
 * <p>Each table starts with a title line ({@code 表1 单位收支总体情况表 单位：万元}, with 编制单位 when {@link
 * #withUnit(String) given}), then a header of 编码, 名称 and the table's column heads, one line per
 * row, and the 备注 under the table. Amounts are in 万元, rounded half-up to two decimals with
 * thousands separators ({@code 14,941.05}); blank cells stay blank. Plain text aligns columns by
 * display width, a CJK character counting two; codes and names are left-aligned, figures
 * right-aligned. CSV follows RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled, records end with CRLF; the title and the 备注 are records of their own. Several tables are
 * separated by an empty line. Immutable and thread-safe.
 *
 * <p>Text from a document is escaped for the output it goes to: plain text shows control characters
 * (escape sequences, line breaks, bidirectional overrides) as {@code \\u001B}-style escapes and
 * cuts a cell wider than {@value #MAX_TEXT_CELL_WIDTH} columns to that width, ending in {@code …}
 * (CSV and Markdown keep every character); Markdown escapes its own punctuation and writes {@code <
 * > &} as entities, so that no raw HTML passes; CSV puts a {@code '} before a text field starting
 * with {@code = + - @}, tab or CR, so that a spreadsheet does not run it as a formula (figures are
 * written as they are).
 */
public final class TableRenderer {
  /** An output format. */
  public enum Format {
    /** Aligned plain text. */
    TEXT,
    /** A GitHub-flavoured Markdown table. */
    MARKDOWN,
    /** Comma-separated values after RFC 4180. */
    CSV
  }

  /** Widest cell of plain text, in display columns; a wider one is cut and ends in {@code …}. */
  public static final int MAX_TEXT_CELL_WIDTH = 60;

  private static final String CODE = "编码";
  private static final String NAME = "名称";

  private final Format format;
  private final Optional<String> unit;

  private TableRenderer(Format format, Optional<String> unit) {
    this.format = format;
    this.unit = unit;
  }

  /** A renderer for {@code format}. */
  public static TableRenderer of(Format format) {
    return new TableRenderer(requireNonNull(format, "format"), Optional.empty());
  }

  /** Aligned plain text. */
  public static TableRenderer text() {
    return of(Format.TEXT);
  }

  /** Markdown. */
  public static TableRenderer markdown() {
    return of(Format.MARKDOWN);
  }

  /** CSV (RFC 4180). */
  public static TableRenderer csv() {
    return of(Format.CSV);
  }

  /** This renderer, naming the unit in the title line: 编制单位：阿图什市人力资源和社会保障局. */
  public TableRenderer withUnit(String unitName) {
    return new TableRenderer(format, Optional.of(requireNonNull(unitName, "unitName")));
  }

  /** The format. */
  public Format format() {
    return format;
  }

  /** Every table of {@code disclosure}, in table order, separated by an empty line. */
  public String render(Disclosure disclosure) {
    requireNonNull(disclosure, "disclosure");
    StringBuilder out = new StringBuilder();
    for (DisclosureTable t : disclosure.tables()) {
      if (out.length() > 0) {
        out.append(newline());
      }
      out.append(render(t));
    }
    return out.toString();
  }

  /** One table, ending with a line break. */
  public String render(DisclosureTable table) {
    requireNonNull(table, "table");
    return render(
        table.id().label() + " " + table.id().title(),
        MoneyUnit.WAN_YUAN,
        table.columns(),
        table.rows(),
        table.note());
  }

  /**
   * Any table given by its parts (a layout's table, say), ending with a line break: figures in
   * {@code unit}, rounded half-up to two decimals as printed, a blank cell left blank.
   *
   * @param title the title line, e.g. 表3 支出预算总表
   * @param unit the unit the figures are printed in
   * @param columns the amount columns, in printed order
   * @param rows the rows, their cells keyed by the columns' ids
   * @param note the 注 printed under the table, if any
   */
  public String render(
      String title,
      MoneyUnit unit,
      List<Column> columns,
      List<TableRow> rows,
      Optional<String> note) {
    requireNonNull(title, "title");
    requireNonNull(unit, "unit");
    requireNonNull(columns, "columns");
    requireNonNull(rows, "rows");
    requireNonNull(note, "note");
    List<String> header = new ArrayList<>();
    header.add(CODE);
    header.add(NAME);
    for (Column c : columns) {
      header.add(c.label());
    }
    List<List<String>> body = new ArrayList<>();
    for (TableRow r : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(code(r.key()));
      cells.add(r.name());
      for (Column c : columns) {
        cells.add(r.cell(c).map(a -> a.format(unit)).orElse(""));
      }
      body.add(cells);
    }
    String units = this.unit.map(u -> "编制单位：" + u + "  ").orElse("") + "单位：" + unit.label();
    switch (format) {
      case TEXT:
        return text(title + "  " + units, header, body, note);
      case MARKDOWN:
        return markdown(title, units, header, body, note);
      case CSV:
        return csv(title, units, header, body, note);
      default:
        throw new AssertionError(format);
    }
  }

  private String newline() {
    return format == Format.CSV ? "\r\n" : "\n";
  }

  private static String code(RowKey key) {
    if (key instanceof RowKey.Function f) {
      return f.code().toString();
    } else if (key instanceof RowKey.Economic e) {
      return e.code().toString();
    } else if (key instanceof RowKey.Project p) {
      return p.code().toString();
    }
    return "";
  }

  private static String text(
      String title, List<String> header, List<List<String>> body, Optional<String> note) {
    title = terminalSafe(title);
    note = note.map(TableRenderer::terminalSafe);
    List<List<String>> safe = new ArrayList<>(body.size());
    for (List<String> row : body) {
      List<String> cells = new ArrayList<>(row.size());
      for (String c : row) {
        cells.add(capped(terminalSafe(c)));
      }
      safe.add(cells);
    }
    body = safe;
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = DisplayWidth.of(header.get(i));
    }
    for (List<String> row : body) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
      }
    }
    StringBuilder out = new StringBuilder(title).append('\n');
    textLine(out, header, widths, false);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    textLine(out, rule, widths, false);
    for (List<String> row : body) {
      textLine(out, row, widths, true);
    }
    note.ifPresent(n -> out.append(n).append('\n'));
    return out.toString();
  }

  /**
   * {@code text} with every control character (C0, DEL, C1, the line and paragraph separators,
   * bidirectional embeddings, overrides and isolates) written as a visible {@code \\uXXXX} escape:
   * nothing from a document can move the cursor, recolour the terminal or start a new line. For any
   * text from a document bound for a terminal (a finding line, a table cell).
   */
  public static String terminalSafe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == 0x2028
              || c == 0x2029
              || (c >= 0x202A && c <= 0x202E)
              || (c >= 0x2066 && c <= 0x2069)
              || c == 0x200E
              || c == 0x200F;
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (control) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@code cell} cut to {@link #MAX_TEXT_CELL_WIDTH} display columns, ending in … when cut. */
  static String capped(String cell) {
    if (cell.length() <= MAX_TEXT_CELL_WIDTH / 2 || DisplayWidth.of(cell) <= MAX_TEXT_CELL_WIDTH) {
      return cell;
    }
    StringBuilder out = new StringBuilder();
    int width = 0;
    for (int i = 0; i < cell.length(); ) {
      int cp = Character.codePointAt(cell, i);
      int w = DisplayWidth.of(cp);
      if (width + w > MAX_TEXT_CELL_WIDTH - 1) {
        break;
      }
      out.appendCodePoint(cp);
      width += w;
      i += Character.charCount(cp);
    }
    return out.append('…').toString();
  }

  private static void textLine(
      StringBuilder out, List<String> cells, int[] widths, boolean alignFigures) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      int pad = widths[i] - DisplayWidth.of(cell);
      if (i > 0) {
        line.append("  ");
      }
      if (alignFigures && i >= 2) {
        line.append(" ".repeat(pad)).append(cell);
      } else {
        line.append(cell).append(" ".repeat(pad));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String markdown(
      String title,
      String units,
      List<String> header,
      List<List<String>> body,
      Optional<String> note) {
    StringBuilder out = new StringBuilder();
    out.append("**")
        .append(markdownCell(title))
        .append("**  ")
        .append(markdownCell(units))
        .append("\n\n");
    markdownLine(out, header);
    List<String> alignment = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      alignment.add(i < 2 ? ":---" : "---:");
    }
    out.append("| ").append(String.join(" | ", alignment)).append(" |\n");
    for (List<String> row : body) {
      markdownLine(out, row);
    }
    note.ifPresent(n -> out.append('\n').append(markdownCell(n)).append('\n'));
    return out.toString();
  }

  private static void markdownLine(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String c : cells) {
      out.append(' ').append(markdownCell(c)).append(" |");
    }
    out.append('\n');
  }

  /**
   * {@code text} as one Markdown table cell: Markdown's punctuation backslash-escaped, {@code < >
   * &} as entities (no raw HTML passes), line breaks as spaces, other control characters escaped.
   */
  static String markdownCell(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    String safe = terminalSafe(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '\\':
        case '|':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '#':
        case '~':
        case '!':
          out.append('\\').append(c);
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static String csv(
      String title,
      String units,
      List<String> header,
      List<List<String>> body,
      Optional<String> note) {
    StringBuilder out = new StringBuilder();
    csvRecord(out, List.of(csvText(title), csvText(units)));
    List<String> heads = new ArrayList<>();
    header.forEach(h -> heads.add(csvText(h)));
    csvRecord(out, heads);
    for (List<String> row : body) {
      // the code and the name are text from the document; the figures are ours
      List<String> fields = new ArrayList<>(row);
      fields.set(0, csvText(fields.get(0)));
      fields.set(1, csvText(fields.get(1)));
      csvRecord(out, fields);
    }
    note.ifPresent(n -> csvRecord(out, List.of(csvText(n))));
    return out.toString();
  }

  /**
   * A text field neutralised against spreadsheet formulas: a {@code '} before a field that starts
   * with {@code = + - @}, tab or CR (OWASP's advice for CSV injection).
   */
  static String csvText(String field) {
    if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
      return "'" + field;
    }
    return field;
  }

  private static void csvRecord(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csvField(fields.get(i)));
    }
    out.append("\r\n");
  }

  /** The field as RFC 4180 writes it: quoted, quotes doubled, when it holds , " CR or LF. */
  static String csvField(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\r') < 0
        && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return "TableRenderer." + format.name().toLowerCase(java.util.Locale.ROOT) + "()";
  }
}
