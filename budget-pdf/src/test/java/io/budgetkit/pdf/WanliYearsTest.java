package io.budgetkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.TextLine;
import io.budgetkit.json.Exports;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.YearComparison;
import io.budgetkit.layout.YearComparison.Change;
import io.budgetkit.layout.YearComparison.Status;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.table.RowKey;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 2024 and 2025 部门预算 of 上海市普陀区人民政府万里街道办事处, compared table by table, and the 2025 narrative's
 * statements against 2024 ("比2024年预算增加/减少 … 万元", "持平") checked against the 2024 document's tables.
 * Every figure below can be read off the two PDFs. The comparison is written to {@code
 * target/wanli-2024-2025.txt} and {@code .csv}; docs/wanli-2024-2025.md records what agreed.
 */
class WanliYearsTest {
  static final PrintedTables Y2024 =
      CorpusImportTest.imported("2024_万里街道办事处_部门预算").document().layoutTables().orElseThrow();
  static final PrintedTables Y2025 =
      CorpusImportTest.imported("2025_万里街道办事处_部门预算").document().layoutTables().orElseThrow();
  static final YearComparison C = YearComparison.between("2024", Y2024, "2025", Y2025);

  static Change at(String table, RowKey row, String column) {
    return C.changes().stream()
        .filter(c -> c.table().equals(table) && c.row().equals(row) && c.column().equals(column))
        .findFirst()
        .orElseThrow(() -> new AssertionError(table + " " + row.id() + " " + column));
  }

  @Test
  void the2024ImportLeavesOutTheTwoEconomicRowsPrintedWithMalformedCodes() {
    String report = CorpusImportTest.imported("2024_万里街道办事处_部门预算").report();
    assertTrue(report.contains("code printed as '301 2' on page 29"), report);
    assertTrue(report.contains("code printed as '301 7' on page 29"), report);
    // so 30102 津贴补贴 and 30107 绩效工资 appear in 2025, and nothing vanishes
    assertEquals(
        List.of("e:30102", "e:30102", "e:30102", "e:30107", "e:30107", "e:30107"),
        C.changes(Status.APPEARED).stream().map(c -> c.row().id()).toList());
    assertEquals(List.of(), C.changes(Status.VANISHED));
  }

  @Test
  void bothAreReadInThe部门预算Layout() {
    assertEquals("shanghai-putuo-department", Y2024.layout().id());
    assertEquals("shanghai-putuo-department", Y2025.layout().id());
  }

  @Test
  void totalsGrowBy33556428YuanOr21_48Percent() {
    // 收入总计 156,211,123 元 (2024) → 189,767,551 元 (2025): 33,556,428 / 156,211,123 = 21.48%
    Change total = at("t1.income", RowKey.label("收入总计"), "budget");
    assertEquals(Optional.of(Amount.ofYuan("156211123")), total.priorAmount());
    assertEquals(Optional.of(Amount.ofYuan("189767551")), total.currentAmount());
    assertEquals(Amount.ofYuan("33556428"), total.change());
    assertEquals("21.48%", total.growth().orElseThrow().toString());
    // 项目支出 56,505,103 → 88,425,805 元; 基本支出 99,706,020 → 101,341,746 元
    assertEquals(Amount.ofYuan("31920702"), at("t3", RowKey.label("合计"), "project").change());
    assertEquals(Amount.ofYuan("1635726"), at("t3", RowKey.label("合计"), "basic").change());
  }

  @Test
  void vehiclePurchaseFallsFrom25To15WanYuan() {
    Change purchase = at("t9", RowKey.label("预算数"), "purchase");
    assertEquals(Optional.of(Amount.ofWanYuan("25.00")), purchase.priorAmount());
    assertEquals(Optional.of(Amount.ofWanYuan("15.00")), purchase.currentAmount());
    assertEquals("-40.00%", purchase.growth().orElseThrow().toString());
    assertEquals(Status.SAME, at("t9", RowKey.label("预算数"), "operation").status());
  }

  /** "X{amount}万元，比2024年预算增加{change}万元" and the like, as the 2025 narrative prints them. */
  static final Pattern STATED =
      Pattern.compile(
          "(财政拨款收入|财政拨款支出预算|一般公共预算拨款支出预算|政府性基金拨款支出预算|国有资本经营预算拨款支出预算"
              + "|“三公”经费预算数为|因公出国（境）费|公务用车购置及运行费|公务用车购置费|公务用车运行费|公务接待费)"
              + "([\\d,]+(?:\\.\\d+)?)万元[，。；]?比2024年预算(增加|减少|持平)(?:([\\d,]+(?:\\.\\d+)?)万元)?");

