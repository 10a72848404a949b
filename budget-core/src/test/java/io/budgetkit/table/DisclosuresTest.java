package io.budgetkit.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.Catalog;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DisclosuresTest {
  private static final UnitBudget BUDGET = ExampleBudget.budget();
  private static final Disclosure DERIVED = Disclosures.derive(BUDGET, Catalog.standard());

  private static RowKey f(String code) {
    return RowKey.function(code);
  }

  private static RowKey e(String code) {
    return RowKey.economic(code);
  }

  private static RowKey fund(FundSource s) {
    return RowKey.fund(s);
  }

  private static DisclosureTable table(TableId id) {
    return DERIVED.table(id).orElseThrow();
  }

  /** Asserts no cell differs and the rows come in the same order. */
  private static void assertTable(DisclosureTable expected) {
    DisclosureTable actual = table(expected.id());
    assertEquals(List.of(), TableDiff.exact().between(expected, actual), expected.id().label());
    assertEquals(keys(expected), keys(actual), expected.id().label() + " row order");
    assertEquals(expected.note(), actual.note());
  }

  private static List<RowKey> keys(DisclosureTable t) {
    return t.rows().stream().map(TableRow::key).collect(Collectors.toList());
  }

  private static List<FunctionCode> standardClasses() {
    return Catalog.standard().functionNames().keySet().stream()
        .filter(c -> c.level() == CodeLevel.CLASS)
        .collect(Collectors.toList());
  }

  @Test
  void derivesAllTenTablesInOrder() {
    List<TableId> ids = new ArrayList<>();
    DERIVED.tables().forEach(t -> ids.add(t.id()));
    assertEquals(List.of(TableId.values()), ids);
  }

  @Test
  void table1ListsEverySourceAndEveryStandardClass() {
    DisclosureTable.Builder b =
        DisclosureTable.builder(TableId.T1).row(Rows.INCOME_THIS_YEAR, "一、本年收入", "3,339.42");
    for (FundSource s : FundSource.values()) {
      String figure =
          switch (s) {
            case GENERAL_PUBLIC -> "2,891.47";
            case GENERAL_PUBLIC_LOCAL -> "191.47";
            case GENERAL_PUBLIC_TRANSFER -> "2,700.00";
            case SPECIAL_ACCOUNT -> "20.00";
            case UNIT_FUNDS, OTHER_INCOME -> "427.95";
            case CARRYOVER, FISCAL_CARRYOVER, CARRYOVER_GENERAL_PUBLIC -> "203.80";
            default -> "";
          };
      if (s != FundSource.FISCAL) {
        b.row(fund(s), Rows.incomeName(s), figure);
      }
    }
    for (FunctionCode c : standardClasses()) {
      String figure =
          switch (c.digits()) {
            case "201" -> "155.75";
            case "208" -> "3,387.47";
            default -> "";
          };
      b.row(new RowKey.Function(c), Catalog.standard().name(c).orElseThrow(), figure);
    }
    b.row(Rows.INCOME_TOTAL, "收入总计", "3,543.22").row(Rows.EXPENDITURE_TOTAL, "支出总计", "3,543.22");
    assertTable(b.build());
  }

  @Test
  void table1PrintsIncomeNamesAsTheSeed() {
    List<String> names =
        table(TableId.T1).rows().stream().limit(5).map(TableRow::name).collect(Collectors.toList());
    assertEquals(List.of("一、本年收入", "1.一般公共预算拨款", "其中：一般财力", "上级一般公共预算安排转移支付", "2.基金预算拨款"), names);
    assertEquals(30, standardClasses().size(), "类 201–234 less 218, 225, 226, 228");
    assertEquals(1 + 24 + 30 + 2, table(TableId.T1).rows().size());
  }

  @Test
  void table2SplitsEachRowBySource() {
    // 总计, 小计, 一般公共预算, 上级转移支付, 基金, 基金转移, 国资, 国资转移, 财政专户, 单位资金, 财政拨款结转, 非财政
    DisclosureTable expected =
        DisclosureTable.builder(TableId.T2)
            .row(
                f("201"),
                "一般公共服务支出",
                "155.75",
                "4.60",
                "4.60",
                "",
                "",
                "",
                "",
                "",
                "20.00",
                "131.15")
            .row(
                f("201 32"),
                "组织事务",
                "155.75",
                "4.60",
                "4.60",
                "",
                "",
                "",
                "",
                "",
                "20.00",
                "131.15")
            .row(
                f("201 32 99"),
                "其他组织事务支出",
                "155.75",
                "4.60",
                "4.60",
                "",
                "",
                "",
                "",
                "",
                "20.00",
                "131.15")
            .row(
                f("208"),
                "社会保障和就业支出",
                "3,387.47",
                "2,886.87",
                "186.87",
                "2,700.00",
                "",
                "",
                "",
                "",
                "",
                "296.80",
                "203.80")
            .row(
                f("208 01"),
                "人力资源和社会保障管理事务",
                "440.69",
                "143.89",
                "143.89",
                "",
                "",
                "",
                "",
                "",
                "",
                "296.80")
            .row(f("208 01 01"), "行政运行", "143.89", "143.89", "143.89")
            .row(f("208 01 04"), "综合业务管理", "296.80", "", "", "", "", "", "", "", "", "296.80")
            .row(f("208 05"), "行政事业单位养老支出", "42.98", "42.98", "42.98")
            .row(f("208 05 05"), "机关事业单位基本养老保险缴费支出", "42.98", "42.98", "42.98")
            .row(
                f("208 07"),
                "就业补助",
                "2,903.80",
                "2,700.00",
                "",
                "2,700.00",
                "",
                "",
                "",
                "",
                "",
                "",
                "203.80")
            .row(
                f("208 07 99"),
                "其他就业补助支出",
                "2,903.80",
                "2,700.00",
                "",
                "2,700.00",
                "",
                "",
                "",
                "",
                "",
                "",
                "203.80")
            .row(
                Rows.TOTAL,
                "合计",
                "3,543.22",
                "2,891.47",
                "191.47",
                "2,700.00",
                "",
                "",
                "",
                "",
                "20.00",
                "427.95",
                "203.80")
            .build();
    assertTable(expected);
  }

  @Test
  void table3SplitsBasicAndProject() {
    DisclosureTable expected =
        DisclosureTable.builder(TableId.T3)
            .row(f("201"), "一般公共服务支出", "155.75", "", "155.75")
            .row(f("201 32"), "组织事务", "155.75", "", "155.75")
            .row(f("201 32 99"), "其他组织事务支出", "155.75", "", "155.75")
            .row(f("208"), "社会保障和就业支出", "3,387.47", "156.87", "3,230.60")
            .row(f("208 01"), "人力资源和社会保障管理事务", "440.69", "113.89", "326.80")
            .row(f("208 01 01"), "行政运行", "143.89", "113.89", "30.00")
            .row(f("208 01 04"), "综合业务管理", "296.80", "", "296.80")
            .row(f("208 05"), "行政事业单位养老支出", "42.98", "42.98")
            .row(f("208 05 05"), "机关事业单位基本养老保险缴费支出", "42.98", "42.98")
            .row(f("208 07"), "就业补助", "2,903.80", "", "2,903.80")
            .row(f("208 07 99"), "其他就业补助支出", "2,903.80", "", "2,903.80")
            .row(Rows.TOTAL, "合计", "3,543.22", "156.87", "3,386.35")
            .build();
    assertTable(expected);
  }

  @Test
  void table3SubtotalsAddUp() {
    DisclosureTable t3 = table(TableId.T3);
    for (TableRow r : t3.rows()) {
      if (r.key() instanceof RowKey.Function fn && fn.code().level() != CodeLevel.ITEM) {
        for (Column c : t3.columns()) {
          long children =
              t3.rows().stream()
                  .filter(
                      x ->
                          x.key() instanceof RowKey.Function g
                              && g.code().parent().equals(Optional.of(fn.code())))
                  .mapToLong(x -> x.amount(c).fen())
                  .sum();
          assertEquals(r.amount(c).fen(), children, r.key() + " " + c);
        }
      }
      assertEquals(
          r.amount(Columns.TOTAL), r.amount(Columns.BASIC).plus(r.amount(Columns.PROJECT)));
    }
    long classes =
        t3.rows().stream()
            .filter(r -> r.key().level().equals(Optional.of(CodeLevel.CLASS)))
            .mapToLong(r -> r.amount(Columns.TOTAL).fen())
            .sum();
    assertEquals(t3.amount(Rows.TOTAL, Columns.TOTAL).fen(), classes);
    assertEquals(BUDGET.total(), t3.amount(Rows.TOTAL, Columns.TOTAL));
  }

  @Test
  void table4CountsCurrentYearFiscalFundsOnly() {
    DisclosureTable.Builder b =
        DisclosureTable.builder(TableId.T4)
            .row(Rows.FISCAL_INCOME, "一、财政拨款（补助）", "2,891.47")
            .row(fund(FundSource.GENERAL_PUBLIC), "一般公共预算", "2,891.47")
            .row(fund(FundSource.GOVERNMENT_FUND), "政府性基金预算")
            .row(fund(FundSource.STATE_CAPITAL), "国有资本经营预算");
    for (FunctionCode c : standardClasses()) {
      String figure =
          switch (c.digits()) {
            case "201" -> "4.60";
            case "208" -> "2,886.87";
            default -> "";
          };
      b.row(new RowKey.Function(c), "", figure, figure);
    }
    b.row(Rows.INCOME_TOTAL, "收入总计", "2,891.47")
        .row(Rows.EXPENDITURE_TOTAL, "支出总计", "2,891.47", "2,891.47");
    assertTable(b.build());
  }

  @Test
  void table5IsTheGeneralPublicPartOfTable3() {
    DisclosureTable expected =
        DisclosureTable.builder(TableId.T5)
            .row(f("201"), "一般公共服务支出", "4.60", "", "4.60")
            .row(f("201 32"), "组织事务", "4.60", "", "4.60")
            .row(f("201 32 99"), "其他组织事务支出", "4.60", "", "4.60")
            .row(f("208"), "社会保障和就业支出", "2,886.87", "156.87", "2,730.00")
            .row(f("208 01"), "人力资源和社会保障管理事务", "143.89", "113.89", "30.00")
            .row(f("208 01 01"), "行政运行", "143.89", "113.89", "30.00")
            .row(f("208 05"), "行政事业单位养老支出", "42.98", "42.98")
            .row(f("208 05 05"), "机关事业单位基本养老保险缴费支出", "42.98", "42.98")
            .row(f("208 07"), "就业补助", "2,700.00", "", "2,700.00")
            .row(f("208 07 99"), "其他就业补助支出", "2,700.00", "", "2,700.00")
            .row(Rows.TOTAL, "合计", "2,891.47", "156.87", "2,734.60")
            .build();
    assertTable(expected);
    assertEquals(
        table(TableId.T1).amount(fund(FundSource.GENERAL_PUBLIC), Columns.AMOUNT),
        table(TableId.T5).amount(Rows.TOTAL, Columns.TOTAL));
  }

  @Test
  void table6GroupsBasicLinesByEconomicCode() {
    DisclosureTable expected =
        DisclosureTable.builder(TableId.T6)
            .row(e("301"), "工资福利支出", "153.92", "153.92")
            .row(e("301 01"), "基本工资", "110.94", "110.94")
            .row(e("301 08"), "机关事业单位基本养老保险缴费", "42.98", "42.98")
            .row(e("302"), "商品和服务支出", "2.95", "", "2.95")
            .row(e("302 01"), "办公费", "2.95", "", "2.95")
            .row(Rows.TOTAL, "合计", "156.87", "153.92", "2.95")
            .build();
    assertTable(expected);
  }

  @Test
  void table7ListsProjectsUnderTheirItemByTableName() {
    // 合计, 301, 302, 303, …
    DisclosureTable expected =
        DisclosureTable.builder(TableId.T7)
            .row(f("201"), "一般公共服务支出", "4.60", "", "4.60")
            .row(f("201 32"), "组织事务", "4.60", "", "4.60")
            .row(RowKey.project("201 32 99", "仲裁工作经费"), "仲裁工作经费", "4.60", "", "4.60")
            .row(f("208"), "社会保障和就业支出", "2,730.00", "", "30.00", "2,700.00")
            .row(f("208 01"), "人力资源和社会保障管理事务", "30.00", "", "30.00")
            .row(RowKey.project("208 01 01", "光纤费"), "光纤费", "30.00", "", "30.00")
            .row(f("208 07"), "就业补助", "2,700.00", "", "", "2,700.00")
            .row(
                RowKey.project("208 07 99", ExampleBudget.SUBSIDY_TABLE_NAME),
                ExampleBudget.SUBSIDY_TABLE_NAME,
                "2,700.00",
                "",
                "",
                "2,700.00")
            .row(Rows.TOTAL, "合计", "2,734.60", "", "34.60", "2,700.00")
            .build();
    assertTable(expected);
  }

  @Test
  void table7PutsUnnamedProjectLinesOnTheItemRowAndProjectsInBudgetOrder() {
    UnitBudget budget =
        ExampleBudget.withProfile()
            .project(p -> ExampleBudget.project(p, "人社大楼运行维护费", "16.73"))
            .project(p -> ExampleBudget.project(p, "光纤费", "30.00"))
            .line(
                l ->
                    l.function("208 01 01")
                        .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                        .forProject("光纤费")
                        .wanYuan("30.00"))
            .line(
                l ->
                    l.function("208 01 01")
                        .economic("399")
                        .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                        .projectExpenditure()
                        .wanYuan("1.00"))
            .line(
                l ->
                    l.function("208 01 01")
                        .economic("302 13")
                        .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                        .forProject("人社大楼运行维护费")
                        .wanYuan("16.73"))
            .build();
    DisclosureTable t7 = Disclosures.deriveTable(TableId.T7, budget, Catalog.standard());
    assertEquals(
        List.of(
            f("208"),
            f("208 01"),
            f("208 01 01"),
            RowKey.project("208 01 01", "人社大楼运行维护费"),
            RowKey.project("208 01 01", "光纤费"),
            Rows.TOTAL),
        keys(t7));
    assertEquals(Amount.ofWanYuan("1.00"), t7.amount(f("208 01 01"), Columns.E399));
    // a line without an economic code counts in 合计 only
    TableRow fibre = t7.row(RowKey.project("208 01 01", "光纤费")).orElseThrow();
    assertEquals(1, fibre.cells().size());
    assertEquals(Amount.ofWanYuan("47.73"), t7.amount(Rows.TOTAL, Columns.TOTAL));
  }

  @Test
  void emptyFundTablesCarryTheSeedNote() {
    DisclosureTable t8 = table(TableId.T8);
    assertEquals(List.of(Rows.TOTAL), keys(t8));
    assertTrue(t8.rows().get(0).cells().isEmpty());
    assertEquals(
        Optional.of("备注：阿图什市人力资源和社会保障局 2023 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。"), t8.note());
    assertEquals(
        Optional.of("备注：阿图什市人力资源和社会保障局 2023 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。"),
        table(TableId.T9).note());
  }

  @Test
  void aGovernmentFundLineFillsTable8WithoutANote() {
    UnitBudget budget =
        ExampleBudget.withProfile()
            .line(
                l ->
                    l.function("208 01 01")
                        .fund(FundSource.GOVERNMENT_FUND_TRANSFER)
                        .basicOperating()
                        .wanYuan("5.00"))
            .build();
    DisclosureTable t8 = Disclosures.deriveTable(TableId.T8, budget, Catalog.standard());
    assertEquals(Optional.empty(), t8.note());
    assertEquals(Amount.ofWanYuan("5.00"), t8.amount(Rows.TOTAL, Columns.BASIC));
    assertEquals(4, t8.rows().size());
    assertEquals(
        Amount.ofWanYuan("5.00"),
        Disclosures.deriveTable(TableId.T2, budget, Catalog.standard())
            .amount(Rows.TOTAL, Columns.GOVERNMENT_FUND_TRANSFER));
    assertTrue(Disclosures.deriveTable(TableId.T9, budget, Catalog.standard()).note().isPresent());
  }

  @Test
  void table10PrintsTheThreePublicCostsUnderGeneralPublic() {
    DisclosureTable expected =
        DisclosureTable.builder(TableId.T10)
            .row(Rows.TOTAL, "合计", "2.40", "2.40")
            .row(Rows.OVERSEAS_TRAVEL, "因公出国（境）费")
            .row(Rows.RECEPTION, "公务接待费")
            .row(Rows.VEHICLES, "公务用车购置及运行费（小计）", "2.40", "2.40")
            .row(Rows.VEHICLE_PURCHASE, "其中：公务用车购置费")
            .row(Rows.VEHICLE_OPERATION, "公务用车运行费", "2.40", "2.40")
            .build();
    assertTable(expected);
  }

  @Test
  void aBudgetWithoutLinesGivesBlankTables() {
    Disclosure empty = Disclosures.derive(ExampleBudget.withProfile().build());
    for (DisclosureTable t : empty.tables()) {
      for (TableRow r : t.rows()) {
        assertTrue(r.cells().isEmpty(), t.id().label() + " " + r.key());
      }
    }
    assertEquals(List.of(Rows.TOTAL), keys(empty.table(TableId.T3).orElseThrow()));
  }

  @Test
  void anEmptyCatalogLeavesCodeNamesBlank() {
    DisclosureTable t3 = Disclosures.deriveTable(TableId.T3, BUDGET, Catalog.empty());
    assertEquals("", t3.row(f("208")).orElseThrow().name());
    assertEquals(List.of(), t3.diff(table(TableId.T3)));
  }

  @Test
  void deriveSelectedTablesOnly() {
    Disclosure some =
        Disclosures.derive(BUDGET, Catalog.standard(), List.of(TableId.T6, TableId.T3));
    assertEquals(2, some.tables().size());
    assertEquals(TableId.T3, some.tables().get(0).id());
  }

  @Test
  void emptyTableNoteIsOnlyForTables8And9() {
    assertThrows(
        IllegalArgumentException.class, () -> Disclosures.emptyTableNote(TableId.T5, "某单位", 2023));
  }
}
