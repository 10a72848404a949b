package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.document.Box;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.DisclosureLevel;
import io.budgetkit.document.Evidence;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import io.budgetkit.testkit.BudgetGenerators;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.LayoutRules;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Layout files: the shipped ones, one written from scratch, round trips and errors. */
class LayoutJsonTest {
  private static BudgetDocument roundTrip(String json) {
    try {
      return BudgetJson.fromJson(json);
    } catch (BudgetJsonException e) {
      throw new AssertionError("written JSON does not read back: " + e.getMessage(), e);
    }
  }

  private static Layout madeUp() throws IOException {
    try (Reader in =
        new InputStreamReader(
            LayoutJsonTest.class.getResourceAsStream("made-up-8-table-layout.json"),
            StandardCharsets.UTF_8)) {
      return LayoutJson.read(in);
    }
  }

  @Test
  void shippedLayoutsAreListedAndReadBackEqual() throws IOException {
    assertEquals(
        List.of("shanghai-putuo-unit", "shanghai-putuo-department", "xinjiang-atushi-2023-unit"),
        Layouts.shipped().stream().map(Layout::id).toList());
    for (Layout l : Layouts.shipped()) {
      assertEquals(l, LayoutJson.read(new StringReader(LayoutJson.toJson(l))));
      assertEquals(
          l.id().startsWith("xinjiang") ? 10 : 9,
          l.tables().stream().map(t -> t.number()).distinct().count(),
          l.id());
    }
    assertEquals(DisclosureLevel.UNIT, Layouts.byId("shanghai-putuo-unit").orElseThrow().level());
    assertEquals(
        "2025年部门收入预算总表",
        Layouts.byId("shanghai-putuo-department")
            .orElseThrow()
            .table("t2")
            .orElseThrow()
            .title(2025));
  }

  @Test
  void aLayoutWrittenFromScratchDrivesDerivationValidationAndJson() throws IOException {
    Layout layout = madeUp();
    assertEquals(8, layout.tables().size());
    Validator<BudgetDocument> rules = Validator.of(LayoutRules.all());
    qt().withExamples(80)
        .forAll(BudgetGenerators.budgets())
        .checkAssert(
            generated -> {
              UnitBudget budget =
                  UnitBudget.builder()
                      .from(generated)
                      .threePublicCosts(
                          new ThreePublicCosts(
                              Amount.ofWanYuan("1.00"),
                              Amount.ofWanYuan("2.50"),
                              Amount.zero(),
                              Amount.ofWanYuan("3.25")))
                      .build();
              PrintedTables tables = LayoutDerivation.derive(layout, budget);
              BudgetDocument doc =
                  BudgetDocument.builder().budget(budget).layoutTables(tables).build();
              ValidationReport report = rules.validate(doc);
              // only lines the layout cannot show are reported: carry-overs, 财政专户 and
              // basic lines without an economic 类
              for (Finding f : report.findings()) {
                assertTrue(
                    f.ruleId().equals("layout.unplaced-lines")
                        || (f.ruleId().equals("layout.rows")
                            && f.location().table().orElse("").startsWith("表5")),
                    f.toString());
              }
              BudgetDocument back = roundTrip(BudgetJson.toJson(doc));
              assertEquals(doc, back);
            });
    // the seed's figures in this layout: the 三公 row prints 0.35 = 0.00 + 0.35 + 0.00 as the
    // seed states them, and its 102 lines are all 一般公共预算 and all shown
    UnitBudget seed = SeedSample.document().budget();
    PrintedTables tables = LayoutDerivation.derive(layout, seed);
    PrintedTable three = tables.table("threePublic").orElseThrow();
    TableRow row = three.row(new RowKey.Label("预算数")).orElseThrow();
    assertEquals(seed.threePublicCosts().orElseThrow().total(), row.cells().get("total"));
    assertEquals(
        List.of(),
        rules
            .validate(BudgetDocument.builder().budget(seed).layoutTables(tables).build())
            .findings());
  }

