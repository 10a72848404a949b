package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

/**
 * A term of the disclosure's glossary (名词解释) with its definition, as printed: 财政拨款 — 指由一般公共预算、
 * 政府性基金预算、国有资本经营预算安排的财政拨款数.
 *
 * @param term the term
 * @param definition the definition, PDF line breaks removed
 */
public record GlossaryEntry(String term, String definition) {
  /** Checks the components. */
  public GlossaryEntry {
    requireNonNull(term, "term");
    requireNonNull(definition, "definition");
  }
}
