package io.budgetkit.pdf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.pdf.ImportLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** Text drawn wholly outside the clipping path is not read: a reader does not see it. */
class PdfTextClipTest {
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  private static void text(PDPageContentStream c, float x, float y, String s) throws IOException {
    c.beginText();
    c.setFont(FONT, 12);
    c.newLineAtOffset(x, y);
    c.showText(s);
    c.endText();
  }

  private static List<String> lines(byte[] pdf) {
    return PdfText.read("clip.pdf", pdf, ImportLimits.DEFAULT).pages().get(0).lines().stream()
        .map(Line::text)
        .toList();
  }

  @Test
  void glyphsOutsideTheClipAreLeftOutAndTheClipEndsWithItsGraphicsState() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(600, 400));
      doc.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.saveGraphicsState();
        c.addRect(100, 100, 200, 100); // x 100–300, y 100–200
        c.clip();
        text(c, 110, 180, "INSIDE");
        text(c, 110, 300, "ABOVE");
        text(c, 270, 150, "EDGE"); // its last E straddles the clip's right side: partly seen, kept
        c.restoreGraphicsState();
        text(c, 110, 350, "RESTORED");
        // an even-odd clip with a hole: text in the hole is not painted
        c.saveGraphicsState();
        c.addRect(20, 20, 560, 60);
        c.addRect(300, 30, 200, 40);
        c.clipEvenOdd();
        text(c, 40, 45, "RING");
        text(c, 350, 45, "HOLE");
        c.restoreGraphicsState();
        // a flipped coordinate system, as the corpus's pages draw theirs, clipping the lower half
        c.saveGraphicsState();
        c.transform(new Matrix(1, 0, 0, -1, 0, 400));
        c.addRect(0, 0, 600, 200);
        c.clip();
        c.transform(new Matrix(1, 0, 0, -1, 0, 0));
        text(c, 400, -120, "UPPER"); // y 120 in the flipped space: kept
        text(c, 400, -300, "LOWER"); // y 300: below the clip
        c.restoreGraphicsState();
      }
      doc.save(out);
    }
    assertEquals(List.of("RESTORED", "UPPER", "INSIDE", "EDGE", "RING"), lines(out.toByteArray()));
  }
}
