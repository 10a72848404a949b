package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.testkit.BudgetGenerators;
import org.junit.jupiter.api.Test;

/**
 * Lines whose sum leaves the range of an amount: deriving a layout's tables is one clear error
 * naming the table and the rule that names the lines, not a bare "long overflow".
 */
class DerivationOverflowTest {
  @Test
  void linesBeyondTheRangeOfAnAmountAreOneClearErrorNamingTheTable() {
    UnitBudget.Builder b =
        UnitBudget.builder().profile(BudgetGenerators.seedProfile()).fiscalYear(2023);
    for (int i = 0; i < 2; i++) {
      // 9,000,000,000,000.00 万元 each: two of them pass the largest long of fen
      b.line(
          l ->
              l.function("208 01 01")
                  .economic("301 01")
                  .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                  .basicPersonnel()
                  .wanYuan("9,000,000,000,000.00"));
    }
    UnitBudget budget = b.build();
    ArithmeticException e =
        assertThrows(
            ArithmeticException.class,
            () -> LayoutDerivation.derive(Layouts.byId(Layouts.SEED).orElseThrow(), budget));
    assertEquals(
        "Cannot derive 表1 单位收支总体情况表 of layout xinjiang-atushi-2023-unit: a sum of the budget's lines leaves"
            + " the range of an amount (a long of fen); the rule line.total names the lines",
        e.getMessage());
  }
}
