package io.budgetkit.pdf.table;

import static java.util.Objects.requireNonNull;

import io.budgetkit.document.Box;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;

/**
 * A figure as printed in a table cell: its text ({@code 1,467,842.00}, {@code 9,501,164}, {@code
 * 0}, {@code 0.00}, {@code 6.4}), the exact amount it denotes in the table's unit, and where it is
 * printed. A blank cell has no printed amount at all. Immutable.
 *
 * @param text the characters printed
 * @param amount the amount, exact
 * @param unit the unit the table prints in
 * @param page the page, from 1
 * @param box where it is printed
 */
public record PrintedAmount(String text, Amount amount, MoneyUnit unit, int page, Box box) {
  /** Checks the components. */
  public PrintedAmount {
    requireNonNull(text, "text");
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
    requireNonNull(box, "box");
  }

  /** The number of decimals printed: 2 for {@code 0.00}, 0 for {@code 0} or {@code 9,501,164}. */
  public int decimals() {
    int dot = text.indexOf('.');
    return dot < 0 ? 0 : text.length() - dot - 1;
  }

  /** Whether thousands are separated by commas. */
  public boolean grouped() {
    return text.indexOf(',') >= 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
