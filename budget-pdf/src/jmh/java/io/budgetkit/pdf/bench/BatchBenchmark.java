package io.budgetkit.pdf.bench;

import io.budgetkit.pdf.ImportResult;
import io.budgetkit.pdf.PdfImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Importing the whole corpus (eight PDFs) on a pool of 1 or 2 threads, as a directory import does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchBenchmark {
  @Param({"1", "2"})
  public int threads;

  private Map<String, byte[]> corpus;
  private ExecutorService pool;
  private final PdfImporter importer = PdfImporter.auto();

  /** Reads the corpus once and starts the pool. */
  @Setup(org.openjdk.jmh.annotations.Level.Trial)
  public void setUp() {
    Logger.getLogger("org.apache.pdfbox").setLevel(java.util.logging.Level.OFF);
    Logger.getLogger("org.apache.fontbox").setLevel(java.util.logging.Level.OFF);
    corpus = Corpus.all();
    pool = Executors.newFixedThreadPool(threads);
  }

  /** Stops the pool. */
  @TearDown(org.openjdk.jmh.annotations.Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /** Imports all eight documents. */
  @Benchmark
  public List<ImportResult> importCorpus() throws InterruptedException, ExecutionException {
    List<Future<ImportResult>> futures = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : corpus.entrySet()) {
      futures.add(pool.submit(() -> importer.importBytes(e.getKey(), e.getValue())));
    }
    List<ImportResult> out = new ArrayList<>();
    for (Future<ImportResult> f : futures) {
      out.add(f.get());
    }
    return out;
  }
}