  static final Map<String, CellRef> CELL_2024 = new LinkedHashMap<>();
  static final Map<String, String> TABLE_2024 = new LinkedHashMap<>();

  static void cell(String label, String table, String row, String column) {
    CELL_2024.put(label, new CellRef(RowKey.label(row), column));
    TABLE_2024.put(label, table);
  }

  static {
    cell("财政拨款收入", "t1.income", "财政拨款收入", "budget");
    cell("财政拨款支出预算", "t4.expenditure", "支出总计", "total");
    cell("一般公共预算拨款支出预算", "t4.expenditure", "支出总计", "general");
    cell("政府性基金拨款支出预算", "t4.expenditure", "支出总计", "fund");
    cell("国有资本经营预算拨款支出预算", "t4.expenditure", "支出总计", "capital");
    cell("“三公”经费预算数为", "t9", "预算数", "total");
    cell("因公出国（境）费", "t9", "预算数", "overseas");
    cell("公务用车购置及运行费", "t9", "预算数", "vehicles");
    cell("公务用车购置费", "t9", "预算数", "purchase");
    cell("公务用车运行费", "t9", "预算数", "operation");
    cell("公务接待费", "t9", "预算数", "reception");
  }

  /**
   * Each statement's implied 2024 figure (this year's ∓ the change, or this year's for 持平) against
   * the 2024 document's cell, within 0.01 万元: both figures of the statement are rounded to 0.01.
   */
  @Test
  void the2025NarrativesPriorYearFiguresEqualThe2024Tables() throws IOException {
    String text =
        CorpusImportTest.imported("2025_万里街道办事处_部门预算")
            .document()
            .sourceText()
            .orElseThrow()
            .lines()
            .stream()
            .map(TextLine::text)
            .collect(Collectors.joining(""))
            .replaceAll("\\s+", "");
    Map<String, String> results = new TreeMap<>();
    List<String> disagreements = new ArrayList<>();
    Matcher m = STATED.matcher(text);
    while (m.find()) {
      String label = m.group(1);
      Amount current = Amount.ofWanYuan(m.group(2));
      Amount change = m.group(4) == null ? Amount.zero() : Amount.ofWanYuan(m.group(4));
      Amount implied =
          switch (m.group(3)) {
            case "增加" -> current.minus(change);
            case "减少" -> current.plus(change);
            default -> current;
          };
      PrintedTables prior = Y2024;
      Amount published =
          prior
              .table(TABLE_2024.get(label))
              .orElseThrow()
              .cell(CELL_2024.get(label))
              .orElse(Amount.zero());
      boolean agrees = !implied.minus(published).abs().isGreaterThan(Amount.ofWanYuan("0.01"));
      String line =
          label
              + " "
              + m.group(2)
              + " 万元, "
              + m.group(3)
              + (m.group(4) == null ? "" : " " + m.group(4))
              + " → implied 2024 "
              + implied.format(MoneyUnit.WAN_YUAN)
              + ", 2024 document "
              + published.format(MoneyUnit.WAN_YUAN)
              + (agrees ? " agrees" : " DIFFERS");
      results.put(label, line);
      if (!agrees) {
        disagreements.add(line);
      }
    }
    write("wanli-2024-2025-narrative.txt", String.join("\n", results.values()) + "\n");
    assertEquals(CELL_2024.keySet().stream().sorted().toList(), List.copyOf(results.keySet()));
    assertEquals(List.of(), disagreements);
  }

  @Test
  void writesTheComparisonAsTextAndCsv() throws IOException {
    write("wanli-2024-2025.txt", C.render(MoneyUnit.YUAN));
    try (Writer w = Files.newBufferedWriter(Path.of("target", "wanli-2024-2025.csv"));
        Exports e = Exports.open(Exports.What.COMPARISON, Exports.Format.CSV, MoneyUnit.YUAN, w)) {
      e.add(C);
    }
    Map<String, Map<Status, Long>> byTable = new TreeMap<>();
    for (Change c : C.changes()) {
      byTable.computeIfAbsent(c.table(), k -> new TreeMap<>()).merge(c.status(), 1L, Long::sum);
    }
    write("wanli-2024-2025-summary.txt", byTable.toString() + "\n");
    write(
        "wanli-2024-2025-appeared-vanished.txt",
        C.changes().stream()
                .filter(c -> c.status() == Status.APPEARED || c.status() == Status.VANISHED)
                .map(c -> c.status() + " " + c.table() + " " + c.row().id() + " " + c.column())
                .collect(Collectors.joining("\n"))
            + "\n");
  }

  static void write(String name, String text) throws IOException {
    try (Writer w = Files.newBufferedWriter(Path.of("target", name))) {
      w.write(text);
    }
  }
}
