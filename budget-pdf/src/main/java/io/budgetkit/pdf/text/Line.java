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

  /**
   * The text with its gaps kept, as {@code pdftotext -layout} prints it: runs separated by one
   * space per half em of horizontal gap (at least one), so that a table row's columns stay apart
   * from each other and from prose.
   */
  public String layoutText() {
    StringBuilder b = new StringBuilder(runs.get(0).text());
    for (int i = 1; i < runs.size(); i++) {
      Run previous = runs.get(i - 1);
      Run run = runs.get(i);
      float halfEm = Math.max(1f, em(previous) / 2);
      int spaces = Math.round((run.left() - previous.right()) / halfEm);
      b.append(" ".repeat(Math.max(1, Math.min(spaces, MAX_GAP)))).append(run.text());
    }
    return b.toString();
  }

  private static final int MAX_GAP = 80;

  private static float em(Run r) {
    float h = 0;
    for (Glyph g : r.glyphs()) {
      h = Math.max(h, g.height());
    }
    return h > 0 ? h : r.box().height() > 0 ? (float) r.box().height() : 10f;
  }

  /** This line as a {@link TextLine} of the document's source text, gaps kept. */
  public TextLine toTextLine() {
    return new TextLine(page, layoutText(), Optional.of(box()));
  }
}
