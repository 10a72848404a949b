package io.budgetkit.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.YearComparison;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.table.TableRow;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exports for data tools (pandas, R, DuckDB, spreadsheets): one record per line, a header row and
 * nothing else, amounts as exact decimals in a stated unit (the amount column's name says which:
 * {@code amount_yuan}, {@code amount_wan_yuan}). CSV is written by Jackson's CSV module (RFC 4180
 * quoting); JSON Lines one object per line with amounts as JSON numbers written in full.
 *
 * <p>An exporter is opened on a writer for one kind of record ({@link What}) and takes documents
 * one at a time, so that many documents go into one file, each record naming its document:
 *
 * <pre>{@code
 * try (Exports lines = Exports.open(What.LINES, Format.CSV, MoneyUnit.YUAN, writer)) {
 *   lines.add("atushi-hrss-2023.json", document);
 * }
 * }</pre>
 *
 * Not thread-safe: one thread writes to one exporter.
 */
public final class Exports implements Closeable {
  /** The records an export holds. */
  public enum What {
    /**
     * The budget lines: document, unit, unit code, year, line number, function, economic, fund,
     * kind, project, owning unit, amount.
     */
    LINES(
        "document",
        "unit",
        "unit_code",
        "year",
        "line",
        "function",
        "economic",
        "fund",
        "kind",
        "project",
        "owner",
        "amount"),
    /**
     * The printed tables, one cell a record: document, unit, year, table, row, row name, column,
     * amount. The document's layout tables, where it holds them.
     */
    TABLES("document", "unit", "year", "table", "row", "name", "column", "amount"),
    /**
     * A year comparison, one cell a record: table, row, name, column, prior, current, change,
     * growth (percent, empty where the prior is zero), status.
     */
    COMPARISON(
        "table", "row", "name", "column", "prior", "current", "change", "growth_percent", "status");

    private final List<String> columns;

    What(String... columns) {
      this.columns = List.of(columns);
    }
  }

  /** The file format. */
  public enum Format {
    /** Comma-separated values with a header row. */
    CSV,
    /** JSON Lines: one JSON object a line. */
    JSONL;

    /**
     * The format named {@code name}: {@code csv}, or {@code json}, {@code jsonl} or {@code
     * json-lines}; any case.
     *
     * @throws IllegalArgumentException for another name
     */
    public static Format parse(String name) {
      switch (requireNonNull(name, "name").toLowerCase(java.util.Locale.ROOT)) {
        case "csv":
          return CSV;
        case "json":
        case "jsonl":
        case "json-lines":
          return JSONL;
        default:
          throw new IllegalArgumentException(
              "Unknown export format '" + name + "': expected csv or jsonl");
      }
    }
  }

  /** What a spreadsheet would read as the start of a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final CsvMapper CSV = csvMapper();
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static CsvMapper csvMapper() {
    CsvMapper m = new CsvMapper();
    m.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return m;
  }

  private final What what;
  private final Format format;
  private final MoneyUnit unit;
  private final Writer sink;
  private final SequenceWriter csv;

  private Exports(What what, Format format, MoneyUnit unit, Writer sink, SequenceWriter csv) {
    this.what = what;
    this.format = format;
    this.unit = unit;
    this.sink = sink;
    this.csv = csv;
  }

  /**
   * An exporter of {@code what} to {@code out}, amounts in {@code unit}; the CSV header is written
   * at once. Closing the exporter flushes {@code out} and leaves it open.
   */
  public static Exports open(What what, Format format, MoneyUnit unit, Writer out)
      throws IOException {
    requireNonNull(what, "what");
    requireNonNull(format, "format");
    requireNonNull(unit, "unit");
    requireNonNull(out, "out");
    List<String> names = columns(what, unit);
    SequenceWriter csv = null;
    if (format == Format.CSV) {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
      names.forEach(schema::addColumn);
      csv = CSV.writer(schema.build()).writeValues(out);
    }
    return new Exports(what, format, unit, out, csv);
  }

  /** The column names of {@code what} with amounts in {@code unit}, in order. */
  public static List<String> columns(What what, MoneyUnit unit) {
    return what.columns.stream().map(c -> columnName(c, unit)).toList();
  }

