package io.budgetkit.pdf.annotate;

import static java.util.Objects.requireNonNull;

import io.budgetkit.document.Box;
import io.budgetkit.document.Evidence;
import io.budgetkit.pdf.UnreadablePdfException;
import io.budgetkit.pdf.UnreadablePdfException.Reason;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Writes a reviewer's copy of a PDF: each finding with evidence is marked on its page — a highlight
 * at its box, or a note at the page's top-left corner where the box is unknown — with a pop-up note
 * giving the rule, severity, message, expected and actual values and the printed snippet, coloured
 * by severity (errors red, warnings amber, notes blue). A listing inserted before the first page
 * groups the findings by severity with their pages, each entry a link to its page; findings without
 * evidence appear only there.
 *
 * <p>The listing is written in Helvetica, a standard font that needs no embedding, so it shows the
 * rule ids, severities, pages and the ASCII part of each message (other text as {@code ...}); the
 * full text, Chinese included, is in the notes, whose contents are Unicode and need no font.
 *
 * <p>The source file is only read. Evidence boxes are in points from the top-left corner of the
 * page as displayed (see {@link Box}); page numbers count the source's pages from 1. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * ImportResult r = PdfImporter.auto().importFile(pdf);
 * List<Finding> findings = Validators.text().validate(r.document()).findings();
 * PdfAnnotator.annotate(pdf, findings, Path.of("reviewed.pdf"));
 * }</pre>
 */
public final class PdfAnnotator {
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final float MARGIN = 40;
  private static final float SIZE = 9;
  private static final float LEADING = 13;
  private static final float NOTE_SIZE = 18;
  private static final float POPUP_WIDTH = 220;
  private static final float POPUP_HEIGHT = 120;

  private PdfAnnotator() {}

  /**
   * Writes the annotated copy of {@code source} to {@code target}, replacing it. The target is
   * written to a temporary file beside it first, so that a failure leaves no partial file.
   *
   * @throws IllegalArgumentException if {@code target} is {@code source}
   * @throws UnreadablePdfException if the source is not a readable PDF or forbids annotations
   * @throws IOException if the source cannot be read or the target cannot be written
   */
  public static AnnotationSummary annotate(Path source, List<Finding> findings, Path target)
      throws IOException {
    requireNonNull(source, "source");
    requireNonNull(findings, "findings");
    requireNonNull(target, "target");
    Path absolute = target.toAbsolutePath();
    if (absolute.normalize().equals(source.toAbsolutePath().normalize())
        || (Files.exists(target) && Files.isSameFile(source, target))) {
      throw new IllegalArgumentException(
          target + ": the annotated copy must not overwrite the source PDF");
    }
    byte[] bytes = Files.readAllBytes(source);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + (64 << 10));
    AnnotationSummary summary = annotate(source.toString(), bytes, findings, out);
    Path dir = absolute.getParent();
    Path temp = Files.createTempFile(dir, ".annotating-", ".pdf");
    try {
      Files.write(temp, out.toByteArray());
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    return summary;
  }

  /**
   * Writes the annotated copy of the PDF in {@code source} to {@code out}; {@code source} is not
   * changed.
   *
   * @param name the source's name, quoted in messages
   * @throws UnreadablePdfException if the source is not a readable PDF or forbids annotations
   * @throws IOException if writing fails
   */
  public static AnnotationSummary annotate(
      String name, byte[] source, List<Finding> findings, OutputStream out) throws IOException {
    requireNonNull(name, "name");
    requireNonNull(source, "source");
    requireNonNull(findings, "findings");
    requireNonNull(out, "out");
    try (PDDocument doc = load(name, source)) {
      int pages = doc.getNumberOfPages();
      if (pages == 0) {
        throw new UnreadablePdfException(Reason.DAMAGED, name + ": the PDF has no pages");
      }
      List<Entry> entries = new ArrayList<>();
      int highlighted = 0;
      int pageNotes = 0;
      int[] notesOnPage = new int[pages + 1];
      for (Finding f : findings) {
        Optional<Evidence> e = f.evidence().filter(ev -> ev.page() <= pages);
        if (e.isEmpty()) {
          entries.add(new Entry(f, Optional.empty(), Optional.empty()));
          continue;
        }
        PDPage page = doc.getPage(e.get().page() - 1);
        PageGeometry geometry = PageGeometry.of(page);
        Optional<PDRectangle> rect = e.get().box().map(geometry::toUser);
        if (rect.isPresent()) {
          highlight(doc, page, f, rect.get());
          highlighted++;
        } else {
          pageNote(doc, page, geometry, f, notesOnPage[e.get().page()]++);
          pageNotes++;
        }
        entries.add(new Entry(f, Optional.of(page), rect.filter(r -> !geometry.rotated())));
      }
      int listingPages = Listing.write(doc, name, entries);
      doc.save(out);
      return new AnnotationSummary(
          listingPages, highlighted, pageNotes, findings.size() - highlighted - pageNotes);
    }
  }

