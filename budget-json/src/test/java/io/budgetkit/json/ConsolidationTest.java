package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.model.Consolidation;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import io.budgetkit.validation.ConsolidationCheck;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.ValidationReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A department of two small units, each with a project named 党建工作经费: figures checkable by hand. */
class ConsolidationTest {
  static final Layout UNIT = Layouts.byId("shanghai-putuo-unit").orElseThrow();
  static final Layout DEPARTMENT = Layouts.byId("shanghai-putuo-department").orElseThrow();

  static UnitBudget unit(String name, String basic, String project) {
    return UnitBudget.builder()
        .profile(UnitProfile.builder().name(name).department("示例街道").build())
        .fiscalYear(2025)
        .line(
            l ->
                l.function("208 01 01")
                    .economic("301 01")
                    .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                    .basicPersonnel()
                    .wanYuan(basic))
        .line(
            l ->
                l.function("208 01 01")
                    .economic("302 01")
                    .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                    .forProject("党建工作经费")
                    .wanYuan(project))
        .project(
            p ->
                p.name("党建工作经费")
                    .policyBasis("区委文件")
                    .scale(project)
                    .undertaker(name)
                    .executionPeriod("2025 年 1 月-12 月"))
        .build();
  }

  static final UnitBudget A = unit("单位A", "100.00", "30.00");
  static final UnitBudget B = unit("单位B", "50.00", "20.00");
  static final UnitProfile STREET = UnitProfile.builder().name("示例街道").build();

  @Test
  void twoUnitsProjectsOfTheSameNameStayTwoProjects() {
    UnitBudget department = Consolidation.of(STREET, List.of(A, B));
    assertEquals(2, department.projects().size());
    assertEquals(
        List.of("单位A/党建工作经费", "单位B/党建工作经费"),
        department.projects().stream().map(p -> p.qualifiedName()).toList());
    assertEquals(Amount.ofWanYuan("200.00"), department.total());
    assertEquals(
        java.util.Optional.of(Amount.ofWanYuan("20.00")),
        department.project(java.util.Optional.of("单位B"), "党建工作经费").orElseThrow().scale());
  }

  @Test
  void departmentT3RowIsTheSumOfTheUnitsRows() {
    PrintedTables dept =
        LayoutDerivation.derive(DEPARTMENT, Consolidation.of(STREET, List.of(A, B)));
    PrintedTable t3 = dept.table("t3").orElseThrow();
    RowKey item = RowKey.function("208 01 01");
    // 100.00 + 50.00 basic, 30.00 + 20.00 project
    assertEquals(Amount.ofWanYuan("200.00"), t3.cell(new CellRef(item, "total")).orElseThrow());
    assertEquals(Amount.ofWanYuan("150.00"), t3.cell(new CellRef(item, "basic")).orElseThrow());
    assertEquals(Amount.ofWanYuan("50.00"), t3.cell(new CellRef(item, "project")).orElseThrow());
    assertTrue(ConsolidationCheck.check(dept, units(A, B)).isClean());
  }

  @Test
  void aPlantedDifferenceInOneUnitNamesTheUnitAndTheCell() {
    PrintedTables dept =
        LayoutDerivation.derive(DEPARTMENT, Consolidation.of(STREET, List.of(A, B)));
    Map<String, PrintedTables> units = units(A, B);
    // 单位B prints 80.00 instead of 70.00 in 表3 208 01 01 合计
    units.put(
        "单位B", withCell(units.get("单位B"), "t3", RowKey.function("208 01 01"), "total", "80.00"));
    ValidationReport report = ConsolidationCheck.check(dept, units);
    assertEquals(1, report.findings().size(), report.toText());
    Finding f = report.findings().get(0);
    assertEquals(ConsolidationCheck.CELL, f.ruleId());
    assertEquals("t3 f:2080101 total 行政运行", f.location().toString());
    assertEquals("210.00", f.expected().orElseThrow());
    assertEquals("200.00", f.actual().orElseThrow());
    assertEquals(
        "The department prints 200.00, its units add up to 210.00 (单位A 130.00; 单位B 80.00)",
        f.message());
  }

  @Test
  void aRowOnlyTheDepartmentPrintsIsFound() {
    PrintedTables dept =
        LayoutDerivation.derive(DEPARTMENT, Consolidation.of(STREET, List.of(A, B)));
    ValidationReport report = ConsolidationCheck.check(dept, units(A));
    assertTrue(
        report.findings().stream()
            .anyMatch(
                f ->
                    f.message()
                        .equals(
                            "The department prints 200.00, its units add up to 130.00"
                                + " (单位A 130.00)")),
        report.toText());
  }

  @Test
  void consolidationRefusesMixedYearsAndRepeatedUnits() {
    UnitBudget later = UnitBudget.builder().from(B).fiscalYear(2026).build();
    assertEquals(
        "Unit '单位B' budgets for 2026, the first unit for 2025: a department consolidates one year",
        assertThrows(
                IllegalArgumentException.class, () -> Consolidation.of(STREET, List.of(A, later)))
            .getMessage());
    assertEquals(
        "Unit '单位A' is listed twice",
        assertThrows(IllegalArgumentException.class, () -> Consolidation.of(STREET, List.of(A, A)))
            .getMessage());
  }

  @Test
  void aBudgetStillRefusesAProjectListedTwiceInOneUnit() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                UnitBudget.builder()
                    .from(Consolidation.of(STREET, List.of(A)))
                    .addProject(Consolidation.of(STREET, List.of(A)).projects().get(0))
                    .build());
    assertEquals("Project '党建工作经费' of unit '单位A' is listed twice", e.getMessage());
  }

  static Map<String, PrintedTables> units(UnitBudget... budgets) {
    Map<String, PrintedTables> out = new LinkedHashMap<>();
    for (UnitBudget b : budgets) {
      out.put(b.profile().name(), LayoutDerivation.derive(UNIT, b));
    }
    return out;
  }

  /** {@code tables} with one cell set to {@code wanYuan}. */
  static PrintedTables withCell(
      PrintedTables tables, String key, RowKey row, String column, String wanYuan) {
    return withCell(tables, key, row, column, Amount.ofWanYuan(wanYuan));
  }

  static PrintedTables withCell(
      PrintedTables tables, String key, RowKey row, String column, Amount value) {
    ImmutableList.Builder<PrintedTable> out = ImmutableList.builder();
    for (PrintedTable t : tables.tables()) {
      if (!t.key().equals(key)) {
        out.add(t);
        continue;
      }
      ImmutableList.Builder<TableRow> rows = ImmutableList.builder();
      for (TableRow r : t.rows()) {
        if (r.key().equals(row)) {
          Map<String, Amount> cells = new LinkedHashMap<>(r.cells());
          cells.put(column, value);
          rows.add(new TableRow(r.key(), r.name(), ImmutableMap.copyOf(cells)));
        } else {
          rows.add(r);
        }
      }
      out.add(new PrintedTable(t.key(), rows.build(), t.note(), t.decimals(), t.evidence()));
    }
    return new PrintedTables(tables.layout(), out.build());
  }
}
