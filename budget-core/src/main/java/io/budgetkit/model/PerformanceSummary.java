package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;

/**
 * 预算绩效情况: how many projects are under performance management and how much they involve.
 *
 * @param fiscalProjects 财政拨款项目 count (the seed: 10)
 * @param fiscalAmount their amount (13,801.65 万元)
 * @param nonFiscalProjects 非财政拨款项目 count
 * @param nonFiscalAmount their amount
 */
public record PerformanceSummary(
    int fiscalProjects, Amount fiscalAmount, int nonFiscalProjects, Amount nonFiscalAmount) {
  /** Checks the components. */
  public PerformanceSummary {
    requireNonNull(fiscalAmount, "fiscalAmount");
    requireNonNull(nonFiscalAmount, "nonFiscalAmount");
  }
}
