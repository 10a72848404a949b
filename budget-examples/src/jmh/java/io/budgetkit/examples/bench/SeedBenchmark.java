package io.budgetkit.examples.bench;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SeedBudget;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validator;
import io.budgetkit.validation.Validators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A seed-sized document read from its JSON bytes and validated, against the raw parse of the same
 * bytes ({@code JsonParser.nextToken()} to the end). The document is the seed's budget ({@link
 * SeedBudget#budget()}: profile, 38 lines, projects with their targets, narrative and facts) with
 * its ten tables derived in the seed's layout as the printed tables.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// read + validate needs about 20 s of operations before the JIT has compiled the validation path
// (tiered compilation on two shared cores); shorter warm-ups measured compilation, not the code
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class SeedBenchmark {
  private final Validator<BudgetDocument> document = Validators.document();
  private final Validator<BudgetDocument> layout = BenchDocuments.layoutValidator();
  private byte[] json;
  private BudgetDocument read;

  /** Writes the document once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    json = BenchDocuments.json(BenchDocuments.document(SeedBudget.budget()));
    read = BudgetJson.read(new ByteArrayInputStream(json));
  }

  /** Floor: every token of the bytes, field names and scalars read as text. */
  @Benchmark
  public long parseFloor() throws IOException {
    return Floors.readTokens(json);
  }

  /** {@link BudgetJson#read(java.io.InputStream)} of the bytes. */
  @Benchmark
  public BudgetDocument read() throws IOException {
    return BudgetJson.read(new ByteArrayInputStream(json));
  }

  /** The budget, layout, statement and text rules on the document as read. */
  @Benchmark
  public ValidationReport validateLayoutRules() {
    return layout.validate(read);
  }

  /** Read, then the budget, layout, statement and text rules. */
  @Benchmark
  public ValidationReport readValidateLayoutRules() throws IOException {
    return layout.validate(BudgetJson.read(new ByteArrayInputStream(json)));
  }

  /** Read, then every rule of {@link Validators#document()}. */
  @Benchmark
  public ValidationReport readValidateDocument() throws IOException {
    return document.validate(BudgetJson.read(new ByteArrayInputStream(json)));
  }
}
