package io.budgetkit.validation;

import static io.budgetkit.validation.BudgetRules.wan;
import static java.util.Objects.requireNonNull;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.Evidence;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Checks that a published 部门预算 equals the sum of its units' documents, cell by cell.
 *
 * <p>The department's tables and each unit's are compared on the table keys they share (a 部门预算
 * layout and a 单位预算 layout of one region use the same keys, {@code t1.income} … {@code t9}): each
 * cell the department or any unit prints must equal the sum of the units' figures in the same
 * table, row and column, exactly (a blank cell is zero). A finding ({@code consolidation.cell})
 * names the cell, the department's figure, the units' sum and every unit that prints a figure there
 * with its figure, in 万元. A unit that does not print a table the department prints gives {@code
 * consolidation.missing-table} (its cells count as blank). Only the department's columns are
 * compared: a 部门预算 may print fewer (上海普陀's prints 表1's expenditure as one 预算数 column, its units
 * split it into 人员经费, 公用经费 and 项目支出). Where the two figures differ by less than 0.01 万元 the message
 * gives both in 元. Thread-safe.
 */
public final class ConsolidationCheck {
  /** A department cell that is not the sum of its units' cells. */
  public static final String CELL = "consolidation.cell";

  /** A unit that does not print a table the department prints. */
  public static final String MISSING_TABLE = "consolidation.missing-table";

  private ConsolidationCheck() {}

  /**
   * Checks {@code department}'s layout tables against those of {@code units}, each unit named by
   * its profile's name.
   *
   * @throws IllegalArgumentException if a document holds no layout tables, or two units share a
   *     name
   */
  public static ValidationReport check(BudgetDocument department, List<BudgetDocument> units) {
    requireNonNull(department, "department");
    requireNonNull(units, "units");
    Map<String, PrintedTables> byUnit = new LinkedHashMap<>();
    for (BudgetDocument u : units) {
      String name = u.budget().profile().name();
      if (byUnit.put(name, tablesOf(u)) != null) {
        throw new IllegalArgumentException("Unit '" + name + "' is listed twice");
      }
    }
    return check(tablesOf(department), byUnit);
  }

  /**
   * Checks {@code department}'s tables against the sum of {@code units}' tables (by unit name, in
   * the order given).
   *
   * @throws ArithmeticException if a sum overflows the range of {@link Amount}
   */
  public static ValidationReport check(PrintedTables department, Map<String, PrintedTables> units) {
    requireNonNull(department, "department");
    requireNonNull(units, "units");
    List<Finding> out = new ArrayList<>();
    for (PrintedTable dept : department.tables()) {
      TableSpec spec = department.spec(dept.key());
      Set<String> columns = new LinkedHashSet<>();
      spec.columns().forEach(c -> columns.add(c.id()));
      Map<String, PrintedTable> own = new LinkedHashMap<>();
      units.forEach(
          (unit, tables) -> {
            Optional<PrintedTable> t = tables.table(dept.key());
            if (t.isPresent()) {
              own.put(unit, t.get());
            } else if (!dept.isEmpty()) {
              out.add(
                  finding(
                      MISSING_TABLE,
                      Severity.WARNING,
                      new Location(
                          Optional.of(dept.key()),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.of("unit " + unit)),
                      "Unit '"
                          + unit
                          + "' does not print table "
                          + dept.key()
                          + ", which the department prints; its cells count as blank",
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()));
            }
          });
      // every row either side prints, the department's order first
      Map<RowKey, String> rows = new LinkedHashMap<>();
      dept.rows().forEach(r -> rows.put(r.key(), r.name()));
      own.values().forEach(t -> t.rows().forEach(r -> rows.putIfAbsent(r.key(), r.name())));
      for (Map.Entry<RowKey, String> row : rows.entrySet()) {
        for (String column : columns) {
          CellRef cell = new CellRef(row.getKey(), column);
          long sum = 0;
          StringJoiner parts = new StringJoiner("; ");
          for (Map.Entry<String, PrintedTable> e : own.entrySet()) {
            Optional<Amount> a = e.getValue().cell(cell);
            if (a.isPresent()) {
              sum = Math.addExact(sum, a.get().fen());
              parts.add(e.getKey() + " " + wan(a.get()));
            }
          }
          Amount printed = dept.cell(cell).orElse(Amount.zero());
          if (printed.fen() != sum) {
            Amount total = Amount.ofFen(sum);
            out.add(
                finding(
                    CELL,
                    Severity.ERROR,
                    new Location(
                        Optional.of(dept.key()),
                        Optional.of(row.getKey().id()),
                        Optional.of(column),
                        Optional.of(row.getValue())),
                    "The department prints "
                        + exact(printed, total)
                        + ", its units add up to "
                        + exact(total, printed)
                        + (parts.length() == 0 ? " (no unit prints it)" : " (" + parts + ")"),
                    Optional.of(wan(total)),
                    Optional.of(wan(printed)),
                    Optional.ofNullable(dept.evidence().get(cell))));
          }
        }
      }
    }
    return ValidationReport.of("default", out);
  }

  /** {@code a} in 万元, or exactly in 元 where {@code b} would print the same in 万元. */
  private static String exact(Amount a, Amount b) {
    return wan(a).equals(wan(b)) ? a.toYuan().toPlainString() + " 元" : wan(a);
  }

  private static PrintedTables tablesOf(BudgetDocument d) {
    return d.layoutTables()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Document of '"
                        + d.budget().profile().name()
                        + "' holds no layout tables: consolidation is checked on printed tables"));
  }

  private static Finding finding(
      String rule,
      Severity severity,
      Location where,
      String message,
      Optional<String> expected,
      Optional<String> actual,
      Optional<Evidence> evidence) {
    return Finding.builder()
        .ruleId(rule)
        .severity(severity)
        .location(where)
        .message(message)
        .expected(expected)
        .actual(actual)
        .evidence(evidence)
        .build();
  }
}
