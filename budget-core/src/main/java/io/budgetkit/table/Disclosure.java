package io.budgetkit.table;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The ten tables of one disclosure, derived or as published. Each table appears at most once, in
 * table order. Immutable.
 */
@Value.Immutable
public abstract class Disclosure {
  /** The tables, in table order. */
  public abstract List<DisclosureTable> tables();

  /** The table {@code id}, if present. */
  public final Optional<DisclosureTable> table(TableId id) {
    return tables().stream().filter(t -> t.id() == id).findFirst();
  }

  /**
   * The cells in which this disclosure and {@code other} differ, to the fen; blank equals zero. See
   * {@link TableDiff} for rounding to the printed figures.
   */
  public final List<CellDifference> diff(Disclosure other) {
    return TableDiff.exact().between(this, other);
  }

  @Value.Check
  void check() {
    Set<TableId> seen = EnumSet.noneOf(TableId.class);
    TableId previous = null;
    for (DisclosureTable t : tables()) {
      if (!seen.add(t.id())) {
        throw new IllegalArgumentException(t.id().label() + " appears twice in the disclosure");
      }
      if (previous != null && t.id().compareTo(previous) < 0) {
        throw new IllegalArgumentException(
            t.id().label() + " comes after " + previous.label() + ": expected table order");
      }
      previous = t.id();
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Disclosure}. */
  public static final class Builder extends ImmutableDisclosure.Builder {}
}
