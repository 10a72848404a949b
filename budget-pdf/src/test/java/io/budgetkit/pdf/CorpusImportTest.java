package io.budgetkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.SourceText;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.pdf.table.ExtractedTable;
import io.budgetkit.pdf.table.PrintedAmount;
import io.budgetkit.pdf.table.TableRow;
import io.budgetkit.validation.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The eight 上海普陀 PDFs: every table is found, and cells checked by eye on the rendered pages ({@code
 * pdftoppm -r 80}) are read as printed, including blank vs {@code 0} vs {@code 0.00}.
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

  private static ExtractedTable table(String doc, String id) {
    return imported(doc).table(id).orElseThrow(() -> new AssertionError(id + " missing in " + doc));
  }

  private static Optional<String> cell(String doc, String table, String row, String column) {
    TableRow r =
        table(doc, table)
            .row(row)
            .orElseThrow(() -> new AssertionError(row + " missing in " + table));
    return r.cell(column).map(PrintedAmount::text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024_万里街道办事处_部门预算",
        "2024_社会福利院_单位预算",
        "2025_万里街道办事处_部门预算",
        "2025_区人民政府办公室_单位预算",
        "2025_区人民政府办公室_部门预算",
        "2025_商务委员会_单位预算",
        "2025_商务委员会_部门预算",
        "2025_财政局_部门预算"
      })
  void everyTableOfTheLayoutIsReadWithATotalAndTheSourceTextHasBoxes(String doc) {
    ImportResult r = imported(doc);
    assertEquals("shanghai-putuo", r.layout().id());
    assertEquals(9, r.tables().size(), r.report());
    for (ExtractedTable t : r.tables()) {
      if (t.spec().number() != 9) {
        for (var part : t.spec().parts()) {
          assertTrue(t.total(part.name()).isPresent(), doc + " " + t.title() + " " + part.name());
        }
      } else {
        assertEquals(1, t.rows().size(), doc + " 三公 has one row");
        assertEquals(MoneyUnit.WAN_YUAN, t.unit());
      }
    }
    SourceText text = r.document().sourceText().orElseThrow();
    assertEquals(r.pages(), text.pageCount());
    assertTrue(text.lines().stream().allMatch(l -> l.box().isPresent()));
    assertFalse(r.report().contains("pdf.figure"), r.report());
  }

  @Test
  void twoPartTableWithFiguresGluedToLabels() {
    // 2025 商务委员会 单位预算, page 9: "371,514,655.00一、一般公共服务支出" and
    // "10,823,891.001,467,842.00" are single runs in the PDF.
    String doc = "2025_商务委员会_单位预算";
    ExtractedTable t = table(doc, "financial-summary");
    assertEquals(9, t.firstPage());
    assertEquals(Optional.of("371,514,655.00"), cell(doc, "financial-summary", "一、财政拨款收入", "预算数"));
    assertEquals(
        Optional.of("10,823,891.00"), cell(doc, "financial-summary", "一、一般公共服务支出", "人员经费"));
    assertEquals(Optional.of("1,467,842.00"), cell(doc, "financial-summary", "一、一般公共服务支出", "公用经费"));
    assertEquals(Optional.empty(), cell(doc, "financial-summary", "二、科学技术支出", "人员经费"));
    assertEquals(Optional.of("17,200,000.00"), cell(doc, "financial-summary", "二、科学技术支出", "项目支出"));
    assertEquals(Optional.empty(), cell(doc, "financial-summary", "二、事业收入", "预算数"));
    TableRow total = t.total("支出").orElseThrow();
    assertEquals(Amount.ofYuan("351684000"), total.cell("项目支出").orElseThrow().amount());
    assertEquals(Optional.of("1,710,062.00"), total.cell("公用经费").map(PrintedAmount::text));
  }

  @Test
  void threePublicCostsTableInWanYuanWithBlankCells() {
    // 2025 商务委员会 单位预算, page 21: 合计 1.00, 公务接待费 1.00, 机关运行经费 171.01, others blank.
    ExtractedTable t = table("2025_商务委员会_单位预算", "three-public-costs");
    assertEquals(21, t.firstPage());
    TableRow row = t.rows().get(0);
    assertEquals(Amount.ofWanYuan("1.00"), row.cell("合计").orElseThrow().amount());
    assertEquals(Optional.of("1.00"), row.cell("公务接待费").map(PrintedAmount::text));
    assertEquals(Amount.ofWanYuan("171.01"), row.cell("机关运行经费预算数").orElseThrow().amount());
    assertEquals(Optional.empty(), row.cell("因公出国(境)费"));
    assertEquals(Optional.empty(), row.cell("小计"));
  }

  @Test
  void threePublicCostsWithOneDecimalZeroAndBlank() {
    // 2024 社会福利院 单位预算, page 15: 6.4 | 0 | 0 | 6.4 | (blank) | 6.4 | 0
    TableRow row = table("2024_社会福利院_单位预算", "three-public-costs").rows().get(0);
    assertEquals(Optional.of("6.4"), row.cell("合计").map(PrintedAmount::text));
    assertEquals(Optional.of("0"), row.cell("因公出国(境)费").map(PrintedAmount::text));
    assertEquals(Optional.of("0"), row.cell("公务接待费").map(PrintedAmount::text));
    assertEquals(Optional.of("6.4"), row.cell("小计").map(PrintedAmount::text));
    assertEquals(Optional.empty(), row.cell("购置费"));
    assertEquals(Optional.of("6.4"), row.cell("运行费").map(PrintedAmount::text));
    assertEquals(Optional.of("0"), row.cell("机关运行经费预算数").map(PrintedAmount::text));
    assertEquals(Amount.ofWanYuan("6.40"), row.cell("合计").orElseThrow().amount());
  }

  @Test
  void integerFiguresAndAMisprintedCodeAreReportedNotGuessed() {
    // 2024 社会福利院 单位预算, page 9: the 类 of 事业单位医疗 is printed "7" (for 210).
    String doc = "2024_社会福利院_单位预算";
    assertEquals(Optional.of("11,281,624"), cell(doc, "expenditure-summary", "208", "合计"));
    assertEquals(Optional.of("2,620,000"), cell(doc, "expenditure-summary", "208", "项目支出"));
    assertEquals(Optional.of("335,816"), cell(doc, "expenditure-summary", "221 02 01", "基本支出"));
    assertEquals(Optional.empty(), cell(doc, "expenditure-summary", "221 02 01", "项目支出"));
    TableRow misprinted = table(doc, "expenditure-summary").row("事业单位医疗").orElseThrow();
    assertEquals(Optional.empty(), misprinted.function());
    assertEquals(9, misprinted.page());
    assertEquals(
        Optional.of("12,121,164"),
        table(doc, "expenditure-summary")
            .total("支出")
            .orElseThrow()
            .cell("合计")
            .map(PrintedAmount::text));
    List<Finding> code = findings(doc, "pdf.code-malformed");
    assertEquals(2, code.size());
    assertEquals(9, code.get(0).evidence().orElseThrow().page());
    assertTrue(code.get(0).message().contains("'7 11 02'"));
  }

  @Test
  void continuedTableZerosPrintedAsZeroAndARealRollUpMistake() {
    // 2025 万里街道 部门预算, pages 12–13 (收入预算总表 continued without a repeated header):
    // 212 01 is printed 94,995,790 but its 项 sum to 94,995,789.
    String doc = "2025_万里街道办事处_部门预算";
    assertEquals(Optional.of("94,995,790"), cell(doc, "income-summary", "212 01", "合计"));
    assertEquals(Optional.of("0"), cell(doc, "income-summary", "212 01", "事业收入"));
    assertEquals(Optional.of("200,000"), cell(doc, "income-summary", "210 07 17", "财政拨款收入"));
    TableRow item = table(doc, "income-summary").row("212 01 99").orElseThrow();
    assertEquals(13, item.page());
    assertEquals("53,121,126", item.cell("合计").orElseThrow().text());
    assertEquals(
        Optional.of("189,767,551"),
        table(doc, "income-summary").total("收入").orElseThrow().cell("合计").map(PrintedAmount::text));
    List<Finding> identity = findings(doc, "table.identity");
    assertTrue(
        identity.stream()
            .anyMatch(
                f ->
                    f.location().row().equals(Optional.of("212 01"))
                        && f.expected().equals(Optional.of("94,995,789.00"))
                        && f.actual().equals(Optional.of("94,995,790"))
                        && f.evidence().orElseThrow().page() == 12),
        identity.toString());
  }

  @Test
  void economicTableWithZerosAndMisprintedSections() {
    // 2024 万里街道 部门预算, page 29: 301 01 基本工资 5,873,551 | 5,873,551 | 0; 302 人员经费 0.
    String doc = "2024_万里街道办事处_部门预算";
    assertEquals(Optional.of("5,873,551"), cell(doc, "basic-by-economic", "301 01", "人员经费"));
    assertEquals(Optional.of("0"), cell(doc, "basic-by-economic", "301 01", "公用经费"));
    assertEquals(Optional.of("0"), cell(doc, "basic-by-economic", "302", "人员经费"));
    assertEquals(Optional.of("11,168,569"), cell(doc, "basic-by-economic", "302", "公用经费"));
    assertTrue(table(doc, "basic-by-economic").row("津贴补贴").orElseThrow().economic().isEmpty());
  }

  @Test
  void emptyTablesKeepTheirNote() {
    ExtractedTable t = table("2025_商务委员会_单位预算", "government-fund-by-function");
    assertTrue(t.isEmpty());
    assertEquals(1, t.notes().size());
    assertTrue(t.notes().get(0).contains("本表为空表"), t.notes().toString());
  }

  @Test
  void theCleanDocumentsHaveNoFindings() {
    for (String doc :
        List.of(
            "2025_区人民政府办公室_单位预算",
            "2025_区人民政府办公室_部门预算",
            "2025_商务委员会_单位预算",
            "2025_商务委员会_部门预算",
            "2025_财政局_部门预算")) {
      assertEquals(List.of(), imported(doc).findings(), doc);
    }
  }

  private static List<Finding> findings(String doc, String rule) {
    return imported(doc).findings().stream()
        .filter(f -> f.ruleId().equals(rule))
        .collect(Collectors.toList());
  }
}
