package io.budgetkit.pdf.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.Box;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.money.Amount;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.Project;
import io.budgetkit.validation.Finding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped 上海普陀 project patterns on small texts: a line starting at {@code >} is indented (a
 * paragraph's first line), {@code |} turns the page.
 */
class ProjectReaderTest {
  private static final ProjectReader READER =
      ProjectReader.of(ProjectPatterns.forLayout("shanghai-putuo-department").orElseThrow());

  private static ProjectReader.Result read(String... pagesAndLines) {
    List<TextLine> lines = new ArrayList<>();
    int page = 1;
    double y = 100;
    for (String s : pagesAndLines) {
      if (s.equals("|")) {
        page++;
        y = 100;
        continue;
      }
      boolean indented = s.startsWith(">");
      String text = indented ? s.substring(1) : s;
      lines.add(new TextLine(page, text, Optional.of(new Box(indented ? 80 : 56, y, 500, 12))));
      y += 15;
    }
    return READER.read(SourceText.of(lines));
  }

  private static final String[] COMPLETE = {
    "其他文字",
    "测试项目经费情况说明",
    "一、项目概况",
    ">第一段，",
    "接着。",
    ">第二段。",
    "二、立项依据",
    ">依据文件。",
    "三、实施主体",
    ">某单位",
    "五、实施周期",
    ">2025年全年",
    "六、年度预算安排",
    ">2025年度项目总预算30.00万，其中甲20.00万，",
    "|",
    "乙10.00万元，合计30.00万。",
    "七、绩效目标",
    ">完成目标。",
  };

  @Test
  void aCompleteDescriptionAcrossAPageBreak() {
    ProjectReader.Result r = read(COMPLETE);
    assertEquals(1, r.projects().size());
    Project p = r.projects().get(0).project();
    assertEquals("测试", p.name());
    assertEquals(Optional.of("第一段，接着。\n第二段。"), p.overview());
    assertEquals("依据文件。", p.policyBasis());
    assertEquals("2025年全年", p.executionPeriod());
    assertEquals(Optional.of(Amount.ofWanYuan("30")), p.scale());
    assertEquals(Optional.of(Amount.ofWanYuan("30")), p.allocationTotal());
    assertEquals(
        List.of(
            AllocationPart.of("甲", Amount.ofWanYuan("20")),
            AllocationPart.of("乙", Amount.ofWanYuan("10"))),
        p.allocation());
    assertEquals("完成目标。", p.performance().orElseThrow().overallGoal());
    assertEquals(2, r.projects().get(0).evidence().get("allocation[1]").page());
    // 四、实施方案 is not printed: read in part, reported
    assertEquals(1, r.findings().size(), r.findings().toString());
    assertTrue(r.findings().get(0).message().contains("实施方案 not printed"));
  }

  @Test
  void aFigureOutsideThePatternsIsReportedNotGuessed() {
    List<String> lines = new ArrayList<>(List.of(COMPLETE));
    lines.set(lines.indexOf("乙10.00万元，合计30.00万。"), "乙10.00万元（含税5万元），合计30.00万。");
    ProjectReader.Result r = read(lines.toArray(new String[0]));
    Project p = r.projects().get(0).project();
    assertEquals(2, p.allocation().size());
    List<String> messages = r.findings().stream().map(Finding::message).toList();
    assertTrue(
        messages.stream().anyMatch(m -> m.contains("understood only in part") && m.contains("5万元")),
        messages.toString());
  }

  @Test
  void aPartTheLayoutDoesNotListIsReportedNotAddedToTheGoal() {
    List<String> lines = new ArrayList<>(List.of(COMPLETE));
    lines.addAll(List.of("八、资金来源", ">财政拨款"));
    ProjectReader.Result r = read(lines.toArray(new String[0]));
    assertEquals("完成目标。", r.projects().get(0).project().performance().orElseThrow().overallGoal());
    List<String> messages = r.findings().stream().map(Finding::message).toList();
    assertTrue(
        messages.stream().anyMatch(m -> m.contains("under no known heading") && m.contains("财政拨款")),
        messages.toString());
  }

  @Test
  void withoutAPartTheModelNeedsNothingIsImported() {
    List<String> lines = new ArrayList<>(List.of(COMPLETE));
    lines.remove("三、实施主体");
    lines.remove(">某单位");
    ProjectReader.Result r = read(lines.toArray(new String[0]));
    assertEquals(List.of(), r.projects());
    assertTrue(r.findings().get(0).message().contains("实施主体 not printed"), r.findings().toString());
    assertEquals(1, r.findings().get(0).evidence().orElseThrow().page());
  }

  @Test
  void aNameFoundNowhereIsNotMadeUp() {
    List<String> lines = new ArrayList<>(List.of(COMPLETE));
    lines.set(1, "项目经费情况说明");
    ProjectReader.Result r = read(lines.toArray(new String[0]));
    assertEquals(List.of(), r.projects());
    assertTrue(r.findings().get(0).message().contains("no project name found"));
  }

  @Test
  void aRepeatedTitleOrHeadingStartsTheNextDescription() {
    List<String> lines = new ArrayList<>(List.of(COMPLETE));
    // the same title again: a second project of the same name, which a budget cannot hold
    lines.addAll(List.of(COMPLETE).subList(1, COMPLETE.length));
    // 一、项目概况 again without a title: a next description, naming no project
    lines.addAll(List.of(COMPLETE).subList(2, COMPLETE.length));
    ProjectReader.Result r = read(lines.toArray(new String[0]));
    assertEquals(1, r.projects().size());
    List<String> messages = r.findings().stream().map(Finding::message).toList();
    assertTrue(
        messages.stream().anyMatch(m -> m.contains("a second 项目经费情况说明")), messages.toString());
    assertTrue(
        messages.stream().anyMatch(m -> m.contains("no project name found")), messages.toString());
  }

  @Test
  void badPatternDataIsAClearError() {
    String json =
        "{\"id\":\"x\",\"layouts\":[],\"projects\":{\"title\":\"x\",\"parts\":[{\"field\":\"COST\","
            + "\"label\":\"l\",\"heading\":\"h\"}]}}";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ProjectPatterns.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("Unknown project field 'COST'"), e.getMessage());
    String noGroup =
        "{\"id\":\"x\",\"layouts\":[],\"projects\":{\"title\":\"x\",\"names\":[{\"from\":\"TITLE\","
            + "\"regex\":\"(.+)说明\"}]}}";
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ProjectPatterns.read(
                    new ByteArrayInputStream(noGroup.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("has no group 'name'"), e.getMessage());
    // an empty title would match every line and make each line a project of its own
    String noTitle = "{\"id\":\"x\",\"layouts\":[],\"projects\":{\"parts\":[]}}";
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ProjectPatterns.read(
                    new ByteArrayInputStream(noTitle.getBytes(StandardCharsets.UTF_8))));
    assertEquals("Project patterns: projects.title is missing or blank", e.getMessage());
    String blankHeading =
        "{\"id\":\"x\",\"layouts\":[],\"projects\":{\"title\":\"x\",\"parts\":[{\"field\":"
            + "\"POLICY_BASIS\",\"label\":\"l\",\"heading\":\" \"}]}}";
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ProjectPatterns.read(
                    new ByteArrayInputStream(blankHeading.getBytes(StandardCharsets.UTF_8))));
    assertEquals("Project patterns: projects.parts[].heading is missing or blank", e.getMessage());
  }
}
