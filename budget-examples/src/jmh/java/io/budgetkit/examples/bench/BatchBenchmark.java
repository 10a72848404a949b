package io.budgetkit.examples.bench;

import io.budgetkit.examples.SyntheticBudgets;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.validation.Validators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch validation as {@code budget validate DIR} does it: {@code count} documents (10,000 unless
 * changed with {@code -p count=…}; 20 to 59 lines each, their tables derived in the seed's layout as
 * the printed tables) read from JSON bytes and validated by {@link Validators#document()} on a pool
 * of 1 or 2 threads. The target is 1 → 2 threads at least 1.7× faster, measured side by side in one
 * run. The documents' JSON takes about 450 MB, hence the 4 GB heap; an operation validates all of
 * them (seconds), so each iteration is one operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class BatchBenchmark {
  /** Threads in the pool. */
  @Param({"1", "2"})
  public int threads;

  /** Documents in the batch. */
  @Param({"10000"})
  public int count;

  private final List<byte[]> documents = new ArrayList<>();
  private ExecutorService pool;

  /** Writes the documents once and starts the pool. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    for (int i = 0; i < count; i++) {
      UnitBudget budget = SyntheticBudgets.generate(20 + i % 40, i);
      documents.add(BenchDocuments.json(BenchDocuments.document(budget)));
    }
    pool = Executors.newFixedThreadPool(threads);
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /** Reads and validates every document; returns the number of findings. */
  @Benchmark
  public int validateAll() throws Exception {
    List<Future<Integer>> results = new ArrayList<>();
    for (byte[] json : documents) {
      results.add(
          pool.submit(
              () ->
                  Validators.document()
                      .validate(BudgetJson.read(new ByteArrayInputStream(json)))
                      .findings()
                      .size()));
    }
    int findings = 0;
    for (Future<Integer> f : results) {
      findings += f.get();
    }
    return findings;
  }
}
