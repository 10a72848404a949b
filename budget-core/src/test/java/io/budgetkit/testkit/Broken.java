package io.budgetkit.testkit;

import static java.util.Objects.requireNonNull;

import io.budgetkit.model.UnitBudget;

/**
 * A budget that breaks exactly one rule, the id of that rule and what was done to break it.
 *
 * @param budget the budget, otherwise consistent
 * @param ruleId the id of the one rule it breaks, e.g. {@code project.lines}
 * @param place what the planted rule's findings name: the planted project ({@link
 *     BrokenBudgets#PLANTED}), or the fact changed (预算绩效情况, 政府采购, a project's 补贴标准 …)
 * @param what what was planted, in words, for failure messages
 */
public record Broken(UnitBudget budget, String ruleId, String place, String what) {
  /** Checks the components. */
  public Broken {
    requireNonNull(budget, "budget");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(place, "place");
    requireNonNull(what, "what");
  }

  /** A budget broken on the planted project or a line of it ({@link BrokenBudgets#PLANTED}). */
  public Broken(UnitBudget budget, String ruleId, String what) {
    this(budget, ruleId, BrokenBudgets.PLANTED, what);
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
