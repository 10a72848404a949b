/**
 * Validation: rules with stable ids, profiles that switch them off or change their severity, and
 * reports of findings (rule, severity, location, message, expected, actual).
 *
 * <p>Validation never throws for a mistake in the budget: every disagreement is a {@link
 * io.budgetkit.validation.Finding} in a {@link io.budgetkit.validation.ValidationReport}. Depends
 * on the model, the tables and the document; nothing below depends on it.
 *
 * <p>{@link io.budgetkit.validation.BudgetRules} checks a budget's lines and projects; {@link
 * io.budgetkit.validation.LayoutRules} checks the tables in the document's layout with the
 * identities generated from it and against the lines; the narrative rules check the narrative
 * figures against those tables (§5); {@link io.budgetkit.validation.StatementRules} checks the
 * narrative statements; {@link io.budgetkit.validation.TextRules} checks the document's printed
 * text (completeness, years, wording, explanations, text quality), each finding with its evidence;
 * {@link io.budgetkit.validation.Validators#document()} runs them all. docs/rules.md lists every
 * rule.
 */
@BudgetStyle
package io.budgetkit.validation;

import io.budgetkit.BudgetStyle;
