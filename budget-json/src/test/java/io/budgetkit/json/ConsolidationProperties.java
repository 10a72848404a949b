package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.model.Consolidation;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.table.TableRow;
import io.budgetkit.testkit.BudgetGenerators;
import io.budgetkit.validation.ConsolidationCheck;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A department consolidated from generated units: its tables (部门预算 layout) equal the sum of the
 * units' tables (单位预算 layout) cell by cell, and a planted change in any cell of any unit's rows, in
 * a column the department prints, is found at that cell, naming the unit.
 */
class ConsolidationProperties {
  static final UnitProfile DEPARTMENT = UnitProfile.builder().name("示例部门").build();

  @Test
  void departmentTablesEqualTheSumOfTheUnitsTables() {
    qt().withExamples(100)
        .forAll(BudgetGenerators.departmentUnits(4))
        .checkAssert(
            units -> {
              ValidationReport r = ConsolidationCheck.check(department(units), unitTables(units));
              assertTrue(r.isClean(), r.toText());
            });
  }

  @Test
  void aChangedUnitCellIsFoundNamingTheUnit() {
    qt().withExamples(100)
        .forAll(
            BudgetGenerators.departmentUnits(4),
            integers().between(0, Integer.MAX_VALUE - 1),
            integers().between(1, 1_000_000))
        .checkAssert(
            (units, pick, fen) -> {
              Map<String, PrintedTables> tables = unitTables(units);
              List<Object[]> cells = new ArrayList<>();
              tables.forEach(
                  (unit, t) -> {
                    for (PrintedTable table : t.tables()) {
                      // every cell, blank or not, of every printed row
                      for (TableRow r : table.rows()) {
                        // the columns the department prints: only those are compared
                        ConsolidationTest.DEPARTMENT
                            .table(table.key())
                            .orElseThrow()
                            .columns()
                            .forEach(
                                c ->
                                    cells.add(
                                        new Object[] {
                                          unit, table.key(), new CellRef(r.key(), c.id())
                                        }));
                      }
                    }
                  });
              Object[] chosen = cells.get(pick % cells.size());
              String unit = (String) chosen[0];
              String key = (String) chosen[1];
              CellRef cell = (CellRef) chosen[2];
              Amount old =
                  tables.get(unit).table(key).orElseThrow().cell(cell).orElse(Amount.zero());
              tables.put(
                  unit,
                  ConsolidationTest.withCell(
                      tables.get(unit),
                      key,
                      cell.row(),
                      cell.column(),
                      old.plus(Amount.ofFen(fen))));
              ValidationReport r = ConsolidationCheck.check(department(units), tables);
              List<Finding> findings = r.findingsOf(ConsolidationCheck.CELL);
              assertTrue(
                  findings.size() == 1
                      && findings.get(0).location().table().orElseThrow().equals(key)
                      && findings.get(0).location().row().orElseThrow().equals(cell.row().id())
                      && findings.get(0).location().column().orElseThrow().equals(cell.column())
                      && findings.get(0).message().contains(unit + " "),
                  unit + " " + key + " " + cell + "\n" + r.toText());
              assertTrue(r.findings().size() == 1, r.toText());
            });
  }

  static PrintedTables department(List<UnitBudget> units) {
    return LayoutDerivation.derive(
        ConsolidationTest.DEPARTMENT, Consolidation.of(DEPARTMENT, units));
  }

  static Map<String, PrintedTables> unitTables(List<UnitBudget> units) {
    Map<String, PrintedTables> out = new LinkedHashMap<>();
    for (UnitBudget u : units) {
      out.put(u.profile().name(), LayoutDerivation.derive(ConsolidationTest.UNIT, u));
    }
    return out;
  }
}
