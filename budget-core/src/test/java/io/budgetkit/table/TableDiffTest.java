package io.budgetkit.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableDiffTest {
  private static final RowKey ADMIN = RowKey.function("208 01 01");
  private static final RowKey PENSION = RowKey.function("208 05 05");

  private static DisclosureTable t3(String adminTotal, String adminBasic) {
    return DisclosureTable.builder(TableId.T3)
        .row(ADMIN, "行政运行", adminTotal, adminBasic, "346.89")
        .row(Rows.TOTAL, "合计", "14,941.05", "445.17", "14,495.88")
        .build();
  }

  private static DisclosureTable t5() {
    return DisclosureTable.builder(TableId.T5)
        .row(ADMIN, "行政运行", "551.35", "204.46", "346.89")
        .row(Rows.TOTAL, "合计", "14,246.82", "445.17", "13,801.65")
        .build();
  }

  @Test
  void equalTablesAndDisclosuresGiveNoDifference() {
    assertEquals(List.of(), t3("551.35", "204.46").diff(t3("551.35", "204.46")));
    Disclosure d = Disclosure.builder().addTables(t3("551.35", "204.46"), t5()).build();
    assertEquals(
        List.of(), d.diff(Disclosure.builder().addTables(t3("551.35", "204.46"), t5()).build()));
  }

  @Test
  void aChangedCellIsOneDifferenceWithBothSides() {
    List<CellDifference> diff = t3("551.35", "204.46").diff(t3("551.36", "204.46"));
    assertEquals(1, diff.size());
    CellDifference d = diff.get(0);
    assertEquals(TableId.T3, d.table());
    assertEquals(ADMIN, d.rowKey());
    assertEquals("行政运行", d.rowName());
    assertEquals(Columns.TOTAL, d.column());
    assertEquals(Optional.of(Amount.ofWanYuan("551.35")), d.left());
    assertEquals(Optional.of(Amount.ofWanYuan("551.36")), d.right());
    assertEquals(Amount.ofWanYuan("-0.01"), d.delta());
    assertEquals("表3 208 01 01 行政运行 [合计]: 551.35 ≠ 551.36", d.toString());
  }

  @Test
  void blankEqualsZero() {
    DisclosureTable blank =
        DisclosureTable.builder(TableId.T3).row(ADMIN, "行政运行", "551.35", "").build();
    DisclosureTable zero =
        DisclosureTable.builder(TableId.T3).row(ADMIN, "行政运行", "551.35", "0.00").build();
    assertEquals(List.of(), blank.diff(zero));
  }

  @Test
  void aBlankCellAgainstAFigureIsADifference() {
    List<CellDifference> diff = t3("551.35", "").diff(t3("551.35", "204.46"));
    assertEquals(1, diff.size());
    assertEquals(Optional.empty(), diff.get(0).left());
    assertEquals(Columns.BASIC, diff.get(0).column());
  }

  @Test
  void rowsOnOneSideOnlyDifferInEveryFigure() {
    DisclosureTable left =
        DisclosureTable.builder(TableId.T3)
            .row(ADMIN, "行政运行", "551.35", "204.46", "346.89")
            .row(RowKey.function("208 01 50"), "事业运行", "")
            .build();
    DisclosureTable right =
        DisclosureTable.builder(TableId.T3)
            .row(PENSION, "机关事业单位基本养老保险缴费支出", "42.98", "42.98")
            .row(ADMIN, "行政运行", "551.35", "204.46", "346.89")
            .build();
    List<CellDifference> diff = left.diff(right);
    // the blank 事业运行 row on the left equals its absence on the right
    assertEquals(2, diff.size());
    for (CellDifference d : diff) {
      assertEquals(PENSION, d.rowKey());
      assertEquals("机关事业单位基本养老保险缴费支出", d.rowName());
      assertEquals(Optional.empty(), d.left());
      assertEquals(Optional.of(Amount.ofWanYuan("42.98")), d.right());
    }
    assertEquals(
        List.of(Columns.TOTAL, Columns.BASIC), diff.stream().map(d -> d.column()).toList());
  }

  @Test
  void aTableOnOneSideOnlyDiffersInEveryFigure() {
    Disclosure left = Disclosure.builder().addTable(t3("551.35", "204.46")).build();
    Disclosure right = Disclosure.builder().build();
    List<CellDifference> diff = left.diff(right);
    assertEquals(6, diff.size());
    assertTrue(diff.stream().allMatch(d -> d.right().isEmpty()));
    assertEquals(6, right.diff(left).size());
  }

  @Test
  void differencesComeInTableThenRowThenColumnOrder() {
    Disclosure derived = Disclosure.builder().addTables(t3("551.35", "204.46"), t5()).build();
    Disclosure.Builder changed = Disclosure.builder();
    for (DisclosureTable t : derived.tables()) {
      if (t.id() == TableId.T3 || t.id() == TableId.T5) {
        changed.addTable(
            DisclosureTable.builder(t.id())
                .addAllRows(t.rows().subList(0, t.rows().size() - 1))
                .row(Rows.TOTAL, "合计", "1.00", "2.00", "3.00")
                .build());
      } else {
        changed.addTable(t);
      }
    }
    List<CellDifference> diff = derived.diff(changed.build());
    assertEquals(6, diff.size());
    assertEquals(TableId.T3, diff.get(0).table());
    assertEquals(TableId.T5, diff.get(5).table());
    assertEquals(Columns.PROJECT, diff.get(2).column());
  }

  @Test
  void asPrintedComparesRoundedFigures() {
    DisclosureTable fenPrecise =
        DisclosureTable.builder(TableId.T3)
            .addRow(
                new TableRow(
                    ADMIN,
                    "行政运行",
                    com.google.common.collect.ImmutableMap.of(
                        "total", Amount.ofYuan("5513456.00"))))
            .build();
    DisclosureTable printed =
        DisclosureTable.builder(TableId.T3).row(ADMIN, "行政运行", "551.35").build();
    assertEquals(1, TableDiff.exact().between(fenPrecise, printed).size());
    assertEquals(List.of(), TableDiff.asPrinted(MoneyUnit.WAN_YUAN).between(fenPrecise, printed));
    assertEquals(1, TableDiff.asPrinted(MoneyUnit.YUAN).between(fenPrecise, printed).size());
  }

  @Test
  void differentTablesCannotBeCompared() {
    DisclosureTable t5 = DisclosureTable.builder(TableId.T5).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> t3("1", "1").diff(t5));
    assertTrue(e.getMessage().contains("表3"), e.getMessage());
  }
}
