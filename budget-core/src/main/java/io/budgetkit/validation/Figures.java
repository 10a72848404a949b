package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import io.budgetkit.layout.Term;
import io.budgetkit.money.Amount;

/**
 * The typed figures of an arithmetic finding on a table cell: which cell (table key, row key,
 * column id), what the identity gives there, what the document prints, and the rounding tolerance
 * that was allowed. Exact amounts, for code that processes findings rather than reads them.
 *
 * @param cell the cell the finding is about
 * @param expected what the identity gives (the sum of the parts, the other table's figure)
 * @param actual what the document prints in the cell
 * @param tolerance the largest difference the printing allowed (zero when every figure is exact)
 */
public record Figures(Term cell, Amount expected, Amount actual, Amount tolerance) {
  /** Checks the components. */
  public Figures {
    requireNonNull(cell, "cell");
    requireNonNull(expected, "expected");
    requireNonNull(actual, "actual");
    requireNonNull(tolerance, "tolerance");
  }
}
