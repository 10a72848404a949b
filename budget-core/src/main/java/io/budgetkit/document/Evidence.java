package io.budgetkit.document;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where in the printed document a figure or a finding is, for a reviewer to look: the page, the box
 * on the page where known, and a short snippet of the text printed there.
 *
 * @param page the page, counting from 1
 * @param box the box on the page, if known
 * @param snippet the printed text, at most {@link #MAX_SNIPPET} characters (longer text is cut with
 *     an ellipsis)
 */
public record Evidence(int page, Optional<Box> box, String snippet) {
  /** The longest snippet kept, in characters. */
  public static final int MAX_SNIPPET = 120;

  /** Checks the page and cuts the snippet to {@link #MAX_SNIPPET}. */
  public Evidence {
    if (page < 1) {
      throw new IllegalArgumentException("Page numbers start at 1: " + page);
    }
    requireNonNull(box, "box");
    requireNonNull(snippet, "snippet");
    if (snippet.length() > MAX_SNIPPET) {
      snippet = snippet.substring(0, MAX_SNIPPET - 1) + "…";
    }
  }

  /** Evidence for a whole printed line. */
  public static Evidence of(TextLine line) {
    return new Evidence(line.page(), line.box(), line.text().strip());
  }
}
