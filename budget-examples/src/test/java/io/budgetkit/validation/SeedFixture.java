package io.budgetkit.validation;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SeedBudget;
import io.budgetkit.json.Layouts;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.Measure;
import io.budgetkit.model.OperatingCosts;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.Project;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import java.util.Optional;

/**
 * The seed's published tables (表1–表10), narrative figures and disclosed facts as printed in
 * 000_dd81992bf81926c3.txt (阿图什市人力资源和社会保障局, 2023), entered by hand. Column placements lost by the
 * text extraction (表2, 表4, 表7) are recovered from the column totals.
 */
final class SeedFixture {
  private SeedFixture() {}

  static final String UNIT = "阿图什市人力资源和社会保障局";

  static RowKey f(String code) {
    return RowKey.function(code);
  }

  static RowKey e(String code) {
    return RowKey.economic(code);
  }

  static RowKey fund(FundSource s) {
    return RowKey.fund(s);
  }

  static DisclosureTable t1() {
    DisclosureTable.Builder b = DisclosureTable.builder(TableId.T1);
    b.row(RowKey.label("本年收入"), "一、本年收入", "14,694.77")
        .row(fund(FundSource.GENERAL_PUBLIC), "1.一般公共预算拨款", "14,246.82")
        .row(fund(FundSource.GENERAL_PUBLIC_LOCAL), "其中：一般财力", "11,415.32")
        .row(fund(FundSource.GENERAL_PUBLIC_TRANSFER), "上级一般公共预算安排转移支付", "2,831.50")
        .row(fund(FundSource.GOVERNMENT_FUND), "2.基金预算拨款")
        .row(fund(FundSource.GOVERNMENT_FUND_LOCAL), "其中：政府性基金收入")
        .row(fund(FundSource.GOVERNMENT_FUND_TRANSFER), "上级政府性基金安排转移支付")
        .row(fund(FundSource.STATE_CAPITAL), "3.国有资本经营预算拨款")
        .row(fund(FundSource.STATE_CAPITAL_LOCAL), "其中：国有资本经营收入")
        .row(fund(FundSource.STATE_CAPITAL_TRANSFER), "上级国有资本经营预算安排转移支付")
        .row(fund(FundSource.SPECIAL_ACCOUNT), "4.财政专户核拨", "20.00")
        .row(fund(FundSource.UNIT_FUNDS), "5.单位资金", "427.95")
        .row(fund(FundSource.BUSINESS_INCOME), "其中：事业收入")
        .row(fund(FundSource.SUPERIOR_SUBSIDY), "上级补助收入")
        .row(fund(FundSource.AFFILIATE_REMITTANCE), "附属单位上缴收入")
        .row(fund(FundSource.OPERATING_INCOME), "事业单位经营收入")
        .row(fund(FundSource.OTHER_INCOME), "其他收入", "427.95")
        .row(fund(FundSource.CARRYOVER), "二、上年结转结余", "246.28")
        .row(fund(FundSource.FISCAL_CARRYOVER), "1.财政拨款结转", "246.28")
        .row(fund(FundSource.CARRYOVER_GENERAL_PUBLIC), "其中：一般公共预算拨款", "246.28")
        .row(fund(FundSource.CARRYOVER_GOVERNMENT_FUND), "基金预算拨款")
        .row(fund(FundSource.CARRYOVER_STATE_CAPITAL), "国有资本经营预算拨款")
        .row(fund(FundSource.NON_FISCAL_CARRYOVER), "2.非财政拨款结转结余")
        .row(fund(FundSource.CARRYOVER_SPECIAL_ACCOUNT), "其中：财政专户核拨")
        .row(fund(FundSource.CARRYOVER_UNIT_FUNDS), "单位资金");
    String[][] classes = {
      {"201", "一般公共服务支出", "195.75"},
      {"202", "外交支出", ""},
      {"203", "国防支出", ""},
      {"204", "公共安全支出", ""},
      {"205", "教育支出", ""},
      {"206", "科学技术支出", ""},
      {"207", "文化旅游体育与传媒支出", ""},
      {"208", "社会保障和就业支出", "14,565.15"},
      {"209", "社会保险基金支出", ""},
      {"210", "卫生健康支出", "23.98"},
      {"211", "节能环保支出", ""},
      {"212", "城乡社区支出", ""},
      {"213", "农林水支出", "121.48"},
      {"214", "交通运输支出", ""},
      {"215", "资源勘探工业信息等支出", ""},
      {"216", "商业服务业等支出", ""},
      {"217", "金融支出", ""},
      {"219", "援助其他地区支出", ""},
      {"220", "自然资源海洋气象等支出", ""},
      {"221", "住房保障支出", "34.69"},
      {"222", "粮油物资储备支出", ""},
      {"223", "国有资本经营预算支出", ""},
      {"224", "灾害防治及应急管理支出", ""},
      {"227", "预备费", ""},
      {"229", "其他支出", ""},
      {"230", "转移性支出", ""},
      {"231", "债务还本支出", ""},
      {"232", "债务付息支出", ""},
      {"233", "债务发行费用支出", ""},
      {"234", "抗疫特别国债安排的支出", ""}
    };
    for (String[] c : classes) {
      b.row(f(c[0]), c[1], c[2]);
    }
    return b.row(RowKey.label("收入总计"), "收入总计", "14,941.05")
        .row(RowKey.label("支出总计"), "支出总计", "14,941.05")
        .build();
  }