  private static String columnName(String column, MoneyUnit unit) {
    boolean amount =
        column.equals("amount")
            || column.equals("prior")
            || column.equals("current")
            || column.equals("change");
    return amount ? column + "_" + suffix(unit) : column;
  }

  private static String suffix(MoneyUnit unit) {
    switch (unit) {
      case YUAN:
        return "yuan";
      case WAN_YUAN:
        return "wan_yuan";
      case YI_YUAN:
        return "yi_yuan";
      default:
        throw new AssertionError(unit);
    }
  }

  /**
   * Adds the records of {@code document}, named {@code name} in every record.
   *
   * @throws IllegalStateException for {@link What#COMPARISON}, which takes {@link
   *     #add(YearComparison)}
   */
  public Exports add(String name, BudgetDocument document) throws IOException {
    requireNonNull(name, "name");
    requireNonNull(document, "document");
    UnitBudget b = document.budget();
    String unitName = b.profile().name();
    switch (what) {
      case LINES:
        List<BudgetLine> lines = b.lines();
        for (int i = 0; i < lines.size(); i++) {
          BudgetLine l = lines.get(i);
          record(
              name,
              unitName,
              b.profile().code().orElse(""),
              b.fiscalYear(),
              i + 1,
              l.function().digits(),
              l.economic().map(e -> e.digits()).orElse(""),
              l.fund().name(),
              l.kind().name(),
              l.project().orElse(""),
              l.unit().orElse(""),
              amount(l.amount()));
        }
        break;
      case TABLES:
        if (document.layoutTables().isPresent()) {
          for (PrintedTable t : document.layoutTables().get().tables()) {
            for (TableRow r : t.rows()) {
              cells(name, unitName, b.fiscalYear(), t.key(), r);
            }
          }
        }
        break;
      default:
        throw new IllegalStateException("A " + what + " export takes a year comparison");
    }
    return this;
  }

  private void cells(String name, String unitName, int year, String table, TableRow r)
      throws IOException {
    for (Map.Entry<String, Amount> c : r.cells().entrySet()) {
      record(name, unitName, year, table, r.key().id(), r.name(), c.getKey(), amount(c.getValue()));
    }
  }

  /**
   * Adds the records of {@code comparison}.
   *
   * @throws IllegalStateException unless this is a {@link What#COMPARISON} export
   */
  public Exports add(YearComparison comparison) throws IOException {
    requireNonNull(comparison, "comparison");
    if (what != What.COMPARISON) {
      throw new IllegalStateException("A " + what + " export takes documents");
    }
    for (YearComparison.Change c : comparison.changes()) {
      record(
          c.table(),
          c.row().id(),
          c.name(),
          c.column(),
          optional(c.priorAmount()),
          optional(c.currentAmount()),
          amount(c.change()),
          c.growth().map(p -> p.value().toPlainString()).orElse(""),
          c.status().name());
    }
    return this;
  }

  private Object optional(Optional<Amount> a) {
    return a.isPresent() ? amount(a.get()) : "";
  }

  /** Exact, in the unit: at least two decimals, more only where the figure needs them. */
  private Object amount(Amount a) {
    BigDecimal v = a.in(unit).stripTrailingZeros();
    if (v.scale() < 2) {
      v = v.setScale(2);
    }
    return format == Format.CSV ? v.toPlainString() : v;
  }

  private void record(Object... values) throws IOException {
    if (format == Format.CSV) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof String text
            && !text.isEmpty()
            && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
            && !isAmount(i)) {
          values[i] = "'" + text;
        }
      }
      csv.write(values);
    } else {
      Map<String, Object> json = new LinkedHashMap<>();
      List<String> names = columns(what, unit);
      for (int i = 0; i < values.length; i++) {
        json.put(names.get(i), values[i]);
      }
      sink.write(JSON.writeValueAsString(json));
      sink.write('\n');
    }
  }

  private boolean isAmount(int column) {
    String name = what.columns.get(column);
    return name.equals("amount")
        || name.equals("prior")
        || name.equals("current")
        || name.equals("change")
        || name.equals("growth_percent");
  }

  /** Finishes the output and flushes the writer, leaving it open. */
  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.close();
    }
    sink.flush();
  }
}
