package io.budgetkit.pdf.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.Catalog;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.Evidence;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.LabelledRow;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the tables read from a PDF into the layout model: one {@link PrintedTable} per layout table
 * (part), rows keyed by the layout's {@link RowKey}s, cells by its column ids, each cell with its
 * {@link Evidence} and, where not printed with two decimals, its decimals. A row that cannot be
 * keyed — an unreadable code, a 类 name the standard catalog does not know, a label the layout does
 * not have, a row printed twice — is left out and reported with its page; nothing is guessed.
 */
public final class PrintedTablesReader {
  private final Catalog catalog;
  private final Map<String, FunctionCode> classesByName = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();

  private final Map<String, FunctionCode> formerClassNames = new HashMap<>();

  /**
   * A reader mapping 类 names with {@code catalog}, and the names a revision of the classification
   * retired with {@code formerClassNames} (name → {@code "210 卫生健康支出"}, as {@link
   * io.budgetkit.document.DocumentOutline#formerClassNames()} holds them).
   */
  public PrintedTablesReader(Catalog catalog, Map<String, String> formerClassNames) {
    this.catalog = catalog;
    for (Map.Entry<FunctionCode, String> e : catalog.functionNames().entrySet()) {
      if (e.getKey().level() == CodeLevel.CLASS) {
        classesByName.put(TableForm.normalise(e.getValue()), e.getKey());
      }
    }
    for (Map.Entry<String, String> e : formerClassNames.entrySet()) {
      String code = e.getValue().strip().split("\\s+")[0];
      this.formerClassNames.put(TableForm.normalise(e.getKey()), FunctionCode.parse(code));
    }
  }

  /** The problems met, as findings with page evidence. */
  public List<Finding> findings() {
    return ImmutableList.copyOf(findings);
  }

  /** The tables of {@code layout} read in {@code tables}. */
  public PrintedTables read(Layout layout, List<ExtractedTable> tables) {
    ImmutableList.Builder<PrintedTable> out = ImmutableList.builder();
    for (ExtractedTable t : tables) {
      for (TableForm.Part part : t.form().parts()) {
        if (!t.columns().containsKey(part.name())) {
          continue;
        }
        out.add(table(t, part));
      }
    }
    return new PrintedTables(layout, out.build());
  }

  private PrintedTable table(ExtractedTable t, TableForm.Part part) {
    Map<RowKey, io.budgetkit.table.TableRow> rows = new LinkedHashMap<>();
    Map<RowKey, TableRow> printedAt = new HashMap<>();
    ImmutableMap.Builder<CellRef, Integer> decimals = ImmutableMap.builder();
    ImmutableMap.Builder<CellRef, Evidence> evidence = ImmutableMap.builder();
    for (TableRow r : t.rows(part.name())) {
      Optional<RowKey> key = key(t, part, r);
      if (key.isEmpty()) {
        continue;
      }
      if (rows.containsKey(key.get())) {
        TableRow first = printedAt.get(key.get());
        findings.add(
            finding(
                "pdf.row-repeated",
                part,
                "row "
                    + key.get().id()
                    + " ('"
                    + r.label()
                    + "') is printed on page "
                    + first.page()
                    + " and again on page "
                    + r.page()
                    + "; the first is kept",
                new Evidence(r.page(), Optional.of(r.box()), r.label())));
        continue;
      }
      ImmutableMap.Builder<String, Amount> cells = ImmutableMap.builder();
      for (Map.Entry<String, PrintedAmount> c : r.cells().entrySet()) {
        String column = part.columnId(c.getKey());
        PrintedAmount p = c.getValue();
        cells.put(column, p.amount());
        CellRef ref = new CellRef(key.get(), column);
        if (p.decimals() != 2) {
          decimals.put(ref, p.decimals());
        }
        evidence.put(ref, new Evidence(p.page(), Optional.of(p.box()), p.text()));
      }
      rows.put(key.get(), new io.budgetkit.table.TableRow(key.get(), r.label(), cells.build()));
      printedAt.put(key.get(), r);
    }
    Optional<String> note =
        t.notes().isEmpty() ? Optional.empty() : Optional.of(String.join("\n", t.notes()));
    return new PrintedTable(
        part.spec().key(),
        ImmutableList.copyOf(rows.values()),
        note,
        decimals.buildOrThrow(),
        evidence.buildOrThrow());
  }

  private Optional<RowKey> key(ExtractedTable t, TableForm.Part part, TableRow r) {
    if (r.function().isPresent()) {
      return Optional.of(new RowKey.Function(r.function().get()));
    }
    if (r.economic().isPresent()) {
      return Optional.of(new RowKey.Economic(r.economic().get()));
    }
    Evidence at = new Evidence(r.page(), Optional.of(r.box()), r.label());
    Optional<LabelledRow> labelled = TableForm.labelled(part, r.label());
    if (labelled.isPresent()) {
      return Optional.of(labelled.get().key());
    }
    if (part.key() == TableForm.KeyKind.NONE) {
      return Optional.of(part.spec().rows().leading().get(0).key());
    }
    if (part.key() == TableForm.KeyKind.LABEL
        && part.spec().rows().codes() == io.budgetkit.layout.RowSpec.Codes.FUNCTION) {
      String name = TableForm.stripMark(TableForm.normalise(r.label()));
      FunctionCode code = classesByName.get(name);
      if (code != null) {
        return Optional.of(new RowKey.Function(code));
      }
      FunctionCode former = formerClassNames.get(name);
      if (former != null) {
        findings.add(
            finding(
                "pdf.class-name-former",
                part,
                "row '"
                    + r.label()
                    + "' on page "
                    + r.page()
                    + " names a 类 by the name a revision of the classification retired; read"
                    + " as "
                    + former
                    + " "
                    + catalog.name(former).orElse(""),
                Severity.WARNING,
                at));
        return Optional.of(new RowKey.Function(former));
      }
      findings.add(
          finding(
              "pdf.class-name-unknown",
              part,
              "row '"
                  + r.label()
                  + "' on page "
                  + r.page()
                  + " names no 类 of the standard function classification; the row is left out",
              at));
      return Optional.empty();
    }
    if (r.cells().isEmpty() && !r.total()) {
      return Optional.empty(); // a code row whose code was unreadable is reported by the reader
    }
    if (part.key() == TableForm.KeyKind.LABEL) {
      findings.add(
          finding(
              "pdf.row-unknown",
              part,
              "row '"
                  + r.label()
                  + "' on page "
                  + r.page()
                  + " is not a row of "
                  + part.spec().label()
                  + " in the layout; the row is left out",
              at));
    }
    return Optional.empty();
  }

  private static Finding finding(String rule, TableForm.Part part, String message, Evidence at) {
    return finding(rule, part, message, Severity.ERROR, at);
  }

  private static Finding finding(
      String rule, TableForm.Part part, String message, Severity severity, Evidence at) {
    return Finding.builder()
        .ruleId(rule)
        .severity(severity)
        .location(
            new Location(
                Optional.of(part.spec().label()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()))
        .message(message)
        .evidence(at)
        .build();
  }

  /** The catalog 类 names are mapped with. */
  public Catalog catalog() {
    return catalog;
  }
}
