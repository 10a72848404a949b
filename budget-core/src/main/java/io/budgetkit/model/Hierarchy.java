package io.budgetkit.model;

import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import java.util.Comparator;
import java.util.Optional;

/**
 * A classification hierarchy that lines roll up along: function 项 → 款 → 类, economic 款 → 类, or fund
 * source leaf → group.
 *
 * @param <K> the node type
 */
public interface Hierarchy<K> {
  /** Function classification: each line at its 项, rolled up to 款 and 类. */
  Hierarchy<FunctionCode> FUNCTION =
      of("function", BudgetLine::function, FunctionCode::parent, Comparator.naturalOrder());

  /**
   * Economic classification: each line at its 款 (or 类), rolled up to 类; unclassified lines aside.
   */
  Hierarchy<EconomicCode> ECONOMIC =
      of(
          "economic",
          l -> l.economic().orElse(null),
          EconomicCode::parent,
          Comparator.naturalOrder());

  /**
   * Fund sources: each line at its leaf source, rolled up through the groups of {@link FundSource}.
   */
  Hierarchy<FundSource> FUND =
      of("fund", BudgetLine::fund, FundSource::parent, Comparator.naturalOrder());

  /** A short name for messages. */
  String name();

  /** The node a line sits at, or {@code null} when the line is not classified in this hierarchy. */
  K nodeOf(BudgetLine line);

  /** The enclosing node, or empty at the top. */
  Optional<K> parent(K node);

  /** The document's order of rows: every node before its children, siblings in code order. */
  Comparator<K> order();

  /** A hierarchy from its parts. */
  static <K> Hierarchy<K> of(
      String name,
      java.util.function.Function<BudgetLine, K> nodeOf,
      java.util.function.Function<K, Optional<K>> parent,
      Comparator<K> order) {
    return new Hierarchy<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public K nodeOf(BudgetLine line) {
        return nodeOf.apply(line);
      }

      @Override
      public Optional<K> parent(K node) {
        return parent.apply(node);
      }

      @Override
      public Comparator<K> order() {
        return order;
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
