package io.budgetkit.examples.bench;

import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-written lower bounds the library's operations are measured against. */
final class Floors {
  private Floors() {}

  /** The key of the floor's single pass. */
  record Key(FunctionCode function, FundSource fund, ExpenditureKind kind) {}

  /**
   * One pass over the lines summing {@code long} fen into a {@code HashMap} keyed by (function
   * 项, fund source, kind): the least work any derivation of the tables must do.
   */
  static Map<Key, long[]> singlePass(List<BudgetLine> lines) {
    Map<Key, long[]> sums = new HashMap<>();
    for (BudgetLine l : lines) {
      sums.computeIfAbsent(new Key(l.function(), l.fund(), l.kind()), k -> new long[1])[0] +=
          l.amount().fen();
    }
    return sums;
  }
}
