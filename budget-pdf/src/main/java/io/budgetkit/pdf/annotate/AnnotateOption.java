package io.budgetkit.pdf.annotate;

import io.budgetkit.pdf.UnreadablePdfException;
import io.budgetkit.validation.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Option;

/**
 * The {@code --annotate OUT.pdf} option of a command that validates a PDF, as a picocli mixin:
 *
 * <pre>{@code
 * @Mixin AnnotateOption annotate;
 * ...
 * int status = annotate.write(pdf, findings, out, err);  // after printing the report
 * }</pre>
 */
public final class AnnotateOption {
  @Option(
      names = "--annotate",
      paramLabel = "OUT.pdf",
      description =
          "also write a copy of the PDF with each finding highlighted on its page and a linked"
              + " list of findings before the first page")
  Path target;

  /** The file to write, if the option was given. */
  public Optional<Path> target() {
    return Optional.ofNullable(target);
  }

  /**
   * Writes the annotated copy of {@code source} when the option was given, and says so on {@code
   * out}; a failure is one line on {@code err}.
   *
   * @return 0 when written or not asked for, 2 when the source cannot be read or the copy cannot be
   *     written
   */
  public int write(Path source, List<Finding> findings, PrintWriter out, PrintWriter err) {
    if (target == null) {
      return 0;
    }
    // PDFBox logs the font it draws Helvetica with; a command prints only its own lines
    Logger.getLogger("org.apache.pdfbox").setLevel(Level.OFF);
    try {
      AnnotationSummary s = PdfAnnotator.annotate(source, findings, target);
      out.println("annotated copy: " + target + " (" + s + ")");
      return 0;
    } catch (IllegalArgumentException | UnreadablePdfException e) {
      err.println("budget validate: --annotate: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("budget validate: --annotate: cannot write " + target + ": " + oneLine(e));
      return 2;
    }
  }

  private static String oneLine(IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
