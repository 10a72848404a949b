package io.budgetkit.validation;

/** How serious a finding is. Ordered from the most to the least serious. */
public enum Severity {
  /** The figures contradict an identity the disclosure must satisfy. */
  ERROR,
  /** The figures disagree with what is expected, within what could be a convention or a slip. */
  WARNING,
  /** Worth knowing; not a disagreement. */
  INFO
}