  /** 表2 in its column order: 总计, 小计, 一般公共预算, 上级转移支付, 基金 ×2, 国资 ×2, 专户, 单位资金, 结转 ×2. */
  static DisclosureTable t2() {
    String[] org = {"195.75", "44.60", "44.60", "", "", "", "", "", "20.00", "131.15"};
    String[] pension = {"58.15", "58.15", "58.15"};
    String[] jobs = {
      "13,438.51", "13,234.71", "10,482.21", "2,752.50", "", "", "", "", "", "", "203.80"
    };
    String[] other = {"96.45", "96.45", "96.45"};
    String[] health = {"23.98", "23.98", "23.98"};
    String[] finance = {"121.48", "79.00", "", "79.00", "", "", "", "", "", "", "42.48"};
    String[] housing = {"34.69", "34.69", "34.69"};
    return DisclosureTable.builder(TableId.T2)
        .row(f("201"), "一般公共服务支出", org)
        .row(f("201 32"), "组织事务", org)
        .row(f("201 32 99"), "其他组织事务支出", org)
        .row(
            f("208"),
            "社会保障和就业支出",
            "14,565.15",
            "14,064.55",
            "11,312.05",
            "2,752.50",
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
            "972.04",
            "675.24",
            "675.24",
            "",
            "",
            "",
            "",
            "",
            "",
            "296.80")
        .row(f("208 01 01"), "行政运行", "551.35", "551.35", "551.35")
        .row(f("208 01 04"), "综合业务管理", "296.80", "", "", "", "", "", "", "", "", "296.80")
        .row(f("208 01 50"), "事业运行", "123.89", "123.89", "123.89")
        .row(f("208 05"), "行政事业单位养老支出", pension)
        .row(f("208 05 01"), "行政单位离退休", "14.40", "14.40", "14.40")
        .row(f("208 05 02"), "事业单位离退休", "0.77", "0.77", "0.77")
        .row(f("208 05 05"), "机关事业单位基本养老保险缴费支出", "42.98", "42.98", "42.98")
        .row(f("208 07"), "就业补助", jobs)
        .row(f("208 07 99"), "其他就业补助支出", jobs)
        .row(f("208 99"), "其他社会保障和就业支出", other)
        .row(f("208 99 99"), "其他社会保障和就业支出", other)
        .row(f("210"), "卫生健康支出", health)
        .row(f("210 11"), "行政事业单位医疗", health)
        .row(f("210 11 01"), "行政单位医疗", "18.42", "18.42", "18.42")
        .row(f("210 11 02"), "事业单位医疗", "5.56", "5.56", "5.56")
        .row(f("213"), "农林水支出", finance)
        .row(f("213 08"), "普惠金融发展支出", finance)
        .row(f("213 08 99"), "其他普惠金融发展支出", finance)
        .row(f("221"), "住房保障支出", housing)
        .row(f("221 02"), "住房改革支出", housing)
        .row(f("221 02 01"), "住房公积金", housing)
        .row(
            RowKey.total(),
            "合计",
            "14,941.05",
            "14,246.82",
            "11,415.32",
            "2,831.50",
            "",
            "",
            "",
            "",
            "20.00",
            "427.95",
            "246.28")
        .build();
  }

