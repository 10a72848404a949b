package io.budgetkit.project;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import java.util.Optional;

/**
 * A subsidy standard (补贴标准): an amount per person per period, and the text as printed.
 *
 * <p>The seed prints {@code 2050.27 人/月} (元 per person per month), {@code 1.54 万元/年} and {@code
 * 774.34 元/} (the period lost). The printed text is kept verbatim; {@code perPerson} and {@code
 * period} are its reading. The standard is itself rounded as printed, so a check of recipients ×
 * standard × periods against the funds allows for that rounding.
 *
 * @param perPerson the amount paid to one person for one period
 * @param period the period, empty where the document omits it
 * @param printed the standard as printed
 * @param printedUnit the unit in which the standard is printed (its rounding is half a unit of its
 *     last printed decimal in that unit)
 */
public record SubsidyStandard(
    Amount perPerson, Optional<SubsidyPeriod> period, String printed, MoneyUnit printedUnit) {
  /** Checks the components. */
  public SubsidyStandard {
    requireNonNull(perPerson, "perPerson");
    requireNonNull(period, "period");
    requireNonNull(printed, "printed");
    requireNonNull(printedUnit, "printedUnit");
    if (perPerson.isNegative()) {
      throw new IllegalArgumentException("Subsidy standard '" + printed + "' is negative");
    }
  }
}
