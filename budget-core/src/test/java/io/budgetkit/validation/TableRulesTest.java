package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.model.FundSource;
import io.budgetkit.money.Amount;
import io.budgetkit.table.Columns;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The table identities on small hand-made tables with the seed's figures: the texts of findings,
 * the tolerance at its edge, and tables printed without the rows the derivation always prints.
 */
class TableRulesTest {
  private static final RowKey TOTAL = RowKey.total();
  private static final RowKey INCOME = RowKey.label("收入总计");
  private static final RowKey SPENDING = RowKey.label("支出总计");

  /** Runs one table rule directly, so that an exception inside it fails the test. */
  static List<String> run(String ruleId, Amount tolerance, DisclosureTable... tables) {
    Rule<Disclosure> rule =
        TableRules.all(tolerance).stream()
            .filter(r -> r.id().equals(ruleId))
            .findFirst()
            .orElseThrow();
    List<String> found = new ArrayList<>();
    rule.check(
        Disclosure.builder().addTables(tables).build(),
        (location, message, expected, actual) ->
            found.add(location + " | " + message + " | " + expected + " " + actual));
    return found;
  }

  static List<String> run(String ruleId, DisclosureTable... tables) {
    return run(ruleId, Amount.zero(), tables);
  }

  static RowKey f(String code) {
    return RowKey.function(code);
  }

  static RowKey e(String code) {
    return RowKey.economic(code);
  }

  static RowKey fund(FundSource s) {
    return RowKey.fund(s);
  }

  // ---------------------------------------------------------------------------------------------
  // Descriptions and tolerance

  @Test
  void descriptionsNameTheRowsAndTheTotalOfEachTable() {
    Map<String, String> d = new java.util.HashMap<>();
    for (Rule<Disclosure> r : TableRules.all(Amount.zero())) {
      d.put(r.id(), r.description());
    }
    assertEquals("表1: a 类 = Σ 款, a 款 = Σ 项, 支出总计 = Σ 类, in every column", d.get("t1.hierarchy"));
    assertEquals("表4: a 类 = Σ 款, a 款 = Σ 项, 支出总计 = Σ 类, in every column", d.get("t4.hierarchy"));
    assertEquals("表3: a 类 = Σ 款, a 款 = Σ 项, 合计 = Σ 类, in every column", d.get("t3.hierarchy"));
    assertEquals("表6: a 类 = the sum of its 款, 合计 = Σ 类, in every column", d.get("t6.hierarchy"));
    assertEquals(
        "表7: a 类 = Σ 款, a 款 = Σ its project rows, 合计 = Σ 类, in every column",
        d.get("t7.hierarchy"));
    assertEquals("表3: in every row 合计 = 基本支出 + 项目支出", d.get("t3.row-columns"));
  }

  @Test
  void toleranceTextSaysWhatIsAllowed() {
    assertEquals(
        Optional.of("none: printed figures in 万元 agree to the fen"),
        TableRules.all(Amount.zero()).get(0).tolerance());
    assertEquals(
        Optional.of("±0.01 万元 per identity"),
        TableRules.all(Amount.ofWanYuan("0.01")).get(0).tolerance());
  }

  @Test
  void toleranceIsInclusive() {
    // 合计 445.17 against 基本支出 445.16 + 项目支出 0.00: 0.01 万元 off.
    DisclosureTable t3 =
        DisclosureTable.builder(TableId.T3).row(TOTAL, "合计", "445.17", "445.16", "0.00").build();
    assertEquals(List.of(), run("t3.row-columns", Amount.ofWanYuan("0.01"), t3));
    assertEquals(
        1, run("t3.row-columns", Amount.ofWanYuan("0.01").minus(Amount.ofFen(1)), t3).size());
    assertEquals(
        List.of(
            "表3 label:合计 total | 表3 label:合计 total is not the sum of its columns: 表3 label:合计 basic"
                + " 445.16 + 表3 label:合计 project 0.00 | 445.16 445.17"),
        run("t3.row-columns", t3));
  }

