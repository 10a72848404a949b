package io.budgetkit.examples.bench;

import io.budgetkit.examples.SyntheticBudgets;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.model.UnitBudget;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A generated budget of {@code lines} lines, the same in every run (seed 2023). */
@State(Scope.Benchmark)
public class LinesState {
  /** Number of budget lines. */
  @Param({"1000", "100000", "1000000"})
  public int lines;

  /** The budget. */
  public UnitBudget budget;

  /** Its tables in the seed layout as finished sums, for the build floor. */
  Floors.FinishedTables finished;

  /** Generates the budget, and derives its tables for the build floor, once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    budget = SyntheticBudgets.generate(lines, 2023L);
    finished =
        new Floors.FinishedTables(LayoutDerivation.derive(BenchDocuments.SEED_LAYOUT, budget));
  }
}
