package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.money.Amount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An immutable selection of budget lines, with exact totals, roll-ups and groupings.
 *
 * <p>Every operation is a pure function of the lines: order does not change a total, and results
 * are in the document's order whatever the input order. Sums are taken in whole fen.
 */
public final class LineSet implements Iterable<BudgetLine> {
  private final ImmutableList<BudgetLine> lines;

  private LineSet(ImmutableList<BudgetLine> lines) {
    this.lines = lines;
  }

  /** The set of {@code lines}. */
  public static LineSet of(Iterable<BudgetLine> lines) {
    return new LineSet(ImmutableList.copyOf(requireNonNull(lines, "lines")));
  }

  /** The lines, in the order given. */
  public ImmutableList<BudgetLine> lines() {
    return lines;
  }

  /** The number of lines. */
  public int size() {
    return lines.size();
  }

  @Override
  public Iterator<BudgetLine> iterator() {
    return lines.iterator();
  }

  /** The lines matching {@code filter}. */
  public LineSet filter(Predicate<? super BudgetLine> filter) {
    requireNonNull(filter, "filter");
    ImmutableList.Builder<BudgetLine> kept = ImmutableList.builder();
    for (BudgetLine l : lines) {
      if (filter.test(l)) {
        kept.add(l);
      }
    }
    return new LineSet(kept.build());
  }

  /** The lines whose fund source is {@code group} or lies within it. */
  public LineSet fundedBy(FundSource group) {
    requireNonNull(group, "group");
    return filter(l -> l.fund().isWithin(group));
  }

  /** The lines of basic expenditure (人员经费 and 公用经费). */
  public LineSet basic() {
    return filter(l -> l.kind().isBasic());
  }

  /** The lines of project expenditure. */
  public LineSet projects() {
    return filter(l -> l.kind() == ExpenditureKind.PROJECT);
  }

  /** The exact total of the lines. */
  public Amount total() {
    long sum = 0;
    for (BudgetLine l : lines) {
      sum = Math.addExact(sum, l.amount().fen());
    }
    return Amount.ofFen(sum);
  }

  /** Totals at every node of {@code hierarchy}: function 项 → 款 → 类, economic, fund source. */
  public <K> RollUp<K> rollUp(Hierarchy<K> hierarchy) {
    return RollUp.of(lines, hierarchy);
  }

  /**
   * Totals by the combination of values in {@code dimensions}, ordered by key. Every line counts
   * once, under the key of its values (absent values included), so the totals add up to {@link
   * #total()}.
   */
  public ImmutableMap<GroupKey, Amount> groupBy(Dimension... dimensions) {
    ImmutableList<Dimension> dims = ImmutableList.copyOf(dimensions);
    if (dims.isEmpty()) {
      throw new IllegalArgumentException("groupBy needs at least one dimension");
    }
    Map<GroupKey, long[]> sums = new HashMap<>();
    for (BudgetLine l : lines) {
      Object[] values = new Object[dims.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = dims.get(i).valueOf(l);
      }
      long[] sum = sums.computeIfAbsent(new GroupKey(dims, values), k -> new long[1]);
      sum[0] = Math.addExact(sum[0], l.amount().fen());
    }
    List<GroupKey> keys = new ArrayList<>(sums.keySet());
    keys.sort(null);
    ImmutableMap.Builder<GroupKey, Amount> result = ImmutableMap.builder();
    for (GroupKey k : keys) {
      result.put(k, Amount.ofFen(sums.get(k)[0]));
    }
    return result.build();
  }

  @Override
  public String toString() {
    return lines.size() + " lines, total " + total();
  }
}