  @Test
  void differencesBelowThePrintedUnitAreGivenInYuan() {
    assertEquals("", TableRules.finer(Amount.ofWanYuan("445.17"), Amount.ofWanYuan("445.16")));
    assertEquals(
        " (they differ by 0.01 元)",
        TableRules.finer(
            Amount.ofWanYuan("445.17").plus(Amount.ofFen(1)), Amount.ofWanYuan("445.17")));
    assertEquals(
        " (they differ by -0.01 元)",
        TableRules.finer(
            Amount.ofWanYuan("445.17"), Amount.ofWanYuan("445.17").plus(Amount.ofFen(1))));
    DisclosureTable t3 =
        DisclosureTable.builder(TableId.T3)
            .row(
                TOTAL,
                "合计",
                Map.of(
                    Columns.TOTAL,
                    Amount.ofWanYuan("445.17"),
                    Columns.BASIC,
                    Amount.ofWanYuan("445.17").plus(Amount.ofFen(1))))
            .build();
    assertEquals(
        List.of(
            "表3 label:合计 total | 表3 label:合计 total is not the sum of its columns: 表3 label:合计 basic"
                + " 445.17 (they differ by 0.01 元) | 445.17 445.17"),
        run("t3.row-columns", t3));
  }

  // ---------------------------------------------------------------------------------------------
  // Within a table

  @Test
  void rowColumnsSkipBlankRowsButNotATotalWithoutParts() {
    DisclosureTable t3 =
        DisclosureTable.builder(TableId.T3)
            .row(f("202"), "外交支出")
            .row(f("221"), "住房保障支出", "34.69")
            .row(f("210"), "卫生健康支出", "", "23.98")
            .build();
    assertEquals(
        List.of(
            "表3 f:221 total | 表3 f:221 total is not the sum of its columns: nothing | 0.00 34.69",
            "表3 f:210 total | 表3 f:210 total is not the sum of its columns: 表3 f:210 basic 23.98"
                + " | 23.98 0.00"),
        run("t3.row-columns", t3));
  }

  @Test
  void table4IncomeRowsPrintTheirTotalAlone() {
    DisclosureTable t4 =
        DisclosureTable.builder(TableId.T4)
            .row(RowKey.label("财政拨款（补助）"), "一、财政拨款（补助）", "14,246.82")
            .row(fund(FundSource.GENERAL_PUBLIC), "一般公共预算", "14,246.82")
            .row(INCOME, "收入总计", "14,246.82")
            .row(f("221"), "住房保障支出", "34.69")
            .row(SPENDING, "支出总计", "14,246.82", "14,246.82")
            .build();
    assertEquals(
        List.of(
            "表4 f:221 total | 表4 f:221 total is not the sum of its columns: nothing | 0.00 34.69"),
        run("t4.row-columns", t4));
  }

  @Test
  void personnelAndOperatingBelongToTheirClasses() {
    DisclosureTable t6 =
        DisclosureTable.builder(TableId.T6)
            .row(e("301"), "工资福利支出", "110.94", "110.94")
            .row(e("301 01"), "基本工资", "110.94", "110.94")
            .row(e("302"), "商品和服务支出", "2.95", "", "2.95")
            .row(e("302 01"), "办公费", "2.95", "", "2.95")
            .row(e("303"), "对个人和家庭的补助", "16.93", "16.93")
            .row(e("303 02"), "退休费", "16.93", "16.93")
            .row(TOTAL, "合计", "130.82", "127.87", "2.95")
            .build();
    assertEquals(List.of(), run("t6.personnel-operating", t6));
    DisclosureTable wrong =
        DisclosureTable.builder(TableId.T6)
            .row(e("301 01"), "基本工资", "110.94", "110.00", "0.94")
            .row(e("302 01"), "办公费", "2.95", "0.50", "2.45")
            .row(TOTAL, "合计", "113.89", "110.50", "3.39")
            .build();
    assertEquals(
        List.of(
            "表6 e:30101 operating | Economic class 301 belongs to 人员经费, yet this row has 公用经费"
                + " | 0.00 0.94",
            "表6 e:30201 personnel | Economic class 302 belongs to 公用经费, yet this row has 人员经费"
                + " | 0.00 0.50",
            "表6 label:合计 personnel | 表6 label:合计 personnel is not the sum of classes 301 and"
                + " 303: 表6 e:30101 total 110.94 | 110.94 110.50",
            "表6 label:合计 operating | 表6 label:合计 operating is not the sum of the classes other"
                + " than 301 and 303: 表6 e:30201 total 2.95 | 2.95 3.39"),
        run("t6.personnel-operating", wrong));
  }

