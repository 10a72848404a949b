package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

/**
 * A headcount of one category and its change over last year: 在职 26 人，增加 0 人.
 *
 * @param category the category
 * @param count people now
 * @param change the change over last year, negative for a decrease
 */
public record StaffCount(StaffCategory category, int count, int change) {
  /** Checks the components. */
  public StaffCount {
    requireNonNull(category, "category");
    if (count < 0) {
      throw new IllegalArgumentException(category + " count " + count + " is negative");
    }
  }
}
