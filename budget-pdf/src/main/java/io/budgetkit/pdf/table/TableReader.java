package io.budgetkit.pdf.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.Box;
import io.budgetkit.document.Evidence;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.pdf.text.Line;
import io.budgetkit.pdf.text.PageLayout;
import io.budgetkit.pdf.text.PdfText;
import io.budgetkit.pdf.text.Run;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables of a layout from a PDF's positioned text: each table is found by its title;
 * columns come from the x-ranges of the header labels, rows from baselines; rows continue over
 * pages until the total row, with a repeated header re-read on each page. What cannot be read
 * becomes a finding with its page, never a guessed figure. Not thread-safe; use one per document.
 */
public final class TableReader {
  private static final Pattern UNIT = Pattern.compile("单位[:：]\\s*(万元|元)");
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final Pattern GLUED_NUMBER =
      Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d+\\.\\d{1,2})");
  private static final Pattern CODE_PART = Pattern.compile("\\d{1,7}");
  private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年");
  private static final Pattern LABEL_MARK = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d+[.、．])");

  /** The head printed over each part's key column; a second one starts the second part. */
  private static final String KEY_HEADER = "项目";

  /** How far (points) a figure's centre may be from its column header's centre. */
  private static final float MAX_COLUMN_DISTANCE = 75f;

  private final PdfText text;
  private final List<Finding> findings = new ArrayList<>();

  /** A reader of the tables of {@code text}. */
  public TableReader(PdfText text) {
    this.text = text;
  }

  /** The problems met while reading, as findings with page evidence. */
  public List<Finding> findings() {
    return ImmutableList.copyOf(findings);
  }

  /** Where each table of {@code layout} starts: the line index in reading order, per table. */
  public static Map<TableForm, Position> titles(PdfText text, List<TableForm> layout) {
    Map<TableForm, Position> found = new LinkedHashMap<>();
    for (PageLayout p : text.pages()) {
      for (int i = 0; i < p.lines().size(); i++) {
        String compact = p.lines().get(i).compactText();
        if (compact.length() > 60 || !compact.endsWith("表")) {
          continue;
        }
        for (TableForm t : layout) {
          if (!found.containsKey(t) && t.isTitle(compact)) {
            found.put(t, new Position(p.page(), i));
          }
        }
      }
    }
    return found;
  }

  /** A line's place: page and index of the line on it. */
  public record Position(int page, int line) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
      return page != o.page ? Integer.compare(page, o.page) : Integer.compare(line, o.line);
    }
  }

  /** Reads every table of {@code layout} that is printed; missing ones become findings. */
  public List<ExtractedTable> read(List<TableForm> layout) {
    Map<TableForm, Position> starts = titles(text, layout);
    List<Position> sorted = new ArrayList<>(starts.values());
    sorted.sort(null);
    List<ExtractedTable> tables = new ArrayList<>();
    for (TableForm spec : layout) {
      Position start = starts.get(spec);
      if (start == null) {
        findings.add(
            finding(
                "pdf.table-missing",
                Severity.ERROR,
                spec,
                "table " + spec.number() + " " + spec.title() + " not found in the document",
                Optional.empty()));
        continue;
      }
      Position end = null;
      for (Position p : sorted) {
        if (p.compareTo(start) > 0) {
          end = p;
          break;
        }
      }
      read(spec, start, end).ifPresent(tables::add);
    }
    return tables;
  }

  private List<Line> region(Position start, Position end) {
    List<Line> lines = new ArrayList<>();
    for (PageLayout p : text.pages()) {
      if (p.page() < start.page() || (end != null && p.page() > end.page())) {
        continue;
      }
      for (int i = 0; i < p.lines().size(); i++) {
        Position here = new Position(p.page(), i);
        if (here.compareTo(start) > 0 && (end == null || here.compareTo(end) < 0)) {
          lines.add(p.lines().get(i));
        }
      }
    }
    return lines;
  }

  private Optional<ExtractedTable> read(TableForm spec, Position start, Position end) {
    Line titleLine = text.pages().get(start.page() - 1).lines().get(start.line());
    List<Line> lines = region(start, end);
    MoneyUnit unit = spec.unit();
    int first = 0;
    for (int i = 0; i < Math.min(3, lines.size()); i++) {
      Matcher m = UNIT.matcher(lines.get(i).compactText());
      if (m.find()) {
        unit = MoneyUnit.ofLabel(m.group(1));
        first = i + 1;
        if (unit != spec.unit()) {
          findings.add(
              finding(
                  "pdf.unit",
                  Severity.WARNING,
                  spec,
                  "printed in " + unit.label() + " where the layout prints " + spec.unit().label(),
                  Optional.of(Evidence.of(lines.get(i).toTextLine()))));
        }
        break;
      }
    }
    Columns columns = null;
    List<Line> header = new ArrayList<>();
    Builder rows = new Builder(spec, unit);
    int page = start.page();
    for (int i = first; i < lines.size() && !rows.done(); i++) {
      Line line = lines.get(i);
      if (line.page() != page) {
        page = line.page();
        header.clear();
      }
      if (columns == null || !rows.started(page)) {
        if (!isDataLine(line, spec)) {
          header.add(line);
          continue;
        }
        Optional<Columns> found = locate(spec, header);
        if (found.isPresent()) {
          columns = found.get();
        } else if (columns == null) {
          findings.add(
              finding(
                  "pdf.table-header",
                  Severity.ERROR,
                  spec,
                  "cannot find the column headers "
                      + spec.parts().stream().map(TableForm.Part::labels).toList()
                      + " above the first row",
                  Optional.of(Evidence.of(line.toTextLine()))));
          return Optional.empty();
        }
      }
      rows.add(line, columns);
    }
    if (columns == null) {
      findings.add(
          finding(
              "pdf.table-header",
              Severity.ERROR,
              spec,
              "no rows found under the title",
              Optional.of(Evidence.of(titleLine.toTextLine()))));
      return Optional.empty();
    }
    if (!rows.done() && spec.parts().stream().anyMatch(p -> p.total().isPresent())) {
      findings.add(
          finding(
              "pdf.table-incomplete",
              Severity.ERROR,
              spec,
              "no total row found: the table may be cut off",
              Optional.of(Evidence.of(titleLine.toTextLine()))));
    }
    List<String> notes = new ArrayList<>();
    for (Line l : lines) {
      if (l.compactText().startsWith("注") && l.page() <= rows.lastPage + 1) {
        notes.add(l.text());
      }
    }
    ImmutableMap.Builder<String, ImmutableList<String>> cols = ImmutableMap.builder();
    for (PartColumns pc : columns.parts()) {
      cols.put(pc.part().name(), pc.labels());
    }
    return Optional.of(
        new ExtractedTable(
            spec,
            titleLine.text(),
            unit,
            start.page(),
            Math.max(start.page(), rows.lastPage),
            titleLine.box(),
            cols.build(),
            rows.build(),
            ImmutableList.copyOf(notes)));
  }

  /** A row: any figure, or nothing but total labels (the 合计 of an empty table). */
  private static boolean isDataLine(Line line, TableForm spec) {
    boolean allTotals = true;
    for (Token t : tokens(line)) {
      if (t.number()) {
        return true;
      }
      String n = TableForm.normalise(t.text());
      allTotals &=
          spec.parts().stream().anyMatch(p -> p.total().isPresent() && n.equals(p.total().get()));
    }
    return allTotals;
  }

  // ---- columns

  record Header(String label, float left, float right) {
    float centre() {
      return (left + right) / 2;
    }
  }

  record PartColumns(
      TableForm.Part part,
      float keyLeft,
      ImmutableList<String> labels,
      List<Header> amounts,
      List<Header> codes) {}

  record Columns(List<PartColumns> parts) {}

  private static Optional<Columns> locate(TableForm spec, List<Line> header) {
    List<Run> runs = new ArrayList<>();
    for (Line l : header) {
      runs.addAll(l.runs());
    }
    float[] bounds = new float[spec.parts().size() + 1];
    bounds[0] = Float.NEGATIVE_INFINITY;
    bounds[bounds.length - 1] = Float.POSITIVE_INFINITY;
    if (spec.parts().size() > 1) {
      List<Run> keys = new ArrayList<>();
      for (Run r : runs) {
        if (TableForm.normalise(r.text()).equals(KEY_HEADER)) {
          keys.add(r);
        }
      }
      keys.sort((a, b) -> Float.compare(a.left(), b.left()));
      if (keys.size() < spec.parts().size()) {
        return Optional.empty();
      }
      for (int i = 1; i < spec.parts().size(); i++) {
        bounds[i] = keys.get(i).left() - 1;
      }
    }
    List<PartColumns> parts = new ArrayList<>();
    for (int i = 0; i < spec.parts().size(); i++) {
      TableForm.Part part = spec.parts().get(i);
      PartColumns found = null;
      List<Header> amounts = new ArrayList<>();
      for (String label : part.labels()) {
        Optional<Header> h = find(label, header, bounds[i], bounds[i + 1]);
        if (h.isEmpty()) {
          amounts = null;
          break;
        }
        amounts.add(h.get());
      }
      if (amounts != null) {
        List<Header> codes = new ArrayList<>();
        for (String c : List.of("类", "款", "项")) {
          find(c, header, bounds[i], bounds[i + 1]).ifPresent(codes::add);
        }
        found = new PartColumns(part, bounds[i], part.labels(), amounts, codes);
      }
      if (found == null) {
        return Optional.empty();
      }
      parts.add(found);
    }
    return Optional.of(new Columns(parts));
  }

  /** A header label: one run, or two runs stacked (事业单位 / 经营收入), within [from, to). */
  private static Optional<Header> find(String label, List<Line> header, float from, float to) {
    String want = TableForm.normalise(label);
    for (Line l : header) {
      for (Run r : l.runs()) {
        if (r.left() >= from && r.left() < to && stripYear(r.text()).equals(want)) {
          return Optional.of(new Header(label, r.left(), r.right()));
        }
      }
    }
    for (int i = 0; i < header.size(); i++) {
      for (Run a : header.get(i).runs()) {
        if (a.left() < from || a.left() >= to) {
          continue;
        }
        String top = stripYear(a.text());
        if (!want.startsWith(top) || top.length() == want.length()) {
          continue;
        }
        for (int j = i + 1; j < Math.min(header.size(), i + 3); j++) {
          for (Run b : header.get(j).runs()) {
            boolean overlap = b.left() < a.right() && a.left() < b.right();
            if (overlap && (top + TableForm.normalise(b.text())).equals(want)) {
              return Optional.of(
                  new Header(label, Math.min(a.left(), b.left()), Math.max(a.right(), b.right())));
            }
          }
        }
      }
    }
    for (Line l : header) {
      for (Run r : l.runs()) {
        String t = r.text();
        int at = t.indexOf(label);
        if (r.left() >= from && r.left() < to && at >= 0 && t.length() == r.glyphs().size()) {
          Run part = r.slice(at, at + label.length());
          return Optional.of(new Header(label, part.left(), part.right()));
        }
      }
    }
    return Optional.empty();
  }

  private static String stripYear(String s) {
    return LEADING_YEAR.matcher(TableForm.normalise(s)).replaceFirst("");
  }

  // ---- tokens

  record Token(Run run, String text, boolean number) {
    float left() {
      return run.left();
    }

    float right() {
      return run.right();
    }

    float centre() {
      return run.centre();
    }
  }

  /** The tokens of a line: its runs, with figures glued to the text around them split off. */
  static List<Token> tokens(Line line) {
    List<Token> tokens = new ArrayList<>();
    for (Run r : line.runs()) {
      String t = r.text();
      if (t.length() != r.glyphs().size()) {
        tokens.add(new Token(r, t, NUMBER.matcher(t).matches()));
        continue;
      }
      Matcher m = GLUED_NUMBER.matcher(t);
      int at = 0;
      while (m.find()) {
        if (m.start() > at) {
          tokens.add(new Token(r.slice(at, m.start()), t.substring(at, m.start()), false));
        }
        tokens.add(new Token(r.slice(m.start(), m.end()), m.group(), true));
        at = m.end();
      }
      if (at == 0) {
        tokens.add(new Token(r, t, NUMBER.matcher(t).matches()));
      } else if (at < t.length()) {
        String rest = t.substring(at);
        tokens.add(new Token(r.slice(at, t.length()), rest, NUMBER.matcher(rest).matches()));
      }
    }
    return tokens;
  }

  // ---- rows

  private final class Builder {
    private final TableForm spec;
    private final MoneyUnit unit;
    private final List<TableRow> rows = new ArrayList<>();
    private final Map<String, Boolean> closed = new LinkedHashMap<>();
    private final Map<String, Integer> count = new LinkedHashMap<>();
    private int lastPage;
    private int startedPage = -1;

    Builder(TableForm spec, MoneyUnit unit) {
      this.spec = spec;
      this.unit = unit;
    }

    boolean started(int page) {
      return startedPage == page;
    }

    boolean done() {
      for (TableForm.Part p : spec.parts()) {
        boolean limited = p.maxRows() > 0 && count.getOrDefault(p.name(), 0) >= p.maxRows();
        if (!(closed.getOrDefault(p.name(), false) || limited)) {
          return false;
        }
      }
      return true;
    }

    void add(Line line, Columns columns) {
      startedPage = line.page();
      List<Token> tokens = tokens(line);
      List<List<Token>> byPart = new ArrayList<>();
      List<Map<String, PrintedAmount>> cells = new ArrayList<>();
      for (int i = 0; i < columns.parts().size(); i++) {
        byPart.add(new ArrayList<>());
        cells.add(new LinkedHashMap<>());
      }
      for (Token t : tokens) {
        if (t.number() && !isCode(t, columns)) {
          assign(t, line, columns, cells);
          continue;
        }
        int part = 0;
        for (int i = 1; i < columns.parts().size(); i++) {
          List<Header> prev = columns.parts().get(i - 1).amounts();
          if (t.left() > prev.get(prev.size() - 1).right()) {
            part = i;
          }
        }
        byPart.get(part).add(t);
      }
      for (int i = 0; i < columns.parts().size(); i++) {
        PartColumns pc = columns.parts().get(i);
        String name = pc.part().name();
        if (closed.getOrDefault(name, false)
            || (byPart.get(i).isEmpty() && cells.get(i).isEmpty())) {
          continue;
        }
        addRow(line, pc, byPart.get(i), cells.get(i));
      }
    }

    private boolean isCode(Token t, Columns columns) {
      String s = t.text();
      if (!CODE_PART.matcher(s).matches()) {
        return false;
      }
      for (PartColumns pc : columns.parts()) {
        if (pc.part().key() == TableForm.KeyKind.FUNCTION_CODE
            || pc.part().key() == TableForm.KeyKind.ECONOMIC_CODE) {
          // x of the first figure column's left edge, in points
          var firstColumn = pc.amounts().get(0);
          float firstColumnLeft = firstColumn.left();
          if (t.right() < firstColumnLeft - 40) {
            return true;
          }
        }
      }
      return false;
    }

    private void assign(
        Token t, Line line, Columns columns, List<Map<String, PrintedAmount>> cells) {
      int bestPart = -1;
      String bestLabel = null;
      float best = Float.POSITIVE_INFINITY;
      for (int i = 0; i < columns.parts().size(); i++) {
        for (Header h : columns.parts().get(i).amounts()) {
          float d = Math.abs(h.centre() - t.centre());
          if (d < best) {
            best = d;
            bestPart = i;
            bestLabel = h.label();
          }
        }
      }
      Evidence where = new Evidence(line.page(), Optional.of(t.run().box()), line.text());
      if (best > MAX_COLUMN_DISTANCE) {
        findings.add(
            finding(
                "pdf.figure-outside-columns",
                Severity.ERROR,
                spec,
                "figure " + t.text() + " on page " + line.page() + " is under no column header",
                Optional.of(where)));
        return;
      }
      Amount amount;
      try {
        amount = Amount.parse(t.text(), unit);
      } catch (IllegalArgumentException | ArithmeticException e) {
        findings.add(
            finding(
                "pdf.figure-malformed",
                Severity.ERROR,
                spec,
                "figure '" + t.text() + "' on page " + line.page() + ": " + e.getMessage(),
                Optional.of(where)));
        return;
      }
      PrintedAmount p = new PrintedAmount(t.text(), amount, unit, line.page(), t.run().box());
      PrintedAmount previous = cells.get(bestPart).put(bestLabel, p);
      if (previous != null) {
        findings.add(
            finding(
                "pdf.figure-collision",
                Severity.ERROR,
                spec,
                "two figures, "
                    + previous.text()
                    + " and "
                    + t.text()
                    + ", fall under column "
                    + bestLabel
                    + " on page "
                    + line.page(),
                Optional.of(where)));
      }
    }

    private void addRow(
        Line line, PartColumns pc, List<Token> tokens, Map<String, PrintedAmount> cells) {
      TableForm.Part part = pc.part();
      StringBuilder codeDigits = new StringBuilder();
      StringBuilder codeText = new StringBuilder();
      boolean malformedCode = false;
      StringBuilder label = new StringBuilder();
      Box box = null;
      for (Token t : tokens) {
        box = box == null ? t.run().box() : box.union(t.run().box());
        if (label.length() == 0
            && CODE_PART.matcher(t.text()).matches()
            && part.key() != TableForm.KeyKind.LABEL) {
          codeDigits.append(t.text());
          codeText.append(t.text()).append(' ');
        } else {
          label.append(t.text());
        }
      }
      for (PrintedAmount p : cells.values()) {
        box = box == null ? p.box() : box.union(p.box());
      }
      String name = label.toString();
      boolean total =
          part.total().isPresent() && TableForm.normalise(name).equals(part.total().get());
      Optional<FunctionCode> function = Optional.empty();
      Optional<EconomicCode> economic = Optional.empty();
      if (codeDigits.length() > 0) {
        try {
          String[] groups = codeText.toString().strip().split(" ");
          boolean split = groups.length > 1;
          for (int g = 0; split && g < groups.length; g++) {
            if (groups[g].length() != (g == 0 ? 3 : 2)) {
              throw new IllegalArgumentException("groups of 3, 2 and 2 digits expected");
            }
          }
          if (part.key() == TableForm.KeyKind.FUNCTION_CODE) {
            function = Optional.of(FunctionCode.parse(codeDigits));
          } else {
            economic = Optional.of(EconomicCode.parse(codeDigits));
          }
        } catch (IllegalArgumentException e) {
          findings.add(
              finding(
                  "pdf.code-malformed",
                  Severity.ERROR,
                  spec,
                  "code printed as '"
                      + codeText.toString().strip()
                      + "' on page "
                      + line.page()
                      + " is not a valid "
                      + (part.key() == TableForm.KeyKind.FUNCTION_CODE ? "function" : "economic")
                      + " code; the row is left out of the layout tables",
                  Optional.of(Evidence.of(line.toTextLine()))));
          malformedCode = true;
        }
      }
      boolean keyed = function.isPresent() || economic.isPresent() || malformedCode;
      boolean continuation =
          cells.isEmpty()
              && !total
              && !keyed
              && !rows.isEmpty()
              && rows.get(rows.size() - 1).part().equals(part.name())
              && !rows.get(rows.size() - 1).total()
              && (part.key() != TableForm.KeyKind.LABEL || !LABEL_MARK.matcher(name).find());
      if (continuation) {
        TableRow prev = rows.remove(rows.size() - 1);
        rows.add(prev.withLabel(prev.label() + name, prev.box().union(box)));
        return;
      }
      if (part.key() != TableForm.KeyKind.LABEL
          && part.key() != TableForm.KeyKind.NONE
          && !keyed
          && !total) {
        if (cells.isEmpty() && name.startsWith("注")) {
          return;
        }
        findings.add(
            finding(
                "pdf.row-without-code",
                Severity.WARNING,
                spec,
                "row '" + name + "' on page " + line.page() + " has no classification code",
                Optional.of(Evidence.of(line.toTextLine()))));
      }
      rows.add(
          new TableRow(
              part.name(),
              total,
              function,
              economic,
              name,
              ImmutableMap.copyOf(cells),
              line.page(),
              box == null ? line.box() : box));
      count.merge(part.name(), 1, Integer::sum);
      lastPage = line.page();
      if (total) {
        closed.put(part.name(), true);
      }
    }

    ImmutableList<TableRow> build() {
      List<TableRow> ordered = new ArrayList<>();
      for (TableForm.Part p : spec.parts()) {
        for (TableRow r : rows) {
          if (r.part().equals(p.name())) {
            ordered.add(r);
          }
        }
      }
      return ImmutableList.copyOf(ordered);
    }
  }

  private static Finding finding(
      String rule, Severity severity, TableForm spec, String message, Optional<Evidence> evidence) {
    return Finding.builder()
        .ruleId(rule)
        .severity(severity)
        .location(
            new Location(
                Optional.of(spec.title()), Optional.empty(), Optional.empty(), Optional.empty()))
        .message(message)
        .evidence(evidence)
        .build();
  }
}
