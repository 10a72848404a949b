package io.budgetkit.examples.bench;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.BudgetJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target (3): encoding and decoding the whole document against Jackson's raw token stream over the
 * same bytes (decode floor) and the same tokens written raw (encode floor); each at most 3x its
 * floor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// 5 s of warm-up did not reach steady state for decode and validation; see SeedBenchmark
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class JsonBenchmark {
  /** {@link BudgetJson#write(BudgetDocument, java.io.OutputStream)} into a reused byte sink. */
  @Benchmark
  public int encode(DocumentState s) throws IOException {
    s.sink.reset();
    BudgetJson.write(s.document, s.sink);
    return s.sink.size();
  }

  /** Encode floor: the document's tokens replayed raw into the same sink. */
  @Benchmark
  public int encodeFloor(DocumentState s) throws IOException {
    s.sink.reset();
    s.tokens.write(s.sink);
    return s.sink.size();
  }

  /** {@link BudgetJson#read(java.io.InputStream)} of the document's bytes. */
  @Benchmark
  public BudgetDocument decode(DocumentState s) throws IOException {
    return BudgetJson.read(new ByteArrayInputStream(s.json));
  }

  /** Decode floor: every token of the same bytes, values read as text. */
  @Benchmark
  public long decodeFloor(DocumentState s) throws IOException {
    return Floors.readTokens(s.json);
  }
}
