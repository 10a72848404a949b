package io.budgetkit.pdf;

import static io.budgetkit.pdf.CorpusImportTest.imported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.Evidence;
import io.budgetkit.layout.Comparison;
import io.budgetkit.layout.Fact;
import io.budgetkit.layout.Figure;
import io.budgetkit.layout.Slice;
import io.budgetkit.layout.Statement;
import io.budgetkit.layout.Subject;
import io.budgetkit.model.FundSource;
import io.budgetkit.money.Amount;
import io.budgetkit.pdf.narrative.NarrativeReader;
import io.budgetkit.validation.Finding;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The narrative of the eight 上海普陀 PDFs read into statements. Expected figures are as printed on the
 * pages named in the comments (read with {@code pdftotext -layout} and checked on the rendered
 * pages), not taken from the reader.
 */
class NarrativeImportTest {
  private static final String COMMERCE = "2025_商务委员会_单位预算";
  private static final String WANLI_2025 = "2025_万里街道办事处_部门预算";
  private static final String WANLI_2024 = "2024_万里街道办事处_部门预算";

  private static List<Statement> statements(String doc) {
    return imported(doc).document().statements();
  }

  private static Statement labelled(String doc, String label) {
    return statements(doc).stream()
        .filter(s -> s.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError(doc + ": no statement '" + label + "'"));
  }

  private static Statement about(String doc, Subject subject) {
    return statements(doc).stream()
        .filter(s -> s.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError(doc + ": no statement about " + subject));
  }

  private static Subject item(String code) {
    return Subject.of(FunctionCode.parse(code), Slice.funds(FundSource.FISCAL));
  }

  private static List<Finding> narrativeFindings(String doc, String rule) {
    return imported(doc).findings().stream()
        .filter(f -> f.ruleId().equals(rule))
        .collect(Collectors.toList());
  }

  private static void assertMoney(String printed, int decimals, Statement s) {
    assertEquals(Optional.of(Amount.ofWanYuan(printed)), s.amount(), s.label());
    assertEquals(decimals, s.decimals(), s.label());
  }

  private static int page(Statement s) {
    return s.evidence().map(Evidence::page).orElseThrow();
  }

  @Test
  void commerceIncomeAndItsPartsAsPrintedOnPage7() {
    Statement total = labelled(COMMERCE, "收入预算");
    assertMoney("37,151.47", 2, total);
    assertEquals(7, page(total));
    Statement fiscal = labelled(COMMERCE, "财政拨款收入");
    assertMoney("37,151.47", 2, fiscal);
    assertEquals(Subject.of(Slice.funds(FundSource.FISCAL)), fiscal.subject());
    Comparison c = fiscal.comparison().orElseThrow();
    assertEquals(Comparison.Base.EXECUTION, c.base()); // 比2024年预算执行数增加24,558.18万元
    assertEquals(2024, c.baseYear());
    assertEquals(Optional.of(Amount.ofWanYuan("24,558.18")), c.change());
    assertFalse(c.flat());
    assertEquals(statements(COMMERCE).indexOf(total), fiscal.partOf().getAsInt());
    Statement business = labelled(COMMERCE, "事业收入"); // 事业收入0万元
    assertMoney("0", 0, business);
    assertEquals(statements(COMMERCE).indexOf(total), business.partOf().getAsInt());
  }

  @Test
  void commerceExpenditureComparisonsAsPrintedOnPage7() {
    Statement fiscal = labelled(COMMERCE, "财政拨款支出预算");
    assertEquals(Comparison.Base.BUDGET, fiscal.comparison().orElseThrow().base());
    assertEquals(
        Optional.of(Amount.ofWanYuan("24,491.71")), fiscal.comparison().orElseThrow().change());
    Statement fund = labelled(COMMERCE, "政府性基金拨款支出预算"); // 0万元，比2024年预算执行数持平
    assertMoney("0", 0, fund);
    assertEquals(Subject.of(Slice.funds(FundSource.GOVERNMENT_FUND)), fund.subject());
    assertTrue(fund.comparison().orElseThrow().flat());
    assertEquals(Comparison.Base.EXECUTION, fund.comparison().orElseThrow().base());
    assertEquals(statements(COMMERCE).indexOf(fiscal), fund.partOf().getAsInt());
  }

  @Test
  void commerceItemsAsPrintedOnPage8() {
    // 13. “资源勘探工业信息等支出（类）支持中小企业发展和管理支出（款)其他…（项）”29,381.00万元
    Statement smes = about(COMMERCE, item("215 08 99"));
    assertMoney("29,381.00", 2, smes);
    assertEquals(8, page(smes));
    assertTrue(smes.explanation().orElseThrow().startsWith("主要用于支持中小企业发展和管理"));
    // 14. “商业服务业等支出（类）其他商业服务业等支出（款)其他商业服务业等支出（项）”3136.40万元
    Statement trade = about(COMMERCE, item("216 99 99"));
    assertMoney("3136.40", 2, trade);
    assertEquals(8, page(trade));
    assertTrue(trade.evidence().orElseThrow().box().isPresent());
    assertEquals(Optional.empty(), trade.comparison());
  }

