package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.table.DisplayWidth;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Two documents of the same unit compared cell by cell: same table key, same row key (function or
 * economic code, fund source, label), same column. Each cell either document prints is one {@link
 * Change}: the prior and current figure, the change and the growth rate, and whether the row
 * appeared, vanished, changed or stayed the same.
 *
 * <p>Tables of the two layouts are matched by key, so a 2024 and a 2025 document of one region's
 * layout compare table by table; a table only one document prints has all its rows appear or
 * vanish. Amounts are exact; growth is {@code change / prior × 100} rounded half-up to two
 * decimals, absent where the prior is zero. Immutable.
 *
 * @param prior the label of the earlier document, e.g. {@code 2024}
 * @param current the label of the later document, e.g. {@code 2025}
 * @param changes every compared cell, table by table in the current layout's order, rows in printed
 *     order (the current document's first, then rows only the prior prints)
 */
public record YearComparison(
    String prior, String current, ImmutableList<YearComparison.Change> changes) {

  /** Checks the components. */
  public YearComparison {
    requireNonNull(prior, "prior");
    requireNonNull(current, "current");
    requireNonNull(changes, "changes");
  }

  /** What happened to a cell between the two documents. */
  public enum Status {
    /** Both print the row and the same figure (blank counting as zero). */
    SAME,
    /** Both print the row, with different figures. */
    CHANGED,
    /** Only the current document prints the row. */
    APPEARED,
    /** Only the prior document prints the row. */
    VANISHED
  }

  /**
   * One compared cell.
   *
   * @param table the table key
   * @param row the row key
   * @param name the row's printed name (the current document's where it prints the row)
   * @param column the column id
   * @param priorAmount the prior figure, empty where blank or the row is not printed
   * @param currentAmount the current figure, empty where blank or the row is not printed
   * @param status what happened
   */
  public record Change(
      String table,
      RowKey row,
      String name,
      String column,
      Optional<Amount> priorAmount,
      Optional<Amount> currentAmount,
      Status status) {
    /** Checks the components. */
    public Change {
      requireNonNull(table, "table");
      requireNonNull(row, "row");
      requireNonNull(name, "name");
      requireNonNull(column, "column");
      requireNonNull(priorAmount, "priorAmount");
      requireNonNull(currentAmount, "currentAmount");
      requireNonNull(status, "status");
    }

    /** Current minus prior, blanks as zero; exact. */
    public Amount change() {
      return currentAmount.orElse(Amount.zero()).minus(priorAmount.orElse(Amount.zero()));
    }

    /** {@code change / prior × 100}, two decimals half-up; empty where the prior is zero. */
    public Optional<Percent> growth() {
      Amount p = priorAmount.orElse(Amount.zero());
      return p.isZero() ? Optional.empty() : Optional.of(Percent.ratio(change(), p));
    }
  }

  /**
   * Compares {@code priorTables} (labelled {@code prior}) with {@code currentTables} (labelled
   * {@code current}).
   */
  public static YearComparison between(
      String prior, PrintedTables priorTables, String current, PrintedTables currentTables) {
    requireNonNull(priorTables, "priorTables");
    requireNonNull(currentTables, "currentTables");
    Set<String> keys = new LinkedHashSet<>();
    currentTables.layout().tables().forEach(t -> keys.add(t.key()));
    priorTables.layout().tables().forEach(t -> keys.add(t.key()));
    ImmutableList.Builder<Change> out = ImmutableList.builder();
    for (String key : keys) {
      Optional<PrintedTable> before = priorTables.table(key);
      Optional<PrintedTable> after = currentTables.table(key);
      if (before.isEmpty() && after.isEmpty()) {
        continue;
      }
      List<String> columns = new ArrayList<>();
      currentTables
          .layout()
          .table(key)
          .ifPresent(s -> s.columns().forEach(c -> columns.add(c.id())));
      priorTables
          .layout()
          .table(key)
          .ifPresent(
              s ->
                  s.columns()
                      .forEach(
                          c -> {
                            if (!columns.contains(c.id())) {
                              columns.add(c.id());
                            }
                          }));
      Map<RowKey, TableRow> priorRows = rows(before);
      Map<RowKey, TableRow> currentRows = rows(after);
      Map<RowKey, String> names = new LinkedHashMap<>();
      currentRows.forEach((k, r) -> names.put(k, r.name()));
      priorRows.forEach((k, r) -> names.putIfAbsent(k, r.name()));
      for (Map.Entry<RowKey, String> row : names.entrySet()) {
        TableRow p = priorRows.get(row.getKey());
        TableRow c = currentRows.get(row.getKey());
        for (String column : columns) {
          Optional<Amount> a =
              p == null ? Optional.empty() : Optional.ofNullable(p.cells().get(column));
          Optional<Amount> b =
              c == null ? Optional.empty() : Optional.ofNullable(c.cells().get(column));
          if (a.isEmpty() && b.isEmpty()) {
            continue;
          }
          Status status;
          if (p == null) {
            status = Status.APPEARED;
          } else if (c == null) {
            status = Status.VANISHED;
          } else {
            status =
                a.orElse(Amount.zero()).equals(b.orElse(Amount.zero()))
                    ? Status.SAME
                    : Status.CHANGED;
          }
          out.add(new Change(key, row.getKey(), row.getValue(), column, a, b, status));
        }
      }
    }
    return new YearComparison(prior, current, out.build());
  }

  private static Map<RowKey, TableRow> rows(Optional<PrintedTable> table) {
    Map<RowKey, TableRow> rows = new LinkedHashMap<>();
    table.ifPresent(t -> t.rows().forEach(r -> rows.put(r.key(), r)));
    return rows;
  }

  /** The changes of one status. */
  public ImmutableList<Change> changes(Status status) {
    return only(c -> c.status() == status);
  }

  /** The changes of one table. */
  public ImmutableList<Change> changes(String table) {
    return only(c -> c.table().equals(table));
  }

  private ImmutableList<Change> only(Predicate<Change> p) {
    return changes.stream().filter(p).collect(ImmutableList.toImmutableList());
  }

  /**
   * The comparison as a plain-text table, one cell a line, figures in {@code unit} rounded half-up
   * to two decimals: table, row, name, column, prior, current, change, growth, status; columns
   * aligned by display width (汉字 take two columns).
   */
  public String render(MoneyUnit unit) {
    requireNonNull(unit, "unit");
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"表", "行", "名称", "列", prior, current, "增减", "增长率", "状态"});
    for (Change c : changes) {
      lines.add(
          new String[] {
            c.table(),
            c.row().id(),
            c.name(),
            c.column(),
            c.priorAmount().map(a -> a.format(unit)).orElse(""),
            c.currentAmount().map(a -> a.format(unit)).orElse(""),
            c.change().format(unit),
            c.growth().map(Percent::toString).orElse(""),
            c.status().name()
          });
    }
    int[] widths = new int[lines.get(0).length];
    for (String[] l : lines) {
      for (int i = 0; i < l.length; i++) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(l[i]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] l : lines) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < l.length; i++) {
        boolean number = i >= 4 && i <= 7;
        String pad = " ".repeat(widths[i] - DisplayWidth.of(l[i]));
        if (i > 0) {
          line.append("  ");
        }
        line.append(number ? pad + l[i] : l[i] + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
