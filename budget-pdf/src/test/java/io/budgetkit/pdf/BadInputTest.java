package io.budgetkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.pdf.UnreadablePdfException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Each class of bad input fails with a one-line message naming the input, or becomes a finding. */
class BadInputTest {
  private static final String DOC = "2025_财政局_部门预算";

  private static byte[] corpus() throws IOException {
    try (InputStream in = BadInputTest.class.getResourceAsStream("/corpus/" + DOC + ".pdf")) {
      return in.readAllBytes();
    }
  }

  private static UnreadablePdfException fails(byte[] bytes, Reason reason) {
    UnreadablePdfException e =
        assertThrows(
            UnreadablePdfException.class, () -> PdfImporter.auto().importBytes("in.pdf", bytes));
    assertEquals(reason, e.reason(), e.getMessage());
    assertTrue(e.getMessage().startsWith("in.pdf: "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e;
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    doc.close();
    return out.toByteArray();
  }

  @Test
  void notAPdf() {
    UnreadablePdfException e =
        fails("PK\u0003\u0004 a zip file".getBytes(StandardCharsets.ISO_8859_1), Reason.NOT_PDF);
    assertTrue(e.getMessage().contains("expected '%PDF-'"), e.getMessage());
  }

  @Test
  void emptyFile() {
    fails(new byte[0], Reason.NOT_PDF);
  }

  @Test
  void truncated() throws IOException {
    byte[] whole = corpus();
    fails(Arrays.copyOf(whole, whole.length / 2), Reason.TRUNCATED);
  }

  @Test
  void encryptedWithAPassword() throws IOException {
    PDDocument doc = Loader.loadPDF(corpus());
    doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
    UnreadablePdfException e = fails(save(doc), Reason.ENCRYPTED);
    assertTrue(e.getMessage().contains("password"), e.getMessage());
  }

  @Test
  void scannedPagesWithoutText() throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      s.addRect(50, 50, 200, 300); // an image-like block, no text
      s.fill();
    }
    UnreadablePdfException e = fails(save(doc), Reason.NO_TEXT);
    assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
  }

  @Test
  void pageOfGarbageOnly() throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage();
    COSStream garbage = doc.getDocument().createCOSStream();
    try (var out = garbage.createOutputStream()) {
      byte[] noise = new byte[4096];
      new java.util.Random(7).nextBytes(noise);
      out.write(noise);
    }
    page.getCOSObject().setItem(COSName.CONTENTS, garbage);
    doc.addPage(page);
    fails(save(doc), Reason.NO_TEXT);
  }

  @Test
  void aGarbagePageInARealDocumentIsAFinding() throws IOException {
    PDDocument doc = Loader.loadPDF(corpus());
    PDPage page = new PDPage();
    COSStream garbage = doc.getDocument().createCOSStream();
    try (var out = garbage.createOutputStream()) {
      out.write("BT /F9 12 Tf (x Tj ET q 1 0 0 cm Do %%%% )))".getBytes(StandardCharsets.US_ASCII));
    }
    page.getCOSObject().setItem(COSName.CONTENTS, garbage);
    doc.addPage(page);
    int pages = doc.getNumberOfPages();
    ImportResult r = PdfImporter.auto().importBytes("in.pdf", save(doc));
    assertEquals(9, r.tables().size());
    assertTrue(
        r.findings().stream()
            .anyMatch(
                f ->
                    f.ruleId().equals("pdf.page-without-text")
                        && f.message().contains("page " + pages)),
        r.report());
  }

  @Test
  void unknownLayout() throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      s.beginText();
      s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      s.newLineAtOffset(72, 700);
      s.showText("Quarterly report 2025: revenue 1,234.00");
      s.endText();
    }
    UnreadablePdfException e = fails(save(doc), Reason.UNKNOWN_LAYOUT);
    assertTrue(e.getMessage().contains("unknown layout"), e.getMessage());
  }

  @Test
  void aMissingTableIsAFindingNotASilentGap() throws IOException {
    PDDocument doc = Loader.loadPDF(corpus());
    // page 21 prints the 三公 table; without it the import reports the table missing
    int threePublic =
        PdfImporter.auto().importBytes(DOC, corpus()).table(9).orElseThrow().firstPage();
    doc.removePage(threePublic - 1);
    ImportResult r = PdfImporter.auto().importBytes("in.pdf", save(doc));
    assertEquals(8, r.tables().size());
    assertTrue(r.document().layoutTables().orElseThrow().table("t9").isEmpty());
    assertTrue(r.hasErrors());
    assertTrue(r.report().contains("pdf.table-missing"), r.report());
  }

  @Test
  void limitsOnPagesAndSize() throws IOException {
    byte[] bytes = corpus();
    ImportLimits fewPages =
        new ImportLimits(64L << 20, 5, 50_000, 256L << 20, Duration.ofSeconds(60));
    UnreadablePdfException pages =
        assertThrows(
            UnreadablePdfException.class,
            () -> PdfImporter.auto().withLimits(fewPages).importBytes("in.pdf", bytes));
    assertEquals(Reason.TOO_LARGE, pages.reason());
    assertTrue(pages.getMessage().contains("limit of 5"), pages.getMessage());
    ImportLimits small = new ImportLimits(1000, 500, 50_000, 256L << 20, Duration.ofSeconds(60));
    UnreadablePdfException size =
        assertThrows(
            UnreadablePdfException.class,
            () -> PdfImporter.auto().withLimits(small).importBytes("in.pdf", bytes));
    assertEquals(Reason.TOO_LARGE, size.reason());
  }
}
