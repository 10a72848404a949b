/**
 * The narrative of a disclosure (编制说明, 其他相关情况说明) read into {@link io.budgetkit.layout.Statement}s:
 * the layout's standard sentences are data ({@link io.budgetkit.pdf.narrative.NarrativePatterns}, a
 * JSON resource per layout of named regular expressions and what each group means), applied by
 * {@link io.budgetkit.pdf.narrative.NarrativeReader} to the printed lines joined into paragraphs.
 * Whether the statements agree with the tables is checked by the validation rules, not here.
 */
package io.budgetkit.pdf.narrative;
