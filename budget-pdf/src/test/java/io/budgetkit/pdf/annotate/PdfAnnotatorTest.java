package io.budgetkit.pdf.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.Box;
import io.budgetkit.document.Evidence;
import io.budgetkit.pdf.ImportResult;
import io.budgetkit.pdf.PdfImporter;
import io.budgetkit.pdf.UnreadablePdfException;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import io.budgetkit.validation.Validators;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * A corpus document annotated with its text findings, read back with PDFBox: one page more, every
 * finding with a box highlighted over that box on its page, links to the right pages, and the
 * source untouched.
 */
class PdfAnnotatorTest {
  private static final String DOC = "2024_社会福利院_单位预算";

  @TempDir static Path dir;
  static Path source;
  static byte[] original;
  static List<Finding> findings;
  static Path annotated;
  static AnnotationSummary summary;

  private static final Finding NO_EVIDENCE =
      Finding.builder()
          .ruleId("staffing.counts")
          .severity(Severity.ERROR)
          .location(Location.at("profile"))
          .message("actual staff 26 is not the sum of its parts 25")
          .build();

  private static final Finding PAGE_ONLY =
      Finding.builder()
          .ruleId("pdf.page-without-text")
          .severity(Severity.WARNING)
          .location(Location.at("page 3"))
          .message("page 3 note without a box")
          .evidence(new Evidence(3, Optional.empty(), "第三页"))
          .build();

  private static final Finding BEYOND =
      Finding.builder()
          .ruleId("text.years")
          .severity(Severity.INFO)
          .location(Location.at("page 999"))
          .message("a page the document does not have")
          .evidence(new Evidence(999, Optional.of(new Box(10, 10, 10, 10)), "x"))
          .build();

  @BeforeAll
  static void annotateTheCorpusDocument() throws IOException {
    source = dir.resolve(DOC + ".pdf");
    try (InputStream in = PdfAnnotatorTest.class.getResourceAsStream("/corpus/" + DOC + ".pdf")) {
      Files.copy(in, source);
    }
    original = Files.readAllBytes(source);
    ImportResult r = PdfImporter.auto().importFile(source);
    findings = new ArrayList<>(r.findings());
    findings.addAll(Validators.text().validate(r.document()).findings());
    findings.add(NO_EVIDENCE);
    findings.add(PAGE_ONLY);
    findings.add(BEYOND);
    annotated = dir.resolve("annotated.pdf");
    summary = PdfAnnotator.annotate(source, findings, annotated);
  }

  private static int originalPages() throws IOException {
    try (PDDocument d = Loader.loadPDF(original)) {
      return d.getNumberOfPages();
    }
  }

  @Test
  void theTextFindingsHaveBoxes() {
    List<Finding> text = findings.stream().filter(f -> f.ruleId().startsWith("text.")).toList();
    assertTrue(text.size() >= 5, "the document has text findings: " + text);
    for (Finding f : text) {
      if (f != BEYOND) {
        assertTrue(f.evidence().flatMap(Evidence::box).isPresent(), f.toString());
      }
    }
  }

  @Test
  void theSourceIsUnchangedAndTheCopyHasOneListingPageMore() throws IOException {
    assertArrayEquals(original, Files.readAllBytes(source));
    try (PDDocument d = Loader.loadPDF(annotated.toFile())) {
      assertEquals(originalPages() + 1, d.getNumberOfPages());
      assertEquals(1, summary.listingPages());
    }
  }

  @Test
  void eachFindingWithABoxIsHighlightedOverItOnItsPage() throws IOException {
    int boxed = 0;
    List<PDAnnotationHighlight> used = new ArrayList<>();
    try (PDDocument src = Loader.loadPDF(original);
        PDDocument d = Loader.loadPDF(annotated.toFile())) {
      for (Finding f : findings) {
        if (f.evidence().flatMap(Evidence::box).isEmpty() || f == BEYOND) {
          continue;
        }
        boxed++;
        Evidence e = f.evidence().get();
        Box b = e.box().get();
        float pageHeight = src.getPage(e.page() - 1).getMediaBox().getHeight();
        // the box from the top-left corner, in PDF user space from the bottom-left
        float[] expected = {
          (float) b.x(), pageHeight - (float) (b.y() + b.height()),
          (float) (b.x() + b.width()), pageHeight - (float) b.y()
        };
        PDPage page = d.getPage(e.page()); // one listing page before page 1
        PDAnnotationHighlight h = highlightOf(page, f, expected, used);
        float[] q = h.getQuadPoints();
        assertEquals(8, q.length);
        assertEquals(expected[0], Math.min(q[0], q[4]), 0.5);
        assertEquals(expected[3], Math.max(q[1], q[5]), 0.5);
        assertTrue(h.getContents().contains(f.message()), h.getContents());
        assertTrue(h.getContents().contains(e.snippet()), h.getContents());
        f.actual().ifPresent(a -> assertTrue(h.getContents().contains("actual: " + a)));
        assertEquals(f.ruleId(), h.getTitlePopup());
        assertEquals(f.severity().name(), h.getSubject());
        PDAnnotationPopup popup = h.getPopup();
        assertTrue(
            page.getAnnotations().stream().anyMatch(a -> a.getCOSObject() == popup.getCOSObject()));
      }
    }
    assertTrue(boxed >= 5);
    assertEquals(boxed, summary.highlighted());
  }

