package io.budgetkit.project;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;
import java.util.Optional;

/**
 * One part of a project's 资金分配情况: an item and, where the document gives one, its amount.
 *
 * <p>Amounts are encoded as printed, unit slips included (the seed's 社保补贴 202.56 元 of a 300.16 万元
 * project is 202.56 元 here); the validator reports parts that do not add up to the scale.
 *
 * @param item what the money is for, as printed
 * @param amount the amount, empty where the document lists the item without one
 */
public record AllocationPart(String item, Optional<Amount> amount) {
  /** Checks the components. */
  public AllocationPart {
    requireNonNull(item, "item");
    requireNonNull(amount, "amount");
  }

  /** A part with an amount. */
  public static AllocationPart of(String item, Amount amount) {
    return new AllocationPart(item, Optional.of(amount));
  }

  /** A part listed without an amount. */
  public static AllocationPart unpriced(String item) {
    return new AllocationPart(item, Optional.empty());
  }
}