  @Test
  void personnelAndOperatingWithoutATotalRowCheckTheRowsOnly() {
    DisclosureTable t6 =
        DisclosureTable.builder(TableId.T6)
            .row(e("301"), "工资福利支出", "110.94", "110.94")
            .row(e("302"), "商品和服务支出", "2.95", "", "2.95")
            .build();
    assertEquals(List.of(), run("t6.personnel-operating", t6));
    DisclosureTable totalOnly =
        DisclosureTable.builder(TableId.T6).row(TOTAL, "合计", "1.00", "0.50", "0.50").build();
    assertEquals(List.of(), run("t6.personnel-operating", totalOnly));
  }

  @Test
  void hierarchyNamesTheRowsBelow() {
    DisclosureTable t6 =
        DisclosureTable.builder(TableId.T6)
            .row(e("302"), "商品和服务支出", "10.84", "", "10.84")
            .row(e("302 01"), "办公费", "2.95", "", "2.95")
            .row(e("302 31"), "公务用车运行维护费", "2.40", "", "2.40")
            .row(TOTAL, "合计", "10.84", "", "10.84")
            .build();
    assertEquals(
        List.of(
            "表6 e:302 total | 表6 e:302 total is not the sum of the rows below it: 表6 e:30201 total"
                + " 2.95 + 表6 e:30231 total 2.40 | 5.35 10.84",
            "表6 e:302 operating | 表6 e:302 operating is not the sum of the rows below it: 表6"
                + " e:30201 operating 2.95 + 表6 e:30231 operating 2.40 | 5.35 10.84"),
        run("t6.hierarchy", t6));
    DisclosureTable badTotal =
        DisclosureTable.builder(TableId.T6)
            .row(e("302"), "商品和服务支出", "10.84", "", "10.84")
            .row(TOTAL, "合计", "10.85", "", "10.84")
            .build();
    assertEquals(
        List.of(
            "表6 label:合计 total | 表6 label:合计 total is not the sum of the 类 rows: 表6 e:302 total"
                + " 10.84 | 10.84 10.85"),
        run("t6.hierarchy", badTotal));
  }

  @Test
  void incomeWithoutCurrentYearRowAddsTheSources() {
    // 14,246.82 + 427.95 + 246.28 = 14,921.05.
    DisclosureTable ok = t1Sources("14,921.05");
    assertEquals(List.of(), run("t1.income", ok));
    assertEquals(
        List.of(
            "表1 label:收入总计 amount | 表1 label:收入总计 amount is not the sum of 本年收入 + 上年结转结余:"
                + " 表1 fund:GENERAL_PUBLIC amount 14,246.82 + 表1 fund:UNIT_FUNDS amount 427.95 + 表1"
                + " fund:CARRYOVER amount 246.28 | 14,921.05 14,941.05"),
        run("t1.income", t1Sources("14,941.05")));
  }

  private static DisclosureTable t1Sources(String income) {
    return DisclosureTable.builder(TableId.T1)
        .row(fund(FundSource.GENERAL_PUBLIC), "一般公共预算拨款", "14,246.82")
        .row(fund(FundSource.UNIT_FUNDS), "单位资金", "427.95")
        .row(fund(FundSource.CARRYOVER), "上年结转结余", "246.28")
        .row(INCOME, "收入总计", income)
        .build();
  }

  @Test
  void incomeWithCurrentYearRowButNoSourcesChecksTheTotalOnly() {
    DisclosureTable t1 =
        DisclosureTable.builder(TableId.T1)
            .row(RowKey.label("本年收入"), "一、本年收入", "14,694.77")
            .row(fund(FundSource.CARRYOVER), "二、上年结转结余", "246.28")
            .row(INCOME, "收入总计", "14,941.05")
            .build();
    assertEquals(List.of(), run("t1.income", t1));
    DisclosureTable groups =
        DisclosureTable.builder(TableId.T1)
            .row(fund(FundSource.UNIT_FUNDS), "5.单位资金", "427.95")
            .row(fund(FundSource.OTHER_INCOME), "其他收入", "427.94")
            .build();
    assertEquals(
        List.of(
            "表1 fund:UNIT_FUNDS amount | 表1 fund:UNIT_FUNDS amount is not the sum of its members:"
                + " 表1 fund:OTHER_INCOME amount 427.94 | 427.94 427.95"),
        run("t1.income", groups));
  }

