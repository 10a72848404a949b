/**
 * Tables read from positioned text, driven by a {@link io.budgetkit.layout.Layout}: the printed
 * form of each table ({@link io.budgetkit.pdf.table.TableForm}, built from the layout), the reader,
 * the tables as extracted with their printed figures, and their keying into the layout model
 * ({@link io.budgetkit.pdf.table.PrintedTablesReader}). The identities are checked by {@code
 * io.budgetkit.validation.LayoutRules}, not here.
 */
package io.budgetkit.pdf.table;
