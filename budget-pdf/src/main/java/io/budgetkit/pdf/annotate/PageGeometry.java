package io.budgetkit.pdf.annotate;

import io.budgetkit.document.Box;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Converts a {@link Box} — points from the top-left corner of the page as displayed, that is of its
 * crop box turned by its {@code /Rotate} — to a rectangle in the page's user space (points from the
 * bottom-left of the media box, before rotation), where annotations are placed. This is the frame
 * the importer's text positions use for text that reads upright on the displayed page.
 */
final class PageGeometry {
  private final float left;
  private final float bottom;
  private final float width;
  private final float height;
  private final int rotation;

  private PageGeometry(PDPage page) {
    PDRectangle crop = page.getCropBox();
    this.left = crop.getLowerLeftX();
    this.bottom = crop.getLowerLeftY();
    this.width = crop.getWidth();
    this.height = crop.getHeight();
    this.rotation = Math.floorMod(page.getRotation(), 360);
  }

  static PageGeometry of(PDPage page) {
    return new PageGeometry(page);
  }

  /** Whether the page is displayed turned. */
  boolean rotated() {
    return rotation != 0;
  }

  /** The width of the page as displayed. */
  float displayWidth() {
    return rotation % 180 == 0 ? width : height;
  }

  /** The rectangle in user space covering {@code box}. */
  PDRectangle toUser(Box box) {
    double x = box.x();
    double y = box.y();
    double w = box.width();
    double h = box.height();
    double x0;
    double y0;
    double uw;
    double uh;
    switch (rotation) {
      case 90 -> {
        // displayed x runs up the page, displayed y runs right
        x0 = y;
        y0 = x;
        uw = h;
        uh = w;
      }
      case 180 -> {
        x0 = width - x - w;
        y0 = y;
        uw = w;
        uh = h;
      }
      case 270 -> {
        x0 = width - y - h;
        y0 = height - x - w;
        uw = h;
        uh = w;
      }
      default -> {
        x0 = x;
        y0 = height - y - h;
        uw = w;
        uh = h;
      }
    }
    return new PDRectangle((float) (left + x0), (float) (bottom + y0), (float) uw, (float) uh);
  }
}
