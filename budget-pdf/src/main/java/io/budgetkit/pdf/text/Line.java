package io.budgetkit.pdf.text;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.Box;
import io.budgetkit.document.TextLine;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The runs printed on one baseline of one page, left to right: a printed line, or a table row.
 * Immutable.
 *
 * @param page the page, counting from 1
 * @param baseline the common baseline, from the top of the page
 * @param runs the runs, left to right, never empty
 */
public record Line(int page, float baseline, ImmutableList<Run> runs) {
  /** Checks the components. */
  public Line {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("A line has at least one run");
    }
  }

  /** The text: runs joined by one space. */
  public String text() {
    StringJoiner j = new StringJoiner(" ");
    for (Run r : runs) {
      j.add(r.text());
    }
    return j.toString();
  }

  /** The text without any spaces between runs: how a title or a label reads. */
  public String compactText() {
    StringBuilder b = new StringBuilder();
    for (Run r : runs) {
      b.append(r.text());
    }
    return b.toString().replace(" ", "").replace("\u3000", "");
  }

  /** The box the line occupies. */
  public Box box() {
    Box b = runs.get(0).box();
    for (int i = 1; i < runs.size(); i++) {
      b = b.union(runs.get(i).box());
    }
    return b;
  }

  /** Left edge. */
  public float left() {
    return runs.get(0).left();
  }

  /** This line as a {@link TextLine} of the document's source text. */
  public TextLine toTextLine() {
    return new TextLine(page, text(), Optional.of(box()));
  }
}
