package io.budgetkit.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;

/**
 * What a layout's printed document must contain and may say, as data for the text rules: the tables
 * (by title), the sections (by heading), the words each level uses of itself, the contexts in which
 * any year may be printed, and the template wording that must not be left in. What varies from one
 * layout to another lives here, not in the rules. Immutable.
 *
 * <p>Patterns are Java regular expressions, matched against text with its line breaks joined and
 * its spaces removed.
 *
 * @param name the layout's name, e.g. {@code 上海普陀}
 * @param tables the tables every document of the layout prints
 * @param titlePrefixes the words a table title may carry between its year and its name, by level
 *     ({@code 预算单位} or {@code 单位} in a 单位预算, {@code 部门} in a 部门预算)
 * @param sections the sections, by heading
 * @param otherLevelPhrases phrases that belong to the other level: a 单位预算 printing any of the
 *     {@link DisclosureLevel#UNIT} entries speaks of itself as a 部门, and the reverse
 * @param freeYearContexts patterns of the places where any year may be printed (a title in 《》, a
 *     date after 截至)
 * @param freeYearSections headings of the sections in which any year may be printed (立项依据)
 * @param placeholders patterns of template wording that must not be left in a published document
 * @param formerClassNames names of function 类 that a revision of the classification retired, with
 *     the code and name that replaced them
 */
