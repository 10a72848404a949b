package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.table.Columns;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.Disclosures;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivationRulesTest {
  private static final Validator<BudgetDocument> VALIDATOR = Validator.of(DerivationRules.all());

  /** Two 一般公共预算 lines under 208 01 01: 110.94 personnel and 2.95 operating, 113.89 in all. */
  private static UnitBudget budget() {
    return UnitBudget.builder()
        .profile(
            UnitProfile.builder()
                .name("示例局")
                .staffing(
                    Staffing.builder()
                        .authorized(1)
                        .actual(1)
                        .count(StaffCategory.IN_SERVICE, 1, 0)
                        .build())
                .build())
        .fiscalYear(2023)
        .line(
            l ->
                l.function("208 01 01")
                    .economic("301 01")
                    .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                    .basicPersonnel()
                    .wanYuan("110.94"))
        .line(
            l ->
                l.function("208 01 01")
                    .economic("302 01")
                    .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                    .basicOperating()
                    .wanYuan("2.95"))
        .build();
  }

  @Test
  void publishedTablesEqualToTheDerivedOnesGiveNoFinding() {
    UnitBudget budget = budget();
    BudgetDocument doc = BudgetDocument.of(budget, Disclosures.derive(budget));
    assertTrue(VALIDATOR.validate(doc).isClean(), () -> VALIDATOR.validate(doc).toText());
  }

  @Test
  void aChangedPublishedCellIsReportedAtThatCellWithBothFigures() {
    UnitBudget budget = budget();
    Disclosure derived = Disclosures.derive(budget);
    DisclosureTable t3 = derived.table(TableId.T3).orElseThrow();
    List<TableRow> rows = new ArrayList<>();
    RowKey item = RowKey.function("208 01 01");
    for (TableRow r : t3.rows()) {
      rows.add(
          r.key().equals(item)
              ? new TableRow(
                  r.key(),
                  r.name(),
                  com.google.common.collect.ImmutableMap.of(
                      "total", Amount.ofWanYuan("113.98"), "basic", Amount.ofWanYuan("113.89")))
              : r);
    }
    List<DisclosureTable> tables = new ArrayList<>();
    for (DisclosureTable t : derived.tables()) {
      tables.add(t.id() == TableId.T3 ? DisclosureTable.builder(TableId.T3).rows(rows).build() : t);
    }
    BudgetDocument doc =
        BudgetDocument.of(budget, Disclosure.builder().addAllTables(tables).build());

    ValidationReport report = VALIDATOR.validate(doc);

    assertEquals(1, report.findings().size(), report::toText);
    Finding f = report.findings().get(0);
    assertEquals("lines.published-tables", f.ruleId());
    assertEquals(Location.cell(TableId.T3, item, Columns.TOTAL), f.location());
    assertEquals("113.89", f.expected().orElseThrow());
    assertEquals("113.98", f.actual().orElseThrow());
  }

  @Test
  void aDocumentWithoutLinesOrWithoutPublishedTablesIsNotCompared() {
    UnitBudget budget = budget();
    assertTrue(VALIDATOR.validate(BudgetDocument.of(budget)).isClean());
    UnitBudget noLines = UnitBudget.builder().from(budget).lines(List.of()).build();
    assertTrue(
        VALIDATOR.validate(BudgetDocument.of(noLines, Disclosures.derive(budget))).isClean());
  }
}