  @Test
  void fiscalIncomeOfTable4WithAndWithoutItsSubtotal() {
    DisclosureTable kindsOnly =
        DisclosureTable.builder(TableId.T4)
            .row(fund(FundSource.GENERAL_PUBLIC), "一般公共预算", "14,246.82")
            .row(INCOME, "收入总计", "14,246.83")
            .build();
    assertEquals(
        List.of(
            "表4 label:收入总计 total | 表4 label:收入总计 total is not the sum of income: 表4"
                + " fund:GENERAL_PUBLIC total 14,246.82 | 14,246.82 14,246.83"),
        run("t4.income", kindsOnly));
    DisclosureTable subtotal =
        DisclosureTable.builder(TableId.T4)
            .row(RowKey.label("财政拨款（补助）"), "一、财政拨款（补助）", "14,246.82")
            .row(fund(FundSource.GENERAL_PUBLIC), "一般公共预算", "14,246.81")
            .row(INCOME, "收入总计", "14,246.82")
            .build();
    assertEquals(
        List.of(
            "表4 label:财政拨款（补助） total | 表4 label:财政拨款（补助） total is not the sum of kinds: 表4"
                + " fund:GENERAL_PUBLIC total 14,246.81 | 14,246.81 14,246.82"),
        run("t4.income", subtotal));
    DisclosureTable subtotalAlone =
        DisclosureTable.builder(TableId.T4)
            .row(RowKey.label("财政拨款（补助）"), "一、财政拨款（补助）", "14,246.82")
            .row(INCOME, "收入总计", "14,246.82")
            .build();
    assertEquals(List.of(), run("t4.income", subtotalAlone));
  }

  @Test
  void balanceNeedsBothTotals() {
    DisclosureTable incomeOnly =
        DisclosureTable.builder(TableId.T1).row(INCOME, "收入总计", "14,941.05").build();
    assertEquals(List.of(), run("t1.balance", incomeOnly));
    DisclosureTable spendingOnly =
        DisclosureTable.builder(TableId.T1).row(SPENDING, "支出总计", "14,941.05").build();
    assertEquals(List.of(), run("t1.balance", spendingOnly));
    DisclosureTable both =
        DisclosureTable.builder(TableId.T1)
            .row(INCOME, "收入总计", "14,941.05")
            .row(SPENDING, "支出总计", "14,941.06")
            .build();
    assertEquals(
        List.of(
            "表1 label:收入总计 amount | 表1 label:收入总计 amount is not the sum of 支出总计: 表1"
                + " label:支出总计 amount 14,941.06 | 14,941.06 14,941.05"),
        run("t1.balance", both));
  }

  @Test
  void threePublicCostsWithoutTheVehicleSubtotal() {
    DisclosureTable ok =
        DisclosureTable.builder(TableId.T10)
            .row(TOTAL, "合计", "2.40", "2.40")
            .row(RowKey.label("公务接待费"), "公务接待费")
            .row(RowKey.label("公务用车购置费"), "公务用车购置费")
            .row(RowKey.label("公务用车运行费"), "公务用车运行费", "2.40", "2.40")
            .build();
    assertEquals(List.of(), run("t10.parts", ok));
    DisclosureTable off =
        DisclosureTable.builder(TableId.T10)
            .row(TOTAL, "合计", "2.40")
            .row(RowKey.label("公务用车运行费"), "公务用车运行费", "2.30")
            .build();
    assertEquals(
        List.of(
            "表10 label:合计 total | 表10 label:合计 total is not the sum of its parts: 表10"
                + " label:公务用车运行费 total 2.30 | 2.30 2.40"),
        run("t10.parts", off));
    DisclosureTable subtotal =
        DisclosureTable.builder(TableId.T10)
            .row(RowKey.label("公务用车购置及运行费"), "公务用车购置及运行费（小计）", "2.40")
            .row(RowKey.label("公务用车运行费"), "公务用车运行费", "2.30")
            .build();
    assertEquals(
        List.of(
            "表10 label:公务用车购置及运行费 total | 表10 label:公务用车购置及运行费 total is not the sum of 购置费 +"
                + " 运行费: 表10 label:公务用车运行费 total 2.30 | 2.30 2.40"),
        run("t10.parts", subtotal));
    DisclosureTable totalAlone =
        DisclosureTable.builder(TableId.T10).row(TOTAL, "合计", "2.40").build();
    assertEquals(List.of(), run("t10.parts", totalAlone));
  }

