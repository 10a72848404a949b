package io.budgetkit.pdf.text;

/**
 * One printed character (or ligature) with its position, in PDF points from the page's top-left
 * corner.
 *
 * @param text the Unicode text of the glyph
 * @param x left edge
 * @param baseline the baseline, measured downwards from the top of the page
 * @param width advance width
 * @param height glyph height above the baseline
 */
public record Glyph(String text, float x, float baseline, float width, float height) {
  /** The right edge. */
  public float right() {
    return x + width;
  }
}
