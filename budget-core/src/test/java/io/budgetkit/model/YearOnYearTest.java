package io.budgetkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.money.Amount;
import io.budgetkit.money.Percent;
import org.junit.jupiter.api.Test;

class YearOnYearTest {

  @Test
  void generalPublicBudgetGrew1340Percent() {
    // 一般公共预算 11,415.32 万元，比上年预算增加 10,622.61 万元，增长 1,340.04%
    YearOnYear yoy = YearOnYear.of("10,622.61", "1,340.04%");
    Amount current = Amount.ofWanYuan("11,415.32");
    assertEquals(Amount.ofWanYuan("792.71"), yoy.impliedPrior(current));
    assertEquals(yoy.growth(), yoy.expectedGrowth(current));
  }

  @Test
  void basicExpenditureGrew11_58Percent() {
    // 基本支出 445.17 万元，比上年预算增加 46.19 万元，增长 11.58%
    YearOnYear yoy = YearOnYear.of("46.19", "11.58%");
    assertEquals(Amount.ofWanYuan("398.98"), yoy.impliedPrior(Amount.ofWanYuan("445.17")));
    assertEquals(Percent.parse("11.58%"), yoy.expectedGrowth(Amount.ofWanYuan("445.17")));
  }

  @Test
  void aDecreaseIsNegative() {
    YearOnYear yoy = YearOnYear.of("-4.25", "-18.75%");
    Amount current = Amount.ofWanYuan("18.42");
    assertEquals(Amount.ofWanYuan("22.67"), yoy.impliedPrior(current));
    assertEquals(Percent.parse("-18.75%"), yoy.expectedGrowth(current));
  }

  @Test
  void newItemGrowsOneHundredPercentByConvention() {
    YearOnYear yoy = YearOnYear.of("30.00", "100.00%");
    assertEquals(Percent.HUNDRED, yoy.expectedGrowth(Amount.ofWanYuan("30.00")));
    assertEquals(Percent.ZERO, YearOnYear.of("0", "0%").expectedGrowth(Amount.zero()));
  }
}
