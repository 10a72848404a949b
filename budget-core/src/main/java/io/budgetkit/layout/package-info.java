/**
 * Layouts as data: which tables a region's disclosure prints, their rows and columns, and which
 * slice of the budget's lines each column sums.
 *
 * <p>A {@link io.budgetkit.layout.Layout} is a plain value that a user can write as a file and load
 * at run time; {@link io.budgetkit.layout.LayoutDerivation} derives any layout's tables from a
 * budget's lines in one generic pass, and {@link io.budgetkit.layout.Identities} generates the
 * identities between the printed cells (a parent row is the sum of its children, a column the sum
 * of the columns that partition its slice, cells of equal slices agree across tables) so that no
 * identity is written by hand per table.
 *
 * <p>Depends on codes, money, the model and the tables.
 */
@BudgetStyle
package io.budgetkit.layout;

import io.budgetkit.BudgetStyle;
