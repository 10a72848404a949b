package io.budgetkit.model;

import static io.budgetkit.testkit.BudgetGenerators.amounts;
import static io.budgetkit.testkit.BudgetGenerators.percents;
import static io.budgetkit.testkit.BudgetGenerators.wanYuanAmounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.money.Amount;
import io.budgetkit.money.Percent;
import org.junit.jupiter.api.Test;

class YearOnYearProperties {

  @Test
  void aFigureRebuiltFromItsChangeGivesBackThePrior() {
    qt().forAll(amounts(), amounts(), percents())
        .checkAssert(
            (prior, current, growth) -> {
              YearOnYear yoy = new YearOnYear(current.minus(prior), growth);
              assertEquals(prior, yoy.impliedPrior(current));
              assertEquals(current, yoy.impliedPrior(current).plus(yoy.change()));
            });
  }

  @Test
  void expectedGrowthIsTheChangeAsARatioOfAPositivePrior() {
    qt().forAll(wanYuanAmounts(), wanYuanAmounts())
        .assuming((prior, current) -> !prior.isZero())
        .checkAssert(
            (prior, current) -> {
              Amount change = current.minus(prior);
              YearOnYear yoy = new YearOnYear(change, Percent.ZERO);
              assertEquals(Percent.ratio(change, prior), yoy.expectedGrowth(current));
              // the growth printed with the change is not read: only the change is
              assertEquals(
                  yoy.expectedGrowth(current),
                  new YearOnYear(change, Percent.HUNDRED).expectedGrowth(current));
            });
  }

  @Test
  void growthFromAZeroPriorIsOneHundredPercentOrZeroWithoutChange() {
    qt().forAll(wanYuanAmounts())
        .checkAssert(
            current -> {
              YearOnYear yoy = new YearOnYear(current, Percent.HUNDRED);
              assertEquals(Amount.zero(), yoy.impliedPrior(current));
              assertEquals(
                  current.isZero() ? Percent.ZERO : Percent.HUNDRED, yoy.expectedGrowth(current));
            });
  }

  @Test
  void aDecreaseGivesGrowthNoAboveZeroAndNoBelowMinusOneHundred() {
    qt().forAll(wanYuanAmounts(), wanYuanAmounts())
        .checkAssert(
            (x, y) -> {
              Amount current = x.isLessThan(y) ? x : y;
              Amount prior = x.isLessThan(y) ? y : x;
              if (prior.isZero()) {
                return;
              }
              Percent g =
                  new YearOnYear(current.minus(prior), Percent.ZERO).expectedGrowth(current);
              assertTrue(g.value().signum() <= 0, g.toString());
              assertTrue(g.compareTo(Percent.HUNDRED.negated()) >= 0, g.toString());
            });
  }
}
