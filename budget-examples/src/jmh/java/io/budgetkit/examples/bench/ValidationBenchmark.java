package io.budgetkit.examples.bench;

import io.budgetkit.code.Catalog;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.Disclosures;
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
 * Target (2): the full document validator over a document whose published tables are the derived
 * ones, at most 3x the derivation of all ten tables ({@link TablesBenchmark#deriveAllTables}),
 * which is measured here again so that both come from the same fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@State(Scope.Benchmark)
public class ValidationBenchmark {
  private final Validator<BudgetDocument> validator = Validators.document();

  /** The derivation of (1), beside the validation. */
  @Benchmark
  public Disclosure deriveAllTables(DocumentState s) {
    return Disclosures.derive(s.document.budget(), Catalog.standard());
  }

  /** Every rule of {@link Validators#document()} on the document. */
  @Benchmark
  public ValidationReport validateDocument(DocumentState s) {
    return validator.validate(s.document);
  }
}