  static DisclosureTable t3() {
    return DisclosureTable.builder(TableId.T3)
        .row(f("201"), "一般公共服务支出", "195.75", "", "195.75")
        .row(f("201 32"), "组织事务", "195.75", "", "195.75")
        .row(f("201 32 99"), "其他组织事务支出", "195.75", "", "195.75")
        .row(f("208"), "社会保障和就业支出", "14,565.15", "386.50", "14,178.65")
        .row(f("208 01"), "人力资源和社会保障管理事务", "972.04", "328.35", "643.69")
        .row(f("208 01 01"), "行政运行", "551.35", "204.46", "346.89")
        .row(f("208 01 04"), "综合业务管理", "296.80", "", "296.80")
        .row(f("208 01 50"), "事业运行", "123.89", "123.89")
        .row(f("208 05"), "行政事业单位养老支出", "58.15", "58.15")
        .row(f("208 05 01"), "行政单位离退休", "14.40", "14.40")
        .row(f("208 05 02"), "事业单位离退休", "0.77", "0.77")
        .row(f("208 05 05"), "机关事业单位基本养老保险缴费支出", "42.98", "42.98")
        .row(f("208 07"), "就业补助", "13,438.51", "", "13,438.51")
        .row(f("208 07 99"), "其他就业补助支出", "13,438.51", "", "13,438.51")
        .row(f("208 99"), "其他社会保障和就业支出", "96.45", "", "96.45")
        .row(f("208 99 99"), "其他社会保障和就业支出", "96.45", "", "96.45")
        .row(f("210"), "卫生健康支出", "23.98", "23.98")
        .row(f("210 11"), "行政事业单位医疗", "23.98", "23.98")
        .row(f("210 11 01"), "行政单位医疗", "18.42", "18.42")
        .row(f("210 11 02"), "事业单位医疗", "5.56", "5.56")
        .row(f("213"), "农林水支出", "121.48", "", "121.48")
        .row(f("213 08"), "普惠金融发展支出", "121.48", "", "121.48")
        .row(f("213 08 99"), "其他普惠金融发展支出", "121.48", "", "121.48")
        .row(f("221"), "住房保障支出", "34.69", "34.69")
        .row(f("221 02"), "住房改革支出", "34.69", "34.69")
        .row(f("221 02 01"), "住房公积金", "34.69", "34.69")
        .row(RowKey.total(), "合计", "14,941.05", "445.17", "14,495.88")
        .build();
  }

  static DisclosureTable t4() {
    DisclosureTable.Builder b =
        DisclosureTable.builder(TableId.T4)
            .row(RowKey.label("财政拨款（补助）"), "一、财政拨款（补助）", "14,246.82")
            .row(fund(FundSource.GENERAL_PUBLIC), "一般公共预算", "14,246.82")
            .row(fund(FundSource.GOVERNMENT_FUND), "政府性基金预算")
            .row(fund(FundSource.STATE_CAPITAL), "国有资本经营预算");
    String[][] classes = {
      {"201", "44.60"}, {"202", ""}, {"203", ""}, {"204", ""}, {"205", ""}, {"206", ""},
      {"207", ""}, {"208", "14,064.55"}, {"209", ""}, {"210", "23.98"}, {"211", ""}, {"212", ""},
      {"213", "79.00"}, {"214", ""}, {"215", ""}, {"216", ""}, {"217", ""}, {"219", ""},
      {"220", ""}, {"221", "34.69"}, {"222", ""}, {"223", ""}, {"224", ""}, {"227", ""},
      {"229", ""}, {"230", ""}, {"231", ""}, {"232", ""}, {"233", ""}, {"234", ""}
    };
    for (String[] c : classes) {
      b.row(f(c[0]), c[0], c[1], c[1]);
    }
    return b.row(RowKey.label("收入总计"), "收入总计", "14,246.82")
        .row(RowKey.label("支出总计"), "支出总计", "14,246.82", "14,246.82")
        .build();
  }

