package io.budgetkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.money.Amount;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

  private static BudgetLine.Builder personnel() {
    BudgetLine.Builder b = BudgetLine.builder();
    b.function("208 01 01")
        .economic("301 01")
        .fund(FundSource.GENERAL_PUBLIC_LOCAL)
        .basicPersonnel();
    return b;
  }

  @Test
  void lineAsWrittenInTheDocumentsNotation() {
    BudgetLine l = personnel().wanYuan("110.94").build();
    assertEquals(FunctionCode.parse("2080101"), l.function());
    assertEquals(Optional.of(EconomicCode.parse("30101")), l.economic());
    assertEquals(ExpenditureKind.BASIC_PERSONNEL, l.kind());
    assertEquals(Amount.ofWanYuan("110.94"), l.amount());
    assertEquals(Optional.empty(), l.project());
  }

  @Test
  void projectLineNamesItsProject() {
    BudgetLine l =
        BudgetLine.builder()
            .function("208 01 01")
            .fund(FundSource.GENERAL_PUBLIC_LOCAL)
            .forProject("光纤费")
            .wanYuan("30.00")
            .build();
    assertEquals(ExpenditureKind.PROJECT, l.kind());
    assertEquals(Optional.of("光纤费"), l.project());
    assertEquals(Optional.empty(), l.economic());
  }

  @Test
  void sectionLevelFunctionCodeIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> personnel().function("208 01").wanYuan("1.00").build());
    assertEquals(
        "Budget line function code '208 01' is a 款: expected a 项 (7 digits, e.g. '208 01 01')",
        e.getMessage());
  }

  @Test
  void fundSourceGroupIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> personnel().fund(FundSource.GENERAL_PUBLIC).wanYuan("1.00").build());
    assertTrue(e.getMessage().contains("GENERAL_PUBLIC is a group"), e.getMessage());
  }

  @Test
  void negativeAmountIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> personnel().wanYuan("-4.25").build());
    assertEquals("Budget line 208 01 01 has a negative amount CNY -42500.00", e.getMessage());
  }

  @Test
  void projectOnABasicLineIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> personnel().project("光纤费").wanYuan("30.00").build());
    assertEquals(
        "Budget line 208 01 01 names project '光纤费' but is BASIC_PERSONNEL", e.getMessage());
  }

  @Test
  void zeroAmountIsAllowed() {
    assertTrue(personnel().amount(Amount.zero()).build().amount().isZero());
  }

  @Test
  void linesWithTheSameFieldsAreEqual() {
    assertEquals(personnel().wanYuan("110.94").build(), personnel().wanYuan("110.94").build());
    assertEquals(
        personnel().wanYuan("110.94").build().hashCode(),
        personnel().wanYuan("110.94").build().hashCode());
  }
}