  // ---------------------------------------------------------------------------------------------
  // Across tables

  @Test
  void crossTableRulesSkipWhenATableIsMissing() {
    DisclosureTable t3 =
        DisclosureTable.builder(TableId.T3).row(f("221"), "住房保障支出", "34.69", "34.69").build();
    DisclosureTable t5 =
        DisclosureTable.builder(TableId.T5).row(TOTAL, "合计", "1.00", "1.00").build();
    for (String id :
        List.of(
            "t1-t2.class-totals",
            "t1-t3.class-totals",
            "t2-t3.row-totals",
            "t1-t2.sources",
            "t2-t4.fiscal",
            "t4-t5.general-public",
            "t5-t6.basic",
            "t5-t7.projects",
            "t8.totals",
            "t9.totals")) {
      assertEquals(List.of(), run(id, t3, t5), id);
    }
  }

  @Test
  void classTotalsCompareEveryClassOfEitherTable() {
    DisclosureTable t1 =
        DisclosureTable.builder(TableId.T1)
            .row(f("221"), "住房保障支出", "34.69")
            .row(SPENDING, "支出总计", "34.69")
            .build();
    DisclosureTable t3 =
        DisclosureTable.builder(TableId.T3)
            .row(f("210"), "卫生健康支出", "23.98", "23.98")
            .row(f("221"), "住房保障支出", "34.69", "34.69")
            .build();
    assertEquals(
        List.of(
            "表1 f:210 amount | 表1 f:210 amount is not the sum of 表3: 表3 f:210 total 23.98 | 23.98"
                + " 0.00",
            "表1 label:支出总计 amount | 表1 label:支出总计 amount is not the sum of 表3: 表3 label:合计"
                + " total 58.67 | 58.67 34.69"),
        run("t1-t3.class-totals", t1, t3));
    DisclosureTable noTotal =
        DisclosureTable.builder(TableId.T1).row(f("221"), "住房保障支出", "34.69").build();
    assertEquals(
        List.of(
            "表1 f:210 amount | 表1 f:210 amount is not the sum of 表3: 表3 f:210 total 23.98 | 23.98"
                + " 0.00"),
        run("t1-t3.class-totals", noTotal, t3));
  }

  @Test
  void basicOfTable6AgainstTable5WithoutPrintedTotals() {
    DisclosureTable t5 =
        DisclosureTable.builder(TableId.T5)
            .row(f("208"), "社会保障和就业支出", "421.19", "421.19")
            .row(f("221"), "住房保障支出", "23.98", "23.98")
            .build();
    DisclosureTable t6 =
        DisclosureTable.builder(TableId.T6)
            .row(e("301"), "工资福利支出", "417.40", "417.40")
            .row(e("302"), "商品和服务支出", "10.84", "", "10.84")
            .row(e("303"), "对个人和家庭的补助", "16.93", "16.93")
            .build();
    // 421.19 + 23.98 = 445.17 = 417.40 + 10.84 + 16.93.
    assertEquals(List.of(), run("t5-t6.basic", t5, t6));
    DisclosureTable t6Total =
        DisclosureTable.builder(TableId.T6).row(TOTAL, "合计", "445.18", "434.33", "10.85").build();
    assertEquals(
        List.of(
            "表6 label:合计 total | 表6 label:合计 total is not the sum of 表5 基本支出: 表5 label:合计"
                + " basic 445.17 | 445.17 445.18"),
        run("t5-t6.basic", t5, t6Total));
  }

