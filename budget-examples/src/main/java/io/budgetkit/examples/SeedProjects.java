package io.budgetkit.examples;

import static io.budgetkit.project.EvidenceType.EXPLANATORY;
import static io.budgetkit.project.EvidenceType.FORMAL;
import static io.budgetkit.project.EvidenceType.VOUCHER;
import static io.budgetkit.project.EvidenceType.WORKING;
import static io.budgetkit.project.IndicatorCategory.ECONOMIC_BENEFIT;
import static io.budgetkit.project.IndicatorCategory.ECONOMIC_COST;
import static io.budgetkit.project.IndicatorCategory.QUALITY;
import static io.budgetkit.project.IndicatorCategory.QUANTITY;
import static io.budgetkit.project.IndicatorCategory.SATISFACTION;
import static io.budgetkit.project.IndicatorCategory.SOCIAL_BENEFIT;
import static io.budgetkit.project.IndicatorCategory.TIMELINESS;
import static io.budgetkit.project.ScoringRule.DIRECT;
import static io.budgetkit.project.ScoringRule.GRADED;
import static io.budgetkit.project.ScoringRule.PROPORTIONAL;

import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.ScoringRule;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import java.util.List;
import java.util.Optional;

/**
 * The seed's ten projects: every field of each 项目说明 (seed lines 1296-1528) and each project's
 * 项目支出绩效目标表 (lines 1636-5011), as printed with the PDF's line breaks removed.
 *
 * <p>The performance tables come in a different order from the 项目说明; each target is attached to its
 * project here. Every indicator's basis is 计划标准 and every 上年完成值 is blank in the seed.
 */
final class SeedProjects {
  private SeedProjects() {}

  /** The policy basis of the seven projects the bureau decided in its meeting minutes. */
  private static final String MEETING_MINUTES = "根据《阿图什市人力资源和社会保障局会议纪要》阿财预（2023）001 号";

  private static final String UNIT = "阿图什市人力资源和社会保障局";
  private static final String WHOLE_YEAR = "2023 年 1 月-12 月";
  private static final String FISCAL = "财政拨款";
  private static final ScoringRule SURVEY = ScoringRule.SATISFACTION;

  static final String ARBITRATION = "仲裁工作经费";
  static final String HR_WORK = "人社工作经费";
  static final String THREE_SUPPORTS = "“三支一扶”人员社保和生活补贴";
  static final String BUILDING = "人社大楼运行维护费";
  static final String FIBRE = "光纤费";
  static final String CENTRAL_EMPLOYMENT = "2023 年中央财政就业补助资金";
  static final String PUBLIC_WELFARE_POSTS = "公益性岗位人员岗位补贴及社保补贴（地方配套）";
  static final String REGIONAL_EMPLOYMENT = "2023 年自治区就业补助资金预算";
  static final String PERSONNEL_FILES = "流动人员人事档案管理服务经费项目";
  static final String INCLUSIVE_FINANCE = "普惠金融发展专项资金";

  /** The ten projects in the order of the 项目说明. */
  static List<Project> all() {
    return List.of(
        arbitration(),
        hrWork(),
        threeSupports(),
        building(),
        fibre(),
        centralEmployment(),
        publicWelfarePosts(),
        regionalEmployment(),
        personnelFiles(),
        inclusiveFinance());
  }

  private static Project.Builder project(String name, String basis, String scale) {
    Project.Builder b = Project.builder();
    b.name(name).policyBasis(basis).scale(scale).undertaker(UNIT).executionPeriod(WHOLE_YEAR);
    return b;
  }

  private static PerformanceTarget.Builder target(String printedName, String owner, String funds) {
    PerformanceTarget.Builder b = PerformanceTarget.builder();
    b.projectName(printedName).owner(owner).totalFunds(funds).fiscalFunds(funds).otherFunds("0.00");
    return b;
  }

