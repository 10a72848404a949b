package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;
import io.budgetkit.money.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A year-on-year comparison as printed: "比上年预算增加 10,622.61 万元，增长 1,340.04%".
 *
 * <p>{@code change} and {@code growth} are signed: 减少 and 下降 are negative. Given this year's
 * figure, last year's is implied ({@link #impliedPrior(Amount)}), and the growth the change implies
 * can be recomputed ({@link #expectedGrowth(Amount)}) with the document's rounding and its
 * convention of 100.00% for a zero prior.
 *
 * @param change the printed change, in CNY
 * @param growth the printed growth rate
 */
public record YearOnYear(Amount change, Percent growth) {
  /** Checks the components. */
  public YearOnYear {
    requireNonNull(change, "change");
    requireNonNull(growth, "growth");
  }

  /** Parses the printed pair: change in 万元 and growth, e.g. {@code of("-4.25", "-18.75%")}. */
  public static YearOnYear of(String changeWanYuan, String growth) {
    return new YearOnYear(Amount.ofWanYuan(changeWanYuan), Percent.parse(growth));
  }

  /** Last year's figure: {@code current − change}. */
  public Amount impliedPrior(Amount current) {
    return current.minus(change);
  }

  /**
   * The growth {@code change / prior × 100}, rounded half-up to two decimals, where {@code prior =
   * current − change}; 100.00% when the prior is zero and the change positive, 0.00% when both are
   * zero (the document's conventions).
   */
  public Percent expectedGrowth(Amount current) {
    Amount prior = impliedPrior(current);
    if (prior.isZero()) {
      return change.isZero() ? Percent.ZERO : Percent.HUNDRED;
    }
    BigDecimal g =
        BigDecimal.valueOf(change.fen())
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(prior.fen()), 2, RoundingMode.HALF_UP);
    return Percent.of(g);
  }
}