  static DisclosureTable t5() {
    return DisclosureTable.builder(TableId.T5)
        .row(f("201"), "一般公共服务支出", "44.60", "", "44.60")
        .row(f("201 32"), "组织事务", "44.60", "", "44.60")
        .row(f("201 32 99"), "其他组织事务支出", "44.60", "", "44.60")
        .row(f("208"), "社会保障和就业支出", "14,064.55", "386.50", "13,678.05")
        .row(f("208 01"), "人力资源和社会保障管理事务", "675.24", "328.35", "346.89")
        .row(f("208 01 01"), "行政运行", "551.35", "204.46", "346.89")
        .row(f("208 01 50"), "事业运行", "123.89", "123.89")
        .row(f("208 05"), "行政事业单位养老支出", "58.15", "58.15")
        .row(f("208 05 01"), "行政单位离退休", "14.40", "14.40")
        .row(f("208 05 02"), "事业单位离退休", "0.77", "0.77")
        .row(f("208 05 05"), "机关事业单位基本养老保险缴费支出", "42.98", "42.98")
        .row(f("208 07"), "就业补助", "13,234.71", "", "13,234.71")
        .row(f("208 07 99"), "其他就业补助支出", "13,234.71", "", "13,234.71")
        .row(f("208 99"), "其他社会保障和就业支出", "96.45", "", "96.45")
        .row(f("208 99 99"), "其他社会保障和就业支出", "96.45", "", "96.45")
        .row(f("210"), "卫生健康支出", "23.98", "23.98")
        .row(f("210 11"), "行政事业单位医疗", "23.98", "23.98")
        .row(f("210 11 01"), "行政单位医疗", "18.42", "18.42")
        .row(f("210 11 02"), "事业单位医疗", "5.56", "5.56")
        .row(f("213"), "农林水支出", "79.00", "", "79.00")
        .row(f("213 08"), "普惠金融发展支出", "79.00", "", "79.00")
        .row(f("213 08 99"), "其他普惠金融发展支出", "79.00", "", "79.00")
        .row(f("221"), "住房保障支出", "34.69", "34.69")
        .row(f("221 02"), "住房改革支出", "34.69", "34.69")
        .row(f("221 02 01"), "住房公积金", "34.69", "34.69")
        .row(RowKey.total(), "合计", "14,246.82", "445.17", "13,801.65")
        .build();
  }

  static DisclosureTable t6() {
    return DisclosureTable.builder(TableId.T6)
        .row(e("301"), "工资福利支出", "417.40", "417.40")
        .row(e("301 01"), "基本工资", "110.94", "110.94")
        .row(e("301 02"), "津贴补贴", "155.06", "155.06")
        .row(e("301 03"), "奖金", "37.18", "37.18")
        .row(e("301 08"), "机关事业单位基本养老保险缴费", "42.98", "42.98")
        .row(e("301 10"), "职工基本医疗保险缴费", "23.98", "23.98")
        .row(e("301 12"), "其他社会保障缴费", "1.90", "1.90")
        .row(e("301 13"), "住房公积金", "35.64", "35.64")
        .row(e("301 99"), "其他工资福利支出", "9.72", "9.72")
        .row(e("302"), "商品和服务支出", "10.84", "", "10.84")
        .row(e("302 01"), "办公费", "2.95", "", "2.95")
        .row(e("302 02"), "印刷费", "0.50", "", "0.50")
        .row(e("302 04"), "手续费", "0.20", "", "0.20")
        .row(e("302 13"), "维修(护)费", "0.40", "", "0.40")
        .row(e("302 28"), "工会经费", "1.57", "", "1.57")
        .row(e("302 29"), "福利费", "2.82", "", "2.82")
        .row(e("302 31"), "公务用车运行维护费", "2.40", "", "2.40")
        .row(e("303"), "对个人和家庭的补助", "16.93", "16.93")
        .row(e("303 02"), "退休费", "16.93", "16.93")
        .row(RowKey.total(), "合计", "445.17", "434.33", "10.84")
        .build();
  }

