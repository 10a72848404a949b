package io.budgetkit.document;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One printed line of a document's text, as read from its page: the characters in reading order
 * and, where the source gives positions (a PDF), the box they occupy.
 *
 * @param page the page it is printed on, counting from 1
 * @param text the characters of the line, without its line break
 * @param box where it is printed, if known
 */
public record TextLine(int page, String text, Optional<Box> box) {
  /** Checks the components. */
  public TextLine {
    if (page < 1) {
      throw new IllegalArgumentException("Page numbers start at 1: " + page);
    }
    requireNonNull(text, "text");
    requireNonNull(box, "box");
  }

  /** A line with no known position. */
  public static TextLine of(int page, String text) {
    return new TextLine(page, text, Optional.empty());
  }
}
