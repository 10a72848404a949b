package io.budgetkit.examples.bench;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validator;
import io.budgetkit.validation.Validators;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of a document whose printed tables are its tables derived in the seed's layout, beside
 * the derivation of all ten tables ({@link TablesBenchmark#deriveAllTables}) in the same fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// 5 s of warm-up did not reach steady state for decode and validation; see SeedBenchmark
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@State(Scope.Benchmark)
public class ValidationBenchmark {
  private final Validator<BudgetDocument> document = Validators.document();
  private final Validator<BudgetDocument> layout = BenchDocuments.layoutValidator();

  /** The derivation, beside the validation. */
  @Benchmark
  public PrintedTables deriveAllTables(DocumentState s) {
    return LayoutDerivation.derive(BenchDocuments.SEED_LAYOUT, s.document.budget());
  }

  /** Every rule of {@link Validators#document()} on the document. */
  @Benchmark
  public ValidationReport validateDocument(DocumentState s) {
    return document.validate(s.document);
  }

  /** The budget, layout, statement and text rules on the document. */
  @Benchmark
  public ValidationReport validateLayoutRules(DocumentState s) {
    return layout.validate(s.document);
  }
}