  /** 表7 in its column order: 合计, 301, 302, 303, …. */
  static DisclosureTable t7() {
    return DisclosureTable.builder(TableId.T7)
        .row(f("201"), "一般公共服务支出", "44.60", "", "44.60")
        .row(f("201 32"), "组织事务", "44.60", "", "44.60")
        .row(RowKey.project("201 32 99", "仲裁工作经费"), "仲裁工作经费", "4.60", "", "4.60")
        .row(RowKey.project("201 32 99", "人社工作经费"), "人社工作经费", "40.00", "", "40.00")
        .row(f("208"), "社会保障和就业支出", "13,678.05", "", "143.18", "13,534.87")
        .row(f("208 01"), "人力资源和社会保障管理事务", "346.89", "", "46.73", "300.16")
        .row(
            RowKey.project("208 01 01", "“三支一扶”人员社保和生活补贴"),
            "“三支一扶”人员社保和生活补贴",
            "300.16",
            "",
            "",
            "300.16")
        .row(RowKey.project("208 01 01", "人社大楼运行维护费"), "人社大楼运行维护费", "16.73", "", "16.73")
        .row(RowKey.project("208 01 01", "光纤费"), "光纤费", "30.00", "", "30.00")
        .row(f("208 07"), "就业补助", "13,234.71", "", "", "13,234.71")
        .row(
            RowKey.project("208 07 99", "2023年中央财政就业补助资金"),
            "2023年中央财政就业补助资金",
            "2,700.00",
            "",
            "",
            "2,700.00")
        .row(
            RowKey.project("208 07 99", "公益性岗位人员岗位补贴及社保补贴（地方配套）"),
            "公益性岗位人员岗位补贴及社保补贴（地方配套）",
            "10,482.21",
            "",
            "",
            "10,482.21")
        .row(
            RowKey.project("208 07 99", "关于提前下达2023年自治区就业补助资金预算的通知"),
            "关于提前下达2023年自治区就业补助资金预算的通知",
            "52.50",
            "",
            "",
            "52.50")
        .row(f("208 99"), "其他社会保障和就业支出", "96.45", "", "96.45")
        .row(
            RowKey.project("208 99 99", "流动人员人事档案管理服务经费项目"),
            "流动人员人事档案管理服务经费项目",
            "96.45",
            "",
            "96.45")
        .row(f("213"), "农林水支出", "79.00", "", "79.00")
        .row(f("213 08"), "普惠金融发展支出", "79.00", "", "79.00")
        .row(RowKey.project("213 08 99", "普惠金融发展专项资金"), "普惠金融发展专项资金", "79.00", "", "79.00")
        .row(RowKey.total(), "合计", "13,801.65", "", "266.78", "13,534.87")
        .build();
  }

  static DisclosureTable t8() {
    return DisclosureTable.builder(TableId.T8)
        .row(RowKey.total(), "合计")
        .note(UNIT + " 2023 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。")
        .build();
  }

  static DisclosureTable t9() {
    return DisclosureTable.builder(TableId.T9)
        .row(RowKey.total(), "合计")
        .note(UNIT + " 2023 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。")
        .build();
  }

  static DisclosureTable t10() {
    return DisclosureTable.builder(TableId.T10)
        .row(RowKey.total(), "合计", "2.40", "2.40")
        .row(RowKey.label("因公出国（境）费"), "因公出国（境）费")
        .row(RowKey.label("公务接待费"), "公务接待费")
        .row(RowKey.label("公务用车购置及运行费"), "公务用车购置及运行费（小计）", "2.40", "2.40")
        .row(RowKey.label("公务用车购置费"), "其中：公务用车购置费")
        .row(RowKey.label("公务用车运行费"), "公务用车运行费", "2.40", "2.40")
        .build();
  }

  static Disclosure published() {
    return Disclosure.builder()
        .addTables(t1(), t2(), t3(), t4(), t5(), t6(), t7(), t8(), t9(), t10())
        .build();
  }

  static Amount wan(String figure) {
    return Amount.ofWanYuan(figure);
  }

  static Project.Builder project(String name, String scale) {
    return Project.builder()
        .name(name)
        .policyBasis("根据《阿图什市人力资源和社会保障局会议纪要》阿财预（2023）001 号")
        .scale(scale)
        .undertaker(UNIT)
        .executionPeriod("2023 年 1 月-12 月");
  }

  static SubsidyTerms subsidy(
      int recipients, Amount perPerson, SubsidyPeriod period, String printed, MoneyUnit unit) {
    return new SubsidyTerms(
        recipients,
        new SubsidyStandard(perPerson, Optional.ofNullable(period), printed, unit),
        "按照标准支出",
        "按照标准支出",
        "按规定发放",
        "");
  }

