package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import java.util.Collection;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A slice of a budget's lines: the lines whose fund source lies within one of {@code funds}, whose
 * kind is one of {@code kinds} and whose economic code lies under one of {@code economic}. An empty
 * set places no restriction on its dimension, so {@link #ALL} is every line.
 *
 * <p>A column of a table sums one slice; the table and the row narrow it further. A line without an
 * economic code lies only in slices that do not restrict the economic dimension. Immutable.
 *
 * @param funds fund sources or groups (a group stands for its members); empty for all
 * @param kinds expenditure kinds; empty for all
 * @param economic economic 类 or 款; empty for all
 */
public record Slice(
    ImmutableSet<FundSource> funds,
    ImmutableSet<ExpenditureKind> kinds,
    ImmutableSet<EconomicCode> economic) {

  /** Every line. */
  public static final Slice ALL =
      new Slice(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());

  /** Checks the components. */
  public Slice {
    requireNonNull(funds, "funds");
    requireNonNull(kinds, "kinds");
    requireNonNull(economic, "economic");
  }

  /** A slice from any collections (nulls read as empty). */
  public static Slice of(
      Collection<FundSource> funds,
      Collection<ExpenditureKind> kinds,
      Collection<EconomicCode> economic) {
    return new Slice(
        funds == null ? ImmutableSet.of() : ImmutableSet.copyOf(funds),
        kinds == null ? ImmutableSet.of() : ImmutableSet.copyOf(kinds),
        economic == null ? ImmutableSet.of() : ImmutableSet.copyOf(economic));
  }

  /** The lines of {@code sources}. */
  public static Slice funds(FundSource... sources) {
    return new Slice(ImmutableSet.copyOf(sources), ImmutableSet.of(), ImmutableSet.of());
  }

  /** The lines of {@code kinds}. */
  public static Slice kinds(ExpenditureKind... kinds) {
    return new Slice(ImmutableSet.of(), ImmutableSet.copyOf(kinds), ImmutableSet.of());
  }

  /** The lines under the economic codes {@code codes}. */
  public static Slice economic(EconomicCode... codes) {
    return new Slice(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.copyOf(codes));
  }

  /** Whether {@code line} lies in this slice. */
  public boolean contains(BudgetLine line) {
    return containsFund(line.fund())
        && (kinds.isEmpty() || kinds.contains(line.kind()))
        && containsEconomic(line);
  }

  /** Whether lines of {@code source} pass this slice's fund sources. */
  boolean containsFund(FundSource source) {
    if (funds.isEmpty()) {
      return true;
    }
    for (FundSource f : funds) {
      if (source.isWithin(f)) {
        return true;
      }
    }
    return false;
  }

  private boolean containsEconomic(BudgetLine line) {
    return containsEconomic(line.economic().orElse(null));
  }

  /** Whether {@code kind} passes this slice's kinds. */
  boolean containsKind(ExpenditureKind kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }

  /** Whether lines of economic code {@code code} (null for none) pass this slice's codes. */
  boolean containsEconomic(EconomicCode code) {
    if (economic.isEmpty()) {
      return true;
    }
    if (code == null) {
      return false;
    }
    for (EconomicCode e : economic) {
      if (e.equals(code) || e.isAncestorOf(code)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this slice restricts nothing. */
  public boolean isAll() {
    return funds.isEmpty() && kinds.isEmpty() && economic.isEmpty();
  }

  /** Readable text: {@code funds=[FISCAL] kinds=[PROJECT]}, or {@code all}. */
  @Override
  public String toString() {
    if (isAll()) {
      return "all";
    }
    StringJoiner j = new StringJoiner(" ");
    if (!funds.isEmpty()) {
      j.add("funds=" + funds);
    }
    if (!kinds.isEmpty()) {
      j.add("kinds=" + kinds);
    }
    if (!economic.isEmpty()) {
      j.add("economic=" + economic);
    }
    return j.toString();
  }

  /** The sets of this slice, for code that enumerates them. */
  Set<FundSource> fundSet() {
    return funds;
  }
}
