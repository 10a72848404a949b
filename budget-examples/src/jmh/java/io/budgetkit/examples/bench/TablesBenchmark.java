package io.budgetkit.examples.bench;

import io.budgetkit.code.FunctionCode;
import io.budgetkit.layout.DerivedFigures;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.model.Hierarchy;
import io.budgetkit.model.RollUp;
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
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class TablesBenchmark {
  /** Floor: one pass summing long fen into a HashMap keyed by (function, fund, kind). */
  @Benchmark
  public Map<Floors.Key, long[]> floorSinglePass(LinesState s) {
    return Floors.singlePass(s.budget.lines());
  }

  /**
   * Build floor: the same ten tables built from their finished sums (captured once per trial),
   * every row, cell map and table object as {@link #deriveAllTables} returns them, no sum taken.
   * With {@link #floorSinglePass}, the least work of any derivation that returns these tables.
   */
  @Benchmark
  public PrintedTables floorBuildTables(LinesState s) {
    return s.finished.build();
  }

  /** All ten tables of the seed's layout derived from the lines by {@link LayoutDerivation}. */
  @Benchmark
  public PrintedTables deriveAllTables(LinesState s) {
    return LayoutDerivation.derive(BenchDocuments.SEED_LAYOUT, s.budget);
  }

  /**
   * The same tables' figures by {@link LayoutDerivation#figures}: every sum of {@link
   * #deriveAllTables}, without building and naming the printed rows.
   */
  @Benchmark
  public DerivedFigures deriveFigures(LinesState s) {
    return LayoutDerivation.figures(BenchDocuments.SEED_LAYOUT, s.budget);
  }

  /** The function roll-up 项 → 款 → 类 of all lines. */
  @Benchmark
  public RollUp<FunctionCode> rollUpFunction(LinesState s) {
    return s.budget.lineSet().rollUp(Hierarchy.FUNCTION);
  }
}
