/**
 * Table rows as typed values (rows keyed by code, fund source, project or label, cells by column),
 * and the seed's ten tables (表1–表10) as an entry format.
 *
 * <p>A table derived from lines and a table entered as published are the same kind of object and
 * compare cell by cell. A blank cell is an absent cell and counts as zero. Tables are derived from
 * lines by a layout ({@link io.budgetkit.layout.LayoutDerivation}); a {@link
 * io.budgetkit.table.Disclosure} holds the seed's ten tables as entered, {@link
 * io.budgetkit.table.TableDiff} lists the cells in which two versions differ and {@link
 * io.budgetkit.table.TableRenderer} writes them as text, Markdown or CSV. Depends on the model; the
 * model never depends on tables.
 */
@BudgetStyle
package io.budgetkit.table;

import io.budgetkit.BudgetStyle;
