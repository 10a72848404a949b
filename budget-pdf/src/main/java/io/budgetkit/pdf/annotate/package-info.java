/**
 * The reviewer's PDF: {@link io.budgetkit.pdf.annotate.PdfAnnotator} writes a copy of a source PDF
 * with each finding marked at its evidence and a linked listing of all findings before the first
 * page; {@link io.budgetkit.pdf.annotate.AnnotateOption} is the {@code --annotate OUT.pdf} option
 * of a command.
 *
 * <p>Depends on budget-core (findings and their evidence), PDFBox and picocli; never on the
 * importer's internals.
 */
package io.budgetkit.pdf.annotate;
