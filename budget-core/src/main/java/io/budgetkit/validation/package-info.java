/**
 * Validation: rules with stable ids, profiles that switch them off or change their severity, and
 * reports of findings (rule, severity, location, message, expected, actual).
 *
 * <p>Validation never throws for a mistake in the budget: every disagreement is a {@link
 * io.budgetkit.validation.Finding} in a {@link io.budgetkit.validation.ValidationReport}. Depends
 * on the model, the tables and the document; nothing below depends on it.
 */
@BudgetStyle
package io.budgetkit.validation;

import io.budgetkit.BudgetStyle;
