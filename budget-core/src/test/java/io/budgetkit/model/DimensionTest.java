package io.budgetkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.money.MoneyUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Each grouping dimension and hierarchy on three of the seed's lines, against figures added by
 * hand: 工资 110.94 and an unclassified 8.44 under 208 01 01 (一般财力), and the 光纤费 project's 30.00
 * under 221 02 01 (其他收入, 302 31).
 */
class DimensionTest {
  private static final BudgetLine WAGES =
      BudgetLine.builder()
          .function("208 01 01")
          .economic("301 01")
          .fund(FundSource.GENERAL_PUBLIC_LOCAL)
          .basicPersonnel()
          .wanYuan("110.94")
          .build();
  private static final BudgetLine UNCLASSIFIED =
      BudgetLine.builder()
          .function("208 01 01")
          .fund(FundSource.GENERAL_PUBLIC_LOCAL)
          .basicOperating()
          .wanYuan("8.44")
          .build();
  private static final BudgetLine FIBER =
      BudgetLine.builder()
          .function("221 02 01")
          .economic("302 31")
          .fund(FundSource.OTHER_INCOME)
          .forProject("光纤费")
          .wanYuan("30.00")
          .build();
  private static final LineSet LINES = LineSet.of(List.of(WAGES, UNCLASSIFIED, FIBER));

  private static String grouped(Dimension... dimensions) {
    StringJoiner j = new StringJoiner("; ");
    for (Map.Entry<GroupKey, io.budgetkit.money.Amount> e : LINES.groupBy(dimensions).entrySet()) {
      j.add(e.getKey() + " " + e.getValue().format(MoneyUnit.WAN_YUAN));
    }
    return j.toString();
  }

  @Test
  void functionDimensionsAtEachLevel() {
    assertEquals("[208] 119.38; [221] 30.00", grouped(Dimension.FUNCTION_CLASS));
    assertEquals("[208 01] 119.38; [221 02] 30.00", grouped(Dimension.FUNCTION_SECTION));
    assertEquals("[208 01 01] 119.38; [221 02 01] 30.00", grouped(Dimension.FUNCTION_ITEM));
  }

  @Test
  void economicDimensionsKeepUnclassifiedLinesApart() {
    assertEquals("[null] 8.44; [301] 110.94; [302] 30.00", grouped(Dimension.ECONOMIC_CLASS));
    assertEquals("[null] 8.44; [301 01] 110.94; [302 31] 30.00", grouped(Dimension.ECONOMIC));
  }

  @Test
  void fundDimensionsByLeafAndByRoot() {
    assertEquals("[GENERAL_PUBLIC_LOCAL] 119.38; [OTHER_INCOME] 30.00", grouped(Dimension.FUND));
    assertEquals("[FISCAL] 119.38; [UNIT_FUNDS] 30.00", grouped(Dimension.FUND_ROOT));
  }

  @Test
  void kindBasicAndProjectDimensions() {
    assertEquals(
        "[BASIC_PERSONNEL] 110.94; [BASIC_OPERATING] 8.44; [PROJECT] 30.00",
        grouped(Dimension.KIND));
    assertEquals("[false] 30.00; [true] 119.38", grouped(Dimension.BASIC));
    assertEquals("[null] 119.38; [光纤费] 30.00", grouped(Dimension.PROJECT));
    assertEquals(
        "[208, true] 119.38; [221, false] 30.00",
        grouped(Dimension.FUNCTION_CLASS, Dimension.BASIC));
  }

  @Test
  void valuesAreTheLinesOwn() {
    assertEquals(FunctionCode.parse("208"), Dimension.FUNCTION_CLASS.valueOf(WAGES));
    assertEquals(EconomicCode.parse("302"), Dimension.ECONOMIC_CLASS.valueOf(FIBER));
    assertEquals(null, Dimension.ECONOMIC.valueOf(UNCLASSIFIED));
    assertEquals(Boolean.TRUE, Dimension.BASIC.valueOf(UNCLASSIFIED));
    assertEquals("光纤费", Dimension.PROJECT.valueOf(FIBER));
  }

  @Test
  void lineSetFiltersAndTotals() {
    assertEquals("3 lines, total CNY 1493800.00", LINES.toString());
    assertEquals(2, LINES.basic().size());
    assertEquals(List.of(FIBER), LINES.projects().lines());
    assertEquals(List.of(WAGES, UNCLASSIFIED), LINES.fundedBy(FundSource.FISCAL).lines());
    assertEquals(List.of(FIBER), LINES.fundedBy(FundSource.UNIT_FUNDS).lines());
    assertEquals("149.38", LINES.total().format(MoneyUnit.WAN_YUAN));
  }

  @Test
  void hierarchiesNameTheirNodesAndParents() {
    assertEquals("function", Hierarchy.FUNCTION.name());
    assertEquals("economic", Hierarchy.ECONOMIC.toString());
    assertEquals("fund", Hierarchy.FUND.name());
    assertEquals(FunctionCode.parse("208 01 01"), Hierarchy.FUNCTION.nodeOf(WAGES));
    assertEquals(null, Hierarchy.ECONOMIC.nodeOf(UNCLASSIFIED));
    assertEquals(EconomicCode.parse("302 31"), Hierarchy.ECONOMIC.nodeOf(FIBER));
    assertEquals(FundSource.OTHER_INCOME, Hierarchy.FUND.nodeOf(FIBER));
    assertEquals(
        Optional.of(FundSource.UNIT_FUNDS), Hierarchy.FUND.parent(FundSource.OTHER_INCOME));
    assertEquals(
        Optional.of(EconomicCode.parse("302")),
        Hierarchy.ECONOMIC.parent(EconomicCode.parse("302 31")));
    assertTrue(
        Hierarchy.FUNCTION.order().compare(FunctionCode.parse("208"), FunctionCode.parse("221"))
            < 0);
    assertFalse(Hierarchy.FUND.order().compare(FundSource.FISCAL, FundSource.UNIT_FUNDS) > 0);
  }

  @Test
  void lineSetIteratesInOrderAndNeedsADimensionToGroupBy() {
    List<BudgetLine> seen = new java.util.ArrayList<>();
    for (BudgetLine l : LINES) {
      seen.add(l);
    }
    assertEquals(List.of(WAGES, UNCLASSIFIED, FIBER), seen);
    assertEquals(
        List.of(FIBER),
        LINES.filter(l -> l.economic().isPresent() && l.project().isPresent()).lines());
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, LINES::groupBy);
    assertEquals("groupBy needs at least one dimension", e.getMessage());
  }
}