  // 1、仲裁工作经费 (the only basis printed with a space after 》).
  private static Project arbitration() {
    return project(ARBITRATION, "根据《阿图什市人力资源和社会保障局会议纪要》 阿财预（2023）001 号", "4.60")
        .part("办公用品及办公耗材", "2.60")
        .part("公务用车运行维护费", "1.00")
        .part("聘请律师费", "1.00")
        .allocationTotal("4.60")
        .performance(
            target("仲裁工作经费项目", "严元博", "4.60")
                .overallGoal(
                    "根据《阿图什市人力资源和社会保障局会议纪要》。2023 年计划投入仲裁工作经费 2.6万元用于采购办公用品，"
                        + "保障 1辆公务用车正常运转，聘请律师人数 1人，有效保障仲裁工作正常开展。")
                .indicator(QUANTITY, "购买办公用品及办公耗材", ">=3 批", 8, PROPORTIONAL, EXPLANATORY, WORKING)
                .indicator(QUANTITY, "公务用车运行维护费", ">=1 辆", 8, PROPORTIONAL, EXPLANATORY, WORKING)
                .indicator(QUANTITY, "聘请律师人数", ">=1 人", 8, PROPORTIONAL, WORKING, EXPLANATORY)
                .indicator(QUALITY, "业务正常开展率", "=100%", 8, DIRECT, WORKING, EXPLANATORY)
                .indicator(TIMELINESS, "项目结束时间", "2023 年 12 月", 8, PROPORTIONAL, EXPLANATORY)
                .indicator(
                    ECONOMIC_COST,
                    "购买办公用品及办公耗材成本",
                    "=2.60 万元",
                    7,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER)
                .indicator(
                    ECONOMIC_COST, "公务用车运行维护费成本", "=1万元", 7, PROPORTIONAL, EXPLANATORY, VOUCHER)
                .indicator(ECONOMIC_COST, "聘请律师费用成本", "=1万元", 6, PROPORTIONAL, EXPLANATORY, VOUCHER)
                .indicator(SOCIAL_BENEFIT, "保障工作正常开展", "有效保障", 20, GRADED, EXPLANATORY, WORKING)
                .indicator(SATISFACTION, "工作人员满意度", ">=98%", 10, SURVEY, EXPLANATORY, WORKING)
                .build())
        .build();
  }

