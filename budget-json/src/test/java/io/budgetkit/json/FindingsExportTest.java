package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.budgetkit.document.Box;
import io.budgetkit.document.Evidence;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Findings as CSV and JSON Lines: every field, quoting, formula neutralisation, many documents. */
class FindingsExportTest {
  private static final Finding PLACEHOLDER =
      Finding.builder()
          .ruleId("text.placeholders")
          .severity(Severity.ERROR)
          .location(Location.at("page 16"))
          .message("template wording left in: （增加内容）")
          .actual("（增加内容）")
          .evidence(
              new Evidence(16, Optional.of(new Box(90.5, 120.25, 300, 12)), "五、国有资产占有使用情况（增加内容）"))
          .build();

  private static final Finding CELL =
      Finding.builder()
          .ruleId("t1.balance")
          .severity(Severity.WARNING)
          .location(
              new Location(
                  Optional.of("表1"), Optional.of("total"), Optional.of("a"), Optional.empty()))
          .message("收入总计, \"as printed\"\nand 支出总计 differ")
          .expected("-12.00")
          .actual("=1+2")
          .evidence(new Evidence(5, Optional.empty(), "@合计"))
          .build();

  private static final Finding BARE =
      Finding.builder()
          .ruleId("staffing.counts")
          .severity(Severity.INFO)
          .location(Location.at("profile"))
          .message("+3 not counted")
          .build();

  private static String export(FindingsExport.Format format, String doc, List<Finding> findings)
      throws IOException {
    StringWriter w = new StringWriter();
    try (FindingsExport e = FindingsExport.of(format, w)) {
      e.write(doc, findings);
    }
    return w.toString();
  }

  private static List<List<String>> csvRows(String csv) throws IOException {
    CsvMapper m = new CsvMapper();
    m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void csvHasTheHeaderAndOneRowPerFindingWithEveryField() throws IOException {
    List<List<String>> rows =
        csvRows(export(FindingsExport.Format.CSV, "a.pdf", List.of(PLACEHOLDER, BARE)));
    assertEquals(3, rows.size());
    assertEquals(
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
            "snippet"),
        rows.get(0));
    assertEquals(
        List.of(
            "a.pdf",
            "text.placeholders",
            "ERROR",
            "",
            "",
            "",
            "page 16",
            "template wording left in: （增加内容）",
            "",
            "（增加内容）",
            "16",
            "90.50",
            "120.25",
            "300.00",
            "12.00",
            "五、国有资产占有使用情况（增加内容）"),
        rows.get(1));
    assertEquals(
        List.of(
            "a.pdf",
            "staffing.counts",
            "INFO",
            "",
            "",
            "",
            "profile",
            "'+3 not counted",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            ""),
        rows.get(2));
  }

  @Test
  void csvNeutralisesFormulasAndQuotesCommasQuotesAndNewlines() throws IOException {
    String csv = export(FindingsExport.Format.CSV, "=cmd.pdf", List.of(CELL));
    assertTrue(csv.contains("\"收入总计, \"\"as printed\"\"\nand 支出总计 differ\""), csv);
    List<String> row = csvRows(csv).get(1);
    assertEquals("'=cmd.pdf", row.get(0));
    assertEquals("表1", row.get(3));
    assertEquals("total", row.get(4));
    assertEquals("a", row.get(5));
    assertEquals("收入总计, \"as printed\"\nand 支出总计 differ", row.get(7));
    assertEquals("'-12.00", row.get(8));
    assertEquals("'=1+2", row.get(9));
    assertEquals("5", row.get(10));
    assertEquals("", row.get(11));
    assertEquals("'@合计", row.get(15));
  }

  @Test
  void neutralisesOnlyALeadingFormulaCharacter() {
    assertEquals("'=SUM(A1)", FindingsExport.neutralised("=SUM(A1)"));
    assertEquals("'\tx", FindingsExport.neutralised("\tx"));
    assertEquals("12.00", FindingsExport.neutralised("12.00"));
    assertEquals("a=b", FindingsExport.neutralised("a=b"));
    assertEquals("", FindingsExport.neutralised(""));
  }

  @Test
  void anExportWithoutFindingsIsItsHeader() throws IOException {
    assertEquals(
        "document,rule,severity,table,row,column,place,message,expected,actual,page,"
            + "box_x,box_y,box_width,box_height,snippet\n",
        export(FindingsExport.Format.CSV, "a.pdf", List.of()));
    assertEquals("", export(FindingsExport.Format.JSON_LINES, "a.pdf", List.of()));
  }

  @Test
  void jsonLinesHaveOneObjectALineWithoutAbsentFields() throws IOException {
    StringWriter w = new StringWriter();
    try (FindingsExport e = FindingsExport.jsonLines(w)) {
      e.write("a.pdf", List.of(PLACEHOLDER));
      e.write("b.pdf", List.of(CELL, BARE));
    }
    String text = w.toString();
    assertTrue(text.endsWith("}\n"), text);
    String[] lines = text.split("\n");
    assertEquals(3, lines.length);
    ObjectMapper m = new ObjectMapper();
    JsonNode first = m.readTree(lines[0]);
    assertEquals("a.pdf", first.get("document").asText());
    assertEquals("text.placeholders", first.get("rule").asText());
    assertEquals("ERROR", first.get("severity").asText());
    assertEquals("page 16", first.get("place").asText());
    assertEquals(16, first.get("page").asInt());
    assertTrue(lines[0].contains("\"box\":[90.50,120.25,300.00,12.00]"), lines[0]);
    assertEquals("五、国有资产占有使用情况（增加内容）", first.get("snippet").asText());
    assertFalse(first.has("table"));
    assertFalse(first.has("expected"));
    JsonNode second = m.readTree(lines[1]);
    assertEquals("b.pdf", second.get("document").asText());
    assertEquals("=1+2", second.get("actual").asText(), "JSON needs no neutralising");
    assertEquals("收入总计, \"as printed\"\nand 支出总计 differ", second.get("message").asText());
    assertFalse(second.has("box"));
    JsonNode third = m.readTree(lines[2]);
    assertFalse(third.has("page"));
    assertFalse(third.has("snippet"));
  }

  @Test
  void closingLeavesTheWriterOpen() throws IOException {
    StringWriter w = new StringWriter();
    FindingsExport.csv(w).close();
    w.write("more");
    assertTrue(w.toString().endsWith("snippet\nmore"));
  }

  @Test
  void formatsByName() {
    assertEquals(FindingsExport.Format.CSV, FindingsExport.Format.parse("CSV"));
    assertEquals(FindingsExport.Format.JSON_LINES, FindingsExport.Format.parse("json"));
    assertEquals(FindingsExport.Format.JSON_LINES, FindingsExport.Format.parse("jsonl"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FindingsExport.Format.parse("xml"));
    assertEquals("Unknown findings format 'xml': expected csv or json", e.getMessage());
  }
}
