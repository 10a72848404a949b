/**
 * A budget document: a {@link io.budgetkit.model.UnitBudget} together with the tables its
 * disclosure published, the unit of reading, writing and validating a whole budget.
 *
 * <p>Depends on the model and the tables.
 */
@BudgetStyle
package io.budgetkit.document;

import io.budgetkit.BudgetStyle;
