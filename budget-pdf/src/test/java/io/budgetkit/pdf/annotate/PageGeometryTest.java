package io.budgetkit.pdf.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.document.Box;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * A box measured on the displayed page lands on the same spot in user space, for each rotation and
 * for a crop box that does not start at the origin. Expected rectangles worked out by hand on an A4
 * portrait media box (595 × 842).
 */
class PageGeometryTest {
  private static final Box BOX = new Box(100, 50, 200, 10);

  private static PDPage page(int rotation) {
    PDPage p = new PDPage(new PDRectangle(595, 842));
    p.setRotation(rotation);
    return p;
  }

  private static void assertRect(float x, float y, float w, float h, PDRectangle r) {
    assertEquals(x, r.getLowerLeftX(), 0.01, "x");
    assertEquals(y, r.getLowerLeftY(), 0.01, "y");
    assertEquals(w, r.getWidth(), 0.01, "width");
    assertEquals(h, r.getHeight(), 0.01, "height");
  }

  @Test
  void upright() {
    // 842 - 50 - 10 = 782
    assertRect(100, 782, 200, 10, PageGeometry.of(page(0)).toUser(BOX));
  }

  @Test
  void turnedClockwise() {
    // displayed 842 wide, 595 high: the displayed top edge is the media box's left edge
    assertRect(50, 100, 10, 200, PageGeometry.of(page(90)).toUser(BOX));
  }

  @Test
  void upsideDown() {
    // 595 - 100 - 200 = 295
    assertRect(295, 50, 200, 10, PageGeometry.of(page(180)).toUser(BOX));
  }

  @Test
  void turnedAnticlockwise() {
    // x: 595 - 50 - 10 = 535; y: 842 - 100 - 200 = 542
    assertRect(535, 542, 10, 200, PageGeometry.of(page(270)).toUser(BOX));
    assertRect(535, 542, 10, 200, PageGeometry.of(page(-90)).toUser(BOX));
  }

  @Test
  void cropBoxOffset() {
    PDPage p = page(0);
    p.setCropBox(new PDRectangle(20, 30, 500, 700));
    // top of the crop box is 730: 730 - 50 - 10 = 670
    assertRect(120, 670, 200, 10, PageGeometry.of(p).toUser(BOX));
  }
}