  /**
   * A highlight not matched before whose note is the finding's and whose rectangle is {@code
   * expected} (left, bottom, right, top) within 0.5 pt: a page may have two findings alike but for
   * their boxes.
   */
  private static PDAnnotationHighlight highlightOf(
      PDPage page, Finding f, float[] expected, List<PDAnnotationHighlight> used)
      throws IOException {
    for (PDAnnotation a : page.getAnnotations()) {
      if (a instanceof PDAnnotationHighlight h
          && used.stream().noneMatch(u -> u.getCOSObject() == h.getCOSObject())
          && h.getContents().contains(f.message())
          && h.getContents().contains(f.evidence().get().snippet())) {
        PDRectangle r = h.getRectangle();
        float[] actual = {
          r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY()
        };
        boolean matches = true;
        for (int i = 0; i < 4; i++) {
          matches &= Math.abs(expected[i] - actual[i]) <= 0.5;
        }
        if (matches) {
          used.add(h);
          return h;
        }
      }
    }
    throw new AssertionError(
        "no highlight at " + java.util.Arrays.toString(expected) + " on its page for " + f);
  }

  @Test
  void aFindingWithAPageButNoBoxIsANoteOnItsPage() throws IOException {
    try (PDDocument d = Loader.loadPDF(annotated.toFile())) {
      List<PDAnnotationText> notes = new ArrayList<>();
      for (PDAnnotation a : d.getPage(3).getAnnotations()) {
        if (a instanceof PDAnnotationText t) {
          notes.add(t);
        }
      }
      assertEquals(1, notes.size());
      assertTrue(notes.get(0).getContents().contains("page 3 note without a box"));
      PDRectangle r = notes.get(0).getRectangle();
      PDRectangle media = d.getPage(3).getMediaBox();
      assertTrue(r.getLowerLeftX() < 40 && r.getUpperRightY() > media.getHeight() - 40, "" + r);
    }
    assertEquals(1, summary.pageNotes());
    assertEquals(2, summary.listedOnly());
  }

  @Test
  void theListingLinksEachFindingToItsPageAndListsTheRest() throws IOException {
    try (PDDocument d = Loader.loadPDF(annotated.toFile())) {
      List<Integer> linked = new ArrayList<>();
      for (PDAnnotation a : d.getPage(0).getAnnotations()) {
        assertTrue(a instanceof PDAnnotationLink, a.getSubtype());
        PDPageDestination dest = (PDPageDestination) ((PDAnnotationLink) a).getDestination();
        linked.add(d.getPages().indexOf(dest.getPage()));
      }
      List<Integer> expected = new ArrayList<>();
      for (Finding f : findings) {
        if (f.evidence().isPresent() && f != BEYOND) {
          expected.add(f.evidence().get().page()); // index in the copy = page in the source
        }
      }
      linked.sort(null);
      expected.sort(null);
      assertEquals(expected, linked);
      String text = new PDFTextStripper().getText(onlyFirstPage(d));
      assertTrue(text.contains("staffing.counts"), text);
      assertTrue(text.contains("actual staff 26 is not the sum of its parts 25"), text);
      assertTrue(text.contains("a page the document does not have"), text);
      assertTrue(text.contains("template wording left in: (...)"), text);
      for (int p = 1; p < d.getNumberOfPages(); p++) {
        for (PDAnnotation a : d.getPage(p).getAnnotations()) {
          assertFalse(a.getContents() != null && a.getContents().contains("staffing.counts"));
        }
      }
    }
  }

