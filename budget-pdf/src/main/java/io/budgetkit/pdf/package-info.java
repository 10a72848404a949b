/**
 * Imports published budget disclosure PDFs: {@link io.budgetkit.pdf.PdfImporter} reads a PDF's text
 * layer with Apache PDFBox (no OCR, no network), within {@link io.budgetkit.pdf.ImportLimits}, into
 * a {@link io.budgetkit.document.BudgetDocument} with its source text, the tables of its layout and
 * an import report.
 *
 * <p>Depends on budget-core, PDFBox and picocli (the {@code import} command).
 */
package io.budgetkit.pdf;
