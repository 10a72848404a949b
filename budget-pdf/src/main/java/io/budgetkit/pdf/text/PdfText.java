package io.budgetkit.pdf.text;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.pdf.ImportLimits;
import io.budgetkit.pdf.UnreadablePdfException;
import io.budgetkit.pdf.UnreadablePdfException.Reason;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The text layer of a PDF, page by page, as lines of positioned runs: the text a reader sees, so a
 * glyph drawn wholly outside the clipping path in force (text a page carries but does not show,
 * such as a paragraph that overflows the print area and is repeated on the next page) is left out.
 * Reading checks the input and the {@link ImportLimits} and throws {@link UnreadablePdfException}
 * with a one-line message for bad input. Immutable once read.
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

  /**
   * Collects the glyphs of each page through PDFBox's text engine, without its text layout. The
   * text engine does not follow paths, so the collector builds them itself and keeps the clipping
   * path of the graphics state current ({@code W}/{@code W*} with the path they close), to leave
   * out the glyphs a renderer would clip away.
   */
  private static final class Collector extends PDFTextStripper {
    /** Path construction operators, and the operators that end a path (painting it or not). */
    private static final List<String> PATH_OPERATORS =
        List.of("m", "l", "c", "v", "y", "h", "re", "W", "W*");

    private static final List<String> PATH_ENDS =
        List.of("n", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*");

    private static final byte MOVE = 0;
    private static final byte LINE = 1;
    private static final byte CURVE = 2;
    private static final byte RECTANGLE = 3;
    private static final byte CLOSE = 4;

    /**
     * The most segments one path may have to be clipped with; a longer one (only a hostile PDF has
     * one) is not followed, and its clip not applied, so memory stays bounded.
     */
    private static final int MAX_PATH_SEGMENTS = 100_000;

    /** The height of the box tested against the clip, in text space units of the font size. */
    private static final float GLYPH_HEIGHT_EM = 0.7f;

    private final String name;
    private final ImportLimits limits;
    private final long deadline;
    private final List<PageLayout> layouts = new ArrayList<>();
    private List<Glyph> glyphs = new ArrayList<>();
    private int page;
    private byte[] kinds = new byte[64];
    private float[] coordinates = new float[256];
    private int segments;
    private int coordinateCount;
    private boolean pathOverflow;
    private float currentX;
    private float currentY;
    private int clipRule = -1;
    private long pathOperators;
    private float cropX;
    private float cropY;
    private List<Path2D> lastClips;
    private Rectangle2D[] lastClipBounds = new Rectangle2D[0];
    private boolean[] lastClipIsRectangle = new boolean[0];

    Collector(String name, ImportLimits limits, long deadline) {
      this.name = name;
      this.limits = limits;
      this.deadline = deadline;
      setSortByPosition(false);
      for (String op : PATH_OPERATORS) {
        addOperator(new PathOperator(this, op));
      }
      for (String op : PATH_ENDS) {
        addOperator(new PathOperator(this, op));
      }
    }

    @Override
    protected void startPage(PDPage p) {
      page = getCurrentPageNo();
      glyphs = new ArrayList<>();
      segments = 0;
      coordinateCount = 0;
      pathOverflow = false;
      clipRule = -1;
      lastClips = null;
      PDRectangle crop = p.getCropBox();
      cropX = crop.getLowerLeftX();
      cropY = crop.getLowerLeftY();
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
      if (s == null || s.isEmpty() || !visible(t)) {
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

    /**
     * Whether the glyph's box (its advance, up to {@link #GLYPH_HEIGHT_EM} of the font size above
     * the baseline, in the page's user space) meets every clipping path in force. A glyph wholly
     * outside one of them is not painted; one that meets each is kept, even in the rare case where
     * it misses their intersection.
     */
    private boolean visible(TextPosition t) {
      List<Path2D> clips = getGraphicsState().getCurrentClippingPaths();
      if (clips != lastClips || clips.size() != lastClipBounds.length) {
        lastClips = clips;
        lastClipBounds = new Rectangle2D[clips.size()];
        lastClipIsRectangle = new boolean[clips.size()];
        for (int i = 0; i < lastClipBounds.length; i++) {
          lastClipBounds[i] = clips.get(i).getBounds2D();
          lastClipIsRectangle[i] = isRectangle(clips.get(i));
        }
      }
      Matrix m = t.getTextMatrix();
      float ox = m.getTranslateX() + cropX;
      float oy = m.getTranslateY() + cropY;
      float ex = t.getEndX() + cropX;
      float ey = t.getEndY() + cropY;
      Point2D.Float up = m.transformPoint(0, GLYPH_HEIGHT_EM);
      float dx = up.x + cropX - ox;
      float dy = up.y + cropY - oy;
      double minX = Math.min(Math.min(ox, ex), Math.min(ox + dx, ex + dx));
      double maxX = Math.max(Math.max(ox, ex), Math.max(ox + dx, ex + dx));
      double minY = Math.min(Math.min(oy, ey), Math.min(oy + dy, ey + dy));
      double maxY = Math.max(Math.max(oy, ey), Math.max(oy + dy, ey + dy));
      if (!Double.isFinite(minX + maxX + minY + maxY)) {
        return true; // a degenerate matrix: leave the glyph to the page layout
      }
      // at least a tenth of a point wide and high, so a space of no width is tested too
      double w = Math.max(maxX - minX, 0.1);
      double h = Math.max(maxY - minY, 0.1);
      for (int i = 0; i < lastClipBounds.length; i++) {
        if (!lastClipBounds[i].intersects(minX, minY, w, h)
            || (!lastClipIsRectangle[i] && !clips.get(i).intersects(minX, minY, w, h))) {
          return false;
        }
      }
      return true;
    }

    /** Whether {@code path} is one closed axis-aligned rectangle, so its bounds are its area. */
    private static boolean isRectangle(Path2D path) {
      PathIterator it = path.getPathIterator(null);
      double[] c = new double[6];
      double[] xs = new double[4];
      double[] ys = new double[4];
      int points = 0;
      for (; !it.isDone(); it.next()) {
        int type = it.currentSegment(c);
        if (type == PathIterator.SEG_CLOSE) {
          continue;
        }
        if ((type != PathIterator.SEG_MOVETO || points > 0) && type != PathIterator.SEG_LINETO) {
          return false;
        }
        if (points == 4) {
          // a fifth point is allowed only where it closes the rectangle at its start
          if (c[0] != xs[0] || c[1] != ys[0]) {
            return false;
          }
          continue;
        }
        xs[points] = c[0];
        ys[points] = c[1];
        points++;
      }
      if (points != 4) {
        return false;
      }
      for (int i = 0; i < 4; i++) {
        int j = (i + 1) % 4;
        if (xs[i] != xs[j] && ys[i] != ys[j]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Follows one path operator. The path is only recorded, in the coordinates of the operands; it
     * is built in user space, and clipped with, only when {@code W} or {@code W*} marked it for
     * clipping, so the many painted rules of a table cost little.
     */
    void pathOperator(String op, List<COSBase> operands) {
      if ((++pathOperators & 1023) == 0) {
        checkTime();
      }
      switch (op) {
        case "m" -> record(MOVE, operands, 2);
        case "l" -> record(LINE, operands, 2);
        case "c" -> record(CURVE, operands, 6);
        case "v" -> {
          float[] f = numbers(operands, 4);
          if (f != null && segments > 0) {
            record(CURVE, new float[] {currentX, currentY, f[0], f[1], f[2], f[3]});
          }
        }
        case "y" -> {
          float[] f = numbers(operands, 4);
          if (f != null) {
            record(CURVE, new float[] {f[0], f[1], f[2], f[3], f[2], f[3]});
          }
        }
        case "h" -> record(CLOSE, new float[0]);
        case "re" -> record(RECTANGLE, operands, 4);
        case "W" -> clipRule = Path2D.WIND_NON_ZERO;
        case "W*" -> clipRule = Path2D.WIND_EVEN_ODD;
        default -> endPath();
      }
    }

    private void record(byte kind, List<COSBase> operands, int n) {
      float[] f = numbers(operands, n);
      if (f != null) {
        record(kind, f);
      }
    }

    private void record(byte kind, float[] f) {
      if (segments == MAX_PATH_SEGMENTS) {
        pathOverflow = true;
        return;
      }
      if (segments == kinds.length) {
        kinds = Arrays.copyOf(kinds, kinds.length * 2);
      }
      if (coordinateCount + f.length > coordinates.length) {
        coordinates = Arrays.copyOf(coordinates, coordinates.length * 2 + f.length);
      }
      kinds[segments++] = kind;
      System.arraycopy(f, 0, coordinates, coordinateCount, f.length);
      coordinateCount += f.length;
      if (f.length >= 2) {
        currentX = kind == RECTANGLE ? f[0] : f[f.length - 2];
        currentY = kind == RECTANGLE ? f[1] : f[f.length - 1];
      }
    }

    /** Ends the current path: clips with it if it was marked for clipping, then forgets it. */
    private void endPath() {
      if (clipRule >= 0 && segments > 0 && !pathOverflow) {
        getGraphicsState().intersectClippingPath(buildPath());
      }
      clipRule = -1;
      segments = 0;
      coordinateCount = 0;
      pathOverflow = false;
    }

    /** The recorded path in user space, through the current transformation matrix. */
    private GeneralPath buildPath() {
      Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      GeneralPath path = new GeneralPath(clipRule);
      int c = 0;
      for (int i = 0; i < segments; i++) {
        switch (kinds[i]) {
          case MOVE -> {
            Point2D.Float p = ctm.transformPoint(coordinates[c], coordinates[c + 1]);
            path.moveTo(p.x, p.y);
            c += 2;
          }
          case LINE -> {
            Point2D.Float p = ctm.transformPoint(coordinates[c], coordinates[c + 1]);
            if (path.getCurrentPoint() == null) {
              path.moveTo(p.x, p.y);
            } else {
              path.lineTo(p.x, p.y);
            }
            c += 2;
          }
          case CURVE -> {
            Point2D.Float p1 = ctm.transformPoint(coordinates[c], coordinates[c + 1]);
            Point2D.Float p2 = ctm.transformPoint(coordinates[c + 2], coordinates[c + 3]);
            Point2D.Float p3 = ctm.transformPoint(coordinates[c + 4], coordinates[c + 5]);
            if (path.getCurrentPoint() == null) {
              path.moveTo(p3.x, p3.y);
            } else {
              path.curveTo(p1.x, p1.y, p2.x, p2.y, p3.x, p3.y);
            }
            c += 6;
          }
          case RECTANGLE -> {
            float x = coordinates[c];
            float y = coordinates[c + 1];
            float w = coordinates[c + 2];
            float h = coordinates[c + 3];
            Point2D.Float p0 = ctm.transformPoint(x, y);
            Point2D.Float p1 = ctm.transformPoint(x + w, y);
            Point2D.Float p2 = ctm.transformPoint(x + w, y + h);
            Point2D.Float p3 = ctm.transformPoint(x, y + h);
            path.moveTo(p0.x, p0.y);
            path.lineTo(p1.x, p1.y);
            path.lineTo(p2.x, p2.y);
            path.lineTo(p3.x, p3.y);
            path.closePath();
            c += 4;
          }
          default -> {
            if (path.getCurrentPoint() != null) {
              path.closePath();
            }
          }
        }
      }
      return path;
    }

    /**
     * The first {@code n} operands as numbers, or null if there are fewer or one is not a number.
     */
    private static float[] numbers(List<COSBase> operands, int n) {
      if (operands.size() < n) {
        return null;
      }
      float[] f = new float[n];
      for (int i = 0; i < n; i++) {
        if (!(operands.get(i) instanceof COSNumber number)) {
          return null;
        }
        f[i] = number.floatValue();
        if (!Float.isFinite(f[i])) {
          return null;
        }
      }
      return f;
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

  /** A path operator the text engine would otherwise skip, handed to the {@link Collector}. */
  private static final class PathOperator extends OperatorProcessor {
    private final Collector collector;
    private final String name;

    PathOperator(Collector collector, String name) {
      super(collector);
      this.collector = collector;
      this.name = name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      collector.pathOperator(name, operands);
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
