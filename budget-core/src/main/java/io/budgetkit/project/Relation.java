package io.budgetkit.project;

/**
 * The comparison of an indicator's target value: {@code >=}, {@code <=}, {@code =}, {@code >},
 * {@code <}.
 */
public enum Relation {
  /** At least: {@code >=} (also written ≥). */
  AT_LEAST(">="),
  /** At most: {@code <=} (also written ≤). */
  AT_MOST("<="),
  /** Exactly: {@code =}. */
  EQUAL("="),
  /** More than: {@code >}. */
  MORE_THAN(">"),
  /** Less than: {@code <}. */
  LESS_THAN("<");

  private final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  /** The ASCII symbol as the seed prints it. */
  public String symbol() {
    return symbol;
  }
}
