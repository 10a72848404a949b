package io.budgetkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.Box;
import io.budgetkit.document.Evidence;
import io.budgetkit.money.Amount;
import io.budgetkit.pdf.narrative.ProjectReader;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.validation.BudgetRules;
import io.budgetkit.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Project descriptions (项目经费情况说明) read into {@link Project}s. Every expected value below was read
 * on the rendered page ({@code pdftoppm -r 80}; the page is named at each test). Five of the eight
 * corpus documents print such a description: the two 万里街道 部门预算 (one project, named only inside
 * 一、项目概况: "由…建设的万里街道社区公共服务中心新建工程，位于…"), 2025 区人民政府办公室 部门预算 (one), 2025 商务委员会 部门预算 (four, each named
 * by its title) and 2025 财政局 部门预算 (one naming no project). None prints a 资金来源, a 项目负责人, the
 * target's funds or an indicator table.
 */
class ProjectImportTest {
  private static final String W2024 = "2024_万里街道办事处_部门预算";
  private static final String W2025 = "2025_万里街道办事处_部门预算";
  private static final String NAME = "万里街道社区公共服务中心新建工程";

  /** 二、立项依据, the same both years (更游校 as printed), three printed lines joined. */
  private static final String POLICY_BASIS =
      "本工程是为了更游校的整合社区公共服务资源，为周边居民提供便捷、优质的社区服务和生活配套设施，根据沪府规【2016】168号"
          + "文关于同意《上海市普陀区万里社区W060701单元W-07、W-08街坊、真如城市副中心X101、X102、X103、G1街坊控制性详细规划局部调整"
          + "》的批复和普发改投【2017】89号文《关于万里街道社区公共服务中心新建工程可行性研究报告的批复》进行建设。";

  /** 七、绩效目标, the same both years: two printed lines. */
  private static final String GOAL =
      "建成后作为万里街道社区事务受理、社区管理、社区文化艺术活动场所。更有效的整合社区公共服务资源，为周边居民提供便捷、优" + "质的社区服务和生活配套设施。";

  private static Project project(String doc) {
    List<Project> projects = CorpusImportTest.imported(doc).document().budget().projects();
    assertEquals(1, projects.size(), projects.toString());
    return projects.get(0);
  }

  private static ProjectReader.Reading reading(String doc) {
    List<ProjectReader.Reading> read = CorpusImportTest.imported(doc).projects();
    assertEquals(1, read.size());
    return read.get(0);
  }

  private static List<AllocationPart> quarters(String wanYuan) {
    return List.of(
        AllocationPart.of("第一季度用款计划", Amount.ofWanYuan(wanYuan)),
        AllocationPart.of("第二季度用款计划", Amount.ofWanYuan(wanYuan)),
        AllocationPart.of("第三季度用款计划", Amount.ofWanYuan(wanYuan)),
        AllocationPart.of("第四季度用款计划", Amount.ofWanYuan(wanYuan)));
  }

  @Test
  void wanli2024ProjectAsPrintedOnPage33() {
    Project p = project(W2024);
    assertEquals(NAME, p.name());
    assertEquals(Optional.empty(), p.unit());
    assertEquals(POLICY_BASIS, p.policyBasis());
    // 五、实施周期: one line, the quarters separated by a space as printed
    assertEquals("第一季度审价、审计 第二季度审价、审计 第三季度支付尾款 第四季度支付尾款。", p.executionPeriod());
    // 六、年度预算安排: "第一季度用款计划158.05万元，…第四季度用款计划158.05万元。"
    assertEquals(quarters("158.05"), p.allocation());
    assertEquals(Amount.ofYuan("1580500"), p.allocation().get(0).amount().orElseThrow());
    assertEquals(Optional.empty(), p.scale(), "预算安排规模 is not printed");
    assertEquals(Optional.empty(), p.allocationTotal());
    assertEquals(Optional.empty(), p.fundingSource());
    assertEquals(Optional.empty(), p.subsidy());
    // 一、项目概况: two paragraphs (the second starts 本工程为二类高层建筑), four and two printed lines
    String overview = p.overview().orElseThrow();
    List<String> paragraphs = overview.lines().toList();
    assertEquals(2, paragraphs.size(), overview);
    assertTrue(
        paragraphs.get(0).startsWith("由上海市普陀区人民政府万里街道办事处建设的" + NAME + "，位于普陀区真金路与交通路路口，东至真金路，"));
    assertTrue(paragraphs.get(0).endsWith("建成后作为万里街道社区事物受理、社区管理、社区文化艺术活动场所。"));
    assertEquals(
        "本工程为二类高层建筑，设计使用年限为50年，建筑耐火等级地上部分为二级，地下部分为一级，抗震设防烈度为7度，抗震重要性"
            + "类别为丙类，建筑结构安全等级为二级，主楼、裙楼上部结构采用装配整体式钢筋混凝土框架结构。",
        paragraphs.get(1));
    // 三、实施主体 and 四、实施方案: one paragraph each
    assertTrue(p.undertaker().startsWith("本工程由建设单位万里街道办事处建设、招标代理单位对本工程的全部单位进行招标工作，"));
    assertTrue(p.undertaker().endsWith("其他各专业分包单位对相应的分包内容进行施工。"));
    assertFalse(p.undertaker().contains("\n"));
    assertTrue(p.plan().orElseThrow().startsWith("本工程紧临两条城市道路路口，"));
    assertTrue(p.plan().orElseThrow().endsWith("4、建筑里面稳重大气，符合公共服务建筑气质。"));
    PerformanceTarget t = p.performance().orElseThrow();
    assertEquals(GOAL, t.overallGoal());
    assertEquals(NAME, t.projectName());
    assertEquals(List.of(), t.indicators());
    assertEquals(Optional.empty(), t.owner());
    assertEquals(Optional.empty(), t.totalFunds());
  }

