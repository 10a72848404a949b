package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A year-on-year comparison as the narrative prints it, in any of its forms: a change only ("比2024年
 * 预算增加24,491.71万元"), a rate only ("比2023年预算执行数减少57.14%"), both, the prior figure stated
 * ("2023年当年预算执行数为60.13万元"), or 持平. Signs are the printed direction: 减少, 下降 negative.
 *
 * @param base what last year's figure is: 预算, 预算执行数 or 决算
 * @param baseYear the year the comparison names (the budget year minus one when correct)
 * @param prior last year's figure, where printed
 * @param change the change in money, where printed (negative for 减少)
 * @param rate the rate in percent as printed, scale kept ({@code -57.14} for 减少57.14%)
 * @param flat whether the text says 持平 (no change)
 */
public record Comparison(
    Base base,
    int baseYear,
    Optional<Amount> prior,
    Optional<Amount> change,
    Optional<BigDecimal> rate,
    boolean flat) {

  /** What a comparison's prior-year figure is. */
  public enum Base {
    /** 上年预算 (预算数). */
    BUDGET("预算"),
    /** 上年当年预算执行数. */
    EXECUTION("预算执行数"),
    /** 上年决算数. */
    FINAL("决算数");

    private final String label;

    Base(String label) {
      this.label = label;
    }

    /** The words as printed after the year: 预算, 预算执行数, 决算数. */
    public String label() {
      return label;
    }
  }

  /** Checks the components: 持平 carries no change or rate other than zero. */
  public Comparison {
    requireNonNull(base, "base");
    requireNonNull(prior, "prior");
    requireNonNull(change, "change");
    requireNonNull(rate, "rate");
    if (flat
        && (change.map(c -> !c.isZero()).orElse(false)
            || rate.map(r -> r.signum() != 0).orElse(false))) {
      throw new IllegalArgumentException("持平 with a non-zero change or rate");
    }
  }
}
