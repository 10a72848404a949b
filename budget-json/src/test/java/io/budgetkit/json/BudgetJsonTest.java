package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.StateAssets;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.Project;
import io.budgetkit.table.Column;
import io.budgetkit.table.Columns;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import io.budgetkit.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetJsonTest {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();
  private static final BudgetDocument SEED = SeedSample.document();

  // ---- the document format

  @Test
  void aPrintedTableWithoutRowsReadsAsATableWithNoRows() throws BudgetJsonException {
    // the writer always writes "rows"; a hand-written table may leave an empty list out
    String json = BudgetJson.toJson(SEED);
    java.util.regex.Matcher empty =
        java.util.regex.Pattern.compile("\"rows\"\\s*:\\s*\\[\\s*\\],\\s*").matcher(json);
    assertTrue(empty.find(), "the seed prints an empty table");
    String withoutRows = json.substring(0, empty.start()) + json.substring(empty.end());
    assertEquals(SEED, BudgetJson.fromJson(withoutRows));
  }

  @Test
  void theSeedSampleSurvivesARoundTripThroughTextAndBytes() throws IOException {
    assertEquals(SEED, BudgetJson.fromJson(BudgetJson.toJson(SEED)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BudgetJson.write(SEED, out);
    assertEquals(SEED, BudgetJson.read(new ByteArrayInputStream(out.toByteArray())));
    assertEquals(BudgetJson.toJson(SEED), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void amountsAreStringsInWanYuanWithTheDecimalsTheyNeed() {
    assertEquals("14941.05", JsonOut.amount(Amount.ofWanYuan("14,941.05")));
    assertEquals("0.020256", JsonOut.amount(Amount.ofYuan("202.56")));
    assertEquals("0.205027", JsonOut.amount(Amount.ofYuan("2050.27")));
    assertEquals("0.00", JsonOut.amount(Amount.zero()));
    assertEquals("0.000001", JsonOut.amount(Amount.ofFen(1)));
    assertEquals("-4.25", JsonOut.amount(Amount.ofWanYuan("-4.25")));
    assertEquals("-0.01", JsonOut.amount(Amount.ofYuan("-100")));
    assertEquals("9223372036854.775807", JsonOut.amount(Amount.ofFen(Long.MAX_VALUE)));
    assertEquals("-9223372036854.775808", JsonOut.amount(Amount.ofFen(Long.MIN_VALUE)));
    String json = BudgetJson.toJson(SEED);
    assertTrue(json.contains("{ \"item\": \"社保补贴\", \"amount\": \"0.020256\" }"), json);
    assertTrue(json.contains("\"fiscalAmount\": \"13801.65\""), json);
  }

  @Test
  void theExtremeAmountsReadBack() throws IOException {
    for (long fen : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 1, -1, 0, 20256}) {
      Amount a = Amount.ofFen(fen);
      assertEquals(a, MAPPER.readValue(MAPPER.writeValueAsString(a), Amount.class));
    }
  }

  @Test
  void theDocumentOpensWithItsVersionAndUnitAndHasNoFloatsOrNulls() {
    String json = BudgetJson.toJson(SEED);
    assertTrue(json.startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"unit\": \"万元\",\n"), json);
    assertTrue(json.endsWith("}\n"));
    assertFalse(json.contains("null"));
    assertFalse(json.matches("(?s).*:\\s*-?[0-9]+\\.[0-9].*"), "an unquoted decimal");
  }

  @Test
  void eachBudgetLineIsWrittenOnOneLine() {
    String json = BudgetJson.toJson(SEED);
    assertTrue(
        json.contains(
            "\n      { \"function\": \"208 01 01\", \"economic\": \"301 01\", \"fund\":"
                + " \"GENERAL_PUBLIC_LOCAL\", \"kind\": \"BASIC_PERSONNEL\", \"amount\":"
                + " \"110.94\" },\n"),
        json);
    assertTrue(json.contains("{ \"function\": \"213 01 99\", \"fund\": \"OTHER_INCOME\""), json);
  }

  @Test
  void codesAreWrittenSpacedAndReadInEitherForm() throws IOException {
    String json = BudgetJson.toJson(SEED);
    assertTrue(json.contains("\"function\": \"208 01 01\""));
    BudgetDocument bare =
        BudgetJson.fromJson(
            json.replace("\"208 01 01\"", "\"2080101\"").replace("\"301 01\"", "\"30101\""));
    assertEquals(SEED, bare);
    assertEquals(
        FunctionCode.parse("208 01 01"), MAPPER.readValue("\"2080101\"", FunctionCode.class));
    assertEquals("\"301 01\"", MAPPER.writeValueAsString(EconomicCode.parse("30101")));
  }

  @Test
  void keysMayComeInAnyOrderAndAmountsWithFewerDecimals() throws IOException {
    String line =
        "{ \"function\": \"208 01 01\", \"economic\": \"301 01\", \"fund\":"
            + " \"GENERAL_PUBLIC_LOCAL\", \"kind\": \"BASIC_PERSONNEL\", \"amount\": \"110.94\" }";
    String shuffled =
        "{ \"amount\": \"110.940\", \"kind\": \"BASIC_PERSONNEL\", \"fund\":"
            + " \"GENERAL_PUBLIC_LOCAL\", \"economic\": \"301 01\", \"function\": \"208 01 01\" }";
    String json = BudgetJson.toJson(SEED);
    assertTrue(json.contains(line));
    assertEquals(SEED, BudgetJson.fromJson(json.replace(line, shuffled)));
    assertEquals(Amount.ofWanYuan("20"), MAPPER.readValue("\"20\"", Amount.class));
  }

  @Test
  void aTableNameIsWrittenOnlyWhereItDiffersFromTheName() {
    String json = BudgetJson.toJson(SEED);
    assertTrue(json.contains("\"tableName\": \"光纤费项目\""));
    assertEquals(1, json.split("\"tableName\"", -1).length - 1);
  }

  @Test
  void aDocumentWithoutTablesLeavesThemOut() throws IOException {
    BudgetDocument alone = BudgetDocument.of(SEED.budget());
    String json = BudgetJson.toJson(alone);
    assertFalse(json.contains("\"layoutTables\""));
    assertFalse(json.contains("\"published\""));
    assertEquals(alone, BudgetJson.fromJson(json));
  }

  @Test
  void publishedTablesOfFormat10AreReadAsTablesOfTheSeedsLayout() throws IOException {
    String layoutTables = BudgetJson.toJson(SEED);
    assertTrue(layoutTables.contains("\"layoutTables\""));
    assertFalse(layoutTables.contains("\"published\""));
    // the same document as format 1.0 wrote it: its ten tables as "published"
    String published =
        BudgetJson.toJson(BudgetDocument.of(SEED.budget()))
            .replaceAll(
                "\\s*}\\s*$",
                ",\n  \"published\": "
                    + MAPPER.writeValueAsString(SeedSample.published())
                    + "\n}\n");
    BudgetDocument read = BudgetJson.fromJson(published);
    assertEquals(SEED, read);
    assertEquals(Layouts.SEED, read.layoutTables().orElseThrow().layout().id());
    assertEquals(
        SeedSample.published().table(TableId.T7).orElseThrow().rows(),
        read.layoutTables().orElseThrow().table("t7").orElseThrow().rows());
  }

  @Test
  void aDocumentWithBothPublishedAndLayoutTablesIsRefused() throws IOException {
    String both =
        BudgetJson.toJson(SEED)
            .replaceAll(
                "\\s*}\\s*$",
                ",\n  \"published\": "
                    + MAPPER.writeValueAsString(SeedSample.published())
                    + "\n}\n");
    BudgetJsonException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            BudgetJsonException.class, () -> BudgetJson.fromJson(both));
    assertTrue(e.getMessage().contains("not both"), e.getMessage());
  }

  @Test
  void theStreamsGivenAreNeitherClosedNorLeftUnflushed() throws IOException {
    boolean[] closed = new boolean[2];
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out =
        new FilterOutputStream(bytes) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    BudgetJson.write(SEED, out);
    assertTrue(bytes.size() > 0);
    InputStream in =
        new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
          @Override
          public void close() {
            closed[1] = true;
          }
        };
    assertEquals(SEED, BudgetJson.read(in));
    assertFalse(closed[0] || closed[1]);
  }

  // ---- the module, type by type

  @Test
  void theModuleIsFoundByFindAndRegisterModules() throws IOException {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertEquals("\"14941.05\"", found.writeValueAsString(Amount.ofWanYuan("14,941.05")));
    assertEquals(
        SEED.budget(),
        found.readValue(
            BudgetJson.toJson(SEED)
                .replaceAll("(?s)^.*?\"budget\": ", "")
                .replaceAll("(?s),\\s*\"layoutTables\".*$", ""),
            UnitBudget.class));
  }

  private static <T> void assertRoundTrip(Class<T> type, T value) throws IOException {
    String json = MAPPER.writeValueAsString(value);
    assertEquals(value, MAPPER.readValue(json, type), json);
    assertEquals(json, MAPPER.writeValueAsString(MAPPER.readValue(json, type)));
  }

  @Test
  void everyValueTypeRoundTripsOnItsOwn() throws IOException {
    UnitBudget budget = SEED.budget();
    Project fibre = budget.projects().get(0);
    Project subsidy = budget.projects().get(1);
    DisclosureTable t7 = SeedSample.published().table(TableId.T7).orElseThrow();
    assertRoundTrip(Amount.class, Amount.ofYuan("202.56"));
    assertRoundTrip(Percent.class, Percent.parse("1,340.04%"));
    assertRoundTrip(FunctionCode.class, FunctionCode.parse("208 01"));
    assertRoundTrip(EconomicCode.class, EconomicCode.parse("302 31"));
    assertRoundTrip(RowKey.class, RowKey.project("208 01 01", "光纤费"));
    assertRoundTrip(FundSource.class, FundSource.CARRYOVER_UNIT_FUNDS);
    assertRoundTrip(MoneyUnit.class, MoneyUnit.WAN_YUAN);
    assertRoundTrip(CodeLevel.class, CodeLevel.ITEM);
    assertRoundTrip(TableId.class, TableId.T10);
    assertRoundTrip(Severity.class, Severity.WARNING);
    assertRoundTrip(IndicatorTarget.class, IndicatorTarget.parse(">=95%"));
    assertRoundTrip(IndicatorTarget.class, IndicatorTarget.parse("=2023 年 12 月"));
    assertRoundTrip(IndicatorTarget.class, IndicatorTarget.parse("有效保障"));
    assertRoundTrip(BudgetLine.class, budget.lines().get(3));
    assertRoundTrip(Project.class, fibre);
    assertRoundTrip(io.budgetkit.project.AllocationPart.class, fibre.allocation().get(0));
    assertRoundTrip(
        io.budgetkit.project.PerformanceTarget.class, fibre.performance().orElseThrow());
    assertRoundTrip(
        io.budgetkit.project.PerformanceIndicator.class,
        fibre.performance().orElseThrow().indicators().get(3));
    assertRoundTrip(io.budgetkit.project.SubsidyTerms.class, subsidy.subsidy().orElseThrow());
    assertRoundTrip(
        io.budgetkit.project.SubsidyStandard.class, subsidy.subsidy().orElseThrow().standard());
    assertRoundTrip(UnitProfile.class, budget.profile());
    assertRoundTrip(io.budgetkit.model.Staffing.class, budget.profile().staffing().orElseThrow());
    assertRoundTrip(NarrativeFigure.class, budget.narrative().get(0));
    assertRoundTrip(
        io.budgetkit.model.YearOnYear.class, budget.narrative().get(1).yearOnYear().orElseThrow());
    assertRoundTrip(
        io.budgetkit.model.ThreePublicCosts.class, budget.threePublicCosts().orElseThrow());
    assertRoundTrip(io.budgetkit.model.OperatingCosts.class, budget.operatingCosts().orElseThrow());
    assertRoundTrip(
        io.budgetkit.model.GovernmentProcurement.class, budget.procurement().orElseThrow());
    assertRoundTrip(StateAssets.class, budget.assets().orElseThrow());
    assertRoundTrip(
        io.budgetkit.model.PerformanceSummary.class, budget.performanceSummary().orElseThrow());
    assertRoundTrip(UnitBudget.class, budget);
    assertRoundTrip(Column.class, Columns.E302);
    assertRoundTrip(TableRow.class, t7.rows().get(2));
    assertRoundTrip(DisclosureTable.class, t7);
    assertRoundTrip(Disclosure.class, SeedSample.published());
    assertRoundTrip(BudgetDocument.class, SEED);
    assertRoundTrip(
        Location.class, Location.cell(TableId.T3, RowKey.function("208"), Columns.TOTAL));
  }

  @Test
  void findingsAndReportsAreWritten() throws IOException {
    Finding finding =
        Finding.builder()
            .ruleId("project.allocation-sum")
            .severity(Severity.WARNING)
            .location(Location.at("project “三支一扶”人员社保和生活补贴"))
            .message("The allocation parts do not add up to the scale")
            .expected("300.16")
            .actual("0.02")
            .build();
    assertRoundTrip(Finding.class, finding);
    ValidationReport report = ValidationReport.of("default", List.of(finding));
    String json = MAPPER.writeValueAsString(report);
    assertTrue(
        json.startsWith(
            "{\"profile\":\"default\",\"findings\":[{\"ruleId\":\"project.allocation-sum\""),
        json);
    assertEquals(report.toText(), MAPPER.readValue(json, ValidationReport.class).toText());
  }

  @Test
  void cellsAreWrittenInTheTablesColumnOrder() throws IOException {
    TableRow row =
        new TableRow(
            RowKey.function("208"),
            "社会保障和就业支出",
            com.google.common.collect.ImmutableMap.of(
                "project", Amount.ofWanYuan("13801.65"),
                "total", Amount.ofWanYuan("14565.15"),
                "basic", Amount.ofWanYuan("763.50")));
    assertEquals(
        "{\"key\":\"f:208\",\"name\":\"社会保障和就业支出\",\"cells\":{\"total\":\"14565.15\",\"basic\":\"763.50\",\"project\":\"13801.65\"}}",
        MAPPER.writeValueAsString(row));
  }

  @Test
  void errorsThroughTheMapperAlsoNameThePath() {
    BudgetJsonException e =
        assertThrows(
            BudgetJsonException.class,
            () ->
                MAPPER.readValue(
                    "[{\"function\": \"208 01 01\", \"fund\": \"GENERAL_PUBLIC_LOCAL\", \"kind\":"
                        + " \"PROJECT\", \"amount\": 30.00}]",
                    new com.fasterxml.jackson.core.type.TypeReference<List<BudgetLine>>() {}));
    assertEquals("$[0].amount", e.path());
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("found number 30.00"), e.getMessage());
  }
}
