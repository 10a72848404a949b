package io.budgetkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.money.Amount;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roll-ups of three of the seed's lines: 工资 110.94 and 8.44 under 208 01 01, 光纤费 30.00. */
class RollUpTest {
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

  private static FunctionCode f(String code) {
    return FunctionCode.parse(code);
  }

  @Test
  void functionRollUpHasEveryLevelInDocumentOrder() {
    RollUp<FunctionCode> r = RollUp.of(List.of(FIBER, WAGES, UNCLASSIFIED), Hierarchy.FUNCTION);
    assertEquals(
        "RollUpfunction{208=CNY 1193800.00, 208 01=CNY 1193800.00, 208 01 01=CNY 1193800.00,"
            + " 221=CNY 300000.00, 221 02=CNY 300000.00, 221 02 01=CNY 300000.00}",
        r.toString());
    assertEquals(List.of(f("208"), f("221")), r.roots());
    assertEquals(List.of(f("208 01")), r.children(f("208")));
    assertEquals(Amount.ofWanYuan("149.38"), r.total());
    assertEquals(Amount.zero(), r.unclassified());
    assertEquals(Amount.zero(), r.get(f("201")));
  }

  @Test
  void economicRollUpKeepsUnclassifiedLinesAside() {
    RollUp<EconomicCode> r = RollUp.of(List.of(WAGES, UNCLASSIFIED, FIBER), Hierarchy.ECONOMIC);
    assertEquals(Amount.ofWanYuan("8.44"), r.unclassified());
    assertEquals(Amount.ofWanYuan("149.38"), r.total());
    assertEquals(Amount.ofWanYuan("110.94"), r.get(EconomicCode.parse("301")));
  }

  @Test
  void equalityNeedsTheSameHierarchyTotalsOrderAndUnclassified() {
    RollUp<EconomicCode> a = RollUp.of(List.of(WAGES, FIBER), Hierarchy.ECONOMIC);
    RollUp<EconomicCode> b = RollUp.of(List.of(FIBER, WAGES), Hierarchy.ECONOMIC);
    RollUp<EconomicCode> withUnclassified =
        RollUp.of(List.of(WAGES, FIBER, UNCLASSIFIED), Hierarchy.ECONOMIC);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, withUnclassified);
    assertNotEquals(a.hashCode(), withUnclassified.hashCode());
    assertNotEquals(a, RollUp.of(List.of(WAGES), Hierarchy.ECONOMIC));
    assertNotEquals(a, "RollUp");
    assertNotEquals(
        RollUp.of(List.of(WAGES), Hierarchy.FUNCTION), RollUp.of(List.of(WAGES), Hierarchy.FUND));
    assertEquals(withUnclassified, a.plus(RollUp.of(List.of(UNCLASSIFIED), Hierarchy.ECONOMIC)));
  }

  @Test
  void rollUpsOfDifferentHierarchiesDoNotAdd() {
    RollUp<FunctionCode> a = RollUp.of(List.of(WAGES), Hierarchy.FUNCTION);
    RollUp<FunctionCode> other =
        RollUp.of(
            List.of(WAGES),
            Hierarchy.of(
                "function again",
                BudgetLine::function,
                FunctionCode::parent,
                java.util.Comparator.naturalOrder()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.plus(other));
    assertEquals("Cannot add a roll-up of function again to one of function", e.getMessage());
  }
}