  @Test
  void wanli2025ProjectAsPrintedOnPage31() {
    Project p = project(W2025);
    assertEquals(NAME, p.name());
    assertEquals(POLICY_BASIS, p.policyBasis());
    assertEquals("第一至四季度支付尾款。", p.executionPeriod());
    // "第一季度用款计划15万元，第二季度用款计划15万元，第三季度用款计划15万元，第四季度用款计划15万元。"
    assertEquals(quarters("15"), p.allocation());
    assertEquals(Amount.ofYuan("150000"), p.allocation().get(3).amount().orElseThrow());
    assertEquals(Optional.empty(), p.scale());
    assertEquals(2, p.overview().orElseThrow().lines().count());
    assertEquals(GOAL, p.performance().orElseThrow().overallGoal());
    assertEquals(List.of(), p.performance().orElseThrow().indicators());
  }

  @ParameterizedTest
  @ValueSource(strings = {W2024, W2025})
  void everyFieldReadKeepsItsPageAndBox(String doc) {
    ProjectReader.Reading r = reading(doc);
    int page = doc.startsWith("2024") ? 33 : 31;
    assertEquals(
        List.of(
            "name",
            "overview",
            "policyBasis",
            "undertaker",
            "plan",
            "executionPeriod",
            "allocation[0]",
            "allocation[1]",
            "allocation[2]",
            "allocation[3]",
            "performance.overallGoal"),
        List.copyOf(r.evidence().keySet()));
    for (Evidence e : r.evidence().values()) {
      assertEquals(page, e.page());
      assertTrue(e.box().isPresent());
    }
    // the four quarters are printed on one line: one box, the line's
    Box first = r.evidence().get("allocation[0]").box().orElseThrow();
    for (int i = 1; i < 4; i++) {
      assertEquals(first, r.evidence().get("allocation[" + i + "]").box().orElseThrow());
    }
    assertTrue(
        r.evidence().get("allocation[1]").snippet().startsWith("第二季度用款计划"),
        r.evidence().get("allocation[1]").snippet());
    // 二、立项依据 spans three lines, below 一、项目概况's six
    Box basis = r.evidence().get("policyBasis").box().orElseThrow();
    Box overview = r.evidence().get("overview").box().orElseThrow();
    assertTrue(basis.y() > overview.y() + overview.height(), basis + " " + overview);
    assertTrue(basis.height() > 2 * first.height(), basis.toString());
    assertEquals(r.project(), project(doc));
  }

  @ParameterizedTest
  @ValueSource(strings = {W2024, W2025})
  void theReportCountsTheProjectAndFindsNothingUnread(String doc) {
    ImportResult r = CorpusImportTest.imported(doc);
    assertTrue(
        r.report().lines().findFirst().orElseThrow().contains(" rows, 1 project, "), r.report());
    assertFalse(r.report().contains(ProjectReader.PARTIAL), r.report());
  }

  static List<String> withoutSection() {
    return List.of("2024_社会福利院_单位预算", "2025_区人民政府办公室_单位预算", "2025_商务委员会_单位预算");
  }

