package io.budgetkit.examples.bench;

import io.budgetkit.code.Catalog;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.Hierarchy;
import io.budgetkit.model.RollUp;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.Disclosures;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Roll-ups and table derivation against the single-pass floor. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class TablesBenchmark {
  /** Floor: one pass summing long fen into a HashMap keyed by (function, fund, kind). */
  @Benchmark
  public Map<Floors.Key, long[]> floorSinglePass(LinesState s) {
    return Floors.singlePass(s.budget.lines());
  }

  /** Target (1): all ten tables derived from the lines, at most 2x the floor. */
  @Benchmark
  public Disclosure deriveAllTables(LinesState s) {
    return Disclosures.derive(s.budget, Catalog.standard());
  }

  /** The function roll-up 项 → 款 → 类 of all lines. */
  @Benchmark
  public RollUp<FunctionCode> rollUpFunction(LinesState s) {
    return s.budget.lineSet().rollUp(Hierarchy.FUNCTION);
  }
}
