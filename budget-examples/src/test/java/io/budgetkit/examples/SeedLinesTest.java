package io.budgetkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.Dimension;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.GroupKey;
import io.budgetkit.model.Hierarchy;
import io.budgetkit.model.LineSet;
import io.budgetkit.model.RollUp;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.project.Project;
import io.budgetkit.table.Column;
import io.budgetkit.table.Columns;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The seed's lines reproduce every marginal the seed publishes. */
class SeedLinesTest {
  private final UnitBudget budget = SeedBudget.budget();
  private final LineSet lines = budget.lineSet();

  private static Amount wan(String figure) {
    return Amount.ofWanYuan(figure);
  }

  private static DisclosureTable published(TableId id) {
    return SeedBudget.published().table(id).orElseThrow();
  }

  @Test
  void linesTotal14941_05() {
    assertEquals(wan("14,941.05"), budget.total());
  }

  @Test
  void rollUpOfSeedLinesGives14565_15Under208() {
    assertEquals(wan("14,565.15"), budget.rollUp(CodeLevel.CLASS).get(FunctionCode.parse("208")));
  }

  @Test
  void generalPublicBasicLinesUnder301Give417_40() {
    RollUp<EconomicCode> economic =
        lines.fundedBy(FundSource.GENERAL_PUBLIC).basic().rollUp(Hierarchy.ECONOMIC);
    assertEquals(wan("417.40"), economic.get(EconomicCode.parse("301")));
    assertEquals(wan("10.84"), economic.get(EconomicCode.parse("302")));
    assertEquals(wan("16.93"), economic.get(EconomicCode.parse("303")));
  }

  @Test
  void tenProjectScalesSumTo13801_65() {
    List<Amount> scales = new ArrayList<>();
    for (Project p : budget.projects()) {
      scales.add(p.scale().orElseThrow());
    }
    assertEquals(10, scales.size());
    assertEquals(wan("13,801.65"), Amount.total(scales));
  }

  @Test
  void table1SourcesAreTheFundRollUpOfTheLines() {
    RollUp<FundSource> funds = lines.rollUp(Hierarchy.FUND);
    DisclosureTable t1 = published(TableId.T1);
    for (TableRow row : t1.rows()) {
      if (row.key() instanceof RowKey.Fund f) {
        assertEquals(row.amount(Columns.AMOUNT), funds.get(f.source()), row.name());
      }
    }
    assertEquals(
        t1.amount(RowKey.label("本年收入"), Columns.AMOUNT),
        lines.filter(l -> l.fund().isCurrentYear()).total());
    assertEquals(t1.amount(RowKey.label("收入总计"), Columns.AMOUNT), lines.total());
  }

  /** Which lines each fund column of 表2 holds. */
  private static final Map<Column, Predicate<BudgetLine>> TABLE2_COLUMNS = table2Columns();

  private static Map<Column, Predicate<BudgetLine>> table2Columns() {
    Map<Column, Predicate<BudgetLine>> m = new LinkedHashMap<>();
    m.put(Columns.TOTAL, l -> true);
    m.put(Columns.FISCAL, l -> l.fund().isWithin(FundSource.FISCAL));
    m.put(Columns.GENERAL_PUBLIC, l -> l.fund() == FundSource.GENERAL_PUBLIC_LOCAL);
    m.put(Columns.GENERAL_PUBLIC_TRANSFER, l -> l.fund() == FundSource.GENERAL_PUBLIC_TRANSFER);
    m.put(Columns.GOVERNMENT_FUND, l -> l.fund() == FundSource.GOVERNMENT_FUND_LOCAL);
    m.put(Columns.GOVERNMENT_FUND_TRANSFER, l -> l.fund() == FundSource.GOVERNMENT_FUND_TRANSFER);
    m.put(Columns.STATE_CAPITAL, l -> l.fund() == FundSource.STATE_CAPITAL_LOCAL);
    m.put(Columns.STATE_CAPITAL_TRANSFER, l -> l.fund() == FundSource.STATE_CAPITAL_TRANSFER);
    m.put(Columns.SPECIAL_ACCOUNT, l -> l.fund() == FundSource.SPECIAL_ACCOUNT);
    m.put(Columns.UNIT_FUNDS, l -> l.fund().isWithin(FundSource.UNIT_FUNDS));
    m.put(Columns.FISCAL_CARRYOVER, l -> l.fund().isWithin(FundSource.FISCAL_CARRYOVER));
    m.put(Columns.NON_FISCAL_CARRYOVER, l -> l.fund().isWithin(FundSource.NON_FISCAL_CARRYOVER));
    return m;
  }

  @Test
  void everyTable2FundColumnMarginalIsReproducedByTheLines() {
    DisclosureTable t2 = published(TableId.T2);
    assertEquals(TableId.T2.columns(), List.copyOf(TABLE2_COLUMNS.keySet()));
    int checked = 0;
    for (Map.Entry<Column, Predicate<BudgetLine>> column : TABLE2_COLUMNS.entrySet()) {
      LineSet selected = lines.filter(column.getValue());
      RollUp<FunctionCode> byFunction = selected.rollUp(Hierarchy.FUNCTION);
      for (TableRow row : t2.rows()) {
        Amount fromLines =
            row.key() instanceof RowKey.Function f ? byFunction.get(f.code()) : selected.total();
        assertEquals(row.amount(column.getKey()), fromLines, row.name() + " × " + column.getKey());
        checked++;
      }
    }
    assertEquals(27 * 12, checked);
  }