  // 2、人社工作经费.
  private static Project hrWork() {
    return project(HR_WORK, MEETING_MINUTES, "40.00")
        .part("办公用品及办公耗材", "33.25")
        .part("公务用车运行维护费", "2.00")
        .part("广告制作费用", "4.00")
        .part("消防设备", "0.75")
        .allocationTotal("40.00")
        .performance(
            target("人社工作经费项目", "严元博", "40.00")
                .overallGoal(
                    "根据《阿图什市人力资源和社会保障局会议纪要》。2023 年计划投入人社工作经费 40 万，"
                        + "其中 33.25 万元用于办公用品采购及消防设备，有效保障人社楼正常运转，确保各项业务工作正常开展。")
                .indicator(QUANTITY, "购买办公用品及办公耗材", ">5 批", 7, PROPORTIONAL, EXPLANATORY, WORKING)
                .indicator(QUANTITY, "公务用车数量", "=2 辆", 7, PROPORTIONAL, EXPLANATORY, WORKING)
                .indicator(QUANTITY, "广告制作数量", ">=4 批", 7, PROPORTIONAL, EXPLANATORY, WORKING)
                .indicator(QUANTITY, "购买消防设备", ">=2 批", 7, PROPORTIONAL, EXPLANATORY, WORKING)
                .indicator(QUALITY, "采购质量合格率", "=100%", 7, PROPORTIONAL, WORKING, EXPLANATORY)
                .indicator(TIMELINESS, "项目结束时间", "2023 年 12 月", 5, PROPORTIONAL, EXPLANATORY)
                .indicator(
                    ECONOMIC_COST,
                    "购买办公用品及办公耗材成本",
                    "=33.25 万元",
                    5,
                    PROPORTIONAL,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(
                    ECONOMIC_COST, "公务用车运行维护费成本", "=2 万元", 5, PROPORTIONAL, EXPLANATORY, VOUCHER)
                .indicator(
                    ECONOMIC_COST, "广告制作费用成本", "=4 万元", 5, PROPORTIONAL, EXPLANATORY, VOUCHER)
                .indicator(
                    ECONOMIC_COST, "购买消防设备成本", "=0.75 万元", 5, PROPORTIONAL, VOUCHER, EXPLANATORY)
                .indicator(SOCIAL_BENEFIT, "保障工作正常开展", "有效保障", 20, GRADED, EXPLANATORY, WORKING)
                .indicator(SATISFACTION, "工作人员满意度", ">=98%", 10, SURVEY, EXPLANATORY, WORKING)
                .build())
        .build();
  }

  // 3、“三支一扶”人员社保和生活补贴. 资金分配情况 prints "社保补贴 202.56 元、岗位补贴 97.6": the
  // amounts are 万元 (202.56 + 97.6 = 300.16 万元, the scale) but 202.56 carries the unit 元. Both
  // parts are encoded in 元: 202.56 元 as printed, and 97.6 元 because the list's only printed unit
  // is 元 and the project's own performance goal prints the pair again as "202.56 元，岗位补贴 97.6 元".
  // The validator then reports the slip instead of this encoding hiding half of it.
  private static Project threeSupports() {
    return project(THREE_SUPPORTS, MEETING_MINUTES, "300.16")
        .addAllocation(AllocationPart.of("社保补贴", Amount.ofYuan("202.56")))
        .addAllocation(AllocationPart.of("岗位补贴", Amount.ofYuan("97.6")))
        .fundingSource(FISCAL)
        // "2050.27 人/月" is 元 per person per month: 122 × 2,050.27 × 12 = 300.16 万元.
        .subsidy(
            new SubsidyTerms(
                122,
                new SubsidyStandard(
                    Amount.ofYuan("2050.27"),
                    Optional.of(SubsidyPeriod.MONTH),
                    "2050.27 人/月",
                    MoneyUnit.YUAN),
                "按照标准支出",
                "按照标准支出",
                "按照标准支出",
                "保障“三支一扶”人员社保和生活补贴、提高“三支一扶”人员满意度"))
        .performance(
            target("“三支一扶”人员社保和生活补贴项目", "李莉", "300.16")
                .overallGoal(
                    "根据《阿图什市人力资源和社会保障局会议纪要》。2023 年计划投入“三支一扶”人员社保和生活补贴 300.16 万元，"
                        + "其中社保补贴 202.56 元，岗位补贴 97.6 元，用于“三支一扶”人员安置，实现稳岗就业。")
                .indicator(
                    QUANTITY, "缴纳“三支一扶”社会保险补贴人数", "=122 人", 8, PROPORTIONAL, EXPLANATORY, WORKING)
                .indicator(
                    QUANTITY,
                    "享受“三支一扶”生活补贴人数",
                    "=122 人",
                    8,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    QUALITY, "促进高校毕业生稳岗就业率", ">=98%", 8, GRADED, EXPLANATORY, WORKING, VOUCHER)
                .indicator(
                    TIMELINESS, "项目开始时间", "2023年1月", 8, PROPORTIONAL, EXPLANATORY, VOUCHER, WORKING)
                .indicator(
                    TIMELINESS,
                    "项目结束时间",
                    "=2023年 12月",
                    8,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    ECONOMIC_COST,
                    "缴纳“三支一扶”社会保险补贴成本",
                    "=202.56 万元",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    ECONOMIC_COST,
                    "享受“三支一扶”生活补贴成本",
                    "=97.60 万元",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    SOCIAL_BENEFIT,
                    "促进高校毕业生稳岗就业",
                    "效果显著",
                    20,
                    GRADED,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    SATISFACTION, "“三支一扶”人员满意度", ">=98%", 10, SURVEY, EXPLANATORY, VOUCHER, WORKING)
                .build())
        .build();
  }

  // 4、人社大楼运行维护费.
  private static Project building() {
    return project(BUILDING, MEETING_MINUTES, "16.73")
        .part("办公楼维修维护", "15.23")
        .part("电梯维护费", "1.50")
        .allocationTotal("16.73")
        .performance(
            target("人社大楼运行维护费项目", "严元博", "16.73")
                .overallGoal(
                    "根据《阿图什市人力资源和社会保障局会议纪要》。2023 年计划投入人社大楼运行维护费 16.73 万元，"
                        + "其中 15.23 万元用于维修费、监控安装费、LED 屏挡雨背板安装及维修等、1.5 万元用于电梯维护费，"
                        + "有效保障各项业务工作正常开展。")
                .indicator(
                    QUANTITY, "办公楼维修维护", "=1 幢", 10, PROPORTIONAL, EXPLANATORY, WORKING, VOUCHER)
                .indicator(
                    QUANTITY, "电梯维护费", "=2 部", 10, PROPORTIONAL, EXPLANATORY, VOUCHER, WORKING)
                .indicator(QUALITY, "办公楼正常运转率", "=100%", 10, PROPORTIONAL, EXPLANATORY, WORKING)
                .indicator(
                    TIMELINESS,
                    "项目结束时间",
                    "2023 年 12 月",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    WORKING,
                    VOUCHER)
                .indicator(
                    ECONOMIC_COST,
                    "办公楼维修维护成本",
                    "=15.23 万元",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    WORKING,
                    VOUCHER)
                .indicator(
                    ECONOMIC_COST,
                    "电梯维护费成本",
                    "=1.50 万元",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    SOCIAL_BENEFIT, "保障工作正常开展", "有效保障", 20, GRADED, EXPLANATORY, WORKING, VOUCHER)
                .indicator(
                    SATISFACTION, "工作人员满意度", ">=98%", 10, SURVEY, EXPLANATORY, VOUCHER, WORKING)
                .build())
        .build();
  }

  // 5、光纤费.
  private static Project fibre() {
    return project(FIBRE, MEETING_MINUTES, "30.00")
        .part("保障社保专线", "20.00")
        .part("保障社会化防控专线", "10.00")
        .allocationTotal("30.00")
        .performance(
            target("光纤费项目", "严元博", "30.00")
                .overallGoal(
                    "根据《阿图什市人力资源和社会保障局会议纪要》。2023 年计划投入光纤费 30 万元，"
                        + "其中20 万元用于保障社保专线、10万元用于保障社会化防控专线等网络正常运行。")
                .indicator(QUANTITY, "网络运转期限", "=12 个月", 10, PROPORTIONAL, EXPLANATORY, WORKING)
                .indicator(
                    QUALITY, "网络正常运转率", "=100%", 10, PROPORTIONAL, WORKING, VOUCHER, EXPLANATORY)
                .indicator(
                    TIMELINESS, "项目结束时间", "=2023 年 12 月", 10, PROPORTIONAL, EXPLANATORY, WORKING)
                .indicator(
                    TIMELINESS,
                    "网络故障维修及时率",
                    "=100%",
                    10,
                    PROPORTIONAL,
                    WORKING,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(
                    ECONOMIC_COST,
                    "社保专线成本",
                    "=20 万元",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    ECONOMIC_COST,
                    "社会化防控专线成本",
                    "=10 万元",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    WORKING,
                    VOUCHER)
                .indicator(
                    SOCIAL_BENEFIT, "保障工作正常开展", "有效保障", 20, GRADED, EXPLANATORY, VOUCHER, WORKING)
                .indicator(
                    SATISFACTION, "人员满意度", ">=98%", 10, SURVEY, EXPLANATORY, VOUCHER, WORKING)
                .build())
        .build();
  }

  // 6、2023 年中央财政就业补助资金. 表7 prints the name without the PDF's spaces. Its performance
  // table prints the 社会保险 and 公益性岗位 standards as "人/月" (元 per person per month): kept.
  private static Project centralEmployment() {
    return project(CENTRAL_EMPLOYMENT, "克财社[2022]73 号 2023 年中央财政就业补助资金的通知", "2,700.00")
        .tableName("2023年中央财政就业补助资金")
        .addAllocation(AllocationPart.unpriced("公益性岗位人员岗位补贴和社保补贴"))
        .addAllocation(AllocationPart.unpriced("企业社保补贴"))
        .addAllocation(AllocationPart.unpriced("灵活就业补贴"))
        .allocationTotal("2700.00")
        .fundingSource(FISCAL)
        // 1.54 万元 per person per year: 2,700.00 / 1,756 = 1.5376, printed rounded.
        .subsidy(
            new SubsidyTerms(
                1756,
                new SubsidyStandard(
                    Amount.ofWanYuan("1.54"),
                    Optional.of(SubsidyPeriod.YEAR),
                    "1.54 万元/年",
                    MoneyUnit.WAN_YUAN),
                "公益性岗位人员岗位补贴和社保补贴、企业社保补贴、灵活就业补贴",
                "银行打款",
                "按规定发放",
                "保障公益性岗位人员岗位补贴及社保补贴、企业社保补贴、灵活就业补贴，提高公益性岗位人员满意度"))
        .performance(centralEmploymentTarget())
        .build();
  }

  private static PerformanceTarget centralEmploymentTarget() {
    String byApplications = "根据实际申请补贴人员审核拨付";
    return target("2023 年中央财政就业补助资金", "李莉", "2,700.00")
        .overallGoal("目标 1：城镇登记失业率控制在 4.5%以内。目标 2：高校毕业生就业率达到 88%以上。")
        .indicator(
            QUANTITY,
            "享受职业培训补贴人员数量",
            byApplications,
            3,
            PROPORTIONAL,
            FORMAL,
            WORKING,
            VOUCHER,
            EXPLANATORY)
        .indicator(
            QUANTITY,
            "享受职业技能鉴定补贴人员数量",
            byApplications,
            3,
            PROPORTIONAL,
            FORMAL,
            WORKING,
            EXPLANATORY,
            VOUCHER)
        .indicator(
            QUANTITY,
            "享受社会保险补贴人员数量",
            byApplications,
            2,
            PROPORTIONAL,
            FORMAL,
            VOUCHER,
            WORKING,
            EXPLANATORY)
        .indicator(
            QUANTITY,
            "享受公益性岗位补贴人员数量",
            byApplications,
            2,
            PROPORTIONAL,
            VOUCHER,
            WORKING,
            FORMAL,
            EXPLANATORY)
        .indicator(
            QUANTITY,
            "享受就业见习补贴人员数量",
            byApplications,
            2,
            PROPORTIONAL,
            EXPLANATORY,
            VOUCHER,
            WORKING,
            FORMAL)
        .indicator(
            QUANTITY,
            "符合政策规定的毕业年度高校毕业生享受求职创业补贴比例",
            ">=95%",
            2,
            PROPORTIONAL,
            EXPLANATORY,
            VOUCHER,
            WORKING,
            FORMAL)
        .indicator(
            QUANTITY,
            "国家级高技能人才培训基地建设数量",
            "=0 个",
            3,
            PROPORTIONAL,
            EXPLANATORY,
            VOUCHER,
            WORKING,
            FORMAL)
        .indicator(
            QUANTITY, "大师工作室建设数量", "=0 个", 3, PROPORTIONAL, FORMAL, WORKING, VOUCHER, EXPLANATORY)
        .indicator(
            QUALITY, "职业培训补贴发放准确率", ">=98%", 3, PROPORTIONAL, FORMAL, WORKING, EXPLANATORY, VOUCHER)
        .indicator(
            QUALITY,
            "接受职业培训后取得职业资格证书（或专项职业能力证书、培训合格证书）人员的比例",
            ">=80%",
            3,
            PROPORTIONAL,
            FORMAL,
            WORKING,
            VOUCHER,
            EXPLANATORY)
        .indicator(
            QUALITY, "社会保险补贴发放准确率", ">=98%", 3, PROPORTIONAL, FORMAL, WORKING, VOUCHER, EXPLANATORY)
        .indicator(
            QUALITY, "公益性岗位补贴发放准确率", "=98%", 3, PROPORTIONAL, EXPLANATORY, VOUCHER, WORKING, FORMAL)
        .indicator(
            QUALITY, "就业见习补贴发放准确率", ">=98%", 3, PROPORTIONAL, EXPLANATORY, VOUCHER, FORMAL, WORKING)
        .indicator(QUALITY, "求职创业补贴发放准确率", ">=98%", 2, PROPORTIONAL, VOUCHER, WORKING, EXPLANATORY)
        .indicator(
            TIMELINESS,
            "资金在规定时间内下达率",
            ">=98%",
            2,
            PROPORTIONAL,
            EXPLANATORY,
            VOUCHER,
            WORKING,
            FORMAL)
        .indicator(
            TIMELINESS,
            "补贴资金在规定时间内支付到位率",
            ">=98%",
            1,
            PROPORTIONAL,
            EXPLANATORY,
            VOUCHER,
            WORKING,
            FORMAL)
        .indicator(
            ECONOMIC_COST,
            "职业培训补贴人均标准",
            "=1800 元/人",
            5,
            PROPORTIONAL,
            VOUCHER,
            WORKING,
            FORMAL,
            EXPLANATORY)
        .indicator(
            ECONOMIC_COST,
            "职业技能鉴定补贴人均标准",
            "=160 元/职业（工种）",
            5,
            PROPORTIONAL,
            EXPLANATORY,
            VOUCHER,
            WORKING,
            FORMAL)
        .indicator(
            ECONOMIC_COST,
            "社会保险补贴人均标准",
            "=5738 人/月",
            5,
            PROPORTIONAL,
            FORMAL,
            WORKING,
            VOUCHER,
            EXPLANATORY)
        .indicator(
            ECONOMIC_COST,
            "公益性岗位补贴人均标准",
            "=1580 人/月",
            5,
            PROPORTIONAL,
            FORMAL,
            WORKING,
            VOUCHER,
            EXPLANATORY)
        .indicator(
            ECONOMIC_BENEFIT,
            "农村富余转移就业",
            ">=3.80 万/人/次",
            2,
            PROPORTIONAL,
            EXPLANATORY,
            VOUCHER,
            WORKING,
            FORMAL)
        .indicator(
            ECONOMIC_BENEFIT,
            "城镇新增就业人数",
            ">=1400 人",
            2,
            PROPORTIONAL,
            VOUCHER,
            WORKING,
            FORMAL,
            EXPLANATORY)
        .indicator(
            ECONOMIC_BENEFIT,
            "年末城镇登记失业率",
            "=4.50%",
            3,
            GRADED,
            FORMAL,
            EXPLANATORY,
            VOUCHER,
            WORKING)
        .indicator(
            ECONOMIC_BENEFIT, "年末高校毕业生总体就业率", ">=88%", 3, GRADED, WORKING, VOUCHER, EXPLANATORY)
        .indicator(
            ECONOMIC_BENEFIT,
            "失业人员再就业人数",
            "根据就业工作实际确定",
            3,
            PROPORTIONAL,
            VOUCHER,
            WORKING,
            FORMAL,
            EXPLANATORY)
        .indicator(
            ECONOMIC_BENEFIT,
            "就业困难人员就业人数",
            ">=0.05 万人",
            3,
            PROPORTIONAL,
            EXPLANATORY,
            VOUCHER,
            WORKING,
            FORMAL)
        .indicator(
            SOCIAL_BENEFIT, "零就业家庭帮扶率", ">=95%", 2, GRADED, EXPLANATORY, VOUCHER, WORKING, FORMAL)
        .indicator(
            SOCIAL_BENEFIT,
            "因就业问题发生重大群体性事件数量",
            "=0 个",
            2,
            PROPORTIONAL,
            EXPLANATORY,
            VOUCHER,
            WORKING)
        .indicator(SATISFACTION, "公共就业服务满意度", ">=95%", 5, SURVEY, EXPLANATORY, VOUCHER, WORKING)
        .indicator(
            SATISFACTION,
            "就业扶持政策经办服务满意度",
            ">=95%",
            5,
            SURVEY,
            VOUCHER,
            WORKING,
            FORMAL,
            EXPLANATORY)
        .build();
  }

  // 7、公益性岗位人员岗位补贴及社保补贴（地方配套）.
  private static Project publicWelfarePosts() {
    return project(PUBLIC_WELFARE_POSTS, MEETING_MINUTES, "10,482.21")
        .part("社保补贴", "3509.22")
        .part("岗位补贴", "6972.99")
        .fundingSource(FISCAL)
        // 4.9 万元 per person per year: 10,482.21 / 2,141 = 4.8959, printed rounded to one decimal.
        .subsidy(
            new SubsidyTerms(
                2141,
                new SubsidyStandard(
                    Amount.ofWanYuan("4.9"),
                    Optional.of(SubsidyPeriod.YEAR),
                    "4.9 万元/年",
                    MoneyUnit.WAN_YUAN),
                "公益性岗位人员岗位补贴及社保补贴",
                "银行打卡",
                "按规定发放",
                "保障公益性岗位人员（地方配套）岗位补贴及社保补贴，提高公益性岗位人员满意度"))
        .performance(
            target("公益性岗位人员岗位补贴及社保补贴（地方配套）项目", "李莉", "10,482.21")
                .overallGoal(
                    "根据《阿图什市人力资源和社会保障局会议纪要》。2023 年计划投入公益性岗位人员岗位补贴及社保补贴（地方配套）"
                        + "10482.21 万元，其中社保补贴 3509.22 元，岗位补贴 6972.99元，用于公益性岗位安置，"
                        + "实现就业困难人员稳岗就业。")
                .indicator(
                    QUANTITY,
                    "发放地方公益性岗位人员岗位补贴人员数量",
                    "=1684 人",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    QUANTITY,
                    "缴纳地方公益性岗位人员社保补贴人员数量",
                    "=3171 人",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    QUALITY, "促进地方公益性岗位人员稳岗就业率", ">=98%", 10, GRADED, EXPLANATORY, VOUCHER, WORKING)
                .indicator(
                    TIMELINESS,
                    "项目结束时间",
                    "2023 年 12月",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    WORKING,
                    VOUCHER)
                .indicator(
                    ECONOMIC_COST,
                    "发放地方公益性岗位人员岗位补贴成本",
                    "=6972.99 万元",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    ECONOMIC_COST,
                    "缴纳地方公益性岗位人员社保补贴成本",
                    "=3509.22 万元",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    SOCIAL_BENEFIT,
                    "促进地方公益性岗位人员稳岗就业",
                    "有效促进",
                    20,
                    GRADED,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    SATISFACTION, "人员满意度", ">=98%", 10, SURVEY, EXPLANATORY, WORKING, VOUCHER)
                .build())
        .build();
  }

  // 8、2023 年自治区就业补助资金预算: 表7 prints the title of the notice that funds it, and the
  // performance table names it 2023 年自治区就业补助金.
  private static Project regionalEmployment() {
    return project(REGIONAL_EMPLOYMENT, "克财社[2022]101 号：关于提前下达2023 年自治区就业补助资金预算的通知", "52.50")
        .tableName("关于提前下达2023年自治区就业补助资金预算的通知")
        .addAllocation(AllocationPart.unpriced("自治区就业补助资金"))
        .addAllocation(AllocationPart.unpriced("以奖代补资金"))
        .allocationTotal("52.50")
        .fundingSource(FISCAL)
        // "774.34 元/" lost its period; 678 × 774.34 元 = 52.50 万元, so it is per person per year
        // (or once), but the document does not say which: the period stays empty.
        .subsidy(
            new SubsidyTerms(
                678,
                new SubsidyStandard(
                    Amount.ofYuan("774.34"), Optional.empty(), "774.34 元/", MoneyUnit.YUAN),
                "就业补助人员",
                "银行卡发放",
                "按规定发放",
                "保障就业质量，提高就业人员满意度"))
        .performance(
            target("2023 年自治区就业补助金", "李莉", "52.50")
                .overallGoal(
                    "多渠道促进就业创业。坚决贯彻自治区党委决策部署，扎实推进南疆四地州贫困有组织转移就业工作，"
                        + "抓好高校毕业生、就业困难人员等重点群体就业工作。加强创业政策扶持，切实发挥创业带动就业倍增效应。"
                        + "保障 2023 年自治区农村转移就业目标任务顺利完成，确保全年实现转移就业 3.8 万人次。")
                .indicator(
                    QUANTITY,
                    "农村富余转移就业人数",
                    ">=3.8 万人",
                    6,
                    PROPORTIONAL,
                    FORMAL,
                    WORKING,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(
                    QUANTITY,
                    "公共就业服务活动次数",
                    ">=3 次",
                    6,
                    PROPORTIONAL,
                    FORMAL,
                    WORKING,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(
                    QUANTITY,
                    "公共就业服务建设项目",
                    "=1项",
                    6,
                    PROPORTIONAL,
                    FORMAL,
                    WORKING,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(QUALITY, "动态稳岗率", ">=90%", 6, PROPORTIONAL, FORMAL, WORKING, VOUCHER)
                .indicator(
                    QUALITY, "有组织转移完成率", ">=100%", 6, GRADED, WORKING, VOUCHER, EXPLANATORY, FORMAL)
                .indicator(
                    TIMELINESS,
                    "资金及时到位率",
                    "=100%",
                    5,
                    PROPORTIONAL,
                    FORMAL,
                    WORKING,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(
                    TIMELINESS,
                    "在规定时限内拨付资金的地区比例",
                    "=100%",
                    5,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING,
                    FORMAL)
                .indicator(
                    ECONOMIC_COST,
                    "转移就业以奖代补成本",
                    "=26 万元",
                    7,
                    PROPORTIONAL,
                    FORMAL,
                    WORKING,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(
                    ECONOMIC_COST,
                    "全区公共就业服务活动开展补助",
                    "=1.50 万元",
                    6,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING,
                    FORMAL)
                .indicator(
                    ECONOMIC_COST,
                    "公共就业服务标准化建设",
                    "=25 万元",
                    7,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING,
                    FORMAL)
                .indicator(
                    SOCIAL_BENEFIT,
                    "促进社会就业，维护社会稳定",
                    "有效促进",
                    20,
                    GRADED,
                    EXPLANATORY,
                    VOUCHER,
                    FORMAL,
                    WORKING)
                .indicator(
                    SATISFACTION,
                    "受益人员满意度",
                    ">=95%",
                    10,
                    SURVEY,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING,
                    FORMAL)
                .build())
        .build();
  }

  // 9、流动人员人事档案管理服务经费项目. The performance goal splits the same 96.45 万元 differently
  // (31.72 for office supplies plus 3, 2 and 5 万元 of items the 资金分配情况 does not list): kept.
  private static Project personnelFiles() {
    return project(PERSONNEL_FILES, MEETING_MINUTES, "96.45")
        .part("购买文件柜和其他柜类成本", "5.00")
        .part("购买纸质档案和其他档案盒成本", "22.00")
        .part("购买就业服务和其他服务类成本", "27.73")
        .part("购买办公用品及办公耗材成本", "41.72")
        .allocationTotal("96.45")
        .performance(
            target(PERSONNEL_FILES, "李莉", "96.45")
                .overallGoal(
                    "根据《阿图什市人力资源和社会保障局会议纪要》。2023 年计划投入流动人员人事档案管理服务经费 96.45 万元，"
                        + "其中 31.72 万元用于购买办公用品及办公耗材、22 万元用于购买纸质档案和其他档案盒、"
                        + "5 万元用于购买文件柜和其他柜类、27.73 万元用于购买就业服务和其他服务类、"
                        + "3万元用于购买维修和保养服务、2万元用于购买清洁用品、5 万元用于邮寄费。")
                .indicator(
                    QUANTITY, "购买文件柜和其他柜类", ">=4 批", 7, PROPORTIONAL, EXPLANATORY, WORKING, VOUCHER)
                .indicator(
                    QUANTITY,
                    "购买纸质档案和其他档案盒",
                    ">=50 个",
                    7,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    QUANTITY,
                    "购买就业服务和其他服务类",
                    ">=4 批",
                    7,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    QUANTITY,
                    "购买办公用品及办公耗材",
                    ">=6 批",
                    7,
                    PROPORTIONAL,
                    EXPLANATORY,
                    WORKING,
                    VOUCHER)
                .indicator(QUALITY, "办公用品合格率", "=100%", 6, PROPORTIONAL, WORKING, EXPLANATORY)
                .indicator(
                    TIMELINESS,
                    "项目结束时间",
                    "2023 年 12 月",
                    6,
                    PROPORTIONAL,
                    EXPLANATORY,
                    WORKING,
                    VOUCHER)
                .indicator(
                    ECONOMIC_COST,
                    "购买文件柜和其他柜类成本",
                    "=5 万元",
                    5,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    ECONOMIC_COST,
                    "购买纸质档案和其他档案盒成本",
                    "=22 万元",
                    5,
                    PROPORTIONAL,
                    EXPLANATORY,
                    WORKING,
                    VOUCHER)
                .indicator(
                    ECONOMIC_COST,
                    "购买就业服务和其他服务类成本",
                    "=27.73 万元",
                    5,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    ECONOMIC_COST,
                    "购买办公用品及办公耗材成本",
                    "=41.72 万元",
                    5,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING)
                .indicator(
                    SOCIAL_BENEFIT, "有效保障工作正常开展", "效果明显", 20, GRADED, EXPLANATORY, VOUCHER, WORKING)
                .indicator(
                    SATISFACTION, "工作人员满意度", ">=98%", 10, SURVEY, EXPLANATORY, VOUCHER, WORKING)
                .build())
        .build();
  }

  // 10、普惠金融发展专项资金. 担保代偿率 targets a figure published elsewhere.
  private static Project inclusiveFinance() {
    return project(INCLUSIVE_FINANCE, "克财金（2022）29 号：提前下达普惠金融发展专项 2023 年自治区级预算", "79.00")
        .part("创业担保贷款中央贴息资金", "79.00")
        .performance(
            target(INCLUSIVE_FINANCE, "严元博", "79.00")
                .overallGoal(
                    "目标 1：支持重点就业群体、小微企业、“三农”融资发展，增强金融普惠性。"
                        + "目标 2：减轻创业者和用人单位负担，支持劳动者自主创业、自谋职业，引导用人单位创造更多就业岗位。")
                .indicator(
                    QUANTITY,
                    "创业担保贷款发放额",
                    ">=200 万元",
                    10,
                    PROPORTIONAL,
                    FORMAL,
                    WORKING,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(
                    QUANTITY,
                    "各地县监督检查次数",
                    ">=1 次",
                    10,
                    PROPORTIONAL,
                    FORMAL,
                    WORKING,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(
                    QUALITY, "奖补资金足额拨付率", "=100%", 10, PROPORTIONAL, WORKING, VOUCHER, EXPLANATORY)
                .indicator(
                    QUALITY,
                    "地方配套到位率",
                    "=100%",
                    10,
                    PROPORTIONAL,
                    EXPLANATORY,
                    VOUCHER,
                    WORKING,
                    FORMAL)
                .indicator(
                    TIMELINESS,
                    "财政部门拨付贴息资金时限（审核通过）",
                    "=30 日",
                    10,
                    GRADED,
                    FORMAL,
                    WORKING,
                    EXPLANATORY,
                    VOUCHER)
                .addIndicator(
                    PerformanceIndicator.builder()
                        .category(ECONOMIC_BENEFIT)
                        .name("担保代偿率")
                        .target(IndicatorTarget.reference("上年全国融资担保行业平均代偿率"))
                        .basis("计划标准")
                        .weight(15)
                        .scoring(PROPORTIONAL)
                        .addEvidence(FORMAL, WORKING, VOUCHER, EXPLANATORY)
                        .build())
                .indicator(
                    SOCIAL_BENEFIT,
                    "创业担保贷款贴息政策知晓率",
                    ">=90%",
                    15,
                    PROPORTIONAL,
                    WORKING,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(
                    SATISFACTION,
                    "申报创业担保贷款个人创业者满意度",
                    ">=90%",
                    5,
                    SURVEY,
                    FORMAL,
                    WORKING,
                    VOUCHER,
                    EXPLANATORY)
                .indicator(
                    SATISFACTION,
                    "申报创业担保贷款小微企业满意度",
                    ">=90%",
                    5,
                    SURVEY,
                    FORMAL,
                    VOUCHER,
                    WORKING,
                    EXPLANATORY)
                .build())
        .build();
  }
}
