/**
 * Tables read from positioned text: a layout's table descriptions ({@link
 * io.budgetkit.pdf.table.LayoutSpec}, data), the reader, the extracted tables with printed figures,
 * and the identities checked on them.
 */
package io.budgetkit.pdf.table;
