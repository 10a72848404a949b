package io.budgetkit.testkit;

import static java.util.Objects.requireNonNull;

import io.budgetkit.document.BudgetDocument;

/**
 * A document that breaks one known identity: the rule that checks it, the place where it was broken
 * and what was done.
 *
 * <p>What "breaks exactly one identity" means here: the document is a consistent one of {@link
 * BudgetGenerators#documents(io.budgetkit.layout.Layout)} with one planted change, and
 *
 * <ul>
 *   <li>rule {@code ruleId} reports at least one finding that names {@code place}: in its location
 *       text ({@link io.budgetkit.validation.Location#toString()}) or in its message, where the
 *       findings of table identities list the cells they sum;
 *   <li>when {@code alone} is true, the changed figure is read by {@code ruleId} only, so that its
 *       findings are the only findings of the document;
 *   <li>when {@code alone} is false, one changed figure may legitimately break several identities
 *       that read it (a 表3 项 cell is a term of its row, of its 款 and of 表2's row): other rules may
 *       report too, each finding naming {@code place}, except for the broken budgets of {@link
 *       BrokenBudgets} whose planted project or line also reaches the derived tables and facts.
 * </ul>
 *
 * @param document the document
 * @param ruleId the id of the rule of {@link io.budgetkit.validation.Validators#document()} that
 *     must fire
 * @param place text that a finding of that rule names: a cell's location text ({@code 表3 f:2080101
 *     basic}), {@code narrative 基本支出}, {@code 政府采购预算}, {@code project 光纤费 补贴标准} …
 * @param what what was planted, in words, for failure messages
 * @param alone whether the planted rule must be the only one to report
 */
public record BrokenDocument(
    BudgetDocument document, String ruleId, String place, String what, boolean alone) {
  /** Checks the components. */
  public BrokenDocument {
    requireNonNull(document, "document");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(place, "place");
    requireNonNull(what, "what");
  }

  @Override
  public String toString() {
    return ruleId
        + " at "
        + place
        + ": "
        + what
        + " ("
        + document.budget().lines().size()
        + " lines, "
        + document.budget().projects().size()
        + " projects)";
  }
}
