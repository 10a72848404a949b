package io.budgetkit.validation;

import static io.budgetkit.document.DisclosureLevel.DEPARTMENT;
import static io.budgetkit.document.DisclosureLevel.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.DisclosureLevel;
import io.budgetkit.document.Evidence;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The text rules on wording taken from the 上海普陀 corpus: each mistake as printed (page and text in
 * the comment), and the near miss that must pass.
 */
class TextRulesTest {
  private static final Validator<BudgetDocument> TEXT = Validators.text();

  /**
   * The findings of {@code ruleId} on a {@code year} document at {@code level} printing {@code
   * lines}.
   */
  private static List<Finding> run(String ruleId, DisclosureLevel level, int year, String text) {
    BudgetDocument d = CorpusText.document("", year, level, CorpusText.of(text));
    return TEXT.validate(d).findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .collect(Collectors.toList());
  }

  private static List<String> actuals(List<Finding> findings) {
    return findings.stream().map(f -> f.actual().orElse("")).collect(Collectors.toList());
  }

  private static List<Finding> corpus(String name, String ruleId) {
    return TEXT.validate(CorpusText.corpus(name)).findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ paragraphs

  @Test
  void aSentenceWrappedOverLinesAndAPageBreakIsOneParagraph() {
    // 2025 商务委员会 单位预算 pp. 2–3: "负责建立健全生活必需品市场供应" / (page break) / "应急机制，…"
    SourceText text =
        CorpusText.of(
            "   9、组织协调本区商品交易市场规划，承担本区重要消费品市场调控和重要生产资料流通管理；负责建立健全生活必需品市场供应\n"
                + "\f\n\n应急机制，协调重要商品储备和市场调控；负责食用农产品流通管理；\n"
                + "管理；组织商品市场监控，规范流通秩序。\n");
    List<Prose.Paragraph> ps = Prose.paragraphs(text);
    assertEquals(1, ps.size());
    assertTrue(ps.get(0).text().contains("市场供应应急机制"));
    assertEquals(2, ps.get(0).evidence(60, 64).page());
  }

  @Test
  void aTableRowIsAParagraphOfItsOwn() {
    SourceText text =
        CorpusText.of(
            "201   13   01   行政运行                   9,389,913.00    9,389,913.00\n"
                + "201   13   02   一般行政管理事务               4,545,000.00    4,545,000.00\n");
    List<Prose.Paragraph> ps = Prose.paragraphs(text);
    assertEquals(2, ps.size());
    assertTrue(ps.get(0).table());
  }

  @Test
  void evidenceCarriesPageSnippetAndTheUnionOfTheLinesBoxes() {
    List<TextLine> lines = new ArrayList<>();
    lines.add(
        new TextLine(
            4,
            "  （二）公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。其中：公务用车购置费0.00万元，与2023年预算持平，主",
            Optional.of(new io.budgetkit.document.Box(50, 100, 400, 10))));
    lines.add(
        new TextLine(
            4, "要原因是无此项支出。", Optional.of(new io.budgetkit.document.Box(50, 112, 100, 10))));
    BudgetDocument d = CorpusText.document("", 2024, UNIT, SourceText.of(lines));
    Finding f =
        TEXT.validate(d).findings().stream()
            .filter(x -> x.ruleId().equals("text.explanations"))
            .findFirst()
            .orElseThrow();
    Evidence e = f.evidence().orElseThrow();
    assertEquals(4, e.page());
    assertEquals(Optional.of(new io.budgetkit.document.Box(50, 100, 400, 10)), e.box());
    assertTrue(e.snippet().contains("主要原因是。"), e.snippet());
    assertEquals("page 4", f.location().toString());
  }

  // ------------------------------------------------------------------ completeness

  @Test
  void everyTableAndSectionOfTheCorpusDocumentsIsFound() {
    for (String name : CorpusText.ALL) {
      assertEquals(List.of(), corpus(name, "text.tables"), name);
      assertEquals(List.of(), corpus(name, "text.sections"), name);
    }
  }

  @Test
  void aTableListedInTheContentsButNotPrintedIsReportedAtItsListing() {
    String text =
        "                       目   录\n"
            + "  1. 2025年预算单位财务收支预算总表\n"
            + "\f                                  2025年预算单位收入预算总表\n";
    List<Finding> f = run("text.tables", UNIT, 2025, text);
    assertEquals(8, f.size());
    Finding first = f.get(0);
    assertEquals("财务收支预算总表", first.expected().orElseThrow());
    assertEquals(1, first.evidence().orElseThrow().page()); // the 目录 line
  }

  @Test
  void theUnitsADepartmentCoversMayBeStatedWithOrWithout是() {
    // 2025 财政局 部门预算 p. 3: "…部门预算包括财政局本部以及下属0家预算单位的综合收支计划。"
    String with = "上海市普陀区财政局部门预算是包括财政局本部以及下属0家预算单位的综合收支计划。\n";
    String without = "上海市普陀区财政局部门预算包括财政局本部以及下属0家预算单位的综合收支计划。\n";
    String neither = "上海市普陀区财政局主要职能。\n";
    assertTrue(sections(with).stream().noneMatch(f -> f.expected().orElseThrow().equals("所属单位")));
    assertTrue(
        sections(without).stream().noneMatch(f -> f.expected().orElseThrow().equals("所属单位")));
    assertTrue(sections(neither).stream().anyMatch(f -> f.expected().orElseThrow().equals("所属单位")));
    // a 单位预算 need not state it
    assertTrue(
        run("text.sections", UNIT, 2025, neither).stream()
            .noneMatch(f -> f.expected().orElseThrow().equals("所属单位")));
  }

  private static List<Finding> sections(String text) {
    return run("text.sections", DEPARTMENT, 2025, text);
  }

  @Test
  void projectStatementsAreRequiredOnlyWhenTheContentsListsThem() {
    String listed = "目录\n七、项目经费情况说明\n\f其他相关情况说明\n";
    String printed = listed + "                     科技创新专项经费情况说明\n";
    String unlisted = "目录\n六、其他相关情况说明\n\f其他相关情况说明\n";
    assertTrue(names(run("text.sections", UNIT, 2025, listed)).contains("项目经费情况说明"));
    assertTrue(!names(run("text.sections", UNIT, 2025, printed)).contains("项目经费情况说明"));
    assertTrue(!names(run("text.sections", UNIT, 2025, unlisted)).contains("项目经费情况说明"));
  }

  @Test
  void levelSpecificSectionsAreSkippedWhenTheLevelIsUnknown() {
    BudgetDocument d =
        BudgetDocument.builder()
            .from(CorpusText.document("", 2025, UNIT, CorpusText.of("其他相关情况说明\n")))
            .level(Optional.empty())
            .build();
    List<String> missing =
        TEXT.validate(d).findings().stream()
            .filter(f -> f.ruleId().equals("text.sections"))
            .map(f -> f.expected().orElseThrow())
            .collect(Collectors.toList());
    assertTrue(missing.contains("编制说明"));
    assertTrue(!missing.contains("所属单位"));
  }

  private static List<String> names(List<Finding> f) {
    return f.stream().map(x -> x.expected().orElse("")).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ empty tables

  @Test
  void theThreePublicTablePrintedWithFiguresUnderANoteSayingItIsEmpty() {
    // 2024 万里街道 部门预算 p. 31: 47.91 … 443.18, then "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。"
    List<Finding> f = corpus("2024-wanli-department", "text.empty-tables");
    assertEquals(1, f.size());
    assertEquals(31, f.get(0).evidence().orElseThrow().page());
    assertTrue(f.get(0).message().contains("has rows"));
  }

  @Test
  void aNoteNamingTheWrongFund() {
    // 2025 财政局 部门预算 p. 18: the 国有资本经营 table's 注 speaks of 政府性基金
    List<Finding> f = corpus("2025-caizheng-department", "text.empty-tables");
    assertEquals(1, f.size());
    assertEquals(18, f.get(0).evidence().orElseThrow().page());
    assertEquals("国有资本经营预算", f.get(0).expected().orElseThrow());
  }

  @Test
  void emptyTableNotesNearMisses() {
    String title = "              2025年预算单位国有资本经营预算支出功能分类预算表\n               合计\n";
    String right = title + "注:本单位2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。\n";
    String wrongYear = title + "注:本单位2024年无国有资本经营预算财政拨款安排的预算，故本表为空表。\n";
    assertEquals(List.of(), run("text.empty-tables", UNIT, 2025, right));
    assertEquals(1, run("text.empty-tables", UNIT, 2025, title).size());
    List<Finding> year = run("text.empty-tables", UNIT, 2025, wrongYear);
    assertEquals(List.of("2024年"), actuals(year));
    String rows =
        "              2025年预算单位国有资本经营预算支出功能分类预算表\n"
            + "223   01   01   国有企业资本金注入      100.00     100.00\n"
            + "注:本单位2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。\n";
    assertEquals(1, run("text.empty-tables", UNIT, 2025, rows).size());
  }

  // ------------------------------------------------------------------ years

  @Test
  void aStaleYearInAProjectStatement() {
    // 2025 财政局 部门预算 p. 23: "拟从2020年起，由我局申请400.00万元以上基本建设项目…"
    List<Finding> f = corpus("2025-caizheng-department", "text.years");
    assertEquals(1, f.size());
    assertEquals(23, f.get(0).evidence().orElseThrow().page());
    assertEquals("2020", f.get(0).actual().orElseThrow());
  }

  @Test
  void yearsInWhitelistedContextsAndTheBudgetYearsPass() {
    String ok =
        "   2、《2023年上海建设国际消费中心城市工作要点》（沪商商贸〔2024〕109号）。\n"
            + "    截至2024年8月31日，上海市普陀区商务委员会共有车辆0辆。\n"
            + "    2025年，上海市普陀区商务委员会收入预算37,151.47万元，比2024年预算执行数增加24,558.18万元。\n";
    assertEquals(List.of(), run("text.years", UNIT, 2025, ok));
    String underBasis = " 二、立项依据\n   根据2019年区政府常务会议精神，设立本项目。\n";
    assertEquals(List.of(), run("text.years", UNIT, 2025, underBasis));
    String elsewhere = " 一、项目概述\n   根据2019年区政府常务会议精神，设立本项目。\n";
    assertEquals(List.of("2019"), actuals(run("text.years", UNIT, 2025, elsewhere)));
  }

  @Test
  void aComparisonWithTheBudgetYearItselfAndImplausibleAsOfDates() {
    String text =
        "    支出预算37,151.47万元，比2025年预算增加24,491.71万元，主要原因是政策资金项目预算增加。\n"
            + "    截至2022年8月31日，共有车辆0辆。\n"
            + "    截至2024年2月30日，共有车辆0辆。\n";
    List<Finding> f = run("text.years", UNIT, 2025, text);
    assertEquals(List.of("2025年", "截至2022年8月31日", "截至2024年2月30日"), actuals(f));
  }

  // ------------------------------------------------------------------ wording

  @Test
  void aDepartmentBudgetSpeakingOf本单位() {
    // 2025 财政局 部门预算 p. 22: "2025年度本单位政府采购预算117.00万元" and "本单位编报绩效目标的项目共4个"
    List<Finding> f = corpus("2025-caizheng-department", "text.level-wording");
    assertEquals(List.of("本单位", "本单位"), actuals(f));
    assertEquals(22, f.get(0).evidence().orElseThrow().page());
  }

  @Test
  void levelWordingNearMisses() {
    // 2025 商务委员会 单位预算 p. 20 prints "单位预算安排购置车辆"; its 部门预算 p. 21 "部门预算安排购置车辆"
    String unit = "    2025年单位预算安排购置车辆0辆。\n";
    String dept = "    2025年部门预算安排购置车辆0辆。\n";
    assertEquals(List.of(), run("text.level-wording", UNIT, 2025, unit));
    assertEquals(List.of(), run("text.level-wording", DEPARTMENT, 2025, dept));
    assertEquals(List.of("部门预算安排"), actuals(run("text.level-wording", UNIT, 2025, dept)));
    assertEquals(List.of("单位预算安排"), actuals(run("text.level-wording", DEPARTMENT, 2025, unit)));
    // the classification's own name carries 部门预算 and is right in both
    String title = "             2025年预算单位一般公共预算基本支出部门预算经济分类预算表\n";
    assertEquals(List.of(), run("text.level-wording", UNIT, 2025, title));
    BudgetDocument unknown =
        BudgetDocument.builder()
            .from(CorpusText.document("", 2025, UNIT, CorpusText.of(dept)))
            .level(Optional.empty())
            .build();
    assertTrue(
        TEXT.validate(unknown).findings().stream()
            .noneMatch(x -> x.ruleId().equals("text.level-wording")));
  }

  @Test
  void theUnitNameIsTheSameEverywhereInTheCorpusAndAVariantIsReported() {
    for (String name : CorpusText.ALL) {
      assertEquals(List.of(), corpus(name, "text.unit-name"), name);
    }
    String text =
        "编制单位：上海市普陀区商务委员会                            单位：元\n"
            + "编制单位：上海市普陀区商务委员会                            单位：元\n"
            + "    2025年，上海市普陀区商务委收入预算37,151.47万元。\n";
    List<Finding> f = run("text.unit-name", UNIT, 2025, text);
    assertEquals(List.of("上海市普陀区商务委"), actuals(f));
    assertEquals("上海市普陀区商务委员会", f.get(0).expected().orElseThrow());
  }

  // ------------------------------------------------------------------ explanations

  @Test
  void anEmptyReasonAndAReasonContradictingTheChange() {
    // 2024 社会福利院 单位预算 p. 16: "…与2023年预算持平，主要原因是。其中：…"
    List<Finding> empty = corpus("2024-fuliyuan-unit", "text.explanations");
    assertEquals(1, empty.size());
    assertEquals(16, empty.get(0).evidence().orElseThrow().page());
    // 2024 万里街道 部门预算 p. 6: "…比2023年预算执行数减少2.98%。主要原因是：宣传事务一般行政管理事务经费增加。"
    List<Finding> opposite = corpus("2024-wanli-department", "text.explanations");
    assertEquals(List.of("宣传事务一般行政管理事务经费增加"), actuals(opposite));
    assertEquals(6, opposite.get(0).evidence().orElseThrow().page());
  }

  @Test
  void explanationNearMisses() {
    // the 编制说明 states both changes, then one reason two paragraphs on (2024 万里街道 p. 6)
    String reasonLater =
        "     2024年，收入预算15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元。\n"
            + "    支出预算15621.11万元，其中：财政拨款支出预算15621.11万元，比2023年预算减少876.75万元。\n"
            + "    财政拨款收入支出减少的主要原因是项目调整。\n";
    assertEquals(List.of(), run("text.explanations", DEPARTMENT, 2024, reasonLater));
    String noReason =
        "     2024年，收入预算15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元。\n"
            + "    （一）因公出国（境）费0万元。\n"
            + "    （二）公务接待费1.35万元。\n"
            + "    （三）公务用车运行费21.56万元。\n";
    assertEquals(
        List.of("比2023年预算减少876.75万元"),
        actuals(run("text.explanations", DEPARTMENT, 2024, noReason)));
    String agreeing = "    比2023年预算执行数增加46.19%。主要原因是：组织事务一般行政管理事务经费增加。\n";
    assertEquals(List.of(), run("text.explanations", DEPARTMENT, 2024, agreeing));
    String level = "    （三）公务接待费1.00万元。与2024年预算持平，主要原因是根据本单位实际业务需求开展公务接待。\n";
    assertEquals(List.of(), run("text.explanations", UNIT, 2025, level));
  }

  // ------------------------------------------------------------------ text quality

  @Test
  void aTemplateMarkLeftInAHeading() {
    // 2024 社会福利院 单位预算 p. 16: "五、国有资产占有使用情况（增加内容）"
    List<Finding> f = corpus("2024-fuliyuan-unit", "text.placeholders");
    assertEquals(List.of("（增加内容）"), actuals(f));
    assertEquals(16, f.get(0).evidence().orElseThrow().page());
    assertEquals(
        List.of("XX", "{单位}", "待填写"),
        actuals(
            run(
                "text.placeholders",
                UNIT,
                2025,
                "    2025年XX单位政府采购预算38.20万元。\n    {单位}机关运行经费。\n    主要原因是待填写。\n")));
    assertEquals(
        List.of(), run("text.placeholders", UNIT, 2025, "    五、国有资产占有使用情况\n    单位：元 x 2\n"));
  }

  @Test
  void aFullWidthBracketClosedByAHalfWidthOne() {
    // 2025 商务委员会 单位预算 p. 8: "卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）"
    List<Finding> f = corpus("2025-shangwu-unit", "text.punctuation");
    assertEquals(8, f.size());
    assertTrue(f.stream().allMatch(x -> x.evidence().orElseThrow().page() == 8));
    assertEquals("（款)", f.get(0).actual().orElseThrow());
  }

  @Test
  void doubledAndMixedPunctuationAcrossAWrappedLine() {
    String text =
        "    2025年“三公”经费预算数为1.00万元，与2024年预算持平。\n"
            + "   （一）因公出国（境）费0万元，与2024年预算持平，主要原因是此部分预算由区外办统一安排\n"
            + "。。\n"
            + "   （二）公务接待费1.00万元，。\n";
    assertEquals(List.of("。。", "，。"), actuals(run("text.punctuation", UNIT, 2025, text)));
    // a sentence end alone on the next line is no doubling
    String wrapped = "   8、组织协调本区工商业、煤炭、电力、石油日常运行的监控，协调、安排季节性能源调度；负责本区工商业节能降耗和资源综合利用\n" + "。\n";
    assertEquals(List.of(), run("text.punctuation", UNIT, 2025, wrapped));
    assertEquals(List.of(), run("text.sentence-end", UNIT, 2025, wrapped));
  }

  @Test
  void unbalancedBracketsAndQuotes() {
    assertEquals(List.of(), corpus("2025-shangwu-unit", "text.brackets"));
    String text =
        "  11. “卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）63.19万元。\n"
            + "  12. 卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”24.99万元。\n";
    assertEquals(List.of("“", "”"), actuals(run("text.brackets", UNIT, 2025, text)));
  }

  @Test
  void aParagraphWithoutItsFullStop() {
    // 2025 商务委员会 部门预算 p. 24: "…组织项目审核跟踪、评估，按程序落实专项资金拨付" (the two others end in 。)
    List<Finding> f = corpus("2025-shangwu-department", "text.sentence-end");
    assertEquals(1, f.size());
    assertEquals(24, f.get(0).evidence().orElseThrow().page());
    // headings and short lines are no sentences
    assertEquals(
        List.of(), run("text.sentence-end", UNIT, 2025, " 四、实施方案\n    2025.1.1-2025.12.31\n"));
  }

  @Test
  void garbledCharacters() {
    for (String name : CorpusText.ALL) {
      assertEquals(List.of(), corpus(name, "text.garbled"), name);
    }
    String text =
        "    2025年上海市普陀区商务委员会财政拨款的机关运行经费预算为171.01\uFFFD万元。\n"
            + "    政府采购预算\uE000\uE001。\n"
            + "    锟斤拷锟斤拷。\n";
    assertEquals(3, run("text.garbled", UNIT, 2025, text).size());
    assertEquals(
        List.of("U+FFFD"), actuals(run("text.garbled", UNIT, 2025, "    预算为171.01\uFFFD万元。\n")));
  }

  @Test
  void moneyUnitsClashingInOneSentence() {
    for (String name : CorpusText.ALL) {
      assertEquals(List.of(), corpus(name, "text.money-units"), name);
    }
    String clash = "    公务接待费1.00万元，其中外事接待500元。\n";
    String rate = "    补贴人数122人，补贴标准2050.27元/人/月，全年294.84万元。\n";
    String twoSentences = "    公务接待费1.00万元。外事接待500元。\n";
    assertEquals(List.of("500元"), actuals(run("text.money-units", UNIT, 2025, clash)));
    assertEquals(List.of(), run("text.money-units", UNIT, 2025, rate));
    assertEquals(List.of(), run("text.money-units", UNIT, 2025, twoSentences));
  }

  @Test
  void amountsWithMoreThanTwoDecimals() {
    for (String name : CorpusText.ALL) {
      assertEquals(List.of(), corpus(name, "text.amount-decimals"), name);
    }
    String table = "201   13   01   行政运行                    9,389,913.005    9,389,913.00\n";
    assertEquals(List.of("9,389,913.005"), actuals(run("text.amount-decimals", UNIT, 2025, table)));
    String prose = "    政府采购预算38.201万元，占比12.345%。\n";
    assertEquals(List.of("38.201"), actuals(run("text.amount-decimals", UNIT, 2025, prose)));
    // the 目录's "1.2025年…" is no amount
    assertEquals(List.of(), run("text.amount-decimals", UNIT, 2025, "  1.2025年部门财务收支预算总表\n"));
  }

  @Test
  void classificationNamesOfAnotherYearOrAnotherCode() {
    // 2024 社会福利院 单位预算 pp. 6, 7, 10: 类 210 as 医疗卫生与计划生育支出 (its name until 2018);
    // p. 14: economic codes numbered in sequence, 302 02 printed as 咨询费 (the catalog's 印刷费)
    List<Finding> f = corpus("2024-fuliyuan-unit", "text.classification-names");
    List<Integer> pages =
        f.stream().map(x -> x.evidence().orElseThrow().page()).collect(Collectors.toList());
    assertEquals(List.of(6, 7, 10, 14, 14, 14, 14, 14), pages);
    assertTrue(actuals(f).containsAll(List.of("医疗卫生与计划生育支出", "咨询费", "离退休人员经费")));
    // the catalog's names pass, brackets of either width
    String ok =
        "201   03        政府办公厅(室)及相关机构事务     82,096,797.42\n"
            + "210             卫生健康支出               881,803.00      881,803.00\n";
    assertEquals(List.of(), run("text.classification-names", UNIT, 2025, ok));
  }

  @Test
  void aDocumentWithoutSourceTextGivesNoTextFinding() {
    BudgetDocument d =
        BudgetDocument.builder()
            .from(CorpusText.document("", 2025, UNIT, CorpusText.of("x\n")))
            .sourceText(Optional.empty())
            .build();
    assertEquals(List.of(), TEXT.validate(d).findings());
  }
}
