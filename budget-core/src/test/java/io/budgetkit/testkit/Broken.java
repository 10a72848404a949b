package io.budgetkit.testkit;

import static java.util.Objects.requireNonNull;

import io.budgetkit.model.UnitBudget;

/**
 * A budget that breaks exactly one rule, the id of that rule and what was done to break it.
 *
 * @param budget the budget, otherwise consistent
 * @param ruleId the id of the one rule it breaks, e.g. {@code project.lines}
 * @param what what was planted, in words, for failure messages
 */
public record Broken(UnitBudget budget, String ruleId, String what) {
  /** Checks the components. */
  public Broken {
    requireNonNull(budget, "budget");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(what, "what");
  }

  @Override
  public String toString() {
    return ruleId
        + ": "
        + what
        + " ("
        + budget.lines().size()
        + " lines, "
        + budget.projects().size()
        + " projects)";
  }
}