  /** The budget: profile, projects, the narrative figures and the disclosed facts; no lines. */
  static UnitBudget budget() {
    UnitProfile profile =
        UnitProfile.builder()
            .name(UNIT)
            .staffing(SeedBudget.budget().profile().staffing().orElseThrow())
            .build();
    UnitBudget.Builder b = UnitBudget.builder().profile(profile).fiscalYear(2023);
    b.addProjects(
        project("仲裁工作经费", "4.60")
            .part("办公用品及办公耗材", "2.60")
            .part("公务用车运行维护费", "1.00")
            .part("聘请律师费", "1.00")
            .allocationTotal("4.60")
            .build(),
        project("人社工作经费", "40.00")
            .part("办公用品及办公耗材", "33.25")
            .part("公务用车运行维护费", "2.00")
            .part("广告制作费用", "4.00")
            .part("消防设备", "0.75")
            .allocationTotal("40.00")
            .build(),
        project("“三支一扶”人员社保和生活补贴", "300.16")
            .addAllocation(AllocationPart.of("社保补贴", Amount.ofYuan("202.56")))
            .addAllocation(AllocationPart.of("岗位补贴", Amount.ofYuan("97.6")))
            .fundingSource("财政拨款")
            .subsidy(
                subsidy(
                    122,
                    Amount.ofYuan("2050.27"),
                    SubsidyPeriod.MONTH,
                    "2050.27 人/月",
                    MoneyUnit.YUAN))
            .build(),
        project("人社大楼运行维护费", "16.73")
            .part("办公楼维修维护", "15.23")
            .part("电梯维护费", "1.50")
            .allocationTotal("16.73")
            .build(),
        project("光纤费", "30.00")
            .part("保障社保专线", "20.00")
            .part("保障社会化防控专线", "10.00")
            .allocationTotal("30.00")
            .build(),
        project("2023 年中央财政就业补助资金", "2,700.00")
            .tableName("2023年中央财政就业补助资金")
            .policyBasis("克财社[2022]73 号 2023 年中央财政就业补助资金的通知")
            .addAllocation(AllocationPart.unpriced("公益性岗位人员岗位补贴和社保补贴、企业社保补贴、灵活就业补贴"))
            .allocationTotal("2700.00")
            .fundingSource("财政拨款")
            .subsidy(
                subsidy(1756, wan("1.54"), SubsidyPeriod.YEAR, "1.54 万元/年", MoneyUnit.WAN_YUAN))
            .build(),
        project("公益性岗位人员岗位补贴及社保补贴（地方配套）", "10,482.21")
            .part("社保补贴", "3509.22")
            .part("岗位补贴", "6972.99")
            .fundingSource("财政拨款")
            .subsidy(subsidy(2141, wan("4.9"), SubsidyPeriod.YEAR, "4.9 万元/年", MoneyUnit.WAN_YUAN))
            .build(),
        project("2023 年自治区就业补助资金预算", "52.50")
            .tableName("关于提前下达2023年自治区就业补助资金预算的通知")
            .policyBasis("克财社[2022]101 号")
            .addAllocation(AllocationPart.unpriced("自治区就业补助资金、以奖代补资金"))
            .allocationTotal("52.50")
            .fundingSource("财政拨款")
            .subsidy(subsidy(678, Amount.ofYuan("774.34"), null, "774.34 元/", MoneyUnit.YUAN))
            .build(),
        project("流动人员人事档案管理服务经费项目", "96.45")
            .part("购买文件柜和其他柜类成本", "5.00")
            .part("购买纸质档案和其他档案盒成本", "22.00")
            .part("购买就业服务和其他服务类成本", "27.73")
            .part("购买办公用品及办公耗材成本", "41.72")
            .allocationTotal("96.45")
            .build(),
        project("普惠金融发展专项资金", "79.00")
            .policyBasis("克财金（2022）29 号")
            .part("创业担保贷款中央贴息资金", "79.00")
            .build());
    figures(b);
    return b.operatingCosts(new OperatingCosts(wan("10.84"), 0, 0))
        .threePublicCosts(new ThreePublicCosts(wan("0"), wan("0"), wan("0"), wan("2.40")))
        .procurement(
            new GovernmentProcurement(
                wan("281.41"), wan("200.78"), wan("0"), wan("80.63"), wan("275.17"), wan("273.82")))
        .performanceSummary(new PerformanceSummary(10, wan("13,801.65"), 0, wan("0")))
        .build();
  }