  /** These three print no 经费情况说明 at all (pdftotext, every page): no project, no finding. */
  @ParameterizedTest
  @MethodSource("withoutSection")
  void aDocumentWithoutTheSectionImportsNoProject(String doc) {
    ImportResult r = CorpusImportTest.imported(doc);
    assertEquals(List.of(), r.document().budget().projects());
    assertEquals(List.of(), r.projects());
    assertTrue(
        r.report().lines().findFirst().orElseThrow().contains(" rows, 0 projects, "), r.report());
    assertFalse(r.report().contains(ProjectReader.PARTIAL), r.report());
  }

  /**
   * 2025 财政局 部门预算, pages 23–24: a 项目经费情况说明 that names no project — its title is the bare section
   * title and 一、项目概述 describes several activities (绩效评价, 项目前期评审, 竣工决算审计, 法律顾问费, 预决算信息公开评估);
   * 六、年度预算安排 lists 信息化系统日常维护费 166.66, 中介机构服务费 418.80 and 财政业务费 10 万元, three of the four projects
   * the 绩效目标设置情况 (p. 22) names. A project needs a name: reported on page 23, not imported.
   */
  @Test
  void aDescriptionNamingNoProjectIsReportedNotImported() {
    ImportResult r = CorpusImportTest.imported("2025_财政局_部门预算");
    assertEquals(List.of(), r.document().budget().projects());
    List<String> findings =
        r.findings().stream()
            .filter(f -> f.ruleId().equals(ProjectReader.PARTIAL))
            .map(f -> f.severity() + " p" + f.evidence().orElseThrow().page() + " " + f.message())
            .toList();
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(findings.get(0).startsWith("WARNING p23 "), findings.get(0));
    assertTrue(findings.get(0).contains("no project name found"), findings.get(0));
  }

  /**
   * 2025 区人民政府办公室 部门预算, page 22: the title names the project ("区政府督查及建议提案工作业务经费项目经费情况说明"); 六、年度预算安排
   * prints no figure ("结合区政府重点工作推进情况，根据合同条款，按时拨付资金。"), which the model cannot hold: reported
   * (INFO). 七、绩效目标 only refers to a table printed elsewhere ("详见单位的项目绩效目标表"): no target.
   */
  @Test
  void aTitledDescriptionWithoutFigures() {
    ImportResult r = CorpusImportTest.imported("2025_区人民政府办公室_部门预算");
    Project p = project("2025_区人民政府办公室_部门预算");
    assertEquals("区政府督查及建议提案工作业务经费", p.name());
    assertEquals("《区委、区政府2024年重点工作任务书》和《区政府2024年重点工作任务书》。", p.policyBasis());
    assertEquals("主要完成区委、区政府年度重点工作任务书印制工作，使全区各单位进一步明晰自身目标任务，按时间节点推进各项任务。", p.undertaker());
    assertEquals(Optional.of("结合区政府重点工作推进情况，定期开展。"), p.plan());
    assertEquals("2025全年度。", p.executionPeriod());
    assertEquals(List.of(), p.allocation());
    assertEquals(Optional.empty(), p.scale());
    assertEquals(Optional.empty(), p.performance());
    List<io.budgetkit.validation.Finding> partial =
        r.findings().stream().filter(f -> f.ruleId().equals(ProjectReader.PARTIAL)).toList();
    assertEquals(1, partial.size(), partial.toString());
    assertEquals(io.budgetkit.validation.Severity.INFO, partial.get(0).severity());
    assertEquals(22, partial.get(0).evidence().orElseThrow().page());
    assertTrue(
        partial.get(0).message().contains("年度预算安排 prints no figure"), partial.get(0).message());
    assertEquals(22, reading("2025_区人民政府办公室_部门预算").evidence().get("name").page());
  }

  private static AllocationPart part(String item, String wanYuan) {
    return AllocationPart.of(item, Amount.ofWanYuan(wanYuan));
  }

