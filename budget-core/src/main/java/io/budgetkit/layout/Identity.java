package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * One identity between printed cells, generated from a layout: {@code whole} equals the sum of
 * {@code parts} (one part: the two cells are equal).
 *
 * @param kind which family of identities it belongs to
 * @param whole the cell that should hold the sum
 * @param parts the cells that are summed; a blank or absent cell counts as zero
 */
public record Identity(Kind kind, Term whole, ImmutableList<Term> parts) {
  /** The families of generated identities, each checked by one validation rule. */
  public enum Kind {
    /** A code row equals the sum of its printed children; a total row the sum of the top rows. */
    ROWS("layout.rows"),
    /** A column equals the sum of the columns whose slices partition its slice. */
    COLUMNS("layout.columns"),
    /** A labelled row equals the sum of the labelled rows whose slices partition its slice. */
    LABELLED_ROWS("layout.labelled-rows"),
    /** Cells of equal slices agree across tables. */
    ACROSS("layout.across"),
    /** An explicit sum of the layout (the “三公” parts). */
    SUMS("layout.sums");

    private final String ruleId;

    Kind(String ruleId) {
      this.ruleId = ruleId;
    }

    /** The id of the validation rule that checks identities of this kind. */
    public String ruleId() {
      return ruleId;
    }
  }

  /** Checks the components. */
  public Identity {
    requireNonNull(kind, "kind");
    requireNonNull(whole, "whole");
    requireNonNull(parts, "parts");
  }
}