  @Test
  void commerceOtherFactsAsPrintedOnPage22() {
    Statement three = labelled(COMMERCE, "“三公”经费预算数"); // 1.00万元，与2024年预算持平
    assertEquals(Subject.of(Figure.THREE_PUBLIC_TOTAL), three.subject());
    assertMoney("1.00", 2, three);
    assertTrue(three.comparison().orElseThrow().flat());
    assertEquals(22, page(three));
    Statement reception = labelled(COMMERCE, "公务接待费");
    assertMoney("1.00", 2, reception);
    assertEquals(statements(COMMERCE).indexOf(three), reception.partOf().getAsInt());
    assertMoney("171.01", 2, about(COMMERCE, Subject.of(Figure.OPERATING_COSTS)));
    Statement procurement = about(COMMERCE, Subject.of(Fact.PROCUREMENT));
    assertMoney("38.20", 2, procurement);
    Statement goods = about(COMMERCE, Subject.of(Fact.PROCUREMENT_GOODS));
    assertMoney("7.80", 2, goods);
    assertEquals(statements(COMMERCE).indexOf(procurement), goods.partOf().getAsInt());
    assertMoney("0", 0, about(COMMERCE, Subject.of(Fact.PROCUREMENT_WORKS)));
    assertMoney("30.40", 2, about(COMMERCE, Subject.of(Fact.PROCUREMENT_SERVICES)));
    assertEquals(25, about(COMMERCE, Subject.of(Fact.PERFORMANCE_PROJECTS)).count().getAsLong());
    assertMoney("11381.60", 2, about(COMMERCE, Subject.of(Fact.PERFORMANCE_FUNDS)));
    assertEquals(0, about(COMMERCE, Subject.of(Fact.VEHICLES_HELD)).count().getAsLong());
    assertEquals(0, about(COMMERCE, Subject.of(Fact.EQUIPMENT_BOUGHT)).count().getAsLong());
  }

  @Test
  void wanli2025AsPrintedOnPages6And30() {
    Statement income = labelled(WANLI_2025, "财政拨款收入"); // p6: 比2024年预算增加3,355.65万元
    assertMoney("18,976.76", 2, income);
    assertEquals(Comparison.Base.BUDGET, income.comparison().orElseThrow().base());
    assertEquals(
        Optional.of(Amount.ofWanYuan("3,355.65")), income.comparison().orElseThrow().change());
    assertMoney("0.00", 2, labelled(WANLI_2025, "其他收入"));
    // p30: “三公”经费预算数为37.91万元，比2024年预算减少10万元
    Statement three = labelled(WANLI_2025, "“三公”经费预算数");
    assertMoney("37.91", 2, three);
    assertEquals(30, page(three));
    assertEquals(
        Optional.of(Amount.ofWanYuan("10").negated()), three.comparison().orElseThrow().change());
    // 公务用车购置费15万元，比2024年预算减少10万元，主要原因是购置车辆类型不同
    Statement purchase = about(WANLI_2025, Subject.of(Figure.VEHICLE_PURCHASE));
    assertMoney("15", 0, purchase);
    assertEquals(Optional.of("主要原因是购置车辆类型不同"), purchase.explanation());
    assertEquals(
        statements(WANLI_2025).indexOf(about(WANLI_2025, Subject.of(Figure.VEHICLES))),
        purchase.partOf().getAsInt());
    assertMoney("4821.20", 2, about(WANLI_2025, Subject.of(Fact.PROCUREMENT)));
    assertEquals(49, about(WANLI_2025, Subject.of(Fact.PERFORMANCE_PROJECTS)).count().getAsLong());
    assertEquals(8, about(WANLI_2025, Subject.of(Fact.VEHICLES_HELD)).count().getAsLong());
    assertEquals(1, about(WANLI_2025, Subject.of(Fact.VEHICLES_BOUGHT)).count().getAsLong());
  }

  @Test
  void wanli2025NamesA项NotInItsTablesAndIsReportedNotGuessed() {
    // p7 item 21: “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）” — the tables print 210 07
    // 计划生育事务 / 210 07 17 计划生育服务; no 款 卫生健康支出 exists
    List<Finding> partial = narrativeFindings(WANLI_2025, NarrativeReader.PARTIAL);
    assertEquals(1, partial.size(), partial.toString());
    assertEquals(7, partial.get(0).evidence().orElseThrow().page());
    assertTrue(partial.get(0).message().contains("计划生育事务（项）"));
    assertTrue(
        statements(WANLI_2025).stream().noneMatch(s -> s.label().contains("计划生育")),
        "no statement for the unresolved item");
  }

