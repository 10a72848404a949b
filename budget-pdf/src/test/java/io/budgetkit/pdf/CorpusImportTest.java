package io.budgetkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.DisclosureLevel;
import io.budgetkit.document.Evidence;
import io.budgetkit.document.SourceText;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import io.budgetkit.validation.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eight 上海普陀 PDFs imported into the layout model: every table of the shipped layout is read,
 * keyed by the layout's row keys and column ids, and cells checked by eye on the rendered pages
 * ({@code pdftoppm -r 80}) hold the printed figure, its page and its printed text — blank, {@code
 * 0} and {@code 0.00} kept apart.
 */
class CorpusImportTest {
  static final List<String> CORPUS =
      List.of(
          "2024_万里街道办事处_部门预算",
          "2024_社会福利院_单位预算",
          "2025_万里街道办事处_部门预算",
          "2025_区人民政府办公室_单位预算",
          "2025_区人民政府办公室_部门预算",
          "2025_商务委员会_单位预算",
          "2025_商务委员会_部门预算",
          "2025_财政局_部门预算");

  private static final Map<String, ImportResult> CACHE = new ConcurrentHashMap<>();

  static ImportResult imported(String name) {
    return CACHE.computeIfAbsent(
        name,
        n -> {
          try (InputStream in =
              CorpusImportTest.class.getResourceAsStream("/corpus/" + n + ".pdf")) {
            return PdfImporter.auto().importStream(n, in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static List<String> corpus() {
    return CORPUS;
  }

  static PrintedTable table(String doc, String key) {
    return imported(doc)
        .document()
        .layoutTables()
        .orElseThrow()
        .table(key)
        .orElseThrow(() -> new AssertionError(key + " missing in " + doc));
  }

  private static RowKey f(String code) {
    return RowKey.function(code);
  }

  private static RowKey label(String label) {
    return RowKey.label(label);
  }

  /** The printed text of a cell, empty if blank. */
  static Optional<String> printed(String doc, String table, RowKey row, String column) {
    PrintedTable t = table(doc, table);
    assertTrue(t.row(row).isPresent(), row.id() + " missing in " + table + " of " + doc);
    CellRef cell = new CellRef(row, column);
    Optional<Amount> amount = t.cell(cell);
    Optional<Evidence> e = Optional.ofNullable(t.evidence().get(cell));
    assertEquals(amount.isPresent(), e.isPresent(), "evidence for " + cell);
    return e.map(Evidence::snippet);
  }

  private static int page(String doc, String table, RowKey row, String column) {
    return table(doc, table).evidence().get(new CellRef(row, column)).page();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyTableOfTheShippedLayoutIsReadWithEvidenceForEveryCell(String doc) {
    ImportResult r = imported(doc);
    BudgetDocument d = r.document();
    DisclosureLevel level =
        doc.endsWith("部门预算") ? DisclosureLevel.DEPARTMENT : DisclosureLevel.UNIT;
    assertEquals(
        level == DisclosureLevel.UNIT ? "shanghai-putuo-unit" : "shanghai-putuo-department",
        r.layout().id());
    assertEquals(Optional.of(level), d.level());
    assertEquals(Integer.parseInt(doc.substring(0, 4)), d.budget().fiscalYear());
    assertTrue(d.budget().profile().name().startsWith("上海市普陀区"), d.budget().profile().name());
    assertEquals(Optional.empty(), d.budget().profile().staffing(), "not printed, not invented");
    assertEquals(Optional.of("上海市普陀区"), d.budget().profile().region());
    PrintedTables tables = d.layoutTables().orElseThrow();
    assertEquals(
        r.layout().tables().stream().map(t -> t.key()).toList(),
        tables.tables().stream().map(PrintedTable::key).toList(),
        r.report());
    for (PrintedTable t : tables.tables()) {
      if (!t.isEmpty()) {
        long cells = t.rows().stream().mapToLong(row -> row.cells().size()).sum();
        assertEquals(cells, t.evidence().size(), t.key());
        assertTrue(t.evidence().values().stream().allMatch(e -> e.box().isPresent()), t.key());
      }
    }
    SourceText text = d.sourceText().orElseThrow();
    assertEquals(r.pages(), text.pageCount());
    assertTrue(text.lines().stream().allMatch(l -> l.box().isPresent()));
    assertFalse(r.report().contains("pdf.figure"), r.report());
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void theImportedDocumentReadsBackFromJsonEqual(String doc) throws IOException {
    BudgetDocument d = imported(doc).document();
    StringWriter out = new StringWriter();
    BudgetJson.write(d, out);
    assertEquals(d, BudgetJson.read(new StringReader(out.toString())));
  }

  @Test
  void twoPartTableWithFiguresGluedToLabelsAndClassesPrintedByName() {
    // 2025 商务委员会 单位预算, page 9: "371,514,655.00一、一般公共服务支出" and
    // "10,823,891.001,467,842.00" are single runs in the PDF.
    String doc = "2025_商务委员会_单位预算";
    assertEquals(
        Optional.of("371,514,655.00"), printed(doc, "t1.income", label("财政拨款收入"), "budget"));
    assertEquals(9, page(doc, "t1.income", label("财政拨款收入"), "budget"));
    assertEquals(Optional.empty(), printed(doc, "t1.income", label("事业收入"), "budget"));
    assertEquals(
        Optional.of("10,823,891.00"), printed(doc, "t1.expenditure", f("201"), "personnel"));
    assertEquals(
        Optional.of("1,467,842.00"), printed(doc, "t1.expenditure", f("201"), "operating"));
    assertEquals(Optional.empty(), printed(doc, "t1.expenditure", f("206"), "personnel"));
    assertEquals(Optional.of("17,200,000.00"), printed(doc, "t1.expenditure", f("206"), "project"));
    assertEquals(
        Optional.of(Amount.ofYuan("351684000")),
        table(doc, "t1.expenditure").cell(new CellRef(label("支出总计"), "project")));
    assertEquals(
        Optional.of("1,710,062.00"), printed(doc, "t1.expenditure", label("支出总计"), "operating"));
  }

  @Test
  void aDepartmentPrintsItsFirstTableWithOneExpenditureColumn() {
    // 2025 财政局 部门预算, 财务收支预算总表: 本年支出 has only 预算数; 一、一般公共服务支出 22,186,440.80.
    String doc = "2025_财政局_部门预算";
    assertEquals(Optional.of("22,186,440.80"), printed(doc, "t1.expenditure", f("201"), "total"));
    assertEquals(
        Optional.of("31,214,205.80"), printed(doc, "t1.expenditure", label("支出总计"), "total"));
  }

  @Test
  void threePublicCostsTableInWanYuanWithBlankCells() {
    // 2025 商务委员会 单位预算, page 21: 合计 1.00, 公务接待费 1.00, 机关运行经费 171.01, others blank.
    String doc = "2025_商务委员会_单位预算";
    PrintedTable t = table(doc, "t9");
    assertEquals(1, t.rows().size());
    RowKey row = label("预算数");
    assertEquals(Optional.of(Amount.ofWanYuan("1.00")), t.cell(new CellRef(row, "total")));
    assertEquals(21, page(doc, "t9", row, "total"));
    assertEquals(Optional.of("1.00"), printed(doc, "t9", row, "reception"));
    assertEquals(
        Optional.of(Amount.ofWanYuan("171.01")), t.cell(new CellRef(row, "operatingCosts")));
    assertEquals(Optional.empty(), printed(doc, "t9", row, "overseas"));
    assertEquals(Optional.empty(), printed(doc, "t9", row, "vehicles"));
  }

  @Test
  void threePublicCostsWithOneDecimalZeroAndBlankKeepTheirPrintedDecimals() {
    // 2024 社会福利院 单位预算, page 15: 6.4 | 0 | 0 | 6.4 | (blank) | 6.4 | 0
    String doc = "2024_社会福利院_单位预算";
    PrintedTable t = table(doc, "t9");
    RowKey row = label("预算数");
    assertEquals(Optional.of("6.4"), printed(doc, "t9", row, "total"));
    assertEquals(Optional.of("0"), printed(doc, "t9", row, "overseas"));
    assertEquals(Optional.of("0"), printed(doc, "t9", row, "reception"));
    assertEquals(Optional.of("6.4"), printed(doc, "t9", row, "vehicles"));
    assertEquals(Optional.empty(), printed(doc, "t9", row, "purchase"));
    assertEquals(Optional.of("6.4"), printed(doc, "t9", row, "operation"));
    assertEquals(Optional.of("0"), printed(doc, "t9", row, "operatingCosts"));
    assertEquals(Optional.of(Amount.ofWanYuan("6.40")), t.cell(new CellRef(row, "total")));
    assertEquals(Optional.of(Amount.zero()), t.cell(new CellRef(row, "overseas")));
    assertEquals(1, t.decimalsOf(new CellRef(row, "total")));
    assertEquals(0, t.decimalsOf(new CellRef(row, "overseas")));
  }

  @Test
  void integerFiguresAMisprintedCodeAndARetiredClassNameAreReportedNotGuessed() {
    // 2024 社会福利院 单位预算, page 9: the 类 of 事业单位医疗 is printed "7" (for 210); pages 7 and
    // 10 name 类 210 by its pre-2019 name 医疗卫生与计划生育支出.
    String doc = "2024_社会福利院_单位预算";
    assertEquals(Optional.of("11,281,624"), printed(doc, "t3", f("208"), "total"));
    assertEquals(0, table(doc, "t3").decimalsOf(new CellRef(f("208"), "total")));
    assertEquals(Optional.of("2,620,000"), printed(doc, "t3", f("208"), "project"));
    assertEquals(Optional.of("335,816"), printed(doc, "t3", f("221 02 01"), "basic"));
    assertEquals(Optional.empty(), printed(doc, "t3", f("221 02 01"), "project"));
    assertEquals(Optional.of("12,121,164"), printed(doc, "t3", label("合计"), "total"));
    assertTrue(table(doc, "t3").row(f("210 11 02")).isEmpty());
    List<Finding> code = findings(doc, "pdf.code-malformed");
    assertEquals(
        List.of(9, 11), code.stream().map(x -> x.evidence().orElseThrow().page()).toList());
    assertTrue(code.get(0).message().contains("'7 11 02'"), code.get(0).message());
    List<Finding> former = findings(doc, "pdf.class-name-former");
    assertEquals(
        List.of(7, 10), former.stream().map(x -> x.evidence().orElseThrow().page()).toList());
    assertEquals(Optional.of("503,724"), printed(doc, "t1.expenditure", f("210"), "total"));
  }

  @Test
  void continuedTableWithZerosPrintedAsZero() {
    // 2025 万里街道 部门预算, pages 12–13 (收入预算总表 continued without a repeated header).
    String doc = "2025_万里街道办事处_部门预算";
    assertEquals(Optional.of("94,995,790"), printed(doc, "t2", f("212 01"), "total"));
    assertEquals(12, page(doc, "t2", f("212 01"), "total"));
    assertEquals(Optional.of("0"), printed(doc, "t2", f("212 01"), "business"));
    assertEquals(Optional.of("200,000"), printed(doc, "t2", f("210 07 17"), "fiscal"));
    assertEquals(Optional.of("53,121,126"), printed(doc, "t2", f("212 01 99"), "total"));
    assertEquals(13, page(doc, "t2", f("212 01 99"), "total"));
    assertEquals(Optional.of("189,767,551"), printed(doc, "t2", label("合计"), "total"));
  }

  @Test
  void economicTableWithZerosAndMisprintedSections() {
    // 2024 万里街道 部门预算, page 29: 301 01 基本工资 5,873,551 | 5,873,551 | 0; 302 人员经费 0;
    // 津贴补贴 and 绩效工资 printed with 款 "2" and "7".
    String doc = "2024_万里街道办事处_部门预算";
    RowKey e30101 = RowKey.economic("301 01");
    assertEquals(Optional.of("5,873,551"), printed(doc, "t8", e30101, "personnel"));
    assertEquals(Optional.of("0"), printed(doc, "t8", e30101, "operating"));
    assertEquals(Optional.of("0"), printed(doc, "t8", RowKey.economic("302"), "personnel"));
    assertEquals(
        Optional.of("11,168,569"), printed(doc, "t8", RowKey.economic("302"), "operating"));
    List<Finding> code = findings(doc, "pdf.code-malformed");
    assertEquals(2, code.size());
    assertTrue(code.get(0).message().contains("'301 2'"), code.get(0).message());
    assertEquals(29, code.get(0).evidence().orElseThrow().page());
  }

  @Test
  void emptyTablesKeepTheirNote() {
    PrintedTable t = table("2025_商务委员会_单位预算", "t6");
    assertTrue(t.isEmpty());
    assertTrue(t.note().orElseThrow().contains("本表为空表"), t.note().toString());
  }

  @Test
  void theCleanDocumentsHaveAnEmptyImportReport() {
    for (String doc :
        List.of(
            "2025_万里街道办事处_部门预算",
            "2025_区人民政府办公室_单位预算",
            "2025_区人民政府办公室_部门预算",
            "2025_商务委员会_单位预算",
            "2025_商务委员会_部门预算",
            "2025_财政局_部门预算")) {
      // the narrative's findings are pinned in NarrativeImportTest, the projects' in
      // ProjectImportTest
      assertEquals(
          List.of(),
          imported(doc).findings().stream()
              .filter(f -> !f.ruleId().startsWith("pdf.narrative"))
              .filter(f -> !f.ruleId().startsWith("pdf.project"))
              .collect(Collectors.toList()),
          doc);
    }
  }

  @Test
  void classRowsAreKeyedByTheirCode() {
    assertTrue(
        table("2025_财政局_部门预算", "t4.expenditure")
            .row(new RowKey.Function(FunctionCode.parse("221")))
            .isPresent());
  }

  static List<Finding> findings(String doc, String rule) {
    return imported(doc).findings().stream()
        .filter(f -> f.ruleId().equals(rule))
        .collect(Collectors.toList());
  }
}
