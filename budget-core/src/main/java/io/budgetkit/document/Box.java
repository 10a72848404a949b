package io.budgetkit.document;

/**
 * A rectangle on a printed page, in PDF points (1/72 inch) from the page's top-left corner: where a
 * figure or a piece of text was printed.
 *
 * @param x left edge
 * @param y top edge, measured downwards from the top of the page
 * @param width width, not negative
 * @param height height, not negative
 */
public record Box(double x, double y, double width, double height) {
  /** Checks that the size is finite and not negative, and rounds to 0.01 pt. */
  public Box {
    if (!(Double.isFinite(x) && Double.isFinite(y))) {
      throw new IllegalArgumentException("Box corner must be finite: " + x + ", " + y);
    }
    if (!(width >= 0 && height >= 0 && Double.isFinite(width) && Double.isFinite(height))) {
      throw new IllegalArgumentException(
          "Box size must be finite and not negative: " + width + " × " + height);
    }
    x = hundredths(x);
    y = hundredths(y);
    width = hundredths(width);
    height = hundredths(height);
  }

  private static double hundredths(double v) {
    return Math.rint(v * 100) / 100;
  }

  /** The smallest box holding this one and {@code other}. */
  public Box union(Box other) {
    double left = Math.min(x, other.x);
    double top = Math.min(y, other.y);
    double right = Math.max(x + width, other.x + other.width);
    double bottom = Math.max(y + height, other.y + other.height);
    return new Box(left, top, right - left, bottom - top);
  }
}