  @Test
  void wanli2024ItemsWithTheirExecutionComparison() {
    // p6 item 1: 25.77万元 … 2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，
    // 比2023年预算执行数减少57.14%。主要原因是：项目调整。
    Statement census = about(WANLI_2024, item("201 05 07"));
    assertMoney("25.77", 2, census);
    assertEquals(6, page(census));
    Comparison c = census.comparison().orElseThrow();
    assertEquals(Comparison.Base.EXECUTION, c.base());
    assertEquals(2023, c.baseYear());
    assertEquals(Optional.of(Amount.ofWanYuan("60.13")), c.prior());
    assertEquals(Optional.of(new BigDecimal("-57.14")), c.rate());
    assertEquals(Optional.empty(), c.change());
    assertTrue(census.explanation().orElseThrow().contains("主要原因是：项目调整"));
    // p9 item 31: 350.35万元 … 2024年预算安排352.67万元 (two figures printed for one 项)
    List<Statement> fund =
        statements(WANLI_2024).stream()
            .filter(s -> s.subject().equals(item("221 02 01")))
            .collect(Collectors.toList());
    assertEquals(2, fund.size());
    assertMoney("350.35", 2, fund.get(0));
    assertEquals(
        Optional.of(new BigDecimal("0.53")), fund.get(0).comparison().orElseThrow().rate());
    assertMoney("352.67", 2, fund.get(1));
    assertEquals(9, page(fund.get(1)));
    // p6 item 10: 比2023年预算执行数持平
    assertTrue(about(WANLI_2024, item("206 07 02")).comparison().orElseThrow().flat());
    // p32: 共有车辆7辆
    Statement vehicles = about(WANLI_2024, Subject.of(Fact.VEHICLES_HELD));
    assertEquals(7, vehicles.count().getAsLong());
    assertEquals(32, page(vehicles));
  }

  @Test
  void aRetired类NameAndOtherSpellingsFindTheir项() {
    // 2024 社会福利院 p6 item 5: “医疗卫生与计划生育支出（类）行政事业单位医疗（款）事业单位医疗（项）”50.37万元
    assertMoney("50.37", 2, about("2024_社会福利院_单位预算", item("210 11 02")));
    // 2025 财政局 p7 item 8: “…其它行政事业单位养老支出（项）”0.96万元
    assertMoney("0.96", 2, about("2025_财政局_部门预算", item("208 05 99")));
    // 2025 区人民政府办公室 p6 item 2: “一般公共服务支出-政府办公厅（室）及相关机构事务-一般行政管理事务”科目4,614万元
    assertMoney("4,614", 0, about("2025_区人民政府办公室_单位预算", item("201 03 02")));
  }

  @Test
  void everyStatementOfEveryDocumentHasEvidenceWithAPage() {
    for (String doc : CorpusImportTest.CORPUS) {
      for (Statement s : statements(doc)) {
        Evidence e = s.evidence().orElseThrow(() -> new AssertionError(doc + ": " + s.label()));
        assertTrue(e.page() >= 1 && e.page() <= imported(doc).pages(), doc + ": " + s.label());
        assertTrue(e.box().isPresent(), doc + ": " + s.label());
        assertFalse(e.snippet().isBlank(), doc + ": " + s.label());
      }
    }
  }

  @Test
  void statementsAndNarrativeFindingsPerDocument() {
    // counts observed on the corpus; a change shows here first
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    // statements, partial sentences, repeated paragraphs
    expected.put("2024_万里街道办事处_部门预算", List.of(93, 0, 0));
    expected.put("2024_社会福利院_单位预算", List.of(38, 1, 0)); // p16 无机关运行经费
    expected.put("2025_万里街道办事处_部门预算", List.of(59, 1, 0)); // p7 item 21
    expected.put("2025_区人民政府办公室_单位预算", List.of(39, 0, 0));
    expected.put("2025_区人民政府办公室_部门预算", List.of(39, 0, 0));
    expected.put("2025_商务委员会_单位预算", List.of(43, 0, 0));
    expected.put("2025_商务委员会_部门预算", List.of(43, 0, 0));
    expected.put("2025_财政局_部门预算", List.of(38, 0, 0)); // p8's copy of items 1–8 is clipped away
    Map<String, List<Integer>> actual = new LinkedHashMap<>();
    for (String doc : expected.keySet()) {
      actual.put(
          doc,
          List.of(
              statements(doc).size(),
              narrativeFindings(doc, NarrativeReader.PARTIAL).size(),
              narrativeFindings(doc, NarrativeReader.REPEATED).size()));
    }
    assertEquals(expected, actual);
  }

  @Test
  void aSentenceWithoutItsFigureIsReportedWithItsPage() {
    // 2024 社会福利院 p16: “2024年上海市普陀区社会福利院无机关运行经费。” — no figure printed
    List<Finding> partial = narrativeFindings("2024_社会福利院_单位预算", NarrativeReader.PARTIAL);
    assertEquals(16, partial.get(0).evidence().orElseThrow().page());
    assertTrue(
        statements("2024_社会福利院_单位预算").stream()
            .noneMatch(s -> s.subject().equals(Subject.of(Figure.OPERATING_COSTS))));
  }
}
