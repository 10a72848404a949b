package io.budgetkit.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRendererTest {
  private static final DisclosureTable T6 =
      DisclosureTable.builder(TableId.T6)
          .row(RowKey.economic("301"), "工资福利支出", "417.40", "417.40")
          .row(RowKey.economic("302 31"), "公务用车运行维护费", "2.40", "", "2.40")
          .row(Rows.TOTAL, "合计", "445.17", "434.33", "10.84")
          .build();

  @Test
  void displayWidthCountsCjkAsTwo() {
    assertEquals(4, DisplayWidth.of("合计"));
    assertEquals(8, DisplayWidth.of("14,941.05".substring(1)));
    assertEquals(11, DisplayWidth.of("（小计）2.4"));
    assertEquals(1, DisplayWidth.of("“"));
    assertEquals(2, DisplayWidth.of("："));
    assertEquals(0, DisplayWidth.of(""));
  }

  @Test
  void textHasTitleHeaderAndAlignedColumns() {
    String text = TableRenderer.text().withUnit("阿图什市人力资源和社会保障局").render(T6);
    List<String> lines = Arrays.asList(text.split("\n"));
    assertEquals("表6 一般公共预算基本支出情况表  编制单位：阿图什市人力资源和社会保障局  单位：万元", lines.get(0));
    assertEquals(
        List.of(
            "编码    名称                合计    人员经费  公用经费",
            "------  ------------------  ------  --------  --------",
            "301     工资福利支出        417.40    417.40",
            "302 31  公务用车运行维护费    2.40                2.40",
            "        合计                445.17    434.33     10.84"),
        lines.subList(1, lines.size()));
  }

  @Test
  void textColumnsLineUpByDisplayWidth() {
    String text = TableRenderer.text().render(twoTables());
    // in every table the figures of a column end at the same display column
    for (String table : text.split("\n\n")) {
      String[] lines = table.split("\n");
      int ruleWidth = DisplayWidth.of(lines[2]);
      assertTrue(lines[2].startsWith("---"), lines[2]);
      for (int i = 3; i < lines.length; i++) {
        if (!lines[i].startsWith("备注")) {
          assertTrue(DisplayWidth.of(lines[i]) <= ruleWidth, lines[i]);
        }
      }
    }
    assertTrue(text.contains("备注：阿图什市人力资源和社会保障局 2023 年没有使用国有资本经营预算拨款安排的支出"));
  }

  @Test
  void figuresUseTheDocumentFormat() {
    DisclosureTable t1 =
        DisclosureTable.builder(TableId.T1)
            .row(Rows.INCOME_TOTAL, "收入总计", "14,941.05")
            .row(RowKey.function("202"), "外交支出")
            .build();
    String text = TableRenderer.text().render(t1);
    assertTrue(text.contains("收入总计  14,941.05"), text);
    assertTrue(text.contains("202   外交支出\n"), text);
  }

  @Test
  void markdownEscapesPipesAndRightAlignsFigures() {
    DisclosureTable t = DisclosureTable.builder(TableId.T3).row(Rows.TOTAL, "A|B", "1.00").build();
    String md = TableRenderer.markdown().render(t);
    assertEquals(
        "**表3 单位支出总体情况表**  单位：万元\n\n"
            + "| 编码 | 名称 | 合计 | 基本支出 | 项目支出 |\n"
            + "| :--- | :--- | ---: | ---: | ---: |\n"
            + "|  | A\\|B | 1.00 |  |  |\n",
        md);
  }

  @Test
  void csvQuotesAsRfc4180() {
    DisclosureTable t =
        DisclosureTable.builder(TableId.T3)
            .row(RowKey.function("208"), "社会保障\"和\"就业支出", "14,565.15", "386.50")
            .build();
    String csv = TableRenderer.csv().render(t);
    assertEquals(
        "表3 单位支出总体情况表,单位：万元\r\n"
            + "编码,名称,合计,基本支出,项目支出\r\n"
            + "208,\"社会保障\"\"和\"\"就业支出\",\"14,565.15\",386.50,\r\n",
        csv);
    assertEquals("\"a\nb\"", TableRenderer.csvField("a\nb"));
    assertEquals("plain", TableRenderer.csvField("plain"));
  }

  @Test
  void csvPrintsTheNoteAsARecord() {
    String csv = TableRenderer.csv().render(twoTables());
    assertTrue(
        csv.contains("合计,,,\r\n备注：阿图什市人力资源和社会保障局 2023 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。\r\n"),
        csv);
  }

  /** A 表3 with figures of several widths and the seed's empty 表9 with its note. */
  private static Disclosure twoTables() {
    return Disclosure.builder()
        .addTables(
            DisclosureTable.builder(TableId.T3)
                .row(RowKey.function("208"), "社会保障和就业支出", "14,565.15", "379.02", "14,186.13")
                .row(RowKey.function("208 01 01"), "行政运行", "195.75", "195.75")
                .row(RowKey.total(), "合计", "14,941.05", "445.17", "14,495.88")
                .build(),
            DisclosureTable.builder(TableId.T9)
                .row(RowKey.total(), "合计")
                .note("备注：阿图什市人力资源和社会保障局 2023 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。")
                .build())
        .build();
  }

  private static DisclosureTable t6Named(String name) {
    return DisclosureTable.builder(TableId.T6)
        .row(RowKey.economic("301"), name, "417.40", "417.40")
        .build();
  }

  @Test
  void textCutsA999000CharacterNameTo60ColumnsInsteadOfPaddingEveryRow() {
    String text = TableRenderer.text().render(t6Named("名".repeat(999_000)));
    assertTrue(text.length() < 1_000, text.length() + " characters");
    assertTrue(text.contains("名".repeat(29) + "…"), text);
    for (String line : text.split("\n")) {
      assertTrue(DisplayWidth.of(line) <= 120, line);
    }
  }

  @Test
  void textShowsEscapeSequencesAndLineBreaksFromADocumentAsEscapes() {
    String text = TableRenderer.text().render(t6Named("工资\u001b[2J\n301 伪造的行\u202e"));
    assertTrue(text.contains("工资\\u001B[2J\\u000A301 伪造的行\\u202E"), text);
    assertEquals(4, text.split("\n").length, text);
    assertTrue(text.chars().noneMatch(c -> c == 0x1b || c == 0x202e), text);
  }

  @Test
  void csvPutsAQuoteBeforeAFormulaInANameButNotBeforeAFigure() {
    String csv =
        TableRenderer.csv()
            .render(
                DisclosureTable.builder(TableId.T6)
                    .row(RowKey.economic("301"), "=HYPERLINK(\"http://x\",\"y\")", "417.40")
                    .row(RowKey.economic("302"), "@SUM(A1)", "-4.25")
                    .build());
    assertTrue(csv.contains("301,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",417.40"), csv);
    assertTrue(csv.contains("302,'@SUM(A1),-4.25"), csv);
  }

  @Test
  void markdownWritesHtmlAsEntitiesAndEscapesItsPunctuation() {
    String md =
        TableRenderer.markdown()
            .withUnit("<b>单位</b>")
            .render(t6Named("<script>alert(1)</script> & [链接](http://x) *粗*"));
    assertTrue(
        md.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\[链接\\](http://x) \\*粗\\*"), md);
    assertTrue(md.contains("&lt;b&gt;单位&lt;/b&gt;"), md);
    assertTrue(!md.contains("<"), md);
  }
}
