package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;

/**
 * 机关运行经费: the fiscal appropriation for running the offices, which by definition equals basic
 * operating expenditure (公用经费).
 *
 * @param amount the amount (the seed: 10.84 万元)
 * @param administrativeUnits subordinate administrative units included
 * @param institutionUnits subordinate institutions included
 */
public record OperatingCosts(Amount amount, int administrativeUnits, int institutionUnits) {
  /** Checks the components. */
  public OperatingCosts {
    requireNonNull(amount, "amount");
  }
}
