/**
 * A PDF's text layer as positioned glyphs, runs and lines per page, read with PDFBox's text engine
 * but laid out by position, not by PDFBox's text dump.
 */
package io.budgetkit.pdf.text;
