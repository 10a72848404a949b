package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.Catalog;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Derives the tables of any {@link Layout} from a budget's lines in one generic pass: each cell is
 * the sum of the lines in the table's slice, the row's (a code, or a labelled row's slice) and the
 * column's.
 *
 * <p>Conventions: amounts are exact (whole fen, overflow-checked); a zero cell is blank (absent);
 * code rows are printed for the codes that have lines in the table's slice, in code order, named
 * from the catalog; a line without an economic code counts in an economic table's labelled rows but
 * in none of its code rows; a {@link Figure} cell prints the budget's stated figure where the other
 * axis covers 一般公共预算 (the “三公” costs and 机关运行经费 are 一般公共预算 财政拨款), blank otherwise; a table without
 * lines in its slice carries the layout's empty-table 注 with {@code {year}} and {@code {unit}}
 * filled in. Thread-safe: no state is kept between calls.
 */
public final class LayoutDerivation {
  private LayoutDerivation() {}

  /** Every table of {@code layout} for {@code budget}, named from {@link Catalog#standard()}. */
  public static PrintedTables derive(Layout layout, UnitBudget budget) {
    return derive(layout, budget, Catalog.standard());
  }

  /** Every table of {@code layout} for {@code budget}, with code names from {@code catalog}. */
  public static PrintedTables derive(Layout layout, UnitBudget budget, Catalog catalog) {
    requireNonNull(layout, "layout");
    ImmutableList.Builder<PrintedTable> tables = ImmutableList.builder();
    for (TableSpec spec : layout.tables()) {
      tables.add(table(spec, budget, catalog));
    }
    return new PrintedTables(layout, tables.build());
  }

  /**
   * One table of a layout for {@code budget}.
   *
   * @throws ArithmeticException if a sum overflows the range of {@link Amount}
   */
  public static PrintedTable table(TableSpec spec, UnitBudget budget, Catalog catalog) {
    requireNonNull(spec, "spec");
    requireNonNull(budget, "budget");
    requireNonNull(catalog, "catalog");
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine line : budget.lines()) {
      if (spec.slice().contains(line)) {
        lines.add(line);
      }
    }
    List<ColumnSpec> columns = spec.columns();
    ImmutableList.Builder<TableRow> rows = ImmutableList.builder();
    for (LabelledRow r : spec.rows().leading()) {
      rows.add(labelled(r, spec, lines, budget));
    }
    rows.addAll(codeRows(spec, lines, catalog, budget));
    for (LabelledRow r : spec.rows().trailing()) {
      rows.add(labelled(r, spec, lines, budget));
    }
    Optional<String> note = Optional.empty();
    if (lines.isEmpty() && spec.emptyNote().isPresent() && hasSliceColumns(columns)) {
      note =
          Optional.of(
              spec.emptyNote()
                  .get()
                  .replace("{year}", Integer.toString(budget.fiscalYear()))
                  .replace("{unit}", budget.profile().name()));
    }
    return new PrintedTable(spec.key(), rows.build(), note, ImmutableMap.of(), ImmutableMap.of());
  }

  private static boolean hasSliceColumns(List<ColumnSpec> columns) {
    return columns.stream().anyMatch(c -> c.figure().isEmpty());
  }

  private static TableRow labelled(
      LabelledRow row, TableSpec spec, List<BudgetLine> lines, UnitBudget budget) {
    ImmutableMap.Builder<String, Amount> cells = ImmutableMap.builder();
    for (ColumnSpec c : spec.columns()) {
      if (!row.prints(c.id())) {
        continue;
      }
      Optional<Amount> value;
      if (row.figure().isPresent()) {
        value = figureCell(row.figure().get(), c.slice(), budget);
      } else if (c.figure().isPresent()) {
        value = figureCell(c.figure().get(), row.slice(), budget);
      } else {
        long sum = 0;
        for (BudgetLine line : lines) {
          if (row.slice().contains(line) && c.slice().contains(line)) {
            sum = Math.addExact(sum, line.amount().fen());
          }
        }
        value = sum == 0 ? Optional.empty() : Optional.of(Amount.ofFen(sum));
      }
      value.filter(a -> !a.isZero()).ifPresent(a -> cells.put(c.id(), a));
    }
    return new TableRow(row.key(), row.label(), cells.build());
  }

  private static Optional<Amount> figureCell(Figure figure, Slice other, UnitBudget budget) {
    boolean generalPublic =
        other.funds().isEmpty()
            || other.funds().stream().anyMatch(FundSource.GENERAL_PUBLIC_LOCAL::isWithin);
    return generalPublic ? figure.of(budget) : Optional.empty();
  }

  private static List<TableRow> codeRows(
      TableSpec spec, List<BudgetLine> lines, Catalog catalog, UnitBudget budget) {
    RowSpec rowSpec = spec.rows();
    List<ColumnSpec> columns = spec.columns();
    List<TableRow> out = new ArrayList<>();
    switch (rowSpec.codes()) {
      case NONE:
        return out;
      case FUNCTION:
        {
          TreeMap<FunctionCode, long[]> sums = new TreeMap<>();
          // 项 → rows at the 项 level when the table lists projects: "" (no project) first, then
          // each project in the budget's order
          TreeMap<FunctionCode, TreeMap<Integer, long[]>> projectRows = new TreeMap<>();
          Map<String, Integer> order = new java.util.HashMap<>();
          for (int i = 0; i < budget.projects().size(); i++) {
            order.put(budget.projects().get(i).name(), i);
          }
          for (BudgetLine line : lines) {
            long[] values = values(line, columns);
            for (CodeLevel level : rowSpec.levels()) {
              add(sums, line.function().at(level), values);
            }
            if (rowSpec.projects()) {
              int index = line.project().map(p -> order.getOrDefault(p, -1)).orElse(-1);
              add(
                  projectRows.computeIfAbsent(line.function(), k -> new TreeMap<>()),
                  index,
                  values);
            }
          }
          if (rowSpec.everyClass() && rowSpec.levels().contains(CodeLevel.CLASS)) {
            for (FunctionCode c : catalog.functionNames().keySet()) {
              if (c.level() == CodeLevel.CLASS) {
                sums.putIfAbsent(c, new long[columns.size()]);
              }
            }
          }
          TreeMap<FunctionCode, long[]> all = new TreeMap<>(sums);
          projectRows.keySet().forEach(item -> all.putIfAbsent(item, null));
          all.forEach(
              (code, values) -> {
                if (values != null) {
                  out.add(
                      row(
                          new RowKey.Function(code),
                          catalog.name(code).orElse(""),
                          columns,
                          values,
                          budget));
                }
                TreeMap<Integer, long[]> items = projectRows.get(code);
                if (items != null) {
                  items.forEach(
                      (index, v) -> {
                        if (index < 0) {
                          out.add(
                              row(
                                  new RowKey.Function(code),
                                  catalog.name(code).orElse(""),
                                  columns,
                                  v,
                                  budget));
                        } else {
                          String name = budget.projects().get(index).tableName();
                          out.add(row(new RowKey.Project(code, name), name, columns, v, budget));
                        }
                      });
                }
              });
          return out;
        }
      case ECONOMIC:
        {
          TreeMap<EconomicCode, long[]> sums = new TreeMap<>();
          for (BudgetLine line : lines) {
            if (line.economic().isEmpty()) {
              continue;
            }
            EconomicCode code = line.economic().get();
            long[] values = values(line, columns);
            for (CodeLevel level : rowSpec.levels()) {
              if (code.level().compareTo(level) >= 0) {
                add(sums, code.at(level), values);
              }
            }
          }
          sums.forEach(
              (code, values) ->
                  out.add(
                      row(
                          new RowKey.Economic(code),
                          catalog.name(code).orElse(""),
                          columns,
                          values,
                          budget)));
          return out;
        }
      default:
        throw new AssertionError(rowSpec.codes());
    }
  }

  /** The line's amount in each column whose slice holds it, zero elsewhere. */
  private static long[] values(BudgetLine line, List<ColumnSpec> columns) {
    long[] values = new long[columns.size()];
    for (int i = 0; i < values.length; i++) {
      ColumnSpec c = columns.get(i);
      if (c.figure().isEmpty() && c.slice().contains(line)) {
        values[i] = line.amount().fen();
      }
    }
    return values;
  }

  private static <K> void add(Map<K, long[]> sums, K key, long[] values) {
    long[] target = sums.computeIfAbsent(key, k -> new long[values.length]);
    for (int i = 0; i < values.length; i++) {
      target[i] = Math.addExact(target[i], values[i]);
    }
  }

  private static TableRow row(
      RowKey key, String name, List<ColumnSpec> columns, long[] values, UnitBudget budget) {
    ImmutableMap.Builder<String, Amount> cells = ImmutableMap.builder();
    for (int i = 0; i < values.length; i++) {
      ColumnSpec c = columns.get(i);
      if (c.figure().isPresent()) {
        continue;
      }
      if (values[i] != 0) {
        cells.put(c.id(), Amount.ofFen(values[i]));
      }
    }
    return new TableRow(key, name, cells.build());
  }
}
