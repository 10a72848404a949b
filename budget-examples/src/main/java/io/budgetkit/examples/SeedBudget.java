package io.budgetkit.examples;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.model.AssetHolding;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.GlossaryEntry;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.OperatingCosts;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.StateAssets;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.project.Project;
import io.budgetkit.table.Disclosure;
import java.math.BigDecimal;
import java.util.List;

/**
 * The seed disclosure, the 2023 budget of 阿图什市人力资源和社会保障局, encoded in full: profile, projects with
 * their performance targets, the line-level budget, the narrative figures, the other disclosed
 * facts, and the ten tables as published.
 *
 * <p>Everything is as printed, including the document's own slips (see the comments where they
 * occur); nothing is corrected. The basic-expenditure lines of {@link #lines()} cross 表5 with 表6,
 * which the seed never does: that crossing is <b>ILLUSTRATIVE</b>, one allocation consistent with
 * both published marginals. Each call builds fresh immutable values.
 */
public final class SeedBudget {
  private SeedBudget() {}

  /** The unit's name. */
  public static final String UNIT = "阿图什市人力资源和社会保障局";

  /** Part 1 概况: 11 functions, 8 divisions, no subordinate units, staffing 31 / 42. */
  public static UnitProfile profile() {
    return UnitProfile.builder()
        .name(UNIT)
        .addFunctions(
            "（一）贯彻执行国家、自治区、自治州人力资源和社会保障事业发展规划、政策，组织起草人力资源和社会保障地方性法规和规章草案，" + "拟定相关政策和措施并组织实施和监督检查。",
            "（二）拟定并组织实施全市人力资源市场发展规划和人力资源流动政策，建立全市统一规范的人力资源市场，" + "促进人力资源合理流动、有限配置。",
            "（三）负责促进就业工作。",
            "（四）统筹建立覆盖城乡的社会保障体系。",
            "（五）负责就业、失业、社会保险基金预测预警和信息引导，拟定应对预案，实施预防、调节和控制，" + "保持就业形势稳定和社会保险基金总体收支平衡。",
            "（六）会同有关阿图什市人力资源和社会保障局拟定机关、事业单位人员工资收入分配制度改革实施意见，"
                + "促进建立企事业单位人员工资正常增长和支付保障机制，落实机关企事业单位人员福利和离退休政策，"
                + "参与市级企业劳动模范评定工作。",
            "（七）会同有关阿图什市人力资源和社会保障局指导事业单位人事制度改革，拟定事业单位人员和机关工勤人员管理办法，"
                + "参与人才管理工作，制定专业技术人员管理和继续教育规划，牵头推进深化职称制度改革工作，"
                + "负责全市专业技术人才选拔和培养工作。",
            "（八）会同有关阿图什市人力资源和社会保障局拟定农民工工作规划，推动农民工相关政策的落实，" + "协调解决重点难点问题，维护农民工合法权益。",
            "（九）统筹实施劳动、人事、争议调解仲裁制度；落实劳动关系政策，完善劳动关系协调机制；"
                + "监督落实消除非法使用童工政策和女工、未成年工的特殊劳动保护政策；组织实施劳动监察，"
                + "协调劳动者维权工作，依法查处重大案件。",
            "(十)受理人力资源和社会保障方面信访事项，拟订信访工作预案;" + "会同有关部门协调处理有关人力资源和社会保障局方面的重大信访事件或突发事件。",
            "(十一)按照“管行业必须管安全、管业务必须管安全”的要求，对本行业领域安全生产负行业监管(行业主管)职责，" + "组织开展本行业领域安全生产宣传教育、日常监督检查工作。")
        .addDivisions(
            "办公室",
            "事业单位管理和专业技术人员管理室",
            "社会保险综合管理室",
            "就业促进室",
            "工资福利室",
            "劳动保障监察大队和劳动人事争议仲裁室",
            "阿图什市公共就业服务中心",
            "阿图什市社会保险中心")
        .subordinateUnits(0)
        .staffing(
            Staffing.builder()
                .authorized(31)
                .actual(42)
                .count(StaffCategory.IN_SERVICE, 26, 0)
                .count(StaffCategory.RETIRED, 16, 0)
                .count(StaffCategory.VETERAN_RETIRED, 0, 0)
                .build())
        .build();
  }

  /** The ten projects (项目说明 and 项目支出绩效目标表), in the order of the 项目说明. */
  public static List<Project> projects() {
    return SeedProjects.all();
  }

  /**
   * The line-level budget, whose marginals are the published tables. The crossing of basic lines by
   * function 项 and economic 款 is ILLUSTRATIVE (see the class comment).
   */
  public static List<BudgetLine> lines() {
    return SeedLines.all();
  }

