package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.YearComparison;
import io.budgetkit.layout.YearComparison.Change;
import io.budgetkit.layout.YearComparison.Status;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.table.RowKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One unit in two years: figures checkable by hand. */
class YearComparisonTest {
  // 2024: 208 01 01 basic 100.00, project 30.00
  static final PrintedTables Y2024 =
      LayoutDerivation.derive(
          ConsolidationTest.UNIT, ConsolidationTest.unit("单位A", "100.00", "30.00"));

  // 2025: 208 01 01 basic 120.00, project 30.00, and a new 201 01 01 line of 5.00
  static final PrintedTables Y2025 =
      LayoutDerivation.derive(
          ConsolidationTest.UNIT,
          UnitBudget.builder()
              .from(ConsolidationTest.unit("单位A", "120.00", "30.00"))
              .fiscalYear(2025)
              .line(
                  l ->
                      l.function("201 01 01")
                          .economic("301 01")
                          .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                          .basicPersonnel()
                          .wanYuan("5.00"))
              .build());

  static final YearComparison C = YearComparison.between("2024", Y2024, "2025", Y2025);

  static Change at(String table, RowKey row, String column) {
    return C.changes().stream()
        .filter(c -> c.table().equals(table) && c.row().equals(row) && c.column().equals(column))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aChangedCellHasItsChangeAndGrowth() {
    Change c = at("t3", RowKey.function("208 01 01"), "basic");
    assertEquals(Status.CHANGED, c.status());
    assertEquals(Optional.of(Amount.ofWanYuan("100.00")), c.priorAmount());
    assertEquals(Amount.ofWanYuan("20.00"), c.change());
    assertEquals(Optional.of(Percent.parse("20.00%")), c.growth());
  }

  @Test
  void anUnchangedCellIsSame() {
    Change c = at("t3", RowKey.function("208 01 01"), "project");
    assertEquals(Status.SAME, c.status());
    assertEquals(Amount.zero(), c.change());
  }

  @Test
  void aNewCodeAppearsWithoutAGrowthRate() {
    Change c = at("t3", RowKey.function("201 01 01"), "total");
    assertEquals(Status.APPEARED, c.status());
    assertEquals(Optional.empty(), c.priorAmount());
    assertEquals(Optional.empty(), c.growth());
    assertEquals(Amount.ofWanYuan("5.00"), c.change());
  }

  @Test
  void comparedTheOtherWayTheCodeVanishes() {
    YearComparison back = YearComparison.between("2025", Y2025, "2024", Y2024);
    assertTrue(
        back.changes(Status.VANISHED).stream()
            .anyMatch(c -> c.table().equals("t3") && c.row().equals(RowKey.function("201 01 01"))));
    assertEquals(C.changes(Status.APPEARED).size(), back.changes(Status.VANISHED).size());
  }

  @Test
  void theTotalGrowsBy25On130() {
    // 合计 130.00 → 155.00: +25.00, 25 / 130 = 19.23%
    Change c = at("t3", RowKey.label("合计"), "total");
    assertEquals(Amount.ofWanYuan("25.00"), c.change());
    assertEquals(Optional.of(Percent.parse("19.23%")), c.growth());
  }

  @Test
  void rendersOneCellALineWithAHeader() {
    String text = C.render(MoneyUnit.WAN_YUAN);
    String header = text.lines().findFirst().orElseThrow();
    assertTrue(header.startsWith("表"), header);
    assertTrue(header.contains("2024") && header.contains("2025"), header);
    assertEquals(C.changes().size() + 1, text.lines().count());
    assertTrue(
        text.lines()
            .anyMatch(
                l ->
                    l.matches(
                        "t3 +f:2080101 +行政运行 +basic +100\\.00 +120\\.00 +20\\.00 +20\\.00% +CHANGED")),
        text);
  }
}
