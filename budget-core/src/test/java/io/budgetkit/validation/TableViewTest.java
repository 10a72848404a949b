package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.model.FundSource;
import io.budgetkit.money.Amount;
import io.budgetkit.table.Columns;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tables printed with levels missing, read as trees; figures from the seed's 表3 and 表1. */
class TableViewTest {
  /** 表3 printing two 项 of 208 01 and 221 02 01, without their 类 and 款. */
  private static final TableView T3 =
      new TableView(
          DisclosureTable.builder(TableId.T3)
              .row(RowKey.function("208 01 01"), "行政运行", "119.38")
              .row(RowKey.function("208 01 04"), "劳动保障监察", "296.81")
              .row(RowKey.function("221 02 01"), "住房公积金", "34.69")
              .build());

  @Test
  void pathsAndParents() {
    assertEquals(Optional.of("2080101"), TableView.path(RowKey.function("208 01 01")));
    assertEquals(Optional.of("e30101"), TableView.path(RowKey.economic("301 01")));
    assertEquals(Optional.of("2080101:光纤费"), TableView.path(RowKey.project("208 01 01", "光纤费")));
    assertEquals(Optional.empty(), TableView.path(RowKey.total()));
    assertEquals("20801", TableView.parentPath("2080101"));
    assertEquals("208", TableView.parentPath("20801"));
    assertEquals(TableView.ROOT, TableView.parentPath("208"));
    assertEquals("e301", TableView.parentPath("e30101"));
    assertEquals(TableView.ROOT, TableView.parentPath("e301"));
    assertEquals("2080101", TableView.parentPath("2080101:光纤费"));
  }

  @Test
  void unprintedNodesAreTheSumOfWhatIsPrintedBelowThem() {
    assertEquals(List.of("208", "221"), T3.children(TableView.ROOT));
    assertEquals(List.of("20801"), T3.children("208"));
    assertEquals(List.of("2080101", "2080104"), T3.children("20801"));
    assertEquals(List.of(), T3.children("2080101"));
    // 119.38 + 296.81 = 416.19 for 208 01 and 208; 221 is 34.69 through 221 02; 201 is zero.
    assertEquals(Amount.ofWanYuan("416.19"), T3.value("20801", Columns.TOTAL));
    assertEquals(Amount.ofWanYuan("416.19"), T3.value("208", Columns.TOTAL));
    assertEquals(Amount.ofWanYuan("119.38"), T3.value("2080101", Columns.TOTAL));
    assertEquals(Amount.ofWanYuan("34.69"), T3.value("221", Columns.TOTAL));
    assertEquals(Amount.zero(), T3.value("201", Columns.TOTAL));
    assertEquals(Amount.zero(), T3.value("208", Columns.BASIC));
    assertTrue(T3.isPrinted("2080101"));
    assertFalse(T3.isPrinted("208"));
    assertEquals(Optional.of(RowKey.function("208 01 01")), T3.keyOf("2080101"));
    assertEquals(Optional.empty(), T3.keyOf("20801"));
  }

  @Test
  void partsReachThroughUnprintedLevels() {
    assertEquals(
        "[表3 f:2080101 total 119.38, 表3 f:2080104 total 296.81]",
        T3.parts("208", Columns.TOTAL).toString());
    assertEquals(
        "[表3 f:2080101 total 119.38, 表3 f:2080104 total 296.81, 表3 f:2210201 total 34.69]",
        T3.parts(TableView.ROOT, Columns.TOTAL).toString());
    assertEquals(List.of(), T3.parts("2080101", Columns.TOTAL));
  }

  @Test
  void fundGroupsReadThroughTheirMembers() {
    TableView t1 =
        new TableView(
            DisclosureTable.builder(TableId.T1)
                .row(RowKey.fund(FundSource.GENERAL_PUBLIC_LOCAL), "一般财力", "11,415.32")
                .row(RowKey.fund(FundSource.GENERAL_PUBLIC_TRANSFER), "转移支付", "2,831.50")
                .row(RowKey.fund(FundSource.CARRYOVER_GENERAL_PUBLIC), "一般公共预算拨款", "246.28")
                .build());
    // 11,415.32 + 2,831.50 = 14,246.82, read up through 一般公共预算拨款 to 财政拨款.
    assertEquals(Amount.ofWanYuan("14,246.82"), t1.fundValue(FundSource.FISCAL, Columns.AMOUNT));
    assertEquals(Amount.ofWanYuan("246.28"), t1.fundValue(FundSource.CARRYOVER, Columns.AMOUNT));
    assertEquals(Amount.zero(), t1.fundValue(FundSource.UNIT_FUNDS, Columns.AMOUNT));
    assertTrue(t1.hasFund(FundSource.FISCAL));
    assertTrue(t1.hasFund(FundSource.CARRYOVER));
    assertFalse(t1.hasFund(FundSource.UNIT_FUNDS));
    assertEquals(
        "[表1 fund:CARRYOVER_GENERAL_PUBLIC amount 246.28]",
        t1.fundParts(FundSource.CARRYOVER, Columns.AMOUNT).toString());
    assertEquals(
        "[表1 fund:GENERAL_PUBLIC_LOCAL amount 11,415.32, 表1 fund:GENERAL_PUBLIC_TRANSFER amount"
            + " 2,831.50]",
        t1.fundParts(FundSource.FISCAL, Columns.AMOUNT).toString());
    assertEquals(
        List.of(FundSource.FISCAL_CARRYOVER, FundSource.NON_FISCAL_CARRYOVER),
        TableView.members(FundSource.CARRYOVER));
    assertEquals(List.of(), TableView.members(FundSource.OTHER_INCOME));
  }
}