  @Test
  void documentsWithLayoutTablesEvidenceAndTextRoundTrip() {
    Layout layout = Layouts.byId("shanghai-putuo-unit").orElseThrow();
    qt().withExamples(40)
        .forAll(BudgetGenerators.budgets())
        .checkAssert(
            budget -> {
              PrintedTables derived = LayoutDerivation.derive(layout, budget);
              List<PrintedTable> tables = new ArrayList<>();
              for (PrintedTable t : derived.tables()) {
                ImmutableMap.Builder<CellRef, Integer> decimals = ImmutableMap.builder();
                ImmutableMap.Builder<CellRef, Evidence> evidence = ImmutableMap.builder();
                int i = 0;
                for (TableRow r : t.rows()) {
                  for (String c : r.cells().keySet()) {
                    CellRef cell = new CellRef(r.key(), c);
                    if (i % 3 == 0) {
                      decimals.put(cell, 0);
                    }
                    evidence.put(
                        cell,
                        new Evidence(
                            1 + i % 20,
                            i % 2 == 0
                                ? Optional.of(new Box(56.7 + i, 100.125, 40.333, 9))
                                : Optional.empty(),
                            r.name()));
                    i++;
                  }
                }
                tables.add(
                    new PrintedTable(
                        t.key(),
                        t.rows(),
                        Optional.of("注：示例"),
                        decimals.build(),
                        evidence.build()));
              }
              BudgetDocument doc =
                  BudgetDocument.builder()
                      .budget(budget)
                      .layoutTables(new PrintedTables(layout, ImmutableList.copyOf(tables)))
                      .level(DisclosureLevel.UNIT)
                      .sourceText(
                          SourceText.of(
                              List.of(
                                  TextLine.of(1, "上海市普陀区2025年区级单位预算"),
                                  new TextLine(
                                      2,
                                      "  收入预算 37,151.47万元",
                                      Optional.of(new Box(70, 80.5, 300, 10.25))))))
                      .build();
              String json = BudgetJson.toJson(doc);
              assertEquals(doc, roundTrip(json));
              assertEquals(java.util.Set.of(), BudgetJsonSchemaTest.validate(json));
              assertTrue(
                  json.matches("(?s).*\"layout\"\\s*:\\s*\"shanghai-putuo-unit\".*"),
                  json.substring(0, 400));
            });
  }

  @Test
  void aUserLayoutIsEmbeddedInTheDocument() throws IOException {
    Layout layout = madeUp();
    UnitBudget seed = SeedSample.document().budget();
    BudgetDocument doc =
        BudgetDocument.builder()
            .budget(seed)
            .layoutTables(LayoutDerivation.derive(layout, seed))
            .build();
    String json = BudgetJson.toJson(doc);
    assertTrue(
        json.matches("(?s).*\"layout\"\\s*:\\s*\\{\\s*\"layoutFormat\".*\"made-up-county-unit\".*"),
        json);
    assertEquals(doc, BudgetJson.fromJson(json));
  }

  @Test
  void layoutFileErrorsNameThePath() {
    BudgetJsonException unknownFund =
        assertThrows(
            BudgetJsonException.class,
            () ->
                LayoutJson.read(
                    new StringReader(
                        "{\"layoutFormat\":\"1.0\",\"id\":\"x\",\"name\":\"x\",\"level\":\"单位预算\",\n"
                            + "\"tables\":[{\"key\":\"a\",\"number\":1,\"title\":\"t\",\"unit\":\"元\",\n"
                            + "\"rows\":{\"codes\":\"NONE\"},\"columns\":[{\"id\":\"c\",\"label\":\"c\",\n"
                            + "\"slice\":{\"funds\":[\"NOPE\"]}}]}]}")));
    assertTrue(
        unknownFund
            .getMessage()
            .startsWith("$.tables[0].columns[0].slice.funds[0] (line 4, column"),
        unknownFund.getMessage());
    BudgetJsonException level =
        assertThrows(
            BudgetJsonException.class,
            () ->
                LayoutJson.read(
                    new StringReader(
                        "{\"layoutFormat\":\"1.0\",\"id\":\"x\",\"name\":\"x\",\"level\":\"区预算\",\"tables\":[]}")));
    assertEquals(
        "$.level (line 0, column 0): found '区预算'; expected 单位预算 or 部门预算", level.getMessage());
    BudgetJsonException badSum =
        assertThrows(
            BudgetJsonException.class,
            () ->
                LayoutJson.read(
                    new StringReader(
                        "{\"layoutFormat\":\"1.0\",\"id\":\"x\",\"name\":\"x\",\"level\":\"单位预算\",\n"
                            + "\"tables\":[{\"key\":\"a\",\"number\":1,\"title\":\"t\",\"unit\":\"元\",\n"
                            + "\"rows\":{\"codes\":\"NONE\"},\"columns\":[{\"id\":\"c\",\"label\":\"c\"}],\n"
                            + "\"sums\":[{\"whole\":\"c\",\"parts\":[\"d\"]}]}]}")));
    assertTrue(badSum.getMessage().contains("names part 'd'"), badSum.getMessage());
    assertTrue(badSum.getMessage().startsWith("$.tables[0]"), badSum.getMessage());
  }
}