  @Test
  void table3BasicAndProjectByFunctionAreReproduced() {
    assertBasicProject(published(TableId.T3), lines);
  }

  @Test
  void table5GeneralPublicBasicAndProjectByFunctionAreReproduced() {
    assertBasicProject(published(TableId.T5), lines.fundedBy(FundSource.GENERAL_PUBLIC));
  }

  private static void assertBasicProject(DisclosureTable table, LineSet lines) {
    RollUp<FunctionCode> basic = lines.basic().rollUp(Hierarchy.FUNCTION);
    RollUp<FunctionCode> project = lines.projects().rollUp(Hierarchy.FUNCTION);
    RollUp<FunctionCode> all = lines.rollUp(Hierarchy.FUNCTION);
    for (TableRow row : table.rows()) {
      if (row.key() instanceof RowKey.Function f) {
        assertEquals(row.amount(Columns.TOTAL), all.get(f.code()), row.name());
        assertEquals(row.amount(Columns.BASIC), basic.get(f.code()), row.name());
        assertEquals(row.amount(Columns.PROJECT), project.get(f.code()), row.name());
      } else {
        assertEquals(row.amount(Columns.TOTAL), lines.total());
        assertEquals(row.amount(Columns.BASIC), lines.basic().total());
        assertEquals(row.amount(Columns.PROJECT), lines.projects().total());
      }
    }
  }

  @Test
  void table6PersonnelAndOperatingByEconomicCodeAreReproduced() {
    LineSet basic = lines.fundedBy(FundSource.GENERAL_PUBLIC).basic();
    RollUp<EconomicCode> personnel =
        basic.filter(l -> l.kind() == ExpenditureKind.BASIC_PERSONNEL).rollUp(Hierarchy.ECONOMIC);
    RollUp<EconomicCode> operating =
        basic.filter(l -> l.kind() == ExpenditureKind.BASIC_OPERATING).rollUp(Hierarchy.ECONOMIC);
    for (TableRow row : published(TableId.T6).rows()) {
      if (row.key() instanceof RowKey.Economic e) {
        assertEquals(row.amount(Columns.PERSONNEL), personnel.get(e.code()), row.name());
        assertEquals(row.amount(Columns.OPERATING), operating.get(e.code()), row.name());
      } else {
        assertEquals(row.amount(Columns.TOTAL), basic.total());
      }
    }
  }

  @Test
  void table7ProjectRowsAreTheGeneralPublicProjectLinesByEconomicClass() {
    Map<GroupKey, Amount> byProject =
        lines
            .fundedBy(FundSource.GENERAL_PUBLIC)
            .projects()
            .groupBy(Dimension.PROJECT, Dimension.ECONOMIC_CLASS);
    Map<String, String> tableNames = new LinkedHashMap<>();
    for (Project p : budget.projects()) {
      tableNames.put(p.name(), p.tableName());
    }
    DisclosureTable t7 = published(TableId.T7);
    int projectRows = 0;
    for (Map.Entry<GroupKey, Amount> e : byProject.entrySet()) {
      String name = e.getKey().get(Dimension.PROJECT, String.class).orElseThrow();
      EconomicCode klass =
          e.getKey().get(Dimension.ECONOMIC_CLASS, EconomicCode.class).orElseThrow();
      TableRow row =
          t7.rows().stream()
              .filter(
                  r ->
                      r.key() instanceof RowKey.Project p
                          && p.project().equals(tableNames.get(name)))
              .findFirst()
              .orElseThrow();
      Column column = TableId.T7.column("e" + klass.digits());
      assertEquals(row.amount(column), e.getValue(), name);
      assertEquals(row.amount(Columns.TOTAL), e.getValue(), name);
      projectRows++;
    }
    assertEquals(10, projectRows);
    TableRow total = t7.row(RowKey.total()).orElseThrow();
    RollUp<EconomicCode> economic =
        lines.fundedBy(FundSource.GENERAL_PUBLIC).projects().rollUp(Hierarchy.ECONOMIC);
    assertEquals(wan("266.78"), economic.get(EconomicCode.parse("302")));
    assertEquals(total.amount(Columns.E302), economic.get(EconomicCode.parse("302")));
    assertEquals(total.amount(Columns.E303), economic.get(EconomicCode.parse("303")));
  }

  @Test
  void projectExpenditureOutsideGeneralPublicHasNoNamedProject() {
    LineSet other = lines.projects().filter(l -> !l.fund().isWithin(FundSource.GENERAL_PUBLIC));
    assertEquals(wan("694.23"), other.total()); // 20.00 + 427.95 + 246.28
    assertEquals(0, other.filter(l -> l.project().isPresent()).size());
  }
}
