/**
 * The budget model: fund sources, expenditure kinds, budget lines, the unit's profile and disclosed
 * facts, the whole {@link io.budgetkit.model.UnitBudget}, and roll-ups of lines over the
 * classification hierarchies.
 *
 * <p>Depends on {@code code}, {@code money} and {@code project}; never on tables or validation.
 * Roll-ups sum whole fen in {@code long} and wrap each total once, so they stay fast at millions of
 * lines.
 */
@BudgetStyle
package io.budgetkit.model;

import io.budgetkit.BudgetStyle;
