package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.Exports.Format;
import io.budgetkit.json.Exports.What;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.YearComparison;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.testkit.BudgetGenerators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportsTest {
  static String export(What what, Format format, MoneyUnit unit, BudgetDocument... documents) {
    StringWriter out = new StringWriter();
    try (Exports e = Exports.open(what, format, unit, out)) {
      for (int i = 0; i < documents.length; i++) {
        e.add("doc" + (i + 1), documents[i]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static List<Map<String, String>> readCsv(String csv) {
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void seedLinesAsCsvInYuanAreExactWithAHeaderAndOneRecordALine() {
    String csv = export(What.LINES, Format.CSV, MoneyUnit.YUAN, SeedSample.document());
    List<String> lines = csv.lines().toList();
    assertEquals(
        "document,unit,unit_code,year,line,function,economic,fund,kind,project,owner,amount_yuan",
        lines.get(0));
    assertEquals(
        "doc1,阿图什市人力资源和社会保障局,,2023,1,2080101,30101,GENERAL_PUBLIC_LOCAL,BASIC_PERSONNEL,,,1109400.00",
        lines.get(1));
    // 202.56 元 stays 202.56 元
    assertEquals(
        "doc1,阿图什市人力资源和社会保障局,,2023,4,2080299,,GENERAL_PUBLIC_TRANSFER,PROJECT,“三支一扶”人员社保和生活补贴,,202.56",
        lines.get(4));
    assertEquals(1 + SeedSample.budget().lines().size(), lines.size());
  }

  @Test
  void inWanYuanAnAmountKeepsEveryDecimalItNeeds() {
    String csv = export(What.LINES, Format.CSV, MoneyUnit.WAN_YUAN, SeedSample.document());
    List<Map<String, String>> records = readCsv(csv);
    assertEquals("110.94", records.get(0).get("amount_wan_yuan"));
    assertEquals("0.020256", records.get(3).get("amount_wan_yuan")); // 202.56 元
  }

  @Test
  void jsonLinesHoldOneObjectALineWithAmountsAsNumbers() throws IOException {
    String jsonl = export(What.LINES, Format.JSONL, MoneyUnit.WAN_YUAN, SeedSample.document());
    List<String> lines = jsonl.lines().toList();
    assertEquals(SeedSample.budget().lines().size(), lines.size());
    JsonNode fourth = new ObjectMapper().readTree(lines.get(3));
    assertEquals(new BigDecimal("0.020256"), fourth.get("amount_wan_yuan").decimalValue());
    assertEquals("0.020256", fourth.get("amount_wan_yuan").toString());
    assertEquals("2080299", fourth.get("function").asText());
  }

  @Test
  void anExportOfNoDocumentIsItsHeader() {
    assertEquals(
        "document,unit,year,table,row,name,column,amount_yuan\n",
        export(What.TABLES, Format.CSV, MoneyUnit.YUAN));
  }

  @Test
  void textWithCommasAndQuotesIsQuotedNotBroken() {
    BudgetDocument d =
        BudgetDocument.of(
            io.budgetkit.model.UnitBudget.builder()
                .from(SeedSample.budget())
                .profile(
                    io.budgetkit.model.UnitProfile.builder()
                        .from(SeedSample.profile())
                        .name("甲,\"乙\"\n丙")
                        .build())
                .build());
    List<Map<String, String>> records = readCsv(export(What.LINES, Format.CSV, MoneyUnit.YUAN, d));
    assertEquals("甲,\"乙\"\n丙", records.get(0).get("unit"));
    assertEquals(SeedSample.budget().lines().size(), records.size());
  }

  @Test
  void aCellASpreadsheetWouldReadAsAFormulaIsNeutralisedButNegativeAmountsAreNot() {
    YearComparison c =
        YearComparison.between(
            "2024",
            LayoutDerivation.derive(
                ConsolidationTest.UNIT, ConsolidationTest.unit("=HYPERLINK(1)", "100.00", "30.00")),
            "2025",
            LayoutDerivation.derive(
                ConsolidationTest.UNIT, ConsolidationTest.unit("=HYPERLINK(1)", "90.00", "30.00")));
    StringWriter out = new StringWriter();
    try (Exports e = Exports.open(What.COMPARISON, Format.CSV, MoneyUnit.WAN_YUAN, out)) {
      e.add(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> item =
        readCsv(out.toString()).stream()
            .filter(r -> r.get("row").equals("f:2080101") && r.get("column").equals("basic"))
            .findFirst()
            .orElseThrow();
    assertEquals("-10.00", item.get("change_wan_yuan"));
    assertEquals("-10.00", item.get("growth_percent"));
    List<Map<String, String>> lines =
        readCsv(
            export(
                What.LINES,
                Format.CSV,
                MoneyUnit.YUAN,
                BudgetDocument.of(ConsolidationTest.unit("=HYPERLINK(1)", "1.00", "1.00"))));
    assertEquals("'=HYPERLINK(1)", lines.get(0).get("unit"));
  }

  @Test
  void tablesExportTheSeedsPublishedCells() {
    List<Map<String, String>> records =
        readCsv(export(What.TABLES, Format.CSV, MoneyUnit.WAN_YUAN, SeedSample.document()));
    Map<String, String> first = records.get(0);
    assertEquals("t1", first.get("table"));
    long cells =
        SeedSample.published().tables().stream()
            .flatMap(t -> t.rows().stream())
            .mapToLong(r -> r.cells().size())
            .sum();
    assertEquals(cells, records.size());
  }

  @Test
  void aComparisonExportTakesNoDocument() {
    StringWriter out = new StringWriter();
    assertEquals(
        "A COMPARISON export takes a year comparison",
        assertThrows(
                IllegalStateException.class,
                () ->
                    Exports.open(What.COMPARISON, Format.CSV, MoneyUnit.YUAN, out)
                        .add("x", SeedSample.document()))
            .getMessage());
  }

  @Test
  void linesReadBackAddUpToTheBudgetTotalExactly() {
    qt().withExamples(100)
        .forAll(BudgetGenerators.budgets())
        .checkAssert(
            budget -> {
              for (MoneyUnit unit : List.of(MoneyUnit.YUAN, MoneyUnit.WAN_YUAN)) {
                List<Map<String, String>> records =
                    readCsv(export(What.LINES, Format.CSV, unit, BudgetDocument.of(budget)));
                assertEquals(budget.lines().size(), records.size());
                String column = Exports.columns(What.LINES, unit).get(11);
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < records.size(); i++) {
                  BigDecimal a = new BigDecimal(records.get(i).get(column));
                  BudgetLine l = budget.lines().get(i);
                  assertEquals(l.amount(), Amount.of(a, unit));
                  sum = sum.add(a);
                }
                assertEquals(budget.total(), Amount.of(sum, unit));
              }
            });
  }

  @Test
  void aComparisonExportsEveryChangeWithItsGrowth() {
    YearComparison c =
        YearComparison.between(
            "2024",
            LayoutDerivation.derive(
                ConsolidationTest.UNIT, ConsolidationTest.unit("单位A", "100.00", "30.00")),
            "2025",
            LayoutDerivation.derive(
                ConsolidationTest.UNIT, ConsolidationTest.unit("单位A", "110.00", "30.00")));
    StringWriter out = new StringWriter();
    try (Exports e = Exports.open(What.COMPARISON, Format.CSV, MoneyUnit.WAN_YUAN, out)) {
      e.add(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Map<String, String>> records = readCsv(out.toString());
    assertEquals(c.changes().size(), records.size());
    Map<String, String> item =
        records.stream()
            .filter(r -> r.get("table").equals("t3") && r.get("row").equals("f:2080101"))
            .filter(r -> r.get("column").equals("total"))
            .findFirst()
            .orElseThrow();
    // 130.00 → 140.00: +10.00, 10 / 130 = 7.69%
    assertEquals("130.00", item.get("prior_wan_yuan"));
    assertEquals("140.00", item.get("current_wan_yuan"));
    assertEquals("10.00", item.get("change_wan_yuan"));
    assertEquals("7.69", item.get("growth_percent"));
    assertEquals("CHANGED", item.get("status"));
  }
}
