package io.budgetkit.pdf.text;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.Box;
import java.util.List;

/**
 * Glyphs printed next to each other on one baseline with no wider gap than a space: a word, a
 * figure or a cell's text. Immutable.
 *
 * @param glyphs the glyphs, left to right, never empty
 */
public record Run(ImmutableList<Glyph> glyphs) {
  /** Checks that there is at least one glyph. */
  public Run {
    if (glyphs.isEmpty()) {
      throw new IllegalArgumentException("A run has at least one glyph");
    }
  }

  /** A run of {@code glyphs}. */
  public static Run of(List<Glyph> glyphs) {
    return new Run(ImmutableList.copyOf(glyphs));
  }

  /** The text, glyphs concatenated. */
  public String text() {
    StringBuilder b = new StringBuilder(glyphs.size());
    for (Glyph g : glyphs) {
      b.append(g.text());
    }
    return b.toString();
  }

  /** Left edge. */
  public float left() {
    return glyphs.get(0).x();
  }

  /** Right edge. */
  public float right() {
    float r = Float.NEGATIVE_INFINITY;
    for (Glyph g : glyphs) {
      r = Math.max(r, g.right());
    }
    return r;
  }

  /** Horizontal centre. */
  public float centre() {
    return (left() + right()) / 2;
  }

  /** The baseline of the first glyph. */
  public float baseline() {
    return glyphs.get(0).baseline();
  }

  /** The box the run occupies. */
  public Box box() {
    float top = Float.POSITIVE_INFINITY;
    float bottom = Float.NEGATIVE_INFINITY;
    for (Glyph g : glyphs) {
      top = Math.min(top, g.baseline() - g.height());
      bottom = Math.max(bottom, g.baseline());
    }
    return new Box(left(), top, Math.max(0, right() - left()), Math.max(0, bottom - top));
  }

  /** The sub-run of glyphs {@code from} (inclusive) to {@code to} (exclusive). */
  public Run slice(int from, int to) {
    return new Run(glyphs.subList(from, to));
  }
}