  private static PDDocument load(String name, byte[] bytes) throws IOException {
    PDDocument doc;
    try {
      doc = Loader.loadPDF(bytes);
    } catch (InvalidPasswordException e) {
      throw new UnreadablePdfException(
          Reason.ENCRYPTED, name + ": encrypted with a password; expected an unprotected PDF", e);
    } catch (IOException e) {
      throw new UnreadablePdfException(
          Reason.DAMAGED, name + ": damaged PDF that cannot be parsed: " + oneLine(e), e);
    }
    if (doc.isEncrypted()
        && !(doc.getCurrentAccessPermission().canModifyAnnotations()
            && doc.getCurrentAccessPermission().canAssembleDocument())) {
      doc.close();
      throw new UnreadablePdfException(
          Reason.ENCRYPTED, name + ": its permissions forbid adding annotations and pages");
    }
    return doc;
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }

  // ------------------------------------------------------------------ marks on the pages

  private static void highlight(PDDocument doc, PDPage page, Finding f, PDRectangle r)
      throws IOException {
    PDAnnotationHighlight h = new PDAnnotationHighlight();
    h.setRectangle(r);
    float x1 = r.getLowerLeftX();
    float x2 = r.getUpperRightX();
    float y1 = r.getLowerLeftY();
    float y2 = r.getUpperRightY();
    h.setQuadPoints(new float[] {x1, y2, x2, y2, x1, y1, x2, y1});
    describe(h, f);
    h.setAppearance(highlightAppearance(doc, r, h.getColor()));
    PDRectangle crop = page.getCropBox();
    float px = Math.min(x2 + 4, crop.getUpperRightX() - POPUP_WIDTH);
    float py = Math.max(crop.getLowerLeftY(), Math.min(y2, crop.getUpperRightY()) - POPUP_HEIGHT);
    addWithPopup(page, h, new PDRectangle(px, py, POPUP_WIDTH, POPUP_HEIGHT));
  }

