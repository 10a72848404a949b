package io.budgetkit.json;

import static io.budgetkit.json.Shape.list;
import static io.budgetkit.json.Shape.optional;
import static io.budgetkit.json.Shape.required;

import com.google.common.collect.ImmutableMap;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.DisclosureLevel;
import io.budgetkit.document.Evidence;
import io.budgetkit.document.SourceText;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.Statement;
import io.budgetkit.layout.Term;
import io.budgetkit.money.Amount;
import io.budgetkit.table.Column;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import io.budgetkit.validation.Figures;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import io.budgetkit.validation.ValidationReport;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** JSON of tables, the whole document and validation results. */
final class TableCodec {
  private TableCodec() {}

  /**
   * Cells are written in one order for every table: the standard columns as 表1 to 表10 first list
   * them (which is each table's own column order), then any other column id alphabetically.
   */
  private static final Map<String, Integer> COLUMN_RANK = new HashMap<>();

  static {
    for (TableId table : TableId.values()) {
      for (Column c : table.columns()) {
        COLUMN_RANK.putIfAbsent(c.id(), COLUMN_RANK.size());
      }
    }
  }

  private static final Comparator<String> CELL_ORDER =
      Comparator.<String>comparingInt(id -> COLUMN_RANK.getOrDefault(id, Integer.MAX_VALUE))
          .thenComparing(Comparator.naturalOrder());

  static final Shape<Column> COLUMN =
      Shape.of(
          "column",
          v -> new Column(v.get("id"), v.get("label")),
          required("id", JsonIn::string),
          required("label", JsonIn::string));

  static void writeColumn(JsonOut out, Column column) throws IOException {
    out.startFlat();
    out.string("id", column.id());
    out.string("label", column.label());
    out.end();
  }

  /** A function code, spaced or bare, as {@link RowKey#parse} reads it. */
  private static final String CODE = "[0-9]{3}(( [0-9]{2}){0,2}|([0-9]{2}){0,2})";

  static final Pattern ROW_KEY =
      Pattern.compile(
          "f:" + CODE + "|e:[0-9]{3}( ?[0-9]{2})?|fund:[A-Z_]+|p:" + CODE + ":.*|label:.+",
          Pattern.DOTALL);

  /** A row key as its text form: {@code "f:2080101"}, {@code "p:2080101:光纤费"}. */
  static RowKey readRowKey(JsonIn in) throws IOException {
    String s = in.string();
    RowKey known = in.known(RowKey.class, s);
    if (known != null) {
      return known;
    }
    try {
      if (!isRowKey(s)) {
        throw new IllegalArgumentException(s);
      }
      RowKey key = RowKey.parse(s);
      in.remember(s, key);
      return key;
    } catch (IllegalArgumentException e) {
      throw in.fail(
          "malformed row key "
              + JsonIn.clip(JsonIn.quote(s))
              + "; expected f:CODE, e:CODE, fund:SOURCE, p:CODE:PROJECT or label:TEXT");
    }
  }

  /** Whether {@code s} matches {@link #ROW_KEY}, checked without a regular expression. */
  static boolean isRowKey(String s) {
    int n = s.length();
    if (s.startsWith("f:")) {
      return isCode(s, 2, n);
    }
    if (s.startsWith("e:")) {
      // [0-9]{3}( ?[0-9]{2})?
      return n == 5 && digits(s, 2, 5)
          || n == 7 && digits(s, 2, 7)
          || n == 8 && digits(s, 2, 5) && s.charAt(5) == ' ' && digits(s, 6, 8);
    }
    if (s.startsWith("fund:")) {
      if (n == 5) {
        return false;
      }
      for (int i = 5; i < n; i++) {
        char c = s.charAt(i);
        if (!(c >= 'A' && c <= 'Z' || c == '_')) {
          return false;
        }
      }
      return true;
    }
    if (s.startsWith("p:")) {
      // a code has no colon: it is all up to the first colon after "p:", anything may follow
      int colon = s.indexOf(':', 2);
      return colon >= 0 && isCode(s, 2, colon);
    }
    return s.startsWith("label:") && n > 6;
  }