  /**
   * 2025 商务委员会 部门预算, pages 23–26: four descriptions, one a page, each named by its title
   * ("科技创新专项经费情况说明"); 六、年度预算安排 prints the scale (项目总预算 … 万), the parts after 其中 and, for three,
   * their 合计. Figures printed in 万 (once 万元) are 万元. The parts add up to the scale in each (1720;
   * 870+70+180+50 = 1170; 340+120+800+70+80 = 1410; 370+30+1106+1262+153 = 2921), so the project
   * rules find nothing. 绩效目标 refers to the unit's table: no target.
   */
  @Test
  void fourTitledProjectsWithScalePartsAndTotals() {
    String doc = "2025_商务委员会_部门预算";
    List<Project> projects = CorpusImportTest.imported(doc).document().budget().projects();
    assertEquals(
        List.of("科技创新专项", "生命健康专项（政策资金）", "商业创新专项（政策资金）", "贸易高质量发展专项（政策资金）"),
        projects.stream().map(Project::name).toList());
    Project science = projects.get(0);
    assertEquals(Optional.of(Amount.ofWanYuan("1720.00")), science.scale());
    assertEquals(List.of(part("各级企业技术中心及专精特新认定", "1720.00")), science.allocation());
    assertEquals(Optional.empty(), science.allocationTotal());
    assertEquals("上海市普陀区商务委员会", science.undertaker());
    assertEquals("2025.1.1-2025.12.31", science.executionPeriod());
    // two numbered bases, one a line: two paragraphs
    assertEquals(
        "1、《普陀区服务企业发展工作实施意见》（普投资规范〔2023〕1号）。\n2、《普陀区支持科技创新实施意见》（普科合规范〔2023〕3号）。",
        science.policyBasis());
    Project health = projects.get(1);
    assertEquals(Optional.of(Amount.ofWanYuan("1170.00")), health.scale());
    assertEquals(Optional.of(Amount.ofWanYuan("1170.00")), health.allocationTotal());
    assertEquals(
        List.of(
            part("支持企业规模化发展", "870.00"),
            part("支持企业创新化发展", "70.00"),
            part("支持企业协同化发展", "180.00"),
            part("支持企业国际化发展", "50.00")),
        health.allocation());
    Project commerce = projects.get(2);
    assertEquals(Optional.of(Amount.ofWanYuan("1410.00")), commerce.scale());
    assertEquals(
        List.of(
            part("支持引进品牌集聚", "340.00"),
            part("支持打造示范地标", "120.00"),
            part("支持促消费提质提升", "800.00"),
            part("支持商业数字化创新", "70.00"),
            part("支持商业综合服务能力提升", "80.00")),
        commerce.allocation());
    Project trade = projects.get(3);
    assertEquals(Optional.of(Amount.ofWanYuan("2921.00")), trade.scale());
    assertEquals(Optional.of(Amount.ofWanYuan("2921.00")), trade.allocationTotal());
    assertEquals(
        List.of(
            part("支持外贸发展", "370.00"),
            part("支持商销稳增长", "30.00"),
            part("区级支持总部经济", "1106.00"),
            part("市级支持总部经济", "1262.00"),
            part("进博会推进专项", "153.00")),
        trade.allocation());
    assertTrue(projects.stream().allMatch(p -> p.performance().isEmpty()));
    List<ProjectReader.Reading> read = CorpusImportTest.imported(doc).projects();
    assertEquals(
        List.of(23, 24, 25, 26), read.stream().map(r -> r.evidence().get("scale").page()).toList());
    // 合计1170.00万 is printed on the line after 项目总预算1170.00万 (p. 24)
    Box scale = read.get(1).evidence().get("scale").box().orElseThrow();
    Box total = read.get(1).evidence().get("allocationTotal").box().orElseThrow();
    assertTrue(total.y() > scale.y(), scale + " " + total);
    assertTrue(
        CorpusImportTest.imported(doc)
            .report()
            .lines()
            .findFirst()
            .orElseThrow()
            .contains(" rows, 4 projects, "));
    assertEquals(
        List.of(),
        BudgetRules.validator()
            .validate(CorpusImportTest.imported(doc).document().budget())
            .findings());
  }

  /**
   * The project rules on the imported projects: nothing printed to compare the quarterly plan with
   * (no 预算安排规模, no 表7 of projects in this layout, no budget lines naming it; the 其他相关情况说明's 绩效目标
   * figures, 50 and 49 projects for 5634.81 and 8825.98 万元, are the department's all), and a goal
   * without indicators has no weights to add up.
   */
  @ParameterizedTest
  @ValueSource(strings = {W2024, W2025})
  void theProjectRulesFindNothingOnTheImportedProject(String doc) {
    ValidationReport report =
        BudgetRules.validator().validate(CorpusImportTest.imported(doc).document().budget());
    assertEquals(List.of(), report.findings());
  }
}