  /**
   * A fill of {@code r}, multiplied into the page so the text stays legible. Written here rather
   * than by PDFBox's handler, which widens the annotation's rectangle beyond the evidence box.
   */
  private static PDAppearanceDictionary highlightAppearance(
      PDDocument doc, PDRectangle r, PDColor colour) throws IOException {
    PDAppearanceStream ap = new PDAppearanceStream(doc);
    ap.setBBox(r);
    ap.setResources(new PDResources());
    PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
    gs.setBlendMode(BlendMode.MULTIPLY);
    try (PDAppearanceContentStream cs = new PDAppearanceContentStream(ap)) {
      cs.setGraphicsStateParameters(gs);
      cs.setNonStrokingColor(colour);
      cs.addRect(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
      cs.fill();
    }
    PDAppearanceDictionary d = new PDAppearanceDictionary();
    d.setNormalAppearance(ap);
    return d;
  }

  private static void pageNote(
      PDDocument doc, PDPage page, PageGeometry geometry, Finding f, int index) throws IOException {
    PDAnnotationText t = new PDAnnotationText();
    t.setName(PDAnnotationText.NAME_COMMENT);
    float step = NOTE_SIZE + 4;
    float perRow = Math.max(1, (geometry.displayWidth() - 8) / step);
    int column = (int) (index % perRow);
    int row = (int) (index / perRow);
    PDRectangle r =
        geometry.toUser(new Box(4 + column * step, 4 + row * step, NOTE_SIZE, NOTE_SIZE));
    t.setRectangle(r);
    describe(t, f);
    t.constructAppearances(doc);
    addWithPopup(
        page,
        t,
        new PDRectangle(
            r.getUpperRightX(), r.getUpperRightY() - POPUP_HEIGHT, POPUP_WIDTH, POPUP_HEIGHT));
  }

  private static void describe(PDAnnotationMarkup a, Finding f) {
    a.setColor(colour(f.severity()));
    a.setTitlePopup(f.ruleId());
    a.setSubject(f.severity().name());
    a.setContents(note(f));
    a.setPrinted(true);
  }

  private static void addWithPopup(PDPage page, PDAnnotationMarkup a, PDRectangle popupBox)
      throws IOException {
    PDAnnotationPopup popup = new PDAnnotationPopup();
    popup.setRectangle(popupBox);
    popup.setOpen(false);
    popup.setParent(a);
    a.setPopup(popup);
    a.setPage(page);
    popup.setPage(page);
    List<PDAnnotation> annotations = page.getAnnotations();
    annotations.add(a);
    annotations.add(popup);
    page.setAnnotations(annotations);
  }

  /** The text of a finding's note: what, where, the figures, and the printed snippet. */
  static String note(Finding f) {
    StringBuilder b = new StringBuilder();
    b.append(f.severity()).append(' ').append(f.ruleId());
    String where = f.location().toString();
    if (!where.isEmpty()) {
      b.append(" [").append(where).append(']');
    }
    b.append('\n').append(f.message());
    f.expected().ifPresent(e -> b.append("\nexpected: ").append(e));
    f.actual().ifPresent(a -> b.append("\nactual: ").append(a));
    f.evidence()
        .ifPresent(
            e -> b.append("\nprinted (p. ").append(e.page()).append("): ").append(e.snippet()));
    return b.toString();
  }

  static PDColor colour(Severity severity) {
    float[] rgb =
        switch (severity) {
          case ERROR -> new float[] {1f, 0.35f, 0.35f};
          case WARNING -> new float[] {1f, 0.78f, 0.2f};
          case INFO -> new float[] {0.45f, 0.7f, 1f};
        };
    return new PDColor(rgb, PDDeviceRGB.INSTANCE);
  }

  // ------------------------------------------------------------------ the listing

  /** A finding as listed: the page it is marked on and where, if anywhere. */
  private record Entry(Finding finding, Optional<PDPage> page, Optional<PDRectangle> box) {}

  /** The listing pages, inserted before the document's first page. */
  private static final class Listing {
    private final PDDocument doc;
    private final PDRectangle size;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    private Listing(PDDocument doc, PDRectangle size) {
      this.doc = doc;
      this.size = size;
    }

    static int write(PDDocument doc, String name, List<Entry> entries) throws IOException {
      PDPage first = doc.getPage(0);
      PDRectangle crop = first.getCropBox();
      boolean turned = Math.floorMod(first.getRotation(), 180) == 90;
      PDRectangle size =
          turned
              ? new PDRectangle(crop.getHeight(), crop.getWidth())
              : new PDRectangle(crop.getWidth(), crop.getHeight());
      Listing l = new Listing(doc, size);
      l.newPage();
      l.line(BOLD, 14, "Validation findings: " + ascii(fileName(name)), 0, null);
      l.line(FONT, SIZE, counts(entries), 0, null);
      l.line(
          FONT,
          SIZE,
          "Each entry links to its page, where the finding is highlighted; its note there has the"
              + " full text (Chinese included). Pages are the source document's.",
          0,
          null);
      for (Severity s : Severity.values()) {
        List<Entry> group =
            entries.stream()
                .filter(e -> e.finding().severity() == s)
                .sorted(
                    Comparator.comparingInt(
                        (Entry e) ->
                            e.page().isPresent()
                                ? e.finding().evidence().get().page()
                                : Integer.MAX_VALUE))
                .toList();
        if (group.isEmpty()) {
          continue;
        }
        l.gap();
        l.line(BOLD, 11, s + " (" + group.size() + ")", 0, colour(s));
        for (Entry e : group) {
          l.entry(e);
        }
      }
      l.content.close();
      PDPage before = doc.getPage(0);
      for (PDPage p : l.pages) {
        doc.getPages().insertBefore(p, before);
      }
      return l.pages.size();
    }

    private static String counts(List<Entry> entries) {
      StringBuilder b = new StringBuilder();
      for (Severity s : Severity.values()) {
        long n = entries.stream().filter(e -> e.finding().severity() == s).count();
        String word =
            switch (s) {
              case ERROR -> n == 1 ? "error" : "errors";
              case WARNING -> n == 1 ? "warning" : "warnings";
              case INFO -> n == 1 ? "note" : "notes";
            };
        b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(word);
      }
      long listed = entries.stream().filter(e -> e.page().isEmpty()).count();
      return b + "; " + listed + " without a page (listed here only)";
    }

    private static String fileName(String name) {
      int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
      return name.substring(slash + 1);
    }

    private void entry(Entry e) throws IOException {
      Finding f = e.finding();
      String page =
          f.evidence()
              .map(ev -> e.page().isPresent() ? "p. " + ev.page() : "p. " + ev.page() + "?")
              .orElse("-");
      String text = f.ruleId() + "   " + ascii(f.message());
      String where = ascii(f.location().toString());
      if (!where.isBlank() && !where.equals("...")) {
        text += "   [" + where + "]";
      }
      if (y - LEADING < MARGIN) {
        newPage();
      }
      float top = y;
      line(FONT, SIZE, page, 0, null);
      y = top;
      line(FONT, SIZE, text, 50, null);
      if (e.page().isPresent()) {
        link(e, top);
      }
    }

    private void link(Entry e, float top) throws IOException {
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(
          new PDRectangle(
              MARGIN - 2, top - LEADING + 3, size.getWidth() - 2 * MARGIN + 4, LEADING));
      PDBorderStyleDictionary border = new PDBorderStyleDictionary();
      border.setWidth(0);
      link.setBorderStyle(border);
      PDPageDestination d;
      if (e.box().isPresent()) {
        PDPageXYZDestination xyz = new PDPageXYZDestination();
        PDRectangle r = e.box().get();
        xyz.setLeft((int) Math.max(0, r.getLowerLeftX() - 20));
        xyz.setTop((int) Math.ceil(r.getUpperRightY() + 40));
        d = xyz;
      } else {
        d = new PDPageFitDestination();
      }
      d.setPage(e.page().get());
      link.setDestination(d);
      PDPage current = pages.get(pages.size() - 1);
      link.setPage(current);
      List<PDAnnotation> annotations = current.getAnnotations();
      annotations.add(link);
      current.setAnnotations(annotations);
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage p = new PDPage(size);
      pages.add(p);
      content = new PDPageContentStream(doc, p);
      y = size.getHeight() - MARGIN;
    }

    private void gap() {
      y -= LEADING / 2;
    }

    private void line(PDType1Font font, float fontSize, String text, float indent, PDColor colour)
        throws IOException {
      float leading = Math.max(LEADING, fontSize * 1.4f);
      if (y - leading < MARGIN) {
        newPage();
      }
      y -= leading;
      float width = size.getWidth() - 2 * MARGIN - indent;
      String fitted = fit(font, fontSize, text, width);
      content.beginText();
      content.setFont(font, fontSize);
      if (colour != null) {
        content.setNonStrokingColor(colour);
      } else {
        content.setNonStrokingColor(0f, 0f, 0f);
      }
      content.newLineAtOffset(MARGIN + indent, y);
      content.showText(fitted);
      content.endText();
    }

    private static String fit(PDType1Font font, float fontSize, String text, float width)
        throws IOException {
      if (font.getStringWidth(text) / 1000 * fontSize <= width) {
        return text;
      }
      String t = text;
      while (!t.isEmpty() && font.getStringWidth(t + "...") / 1000 * fontSize > width) {
        t = t.substring(0, t.length() - 1);
      }
      return t + "...";
    }
  }

  /**
   * The text with what Helvetica cannot show replaced: full-width ASCII forms by their ASCII
   * equivalents, each run of other characters by {@code ...}.
   */
  static String ascii(String text) {
    StringBuilder b = new StringBuilder();
    boolean dropped = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c -= 0xFEE0;
      } else if (c == 0x3000 || c == '\n' || c == '\t' || c == '\r') {
        c = ' ';
      }
      if (c >= 0x20 && c < 0x7F) {
        b.appendCodePoint(c);
        dropped = false;
      } else if (!dropped) {
        b.append("...");
        dropped = true;
      }
    }
    return b.toString();
  }
}
