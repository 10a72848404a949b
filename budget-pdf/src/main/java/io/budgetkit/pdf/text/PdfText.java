package io.budgetkit.pdf.text;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.pdf.ImportLimits;
import io.budgetkit.pdf.UnreadablePdfException;
import io.budgetkit.pdf.UnreadablePdfException.Reason;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF, page by page, as lines of positioned runs. Reading checks the input and
 * the {@link ImportLimits} and throws {@link UnreadablePdfException} with a one-line message for
 * bad input. Immutable once read.
 *
 * @param name the name of the input, for messages
 * @param pages one layout per page, in page order (empty pages included)
 */
public record PdfText(String name, ImmutableList<PageLayout> pages) {

  /**
   * Reads the text of the PDF in {@code bytes}.
   *
   * @param name the input's name, quoted in messages
   * @throws UnreadablePdfException if the bytes are not a readable PDF with text within the limits
   */
  public static PdfText read(String name, byte[] bytes, ImportLimits limits) {
    checkEnvelope(name, bytes, limits);
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    try (PDDocument doc = load(name, bytes, limits)) {
      int pageCount = doc.getNumberOfPages();
      if (pageCount > limits.maxPages()) {
        throw new UnreadablePdfException(
            Reason.TOO_LARGE,
            name + ": " + pageCount + " pages, more than the limit of " + limits.maxPages());
      }
      if (pageCount == 0) {
        throw new UnreadablePdfException(Reason.DAMAGED, name + ": the PDF has no pages");
      }
      Collector collector = new Collector(name, limits, deadline);
      try {
        collector.writeText(doc, Writer.nullWriter());
      } catch (IOException | RuntimeException e) {
        if (e instanceof UnreadablePdfException u) {
          throw u;
        }
        throw new UnreadablePdfException(
            Reason.DAMAGED,
            name + ": cannot read the text of page " + collector.page + ": " + oneLine(e),
            e);
      }
      PdfText text = new PdfText(name, ImmutableList.copyOf(collector.layouts));
      if (text.pages.stream().allMatch(p -> p.lines().isEmpty())) {
        throw new UnreadablePdfException(
            Reason.NO_TEXT,
            name
                + ": no text layer on any of its "
                + pageCount
                + " pages (a scanned document?); expected printed text, this importer does no OCR");
      }
      return text;
    } catch (IOException e) {
      throw new UnreadablePdfException(Reason.DAMAGED, name + ": " + oneLine(e), e);
    }
  }

  /** The document's printed lines with pages and boxes. */
  public SourceText sourceText() {
    List<TextLine> lines = new ArrayList<>();
    for (PageLayout p : pages) {
      for (Line l : p.lines()) {
        lines.add(l.toTextLine());
      }
    }
    return SourceText.of(lines);
  }

  private static void checkEnvelope(String name, byte[] bytes, ImportLimits limits) {
    if (bytes.length > limits.maxBytes()) {
      throw new UnreadablePdfException(
          Reason.TOO_LARGE,
          name + ": " + bytes.length + " bytes, more than the limit of " + limits.maxBytes());
    }
    int head = Math.min(bytes.length, 1024);
    if (indexOf(bytes, 0, head, "%PDF-") < 0) {
      String start =
          new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1)
              .replaceAll("[^\\x20-\\x7e]", "?");
      throw new UnreadablePdfException(
          Reason.NOT_PDF,
          name + ": not a PDF: expected '%PDF-' at the start, found '" + start + "'");
    }
    int tail = Math.max(0, bytes.length - 2048);
    if (indexOf(bytes, tail, bytes.length, "%%EOF") < 0) {
      throw new UnreadablePdfException(
          Reason.TRUNCATED,
          name
              + ": truncated: no '%%EOF' in the last 2048 of its "
              + bytes.length
              + " bytes; expected a complete PDF");
    }
  }

  private static PDDocument load(String name, byte[] bytes, ImportLimits limits)
      throws IOException {
    try {
      PDDocument doc =
          Loader.loadPDF(
              bytes,
              "",
              null,
              null,
              MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes()).streamCache);
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        doc.close();
        throw new UnreadablePdfException(
            Reason.ENCRYPTED, name + ": encrypted and its permissions forbid text extraction");
      }
      return doc;
    } catch (InvalidPasswordException e) {
      throw new UnreadablePdfException(
          Reason.ENCRYPTED, name + ": encrypted with a password; expected an unprotected PDF", e);
    } catch (IOException e) {
      throw new UnreadablePdfException(
          Reason.DAMAGED, name + ": damaged PDF that cannot be parsed: " + oneLine(e), e);
    }
  }

  private static int indexOf(byte[] bytes, int from, int to, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = from; i + needle.length <= to; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }

  /** Collects the glyphs of each page through PDFBox's text engine, without its text layout. */
  private static final class Collector extends PDFTextStripper {
    private final String name;
    private final ImportLimits limits;
    private final long deadline;
    private final List<PageLayout> layouts = new ArrayList<>();
    private List<Glyph> glyphs = new ArrayList<>();
    private int page;

    Collector(String name, ImportLimits limits, long deadline) {
      this.name = name;
      this.limits = limits;
      this.deadline = deadline;
      setSortByPosition(false);
    }

    @Override
    protected void startPage(PDPage p) {
      page = getCurrentPageNo();
      glyphs = new ArrayList<>();
      checkTime();
    }

    @Override
    protected void endPage(PDPage p) {
      layouts.add(PageLayout.of(page, glyphs));
      glyphs = new ArrayList<>();
    }

    @Override
    protected void writePage() {
      // the lines are built by PageLayout, not by the stripper
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      String s = t.getUnicode();
      if (s == null || s.isEmpty()) {
        return;
      }
      if (glyphs.size() >= limits.maxGlyphsPerPage()) {
        throw new UnreadablePdfException(
            Reason.TOO_LARGE,
            name
                + ": page "
                + page
                + " has more than "
                + limits.maxGlyphsPerPage()
                + " characters, the limit per page");
      }
      if ((glyphs.size() & 1023) == 1023) {
        checkTime();
      }
      float size = t.getFontSizeInPt();
      if (!(size > 0)) {
        size = t.getHeightDir();
      }
      glyphs.add(new Glyph(s, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
    }

    private void checkTime() {
      if (System.nanoTime() > deadline) {
        throw new UnreadablePdfException(
            Reason.TOO_LARGE,
            name
                + ": reading took longer than the limit of "
                + limits.timeout().toSeconds()
                + " s (at page "
                + page
                + ")");
      }
    }
  }
}