  /** The narrative figures of lines 1003–1400, in document order. */
  static void figures(UnitBudget.Builder b) {
    b.figure(x -> x.label("收支总预算").measure(Measure.INCOME_TOTAL).wanYuan("14,941.05"))
        .figure(
            x ->
                x.label("一般公共预算")
                    .measure(Measure.INCOME_BY_FUND)
                    .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                    .wanYuan("11,415.32")
                    .share("76.40%")
                    .yearOnYear("10,622.61", "1,340.04%"))
        .figure(
            x ->
                x.label("上级一般公共预算安排的转移支付资金")
                    .measure(Measure.INCOME_BY_FUND)
                    .fund(FundSource.GENERAL_PUBLIC_TRANSFER)
                    .wanYuan("2,831.50")
                    .share("18.95%")
                    .yearOnYear("2,831.50", "100.00%"))
        .figure(
            x ->
                x.label("财政专户管理（教育收费）资金")
                    .measure(Measure.INCOME_BY_FUND)
                    .fund(FundSource.SPECIAL_ACCOUNT)
                    .wanYuan("20")
                    .share("0.13%")
                    .yearOnYear("20.00", "100.00%"))
        .figure(
            x ->
                x.label("单位资金")
                    .measure(Measure.INCOME_BY_FUND)
                    .fund(FundSource.UNIT_FUNDS)
                    .wanYuan("427.95")
                    .share("2.86%")
                    .yearOnYear("427.95", "100.00%"))
        .figure(
            x ->
                x.label("财政拨款结转")
                    .measure(Measure.INCOME_BY_FUND)
                    .fund(FundSource.FISCAL_CARRYOVER)
                    .wanYuan("246.28")
                    .share("1.66%")
                    .yearOnYear("246.28", "100.00%"))
        .figure(x -> x.label("支出预算").measure(Measure.EXPENDITURE_TOTAL).wanYuan("14,941.05"))
        .figure(
            x ->
                x.label("基本支出")
                    .measure(Measure.BASIC)
                    .wanYuan("445.17")
                    .share("2.98%")
                    .yearOnYear("46.19", "11.58%"))
        .figure(
            x ->
                x.label("项目支出")
                    .measure(Measure.PROJECT)
                    .wanYuan("14,495.88")
                    .share("97.02%")
                    .yearOnYear("14,102.15", "3,581.68%"))
        .figure(x -> x.label("财政拨款收支总预算").measure(Measure.FISCAL_TOTAL).wanYuan("14,246.82"))
        .figure(
            x ->
                x.label("一般公共预算拨款")
                    .measure(Measure.INCOME_BY_FUND)
                    .fund(FundSource.GENERAL_PUBLIC)
                    .wanYuan("14,246.82"));
    String[][] fiscalByClass = {
      {"一般公共服务支出", "201", "44.60"},
      {"社会保障和就业支出", "208", "14,064.55"},
      {"卫生健康支出", "210", "23.98"},
      {"农林水支出", "213", "79.00"},
      {"住房保障支出", "221", "34.69"}
    };
    for (String[] c : fiscalByClass) {
      b.figure(x -> x.label(c[0]).measure(Measure.FISCAL_BY_FUNCTION).function(c[1]).wanYuan(c[2]));
    }
    b.figure(x -> x.label("一般公共预算拨款合计").measure(Measure.GENERAL_PUBLIC_TOTAL).wanYuan("14,246.82"))
        .figure(
            x ->
                x.label("一般公共预算 基本支出")
                    .measure(Measure.GENERAL_PUBLIC_BASIC)
                    .wanYuan("445.17")
                    .yearOnYear("46.19", "11.58%"))
        .figure(
            x ->
                x.label("一般公共预算 项目支出")
                    .measure(Measure.GENERAL_PUBLIC_PROJECT)
                    .wanYuan("13,801.65")
                    .yearOnYear("13,407.92", "3,405.36%"));
    String[][] gpByClass = {
      {"社会保障和就业支出（类）", "208", "14,064.55", "98.72%"},
      {"卫生健康支出（类）", "210", "23.98", "0.17%"},
      {"住房保障支出（类）", "221", "34.69", "0.25%"},
      {"一般公共服务支出（类）", "201", "44.60", "0.31%"},
      {"农林水支出（类）", "213", "79.00", "0.55%"}
    };
    for (String[] c : gpByClass) {
      b.figure(
          x ->
              x.label(c[0])
                  .measure(Measure.GENERAL_PUBLIC_BY_FUNCTION)
                  .function(c[1])
                  .wanYuan(c[2])
                  .share(c[3]));
    }
    String[][] gpByItem = {
      {"行政运行（项）", "208 01 01", "551.35", "9.23", "1.70%"},
      {"事业运行（项）", "208 01 50", "123.89", "25.28", "25.64%"},
      {"行政单位离退休（项）", "208 05 01", "14.40", "0.00", "0.00%"},
      {"事业单位离退休（项）", "208 05 02", "0.77", "0.00", "0.00%"},
      {"机关事业单位基本养老保险缴费支出（项）", "208 05 05", "42.98", "5.12", "13.52%"},
      {"行政单位医疗（项）", "210 11 01", "18.42", "-4.25", "-18.75%"},
      {"事业单位医疗（项）", "210 11 02", "5.56", "0.55", "10.98%"},
      {"住房公积金（项）", "221 02 01", "34.69", "3.42", "10.94%"},
      {"其他组织事务支出（项）", "201 32 99", "44.60", "44.60", "100.00%"},
      {"其他就业补助支出（项）", "208 07 99", "13,234.71", "13,234.71", "100.00%"},
      {"其他社会保障和就业支出（项）", "208 99 99", "96.45", "96.45", "100.00%"},
      {"其他普惠金融发展支出（项）", "213 08 99", "79.00", "79.00", "100.00%"},
      {"外交支出（类）国际发展合作（款）行政运行（项）", "202 08 01", "0.00", "-40.00", "-100.00%"}
    };
    for (String[] c : gpByItem) {
      b.figure(
          x ->
              x.label(c[0])
                  .measure(Measure.GENERAL_PUBLIC_BY_FUNCTION)
                  .function(c[1])
                  .wanYuan(c[2])
                  .yearOnYear(c[3], c[4]));
    }
    b.figure(x -> x.label("人员经费").measure(Measure.GENERAL_PUBLIC_PERSONNEL).wanYuan("434.33"))
        .figure(x -> x.label("公用经费").measure(Measure.GENERAL_PUBLIC_OPERATING).wanYuan("10.84"))
        .figure(
            x ->
                x.label("财政拨款“三公”经费")
                    .measure(Measure.THREE_PUBLIC_TOTAL)
                    .wanYuan("2.40")
                    .yearOnYear("0.00", "0.00%"))
        .figure(
            x ->
                x.label("因公出国（境）费")
                    .measure(Measure.THREE_PUBLIC_OVERSEAS)
                    .wanYuan("0.00")
                    .yearOnYear("0.00", "0.00%"))
        .figure(
            x ->
                x.label("公务用车购置费")
                    .measure(Measure.THREE_PUBLIC_VEHICLE_PURCHASE)
                    .wanYuan("0.00")
                    .yearOnYear("0.00", "0.00%"))
        .figure(
            x ->
                x.label("公务用车运行费")
                    .measure(Measure.THREE_PUBLIC_VEHICLE_OPERATION)
                    .wanYuan("2.40")
                    .yearOnYear("0.00", "0.00%"))
        .figure(
            x ->
                x.label("公务接待费")
                    .measure(Measure.THREE_PUBLIC_RECEPTION)
                    .wanYuan("0.00")
                    .yearOnYear("0.00", "0.00%"))
        .figure(
            x ->
                x.label("机关运行经费")
                    .measure(Measure.OPERATING_COSTS)
                    .wanYuan("10.84")
                    .yearOnYear("0.13", "1.21%"))
        .figure(
            x ->
                x.label("预算绩效管理的财政拨款项目")
                    .measure(Measure.PERFORMANCE_FISCAL_PROJECTS)
                    .wanYuan("13,801.65"));
  }

  /** A document of {@code budget} and ten tables as entered, in the seed's layout. */
  static BudgetDocument doc(UnitBudget budget, Disclosure tables) {
    return BudgetDocument.of(budget, Layouts.inSeedLayout(tables));
  }

  static BudgetDocument document() {
    return SeedFixture.doc(budget(), published());
  }
}
