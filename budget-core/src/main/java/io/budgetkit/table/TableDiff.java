package io.budgetkit.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two disclosures, or two versions of one table, cell by cell.
 *
 * <p>Rows are matched by {@link RowKey}, never by name or position; cells by column. A blank cell,
 * a missing row and a missing table all read as zero, so a row of blanks present on one side only
 * is no difference, while a row with figures present on one side only gives one difference per
 * figure. Equal disclosures give an empty list.
 *
 * <p>{@link #exact()} compares whole fen. {@link #asPrinted(MoneyUnit)} compares the figures as the
 * document prints them, rounded half-up to two decimals of the unit, so a derived 551.3456 万元
 * matches a published 551.35. Differences are listed in table order, then the left table's row
 * order followed by rows only on the right, then column order. Immutable and thread-safe.
 */
public final class TableDiff {
  private static final TableDiff EXACT = new TableDiff(null);

  private final MoneyUnit printedIn;

  private TableDiff(MoneyUnit printedIn) {
    this.printedIn = printedIn;
  }

  /** Compares amounts exactly, to the fen. */
  public static TableDiff exact() {
    return EXACT;
  }

  /** Compares amounts as printed in {@code unit}: rounded half-up to two decimals. */
  public static TableDiff asPrinted(MoneyUnit unit) {
    return new TableDiff(requireNonNull(unit, "unit"));
  }

  /** The differing cells of {@code left} and {@code right}, every table of either side. */
  public ImmutableList<CellDifference> between(Disclosure left, Disclosure right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    ImmutableList.Builder<CellDifference> result = ImmutableList.builder();
    for (TableId id : TableId.values()) {
      Optional<DisclosureTable> l = left.table(id);
      Optional<DisclosureTable> r = right.table(id);
      if (l.isPresent() || r.isPresent()) {
        compare(
            id,
            l.map(DisclosureTable::rows).orElse(List.of()),
            r.map(DisclosureTable::rows).orElse(List.of()),
            result);
      }
    }
    return result.build();
  }

  /**
   * The differing cells of two versions of one table.
   *
   * @throws IllegalArgumentException if the tables are not the same table
   */
  public ImmutableList<CellDifference> between(DisclosureTable left, DisclosureTable right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    if (left.id() != right.id()) {
      throw new IllegalArgumentException(
          "Cannot compare "
              + left.id().label()
              + " with "
              + right.id().label()
              + ": expected two versions of one table");
    }
    ImmutableList.Builder<CellDifference> result = ImmutableList.builder();
    compare(left.id(), left.rows(), right.rows(), result);
    return result.build();
  }

  private void compare(
      TableId id,
      List<TableRow> left,
      List<TableRow> right,
      ImmutableList.Builder<CellDifference> out) {
    Map<RowKey, TableRow> rightRows = new HashMap<>();
    for (TableRow r : right) {
      rightRows.put(r.key(), r);
    }
    Set<RowKey> seen = new HashSet<>();
    for (TableRow l : left) {
      seen.add(l.key());
      compareRow(id, l.key(), l.name(), l, rightRows.get(l.key()), out);
    }
    for (TableRow r : right) {
      if (!seen.contains(r.key())) {
        compareRow(id, r.key(), r.name(), null, r, out);
      }
    }
  }

  private void compareRow(
      TableId id,
      RowKey key,
      String name,
      TableRow left,
      TableRow right,
      ImmutableList.Builder<CellDifference> out) {
    for (Column c : id.columns()) {
      Optional<Amount> l = left == null ? Optional.empty() : left.cell(c);
      Optional<Amount> r = right == null ? Optional.empty() : right.cell(c);
      if (!same(l.orElse(Amount.zero()), r.orElse(Amount.zero()))) {
        out.add(new CellDifference(id, key, name, c, l, r));
      }
    }
  }

  private boolean same(Amount a, Amount b) {
    if (printedIn == null) {
      return a.equals(b);
    }
    return a.rounded(printedIn).compareTo(b.rounded(printedIn)) == 0;
  }

  @Override
  public String toString() {
    return printedIn == null ? "TableDiff.exact()" : "TableDiff.asPrinted(" + printedIn + ")";
  }
}
