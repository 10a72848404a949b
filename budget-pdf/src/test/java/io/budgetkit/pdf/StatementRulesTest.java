package io.budgetkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.Comparison;
import io.budgetkit.layout.Figure;
import io.budgetkit.layout.Slice;
import io.budgetkit.layout.Statement;
import io.budgetkit.layout.Subject;
import io.budgetkit.model.FundSource;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.StatementRules;
import io.budgetkit.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The statement rules on narrative figures typed from the corpus pages, checked against the tables
 * the importer reads from the same documents; each broken variant changes one printed figure.
 */
class StatementRulesTest {
  private static final Validator<BudgetDocument> RULES = Validator.of(StatementRules.all());
  private static final String SW = "2025_商务委员会_单位预算";

  private static Statement money(String label, Subject subject, String wan, OptionalInt partOf) {
    return new Statement(
        label,
        subject,
        Optional.of(Amount.ofWanYuan(wan)),
        OptionalLong.empty(),
        MoneyUnit.WAN_YUAN,
        2,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        partOf,
        Optional.empty());
  }

  /** 2025 商务委员会 单位预算, 编制说明 (page 8) and 其他相关情况说明 (page 22), as printed. */
  private static List<Statement> swStatements(String item, String fiscal) {
    return List.of(
        money("收入预算", Subject.of(Slice.ALL), "37,151.47", OptionalInt.empty()),
        money("财政拨款收入", Subject.of(Slice.funds(FundSource.FISCAL)), fiscal, OptionalInt.of(0)),
        money("事业收入", Subject.of(Slice.funds(FundSource.BUSINESS_INCOME)), "0", OptionalInt.of(0)),
        money(
            "事业单位经营收入",
            Subject.of(Slice.funds(FundSource.OPERATING_INCOME)),
            "0",
            OptionalInt.of(0)),
        money("其他收入", Subject.of(Slice.funds(FundSource.OTHER_INCOME)), "0", OptionalInt.of(0)),
        money(
            "“一般公共服务支出（类）商贸事务（款）行政运行（项）”",
            Subject.of(FunctionCode.parse("201 13 01"), Slice.funds(FundSource.FISCAL)),
            item,
            OptionalInt.empty()),
        money("“三公”经费预算数", Subject.of(Figure.THREE_PUBLIC_TOTAL), "1.00", OptionalInt.empty()),
        money("机关运行经费预算", Subject.of(Figure.OPERATING_COSTS), "171.01", OptionalInt.empty()));
  }

  private static BudgetDocument sw(List<Statement> statements) {
    BudgetDocument imported = CorpusImportTest.imported(SW).document();
    return BudgetDocument.builder().from(imported).statements(statements).build();
  }

  @Test
  void theFiguresAsPrintedAgreeWithTheTables() {
    // 37,151.47 万元 restates 371,514,655.00 元 (表1 收入总计), 938.99 restates 9,389,913.00 (表2 201 13
    // 01): each within the 50 元 of a figure printed to 0.01 万元
    List<Finding> findings = RULES.validate(sw(swStatements("938.99", "37,151.47"))).findings();
    assertEquals(List.of(), findings);
  }

  @Test
  void aNarrativeFigureOffByOneCentOfAWanYuanFromItsTableCellIsFound() {
    List<Finding> findings = RULES.validate(sw(swStatements("939.00", "37,151.47"))).findings();
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals("statement.table", f.ruleId());
    assertEquals("938.99 万元", f.expected().orElseThrow());
    assertTrue(f.message().contains("表2 收入预算总表 row f:2011301"), f.message());
  }

  @Test
  void aTableFigureStatedWronglyIsFoundAgainstTheThreePublicTable() {
    List<Statement> statements = new java.util.ArrayList<>(swStatements("938.99", "37,151.47"));
    statements.set(
        7, money("机关运行经费预算", Subject.of(Figure.OPERATING_COSTS), "171.10", OptionalInt.empty()));
    List<Finding> findings = RULES.validate(sw(statements)).findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("171.01 万元", findings.get(0).expected().orElseThrow());
    assertTrue(findings.get(0).message().contains("表9"), findings.get(0).message());
  }

  @Test
  void partsAfterQiZhongThatMakeUpTheWholeMustAddUp() {
    // 财政拨款收入 printed 1.00 万元 short: it no longer restates its table cell, and with 事业收入,
    // 事业单位经营收入 and 其他收入 (which make up all income) it no longer adds up to 收入预算
    List<Finding> findings = RULES.validate(sw(swStatements("938.99", "37,150.47"))).findings();
    assertEquals(
        List.of("statement.table", "statement.parts"),
        findings.stream().map(Finding::ruleId).toList(),
        findings.toString());
    assertEquals("37,150.47 万元", findings.get(1).expected().orElseThrow());
  }

  private static Statement item(String rate, int baseYear) {
    // 2024 万里街道 部门预算, page 6: “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元 …
    // 2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%
    return new Statement(
        "“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”",
        Subject.of(FunctionCode.parse("201 05 07"), Slice.funds(FundSource.FISCAL)),
        Optional.of(Amount.ofWanYuan("25.77")),
        OptionalLong.empty(),
        MoneyUnit.WAN_YUAN,
        2,
        Optional.of(
            new Comparison(
                Comparison.Base.EXECUTION,
                baseYear,
                Optional.of(Amount.ofWanYuan("60.13")),
                Optional.empty(),
                Optional.of(new BigDecimal(rate)),
                false)),
        Optional.empty(),
        Optional.of("项目调整"),
        OptionalInt.empty(),
        Optional.empty());
  }

  private static BudgetDocument wanli2024(Statement s) {
    BudgetDocument imported = CorpusImportTest.imported("2024_万里街道办事处_部门预算").document();
    return BudgetDocument.builder().from(imported).statements(List.of(s)).build();
  }

  @Test
  void aRateIsCheckedAgainstTheRangeItsRoundedFiguresAllow() {
    // (25.77 − 60.13) / 60.13 = −57.143…%: −57.14% as printed
    assertEquals(
        List.of(),
        RULES.validate(wanli2024(item("-57.14", 2023))).findings().stream()
            .filter(f -> f.ruleId().equals("statement.comparison"))
            .toList());
    List<Finding> wrong =
        RULES.validate(wanli2024(item("-57.41", 2023))).findings().stream()
            .filter(f -> f.ruleId().equals("statement.comparison"))
            .toList();
    assertEquals(1, wrong.size(), wrong.toString());
    assertEquals("-57.14%", wrong.get(0).expected().orElseThrow());
  }

  @Test
  void aComparisonWithTheBudgetYearItselfIsFound() {
    List<Finding> findings =
        RULES.validate(wanli2024(item("-57.14", 2024))).findings().stream()
            .filter(f -> f.ruleId().equals("statement.base-year"))
            .toList();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("2023年", findings.get(0).expected().orElseThrow());
  }
}
