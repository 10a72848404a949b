package io.budgetkit.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.budgetkit.document.Box;
import io.budgetkit.document.Evidence;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Findings written one record per finding, for a reviewer's spreadsheet or a batch job: CSV with a
 * header, or JSON Lines. Each record names the document and carries the finding's rule, severity,
 * location, message, expected and actual values, and its evidence (page, box in PDF points from the
 * page's top-left corner, snippet). Fields a finding does not have are empty in CSV and left out in
 * JSON Lines.
 *
 * <p>CSV cells that a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or
 * a carriage return) are written with a leading {@code '}; numbers (page, box) are written as
 * numbers. Records from many documents may go to one export; {@link #write} may be called from
 * several threads. Closing finishes the output and flushes, but leaves the writer open.
 *
 * <pre>{@code
 * try (FindingsExport csv = FindingsExport.csv(writer)) {
 *   csv.write("2024_社会福利院_单位预算.pdf", report.findings());
 * }
 * }</pre>
 */
public final class FindingsExport implements Closeable {
  /** The output formats. */
  public enum Format {
    /** Comma-separated values with a header line (RFC 4180 quoting). */
    CSV,
    /** One JSON object a line. */
    JSON_LINES;

    /**
     * The format named {@code name}: {@code csv}, or {@code json}, {@code jsonl} or {@code
     * json-lines} for JSON Lines; any case.
     *
     * @throws IllegalArgumentException for another name
     */
    public static Format parse(String name) {
      switch (requireNonNull(name, "name").toLowerCase(Locale.ROOT)) {
        case "csv":
          return CSV;
        case "json":
        case "jsonl":
        case "json-lines":
          return JSON_LINES;
        default:
          throw new IllegalArgumentException(
              "Unknown findings format '" + name + "': expected csv or json");
      }
    }
  }

  /** The record's fields, in CSV column order. */
  public static final List<String> FIELDS =
      List.of(
          "document",
          "rule",
          "severity",
          "table",
          "row",
          "column",
          "place",
          "message",
          "expected",
          "actual",
          "page",
          "box_x",
          "box_y",
          "box_width",
          "box_height",
          "snippet");

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Format format;
  private final Writer writer;
  private final SequenceWriter csv;

  private FindingsExport(Format format, Writer writer, SequenceWriter csv) {
    this.format = format;
    this.writer = writer;
    this.csv = csv;
  }

  /** An export of CSV records to {@code writer}; the header is written at once. */
  public static FindingsExport csv(Writer writer) throws IOException {
    return of(Format.CSV, writer);
  }

  /** An export of JSON Lines to {@code writer}. */
  public static FindingsExport jsonLines(Writer writer) throws IOException {
    return of(Format.JSON_LINES, writer);
  }

  /** An export in {@code format} to {@code writer}. */
  public static FindingsExport of(Format format, Writer writer) throws IOException {
    requireNonNull(format, "format");
    requireNonNull(writer, "writer");
    if (format == Format.JSON_LINES) {
      return new FindingsExport(format, writer, null);
    }
    CsvMapper mapper = new CsvMapper();
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    CsvSchema.Builder schema = CsvSchema.builder();
    Map<String, Object> header = new LinkedHashMap<>();
    for (String f : FIELDS) {
      schema.addColumn(f);
      header.put(f, f);
    }
    SequenceWriter rows = mapper.writer(schema.build()).writeValues(writer);
    // the header as a row of its own, so that an export without findings still has it
    rows.write(header);
    return new FindingsExport(format, writer, rows);
  }

  /** Writes one record per finding of {@code document}, in order. */
  public synchronized void write(String document, Iterable<Finding> findings) throws IOException {
    requireNonNull(document, "document");
    requireNonNull(findings, "findings");
    for (Finding f : findings) {
      if (format == Format.CSV) {
        csv.write(record(document, f));
      } else {
        writer.write(JSON.writeValueAsString(record(document, f)));
        writer.write('\n');
      }
    }
  }

  /** Finishes the output and flushes it; the writer is left open. */
  @Override
  public synchronized void close() throws IOException {
    if (csv != null) {
      csv.close();
    }
    writer.flush();
  }

  private Map<String, Object> record(String document, Finding f) {
    Map<String, Object> r = new LinkedHashMap<>();
    Location l = f.location();
    put(r, "document", Optional.of(document));
    put(r, "rule", Optional.of(f.ruleId()));
    put(r, "severity", Optional.of(f.severity().name()));
    put(r, "table", l.table());
    put(r, "row", l.row());
    put(r, "column", l.column());
    put(r, "place", l.place());
    put(r, "message", Optional.of(f.message()));
    put(r, "expected", f.expected());
    put(r, "actual", f.actual());
    Optional<Evidence> e = f.evidence();
    Optional<Box> box = e.flatMap(Evidence::box);
    if (format == Format.CSV) {
      r.put("page", e.map(Evidence::page).orElse(null));
      r.put("box_x", box.map(b -> points(b.x())).orElse(null));
      r.put("box_y", box.map(b -> points(b.y())).orElse(null));
      r.put("box_width", box.map(b -> points(b.width())).orElse(null));
      r.put("box_height", box.map(b -> points(b.height())).orElse(null));
    } else {
      e.ifPresent(ev -> r.put("page", ev.page()));
      box.ifPresent(
          b ->
              r.put(
                  "box",
                  List.of(points(b.x()), points(b.y()), points(b.width()), points(b.height()))));
    }
    put(r, "snippet", e.map(Evidence::snippet));
    return r;
  }

  private void put(Map<String, Object> r, String field, Optional<String> value) {
    if (format == Format.CSV) {
      r.put(field, value.map(FindingsExport::neutralised).orElse(null));
    } else {
      value.ifPresent(v -> r.put(field, v));
    }
  }

  private static BigDecimal points(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN);
  }

  /**
   * The text with a leading {@code '} when a spreadsheet would read it as a formula, so that a cell
   * prints what the document printed and never runs.
   */
  static String neutralised(String cell) {
    if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}
