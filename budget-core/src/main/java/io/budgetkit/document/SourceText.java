package io.budgetkit.document;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The full printed text of a document in reading order, line by line with pages (and positions
 * where known): what text-level rules read (years, wording, punctuation, completeness) and what a
 * finding's {@link Evidence} points into. Immutable.
 *
 * @param lines every line of every page, in page order
 */
public record SourceText(ImmutableList<TextLine> lines) {
  /** Checks that the lines are in page order. */
  public SourceText {
    int page = 1;
    for (TextLine l : lines) {
      if (l.page() < page) {
        throw new IllegalArgumentException(
            "Lines must be in page order: page " + l.page() + " after page " + page);
      }
      page = l.page();
    }
  }

  /** The text of {@code lines}. */
  public static SourceText of(List<TextLine> lines) {
    return new SourceText(ImmutableList.copyOf(lines));
  }

  /** The lines printed on {@code page}. */
  public List<TextLine> page(int page) {
    return lines.stream().filter(l -> l.page() == page).collect(ImmutableList.toImmutableList());
  }

  /** The number of the last page with text, 0 if there is none. */
  public int pageCount() {
    return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page();
  }
}
