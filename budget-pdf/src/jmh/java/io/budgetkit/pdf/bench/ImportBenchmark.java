package io.budgetkit.pdf.bench;

import io.budgetkit.pdf.ImportResult;
import io.budgetkit.pdf.PdfImporter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing one corpus document (text positions, tables in the layout model, evidence, source
 * text) beside the floor of PDFBox's own {@link PDFTextStripper#getText} on the same bytes, in the
 * same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {
  @Param({
    "2024_万里街道办事处_部门预算",
    "2024_社会福利院_单位预算",
    "2025_万里街道办事处_部门预算",
    "2025_区人民政府办公室_单位预算",
    "2025_区人民政府办公室_部门预算",
    "2025_商务委员会_单位预算",
    "2025_商务委员会_部门预算",
    "2025_财政局_部门预算"
  })
  public String document;

  private byte[] bytes;
  private final PdfImporter importer = PdfImporter.auto();

  /** Reads the document's bytes once. */
  @Setup
  public void setUp() {
    Logger.getLogger("org.apache.pdfbox").setLevel(Level.OFF);
    Logger.getLogger("org.apache.fontbox").setLevel(Level.OFF);
    bytes = Corpus.bytes(document);
  }

  /** The whole import. */
  @Benchmark
  public ImportResult importDocument() {
    return importer.importBytes(document, bytes);
  }

  /** The floor: PDFBox loads the same bytes and extracts its plain text. */
  @Benchmark
  public String pdfboxGetText() throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