  private static PDDocument onlyFirstPage(PDDocument d) throws IOException {
    PDDocument one = new PDDocument();
    one.importPage(d.getPage(0));
    return one;
  }

  @Test
  void aLongListingTakesMorePagesAndStillLinksRight() throws IOException {
    List<Finding> many = new ArrayList<>();
    int pages = originalPages();
    for (int i = 0; i < 150; i++) {
      int page = 1 + i % pages;
      many.add(
          Finding.builder()
              .ruleId("text.punctuation")
              .severity(Severity.values()[i % 3])
              .location(Location.at("page " + page))
              .message("finding " + i)
              .evidence(new Evidence(page, Optional.of(new Box(100, 100 + i, 50, 10)), "s" + i))
              .build());
    }
    Path out = dir.resolve("many.pdf");
    AnnotationSummary s = PdfAnnotator.annotate(source, many, out);
    assertTrue(s.listingPages() > 1, s.toString());
    try (PDDocument d = Loader.loadPDF(out.toFile())) {
      assertEquals(originalPages() + s.listingPages(), d.getNumberOfPages());
      int links = 0;
      for (int p = 0; p < s.listingPages(); p++) {
        for (PDAnnotation a : d.getPage(p).getAnnotations()) {
          PDPageDestination dest = (PDPageDestination) ((PDAnnotationLink) a).getDestination();
          int index = d.getPages().indexOf(dest.getPage());
          assertTrue(index >= s.listingPages(), "links into the document");
          links++;
        }
      }
      assertEquals(150, links);
      // finding 7 is on page 8 of the source (which has more than 8)
      PDPage eighth = d.getPage(s.listingPages() + 7);
      assertTrue(
          eighth.getAnnotations().stream()
              .anyMatch(a -> a.getContents() != null && a.getContents().contains("finding 7\n")));
    }
  }

  @Test
  void refusesToOverwriteTheSourceAndRejectsANonPdfInOneLine() throws IOException {
    assertThrows(
        IllegalArgumentException.class, () -> PdfAnnotator.annotate(source, findings, source));
    assertArrayEquals(original, Files.readAllBytes(source));
    Path junk = dir.resolve("junk.pdf");
    Files.writeString(junk, "not a pdf");
    Path out = dir.resolve("junk-annotated.pdf");
    UnreadablePdfException e =
        assertThrows(
            UnreadablePdfException.class, () -> PdfAnnotator.annotate(junk, findings, out));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(e.getMessage().startsWith(junk.toString()), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void severitiesHaveTheirOwnColours() throws IOException {
    assertNotEquals(
        PdfAnnotator.colour(Severity.ERROR).toRGB(), PdfAnnotator.colour(Severity.WARNING).toRGB());
    assertNotEquals(
        PdfAnnotator.colour(Severity.WARNING).toRGB(), PdfAnnotator.colour(Severity.INFO).toRGB());
  }

  @Test
  void theListingKeepsTheAsciiOfAMessage() {
    assertEquals(
        "template wording left in: (...)", PdfAnnotator.ascii("template wording left in: （增加内容）"));
    assertEquals("... is printed as ...", PdfAnnotator.ascii("医疗卫生 is printed as 卫生健康"));
  }

  @Command(name = "validate")
  static final class Validate implements Runnable {
    @Mixin AnnotateOption annotate;

    @Override
    public void run() {}
  }

  @Test
  void theOptionWritesTheCopyOrSaysWhyNotInOneLine() {
    Validate v = new Validate();
    Path out = dir.resolve("option.pdf");
    new CommandLine(v).parseArgs("--annotate", out.toString());
    StringWriter o = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, v.annotate.write(source, findings, new PrintWriter(o), new PrintWriter(err)));
    assertTrue(Files.exists(out));
    assertTrue(o.toString().startsWith("annotated copy: " + out), o.toString());
    assertEquals("", err.toString());

    Validate none = new Validate();
    new CommandLine(none).parseArgs();
    assertEquals(
        0, none.annotate.write(source, findings, new PrintWriter(o), new PrintWriter(err)));

    Validate bad = new Validate();
    new CommandLine(bad).parseArgs("--annotate", dir.resolve("no/such/dir/x.pdf").toString());
    StringWriter err2 = new StringWriter();
    assertEquals(
        2, bad.annotate.write(source, findings, new PrintWriter(o), new PrintWriter(err2, true)));
    assertTrue(
        err2.toString().startsWith("budget validate: --annotate: cannot write "), err2.toString());
    assertEquals(1, err2.toString().lines().count(), err2.toString());
  }
}
