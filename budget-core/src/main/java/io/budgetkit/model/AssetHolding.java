package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;

/**
 * A count of assets and their value: 车辆 2 辆，价值 21.86 万元.
 *
 * @param count how many
 * @param value their value
 */
public record AssetHolding(int count, Amount value) {
  /** Checks the components. */
  public AssetHolding {
    if (count < 0) {
      throw new IllegalArgumentException("Asset count " + count + " is negative");
    }
    requireNonNull(value, "value");
  }
}