  /** Whether {@code s} from {@code from} to {@code to} is a function code of {@link #CODE}. */
  private static boolean isCode(String s, int from, int to) {
    switch (to - from) {
      case 3:
      case 5:
      case 7:
        return digits(s, from, to);
      case 6:
        return digits(s, from, from + 3) && s.charAt(from + 3) == ' ' && digits(s, from + 4, to);
      case 9:
        return digits(s, from, from + 3)
            && s.charAt(from + 3) == ' '
            && digits(s, from + 4, from + 6)
            && s.charAt(from + 6) == ' '
            && digits(s, from + 7, to);
      default:
        return false;
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static void writeRowKey(JsonOut out, RowKey key) throws IOException {
    out.value(checkedRowKey(out, key));
  }

  /** The text of {@code key}, refused if {@link #readRowKey} would not read it back equal. */
  private static String checkedRowKey(JsonOut out, RowKey key) throws IOException {
    String s = key.id();
    if (key instanceof RowKey.Function || key instanceof RowKey.Economic) {
      return s; // a code's digits (3, 5 or 7; 3 or 5 for economic codes) read back as the code
    }
    boolean readable;
    try {
      readable = ROW_KEY.matcher(s).matches() && RowKey.parse(s).equals(key);
    } catch (IllegalArgumentException e) {
      readable = false;
    }
    if (!readable) {
      throw out.refuse(
          "malformed row key "
              + JsonIn.clip(JsonIn.quote(s))
              + "; expected f:CODE, e:CODE, fund:SOURCE, p:CODE:PROJECT or label:TEXT");
    }
    return s;
  }

  private static ImmutableMap<String, Amount> readCells(JsonIn in) throws IOException {
    return in.map("cells by column id", JsonIn::amount);
  }

  private static void writeCells(JsonOut out, Map<String, Amount> cells) throws IOException {
    out.startFlat();
    String[] ids = cells.keySet().toArray(new String[0]);
    if (ids.length > 1) {
      Arrays.sort(ids, CELL_ORDER);
    }
    for (String id : ids) {
      out.amount(id, cells.get(id));
    }
    out.end();
  }

  static final Shape<TableRow> ROW =
      Shape.of(
          "table row",
          v -> new TableRow(v.get("key"), v.get("name"), v.get("cells")),
          required("key", TableCodec::readRowKey),
          required("name", JsonIn::string),
          required("cells", TableCodec::readCells));

  static void writeRow(JsonOut out, TableRow row) throws IOException {
    out.startFlat();
    out.string("key", checkedRowKey(out, row.key()));
    out.string("name", row.name());
    out.object("cells", row.cells(), TableCodec::writeCells);
    out.end();
  }

  static final Shape<DisclosureTable> TABLE =
      Shape.of(
          "disclosure table",
          v ->
              DisclosureTable.builder(v.get("id"))
                  .rows(v.get("rows"))
                  .note(v.<String>optional("note"))
                  .build(),
          required("id", JsonIn.constant(TableId.class)),
          list("rows", in -> in.read(ROW)),
          optional("note", JsonIn::string));

  static void writeTable(JsonOut out, DisclosureTable table) throws IOException {
    out.start();
    out.constant("id", table.id());
    out.list("rows", table.rows(), TableCodec::writeRow);
    out.string("note", table.note());
    out.end();
  }

  static final Shape<Disclosure> DISCLOSURE =
      Shape.of(
          "disclosure",
          v -> Disclosure.builder().tables(v.get("tables")).build(),
          list("tables", in -> in.read(TABLE)));

  static void writeDisclosure(JsonOut out, Disclosure disclosure) throws IOException {
    out.start();
    out.list("tables", disclosure.tables(), TableCodec::writeTable);
    out.end();
  }

  static final Shape<BudgetDocument> DOCUMENT =
      Shape.of(
          "budget document",
          v ->
              BudgetDocument.builder()
                  .budget(v.get("budget"))
                  .layoutTables(layoutTables(v.optional("published"), v.optional("layoutTables")))
                  .level(v.<DisclosureLevel>optional("level"))
                  .sourceText(v.<SourceText>optional("sourceText"))
                  .units(v.<List<String>>get("coveredUnits"))
                  .statements(v.<List<Statement>>get("statements"))
                  .build(),
          required("formatVersion", in -> in.exactly("format version", BudgetJson.FORMAT_VERSION)),
          required("unit", in -> in.exactly("unit", BudgetJson.UNIT.label())),
          required("budget", in -> in.read(BudgetCodec.BUDGET)),
          optional("published", in -> in.read(DISCLOSURE)),
          optional("layoutTables", in -> in.read(LayoutCodec.TABLES)),
          optional("level", JsonIn.constant(DisclosureLevel.class)),
          optional("sourceText", LayoutCodec::readSourceText),
          list("coveredUnits", JsonIn::string),
          list("statements", in -> in.read(LayoutCodec.STATEMENT)));

  /**
   * The document's tables: its {@code layoutTables}, or the {@code published} ten tables of a
   * format 1.0 document read as tables of the seed's layout; not both.
   */
  private static Optional<PrintedTables> layoutTables(
      Optional<Disclosure> published, Optional<PrintedTables> layoutTables) {
    if (published.isPresent() && layoutTables.isPresent()) {
      throw new IllegalArgumentException(
          "A document has either 'published' (表1–表10 of layout "
              + Layouts.SEED
              + ") or 'layoutTables', not both");
    }
    return published.isPresent()
        ? Optional.of(Layouts.inSeedLayout(published.get()))
        : layoutTables;
  }

  static void writeDocument(JsonOut out, BudgetDocument document) throws IOException {
    out.start();
    out.string("formatVersion", BudgetJson.FORMAT_VERSION);
    out.string("unit", BudgetJson.UNIT.label());
    out.object("budget", document.budget(), BudgetCodec::writeBudget);
    out.object("layoutTables", document.layoutTables(), LayoutCodec::writeTables);
    out.constant("level", document.level());
    if (!document.units().isEmpty()) {
      out.strings("coveredUnits", document.units());
    }
    if (!document.statements().isEmpty()) {
      out.list("statements", document.statements(), LayoutCodec::writeStatement);
    }
    out.object("sourceText", document.sourceText(), LayoutCodec::writeSourceText);
    out.end();
  }

  static final Shape<Location> LOCATION =
      Shape.of(
          "location",
          v ->
              new Location(
                  v.optional("table"),
                  v.optional("row"),
                  v.optional("column"),
                  v.optional("place")),
          optional("table", JsonIn::string),
          optional("row", JsonIn::string),
          optional("column", JsonIn::string),
          optional("place", JsonIn::string));

  static void writeLocation(JsonOut out, Location location) throws IOException {
    out.startFlat();
    out.string("table", location.table());
    out.string("row", location.row());
    out.string("column", location.column());
    out.string("place", location.place());
    out.end();
  }

  static final Shape<Finding> FINDING =
      Shape.of(
          "finding",
          v ->
              Finding.builder()
                  .ruleId(v.get("ruleId"))
                  .severity(v.get("severity"))
                  .location(v.<Location>get("location"))
                  .message(v.get("message"))
                  .expected(v.<String>optional("expected"))
                  .actual(v.<String>optional("actual"))
                  .evidence(v.<Evidence>optional("evidence"))
                  .figures(v.<Figures>optional("figures"))
                  .build(),
          required("ruleId", JsonIn::string),
          required("severity", JsonIn.constant(Severity.class)),
          required("location", in -> in.read(LOCATION)),
          required("message", JsonIn::string),
          optional("expected", JsonIn::string),
          optional("actual", JsonIn::string),
          optional("evidence", in -> in.read(LayoutCodec.EVIDENCE)),
          optional("figures", in -> in.read(TableCodec.FIGURES)));

  static final Shape<Figures> FIGURES =
      Shape.of(
          "finding figures",
          v ->
              new Figures(
                  new Term(v.get("table"), new CellRef(v.get("row"), v.get("column"))),
                  v.get("expected"),
                  v.get("actual"),
                  v.get("tolerance")),
          required("table", JsonIn::string),
          required("row", TableCodec::readRowKey),
          required("column", JsonIn::string),
          required("expected", JsonIn::amount),
          required("actual", JsonIn::amount),
          required("tolerance", JsonIn::amount));

  static void writeFigures(JsonOut out, Figures f) throws IOException {
    out.startFlat();
    out.string("table", f.cell().table());
    out.string("row", f.cell().cell().row().id());
    out.string("column", f.cell().cell().column());
    out.amount("expected", f.expected());
    out.amount("actual", f.actual());
    out.amount("tolerance", f.tolerance());
    out.end();
  }

  static void writeFinding(JsonOut out, Finding finding) throws IOException {
    out.startFlat();
    out.string("ruleId", finding.ruleId());
    out.constant("severity", finding.severity());
    out.object("location", finding.location(), TableCodec::writeLocation);
    out.string("message", finding.message());
    out.string("expected", finding.expected());
    out.string("actual", finding.actual());
    out.object("evidence", finding.evidence(), LayoutCodec::writeEvidence);
    out.object("figures", finding.figures(), TableCodec::writeFigures);
    out.end();
  }

  static final Shape<ValidationReport> REPORT =
      Shape.of(
          "validation report",
          v ->
              ValidationReport.of(
                  v.get("profile"),
                  v.get("findings"),
                  v.<Map<String, String>>optional("notRun").orElse(Map.of())),
          required("profile", JsonIn::string),
          list("findings", in -> in.read(FINDING)),
          optional("notRun", in -> in.map("reasons by rule id", JsonIn::string)));

  static void writeReport(JsonOut out, ValidationReport report) throws IOException {
    out.start();
    out.string("profile", report.profile());
    out.list("findings", report.findings(), TableCodec::writeFinding);
    if (!report.notRun().isEmpty()) {
      out.name("notRun");
      out.start();
      for (Map.Entry<String, String> e : report.notRun().entrySet()) {
        out.string(e.getKey(), e.getValue());
      }
      out.end();
    }
    out.end();
  }
}
