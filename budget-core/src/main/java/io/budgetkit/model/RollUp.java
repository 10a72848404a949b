package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.money.Amount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Totals of lines at every node of a {@link Hierarchy}, in the document's row order.
 *
 * <p>A parent's total is exactly the sum of its children's, and the sum of the top-level nodes plus
 * {@link #unclassified()} is the total of all lines: nothing is dropped. Totals are summed in whole
 * fen and wrapped once. Immutable.
 *
 * @param <K> the node type
 */
public final class RollUp<K> {
  private final Hierarchy<K> hierarchy;
  private final ImmutableMap<K, Amount> totals;
  private final Amount unclassified;

  private RollUp(Hierarchy<K> hierarchy, ImmutableMap<K, Amount> totals, Amount unclassified) {
    this.hierarchy = hierarchy;
    this.totals = totals;
    this.unclassified = unclassified;
  }

  /** Rolls {@code lines} up {@code hierarchy}. */
  public static <K> RollUp<K> of(Iterable<BudgetLine> lines, Hierarchy<K> hierarchy) {
    requireNonNull(lines, "lines");
    requireNonNull(hierarchy, "hierarchy");
    Map<K, long[]> leafSums = new HashMap<>();
    long unclassified = 0;
    for (BudgetLine line : lines) {
      K node = hierarchy.nodeOf(line);
      long fen = line.amount().fen();
      if (node == null) {
        unclassified = Math.addExact(unclassified, fen);
      } else {
        long[] sum = leafSums.computeIfAbsent(node, k -> new long[1]);
        sum[0] = Math.addExact(sum[0], fen);
      }
    }
    Map<K, long[]> all = new HashMap<>(leafSums);
    for (Map.Entry<K, long[]> e : leafSums.entrySet()) {
      long fen = e.getValue()[0];
      for (Optional<K> p = hierarchy.parent(e.getKey());
          p.isPresent();
          p = hierarchy.parent(p.get())) {
        long[] sum = all.computeIfAbsent(p.get(), k -> new long[1]);
        sum[0] = Math.addExact(sum[0], fen);
      }
    }
    List<K> keys = new ArrayList<>(all.keySet());
    keys.sort(hierarchy.order());
    ImmutableMap.Builder<K, Amount> totals = ImmutableMap.builderWithExpectedSize(keys.size());
    for (K k : keys) {
      totals.put(k, Amount.ofFen(all.get(k)[0]));
    }
    return new RollUp<>(hierarchy, totals.build(), Amount.ofFen(unclassified));
  }

  /** The hierarchy rolled up. */
  public Hierarchy<K> hierarchy() {
    return hierarchy;
  }

  /** Every node with lines under it, in document order, with its total. */
  public ImmutableMap<K, Amount> totals() {
    return totals;
  }

  /** The total under {@code node}; zero if no line lies under it. */
  public Amount get(K node) {
    return totals.getOrDefault(requireNonNull(node, "node"), Amount.zero());
  }

  /** The top-level nodes (no parent), in document order. */
  public ImmutableList<K> roots() {
    return totals.keySet().stream()
        .filter(k -> hierarchy.parent(k).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /** The nodes directly under {@code node}, in document order. */
  public ImmutableList<K> children(K node) {
    requireNonNull(node, "node");
    return totals.keySet().stream()
        .filter(k -> hierarchy.parent(k).map(node::equals).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /** The total of lines this hierarchy does not classify (e.g. lines with no economic code). */
  public Amount unclassified() {
    return unclassified;
  }

  /** The total of all lines: the top-level totals plus {@link #unclassified()}. */
  public Amount total() {
    long sum = unclassified.fen();
    for (K root : roots()) {
      sum = Math.addExact(sum, totals.get(root).fen());
    }
    return Amount.ofFen(sum);
  }

  /**
   * The roll-up of this one's lines and {@code other}'s together: totals added node by node. Equal
   * to rolling up the union of both line sets, whatever the order.
   *
   * @throws IllegalArgumentException if {@code other} rolls up another hierarchy
   */
  public RollUp<K> plus(RollUp<K> other) {
    requireNonNull(other, "other");
    if (other.hierarchy != hierarchy) {
      throw new IllegalArgumentException(
          "Cannot add a roll-up of " + other.hierarchy + " to one of " + hierarchy);
    }
    Map<K, Long> sums = new HashMap<>();
    totals.forEach((k, v) -> sums.put(k, v.fen()));
    other.totals.forEach((k, v) -> sums.merge(k, v.fen(), Math::addExact));
    List<K> keys = new ArrayList<>(sums.keySet());
    keys.sort(hierarchy.order());
    ImmutableMap.Builder<K, Amount> merged = ImmutableMap.builderWithExpectedSize(keys.size());
    for (K k : keys) {
      merged.put(k, Amount.ofFen(sums.get(k)));
    }
    return new RollUp<>(hierarchy, merged.build(), unclassified.plus(other.unclassified));
  }

  /** Equal when of the same hierarchy with the same totals at the same nodes, in the same order. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RollUp)) {
      return false;
    }
    RollUp<?> r = (RollUp<?>) o;
    return r.hierarchy == hierarchy
        && r.unclassified.equals(unclassified)
        && r.totals.equals(totals)
        && ImmutableList.copyOf(r.totals.keySet()).equals(ImmutableList.copyOf(totals.keySet()));
  }

  @Override
  public int hashCode() {
    return totals.hashCode() * 31 + unclassified.hashCode();
  }

  @Override
  public String toString() {
    return "RollUp" + hierarchy + totals;
  }
}