  /** Every narrative figure of Part 3, as printed, in printed order. */
  public static List<NarrativeFigure> narrative() {
    return SeedNarrative.all();
  }

  /** 财政拨款“三公”经费: 2.40 万元, all 公务用车运行费. */
  public static ThreePublicCosts threePublicCosts() {
    Amount none = wan("0.00");
    return new ThreePublicCosts(none, none, none, wan("2.40"));
  }

  /** 机关运行经费 10.84 万元, of the bureau alone (0 subordinate administrative or public units). */
  public static OperatingCosts operatingCosts() {
    return new OperatingCosts(wan("10.84"), 0, 0);
  }

  /** 政府采购: 281.41 = 货物 200.78 + 工程 0.00 + 服务 80.63; reserved 275.17, of which 273.82. */
  public static GovernmentProcurement procurement() {
    return new GovernmentProcurement(
        wan("281.41"), wan("200.78"), wan("0.00"), wan("80.63"), wan("275.17"), wan("273.82"));
  }

  /** 国有资产占用使用情况 at the end of 2022. */
  public static StateAssets assets() {
    return StateAssets.builder()
        .asOf("2022 年底")
        .buildingArea(new BigDecimal("1433.39"))
        .buildingValue(wan("440.65"))
        .vehicles(new AssetHolding(2, wan("21.86")))
        .generalVehicles(new AssetHolding(1, wan("10.93")))
        .enforcementVehicles(new AssetHolding(1, wan("10.93")))
        .otherVehicles(new AssetHolding(0, wan("0.00")))
        .furnitureValue(wan("116.78"))
        .otherValue(wan("443.18"))
        .equipmentOver50(0)
        .equipmentOver100(0)
        .plannedEquipmentOver50(0)
        .plannedEquipmentOver100(0)
        .plannedVehiclePurchase(false)
        .build();
  }

  /** 预算绩效情况: 10 财政拨款 projects, 13,801.65 万元; no others. */
  public static PerformanceSummary performanceSummary() {
    return new PerformanceSummary(10, wan("13,801.65"), 0, wan("0.00"));
  }

  /** The whole budget for fiscal year 2023. */
  public static UnitBudget budget() {
    return UnitBudget.builder()
        .profile(profile())
        .fiscalYear(2023)
        .addAllLines(lines())
        .addAllProjects(projects())
        .addAllNarrative(narrative())
        .threePublicCosts(threePublicCosts())
        .operatingCosts(operatingCosts())
        .procurement(procurement())
        .assets(assets())
        .performanceSummary(performanceSummary())
        .otherMatters("我单位无其他需说明事项。")
        .addAllGlossary(glossary())
        .build();
  }

  /** Part 4, 名词解释, as printed (the PDF's line breaks and one stray space removed). */
  public static List<GlossaryEntry> glossary() {
    return List.of(
        new GlossaryEntry("财政拨款", "指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。"),
        new GlossaryEntry("一般公共预算", "包括公共财政拨款（补助）资金、专项收入。"),
        new GlossaryEntry("财政专户管理资金", "包括专户管理行政事业性收费（主要是教育收费）、其他非税收入。"),
        new GlossaryEntry("其他资金", "包括事业收入、事业经营收入、其他收入等。"),
        new GlossaryEntry("基本支出", "包括人员经费、公用经费（定额）。其中，人员经费包括工资福利支出、对个人和家庭的补助。"),
        new GlossaryEntry("项目支出", "单位支出预算的组成部分，是各单位为完成其特定的行政任务或事业发展目标，在基本支出预算之外编制的年度项目支出计划。"),
        new GlossaryEntry(
            "“三公”经费",
            "指因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、"
                + "住宿费、伙食费、培训费、公杂费等支出；公务用车运行维护费反映单位按规定保留的公务用车租用费、燃料费、维修费、过路过桥费、保险费、"
                + "安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。"),
        new GlossaryEntry(
            "机关运行经费",
            "指各单位的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、"
                + "办公用房取暖费、办公用房物业管理费、公务用车运行维护费及其他费用。"));
  }

  /**
   * The ten tables as the seed publishes them, as entered (表1–表10, figures in 万元 exactly as
   * printed).
   */
  public static Disclosure published() {
    return SeedTables.all();
  }

  /**
   * The ten published tables in the seed's layout ({@code xinjiang-atushi-2023-unit}), the form the
   * document holds them in.
   */
  public static PrintedTables tables() {
    return Layouts.inSeedLayout(published());
  }

  /** The budget together with its published tables, in the seed's layout. */
  public static BudgetDocument document() {
    return BudgetDocument.of(budget(), tables());
  }

  private static Amount wan(String figure) {
    return Amount.ofWanYuan(figure);
  }
}