  @Test
  void fundTableAgainstTable4Alone() {
    DisclosureTable t8 =
        DisclosureTable.builder(TableId.T8)
            .row(f("212"), "城乡社区支出", "10.00", "10.00")
            .row(TOTAL, "合计", "10.00", "10.00")
            .build();
    DisclosureTable t4 =
        DisclosureTable.builder(TableId.T4)
            .row(f("212"), "城乡社区支出", "10.00", "", "10.00")
            .row(SPENDING, "支出总计", "10.00", "", "10.00")
            .build();
    assertEquals(List.of(), run("t8.totals", t4, t8));
    DisclosureTable t4Off =
        DisclosureTable.builder(TableId.T4).row(SPENDING, "支出总计", "10.01", "", "10.01").build();
    assertEquals(
        List.of(
            "表8 label:合计 total | 表8 label:合计 total is not the sum of 表4 支出总计: 表4 label:支出总计"
                + " governmentFund 10.01 | 10.01 10.00"),
        run("t8.totals", t4Off, t8));
  }

  // ---------------------------------------------------------------------------------------------
  // DisclosureRules around the table rules

  @Test
  void aNegativeToleranceIsRejected() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> DisclosureRules.all(Amount.ofWanYuan("-0.01")));
    assertEquals("Tolerance CNY -100.00 is negative", e.getMessage());
    assertEquals(
        TableRules.all(Amount.zero()).stream().map(Rule::id).toList(),
        DisclosureRules.tables().stream().map(Rule::id).toList());
  }

  @Test
  void tableRulesOnADocumentRunOnItsPublishedTablesOnly() {
    Rule<io.budgetkit.document.BudgetDocument> balance =
        DisclosureRules.onPublished(
            TableRules.all(Amount.zero()).stream()
                .filter(r -> r.id().equals("t1.balance"))
                .findFirst()
                .orElseThrow());
    assertEquals("t1.balance", balance.id());
    assertEquals("表1: 收入总计 = 支出总计", balance.description());
    DisclosureTable t1 =
        DisclosureTable.builder(TableId.T1)
            .row(INCOME, "收入总计", "14,941.05")
            .row(SPENDING, "支出总计", "14,941.06")
            .build();
    List<String> found = new ArrayList<>();
    balance.check(
        io.budgetkit.document.BudgetDocument.of(
            SeedFixture.budget(), Disclosure.builder().addTables(t1).build()),
        (l, m, e, a) -> found.add(l + " " + e + " " + a));
    balance.check(
        io.budgetkit.document.BudgetDocument.of(SeedFixture.budget()),
        (l, m, e, a) -> found.add(l + " " + e + " " + a));
    assertEquals(List.of("表1 label:收入总计 amount 14,941.06 14,941.05"), found);
  }

  static List<String> onSeed(
      String ruleId, TableId table, RowKey row, io.budgetkit.table.Column c, String value) {
    Disclosure d =
        SmallBudget.withCell(SeedFixture.published(), table, row, c, Amount.ofWanYuan(value));
    return run(ruleId, d.tables().toArray(new DisclosureTable[0]));
  }

  @Test
  void seedTablesSatisfyEveryTableRule() {
    DisclosureTable[] seed = SeedFixture.published().tables().toArray(new DisclosureTable[0]);
    for (Rule<Disclosure> r : TableRules.all(Amount.zero())) {
      assertEquals(List.of(), run(r.id(), seed), r.id());
    }
  }

  @Test
  void sourcesOfTable1AgainstTable2ColumnTotals() {
    // 本年收入 14,694.77 = 财政拨款 14,246.82 + 财政专户 20.00 + 单位资金 427.95.
    assertEquals(
        List.of(
            "表1 label:本年收入 amount | 表1 label:本年收入 amount is not the sum of 表2 column totals:"
                + " 表2 label:合计 fiscal 14,246.82 + 表2 label:合计 specialAccount 20.00 + 表2"
                + " label:合计 unitFunds 427.95 | 14,694.77 14,694.78"),
        onSeed("t1-t2.sources", TableId.T1, RowKey.label("本年收入"), Columns.AMOUNT, "14,694.78"));
  }

  @Test
  void projectsOfTable5AgainstTable7() {
    // 表5 221 项目支出 is blank, as 表7 prints no 221 rows; 0.01 there names 表7's side as nothing.
    assertEquals(
        List.of("表5 f:221 project | 表5 f:221 project is not the sum of 表7: nothing | 0.00 0.01"),
        onSeed("t5-t7.projects", TableId.T5, f("221"), Columns.PROJECT, "0.01"));
  }
}