public record DocumentOutline(
    String name,
    ImmutableList<RequiredTable> tables,
    ImmutableMap<DisclosureLevel, ImmutableList<String>> titlePrefixes,
    ImmutableList<RequiredSection> sections,
    ImmutableMap<DisclosureLevel, ImmutableList<String>> otherLevelPhrases,
    ImmutableList<String> freeYearContexts,
    ImmutableList<String> freeYearSections,
    ImmutableList<String> placeholders,
    ImmutableMap<String, String> formerClassNames) {

  /** Checks that no part is null. */
  public DocumentOutline {
    requireNonNull(name, "name");
    requireNonNull(tables, "tables");
    requireNonNull(titlePrefixes, "titlePrefixes");
    requireNonNull(sections, "sections");
    requireNonNull(otherLevelPhrases, "otherLevelPhrases");
    requireNonNull(freeYearContexts, "freeYearContexts");
    requireNonNull(freeYearSections, "freeYearSections");
    requireNonNull(placeholders, "placeholders");
    requireNonNull(formerClassNames, "formerClassNames");
  }

  /**
   * A table the layout prints.
   *
   * @param title its title without year and level, e.g. {@code 政府性基金预算支出功能分类预算表}
   * @param emptySubject what the 注 of the table printed empty must name, e.g. {@code 政府性基金预算}
   */
  public record RequiredTable(String title, String emptySubject) {
    /** Checks that no part is null. */
    public RequiredTable {
      requireNonNull(title, "title");
      requireNonNull(emptySubject, "emptySubject");
    }
  }

  /**
   * A section the layout prints.
   *
   * @param name what a reviewer calls it, e.g. {@code 政府采购}
   * @param heading a pattern its heading (or, for a statement, its paragraph) matches
   * @param levels the levels that must print it
   * @param whenListed whether it is required only when the document's 目录 lists it
   */
  public record RequiredSection(
      String name, String heading, Set<DisclosureLevel> levels, boolean whenListed) {
    /** Checks that no part is null and copies the levels. */
    public RequiredSection {
      requireNonNull(name, "name");
      requireNonNull(heading, "heading");
      levels = ImmutableSet.copyOf(levels);
    }
  }

  private static final Set<DisclosureLevel> BOTH =
      ImmutableSet.of(DisclosureLevel.UNIT, DisclosureLevel.DEPARTMENT);

  private static final DocumentOutline SHANGHAI_PUTUO =
      new DocumentOutline(
          "上海普陀",
          ImmutableList.of(
              new RequiredTable("财务收支预算总表", "财务收支"),
              new RequiredTable("收入预算总表", "收入"),
              new RequiredTable("支出预算总表", "支出"),
              new RequiredTable("财政拨款收支预算总表", "财政拨款"),
              new RequiredTable("一般公共预算支出功能分类预算表", "一般公共预算"),
              new RequiredTable("政府性基金预算支出功能分类预算表", "政府性基金预算"),
              new RequiredTable("国有资本经营预算支出功能分类预算表", "国有资本经营预算"),
              new RequiredTable("一般公共预算基本支出部门预算经济分类预算表", "一般公共预算基本支出"),
              new RequiredTable("“三公”经费和机关运行经费预算表", "“三公”经费")),
          ImmutableMap.of(
              DisclosureLevel.UNIT, ImmutableList.of("预算单位", "单位"),
              DisclosureLevel.DEPARTMENT, ImmutableList.of("部门")),
          ImmutableList.of(
              new RequiredSection("编制说明", "\\d{4}年(单位|部门)预算编制说明", BOTH, false),
              new RequiredSection("其他相关情况说明", "其他相关情况说明", BOTH, false),
              new RequiredSection("“三公”经费", ".{1,3}、\\d{4}年“三公”经费预算情况说明", BOTH, false),
              new RequiredSection("机关运行经费", ".{1,3}、机关运行经费预算", BOTH, false),
              new RequiredSection("政府采购", ".{1,3}、政府采购预算情况", BOTH, false),
              new RequiredSection("绩效目标", ".{1,3}、绩效目标设置情况", BOTH, false),
              new RequiredSection("国有资产", ".{1,3}、国有资产占有使用情况.*", BOTH, false),
              new RequiredSection(
                  "所属单位",
                  ".*部门预算(是)?包括.+的综合收支计划。?",
                  ImmutableSet.of(DisclosureLevel.DEPARTMENT),
                  false),
              new RequiredSection("项目经费情况说明", ".*经费情况说明", BOTH, true)),
          ImmutableMap.of(
              DisclosureLevel.UNIT,
              ImmutableList.of(
                  "部门主要职能",
                  "部门机构设置",
                  "部门预算编制说明",
                  "部门预算表",
                  "区级部门预算",
                  "预算主管部门：",
                  "编制部门：",
                  "本部门",
                  "部门预算安排",
                  "部门财务收支预算总表",
                  "部门收入预算总表",
                  "部门支出预算总表",
                  "部门财政拨款收支预算总表",
                  "部门“三公”经费"),
              DisclosureLevel.DEPARTMENT,
              ImmutableList.of(
                  "单位主要职能",
                  "单位机构设置",
                  "单位预算编制说明",
                  "单位预算表",
                  "区级单位预算",
                  "预算单位：",
                  "编制单位：",
                  "本单位",
                  "单位预算安排",
                  "预算单位财务收支预算总表",
                  "预算单位收入预算总表",
                  "预算单位支出预算总表",
                  "预算单位财政拨款收支预算总表",
                  "单位“三公”经费")),
          ImmutableList.of("《[^《》]*》", "截至[^，。；]{0,16}?日"),
          ImmutableList.of("立项依据"),
          ImmutableList.of(
              "[XxＸｘ×]{2,}",
              "待填写",
              "待补充",
              "此处填写",
              "（增加内容）",
              "\\(增加内容\\)",
              "\\{[^{}]{0,20}\\}",
              "【请[^】]*】"),
          ImmutableMap.of("医疗卫生与计划生育支出", "210 卫生健康支出"));

  /**
   * The layout of 上海市普陀区's 区级 部门预算 and 单位预算 (2024–2025): nine tables with the year and level in
   * their titles, 编制说明, 其他相关情况说明 in five parts, and for a 部门预算 the statement of the units it
   * consolidates; 项目经费情况说明 where the 目录 lists it.
   */
  public static DocumentOutline shanghaiPutuo() {
    return SHANGHAI_PUTUO;
  }

  /** The title prefixes of {@code level}. */
  public List<String> titlePrefixes(DisclosureLevel level) {
    return titlePrefixes.getOrDefault(level, ImmutableList.of());
  }

  /** The phrases that a document of {@code level} must not print. */
  public List<String> otherLevelPhrases(DisclosureLevel level) {
    return otherLevelPhrases.getOrDefault(level, ImmutableList.of());
  }
}
