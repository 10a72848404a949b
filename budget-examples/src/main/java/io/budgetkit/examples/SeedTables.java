package io.budgetkit.examples;

import static io.budgetkit.table.RowKey.economic;
import static io.budgetkit.table.RowKey.function;
import static io.budgetkit.table.RowKey.fund;
import static io.budgetkit.table.RowKey.label;
import static io.budgetkit.table.RowKey.project;
import static io.budgetkit.table.RowKey.total;

import io.budgetkit.model.FundSource;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.TableId;

/**
 * The seed's ten tables as published (seed lines 86-998), figures in 万元 exactly as printed, blank
 * cells blank, row names as printed with the PDF's line breaks removed (letter-spaced labels such
 * as "合 计" are written without their spaces).
 *
 * <p>The extraction lost the column positions of 表2, 表3, 表4, 表5, 表6, 表7 and 表10 wherever a row has
 * blank cells. Each such figure is placed by the identity named in the comment beside it; none is
 * placed by guess.
 */
final class SeedTables {
  private SeedTables() {}

  private static final String BLANK = "";

  static Disclosure all() {
    return Disclosure.builder()
        .addTables(t1(), t2(), t3(), t4(), t5(), t6(), t7(), t8(), t9(), t10())
        .build();
  }

  /** 表1 单位收支总体情况表: income by source, then expenditure by 类, then the two totals. */
  static DisclosureTable t1() {
    return DisclosureTable.builder(TableId.T1)
        .row(label("本年收入"), "一、本年收入", "14,694.77")
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
        .row(fund(FundSource.CARRYOVER_UNIT_FUNDS), "单位资金")
        .row(function("201"), "一般公共服务支出", "195.75")
        .row(function("202"), "外交支出")
        .row(function("203"), "国防支出")
        .row(function("204"), "公共安全支出")
        .row(function("205"), "教育支出")
        .row(function("206"), "科学技术支出")
        .row(function("207"), "文化旅游体育与传媒支出")
        .row(function("208"), "社会保障和就业支出", "14,565.15")
        .row(function("209"), "社会保险基金支出")
        .row(function("210"), "卫生健康支出", "23.98")
        .row(function("211"), "节能环保支出")
        .row(function("212"), "城乡社区支出")
        .row(function("213"), "农林水支出", "121.48")
        .row(function("214"), "交通运输支出")
        .row(function("215"), "资源勘探工业信息等支出")
        .row(function("216"), "商业服务业等支出")
        .row(function("217"), "金融支出")
        .row(function("219"), "援助其他地区支出")
        .row(function("220"), "自然资源海洋气象等支出")
        .row(function("221"), "住房保障支出", "34.69")
        .row(function("222"), "粮油物资储备支出")
        .row(function("223"), "国有资本经营预算支出")
        .row(function("224"), "灾害防治及应急管理支出")
        .row(function("227"), "预备费")
        .row(function("229"), "其他支出")
        .row(function("230"), "转移性支出")
        .row(function("231"), "债务还本支出")
        .row(function("232"), "债务付息支出")
        .row(function("233"), "债务发行费用支出")
        .row(function("234"), "抗疫特别国债安排的支出")
        .row(label("收入总计"), "收入总计", "14,941.05")
        .row(label("支出总计"), "支出总计", "14,941.05")
        .build();
  }

  /**
   * 表2's twelve columns from the seven that carry figures in the seed: 总计, 财政拨款小计, 一般公共预算,
   * 上级一般公共预算转移支付, 财政专户, 单位资金, 财政拨款结转 (the 基金, 国有资本 and 非财政结转 columns are blank throughout).
   */
  private static String[] t2(
      String total,
      String fiscal,
      String general,
      String transfer,
      String special,
      String unit,
      String carryover) {
    return new String[] {
      total, fiscal, general, transfer, BLANK, BLANK, BLANK, BLANK, special, unit, carryover
    };
  }

  /**
   * 表2 单位收入总体情况表. Column placement: 201's 20.00 is 财政专户 and 131.15 单位资金 (表1 prints 财政专户核拨 20.00 and
   * 单位资金 427.95 = 131.15 + 296.80); 208 01 04's 296.80 is 单位资金 (same identity); the 2,752.50 of 208
   * and 79.00 of 213 are 上级转移支付 (表1 转移支付 2,831.50 = 2,752.50 + 79.00, and 一般财力 11,415.32 = 44.60 +
   * 11,312.05 + 23.98 + 34.69 leaves 213 no 一般公共预算); 208's 203.80 and 213's 42.48 are 财政拨款结转 (表1
   * 246.28 = 203.80 + 42.48).
   */
  static DisclosureTable t2() {
    return DisclosureTable.builder(TableId.T2)
        .row(
            function("201"),
            "一般公共服务支出",
            t2("195.75", "44.60", "44.60", BLANK, "20.00", "131.15", BLANK))
        .row(
            function("201 32"),
            "组织事务",
            t2("195.75", "44.60", "44.60", BLANK, "20.00", "131.15", BLANK))
        .row(
            function("201 32 99"),
            "其他组织事务支出",
            t2("195.75", "44.60", "44.60", BLANK, "20.00", "131.15", BLANK))
        .row(
            function("208"),
            "社会保障和就业支出",
            t2("14,565.15", "14,064.55", "11,312.05", "2,752.50", BLANK, "296.80", "203.80"))
        .row(
            function("208 01"),
            "人力资源和社会保障管理事务",
            t2("972.04", "675.24", "675.24", BLANK, BLANK, "296.80", BLANK))
        .row(
            function("208 01 01"),
            "行政运行",
            t2("551.35", "551.35", "551.35", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("208 01 04"),
            "综合业务管理",
            t2("296.80", BLANK, BLANK, BLANK, BLANK, "296.80", BLANK))
        .row(
            function("208 01 50"),
            "事业运行",
            t2("123.89", "123.89", "123.89", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("208 05"),
            "行政事业单位养老支出",
            t2("58.15", "58.15", "58.15", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("208 05 01"),
            "行政单位离退休",
            t2("14.40", "14.40", "14.40", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("208 05 02"),
            "事业单位离退休",
            t2("0.77", "0.77", "0.77", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("208 05 05"),
            "机关事业单位基本养老保险缴费支出",
            t2("42.98", "42.98", "42.98", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("208 07"),
            "就业补助",
            t2("13,438.51", "13,234.71", "10,482.21", "2,752.50", BLANK, BLANK, "203.80"))
        .row(
            function("208 07 99"),
            "其他就业补助支出",
            t2("13,438.51", "13,234.71", "10,482.21", "2,752.50", BLANK, BLANK, "203.80"))
        .row(
            function("208 99"),
            "其他社会保障和就业支出",
            t2("96.45", "96.45", "96.45", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("208 99 99"),
            "其他社会保障和就业支出",
            t2("96.45", "96.45", "96.45", BLANK, BLANK, BLANK, BLANK))
        .row(function("210"), "卫生健康支出", t2("23.98", "23.98", "23.98", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("210 11"),
            "行政事业单位医疗",
            t2("23.98", "23.98", "23.98", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("210 11 01"),
            "行政单位医疗",
            t2("18.42", "18.42", "18.42", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("210 11 02"), "事业单位医疗", t2("5.56", "5.56", "5.56", BLANK, BLANK, BLANK, BLANK))
        .row(function("213"), "农林水支出", t2("121.48", "79.00", BLANK, "79.00", BLANK, BLANK, "42.48"))
        .row(
            function("213 08"),
            "普惠金融发展支出",
            t2("121.48", "79.00", BLANK, "79.00", BLANK, BLANK, "42.48"))
        .row(
            function("213 08 99"),
            "其他普惠金融发展支出",
            t2("121.48", "79.00", BLANK, "79.00", BLANK, BLANK, "42.48"))
        .row(function("221"), "住房保障支出", t2("34.69", "34.69", "34.69", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("221 02"), "住房改革支出", t2("34.69", "34.69", "34.69", BLANK, BLANK, BLANK, BLANK))
        .row(
            function("221 02 01"),
            "住房公积金",
            t2("34.69", "34.69", "34.69", BLANK, BLANK, BLANK, BLANK))
        .row(
            total(),
            "合计",
            t2("14,941.05", "14,246.82", "11,415.32", "2,831.50", "20.00", "427.95", "246.28"))
        .build();
  }

  /**
   * 表3 单位支出总体情况表 (合计, 基本支出, 项目支出). A row with one figure after its total is placed by the column
   * totals: 基本 445.17 = 386.50 (208) + 23.98 (210) + 34.69 (221), so 201 and 213 are project;
   * within 208, 基本 328.35 = 204.46 + 123.89 makes 208 01 04 project and 208 01 50 basic, and 基本
   * 386.50 = 328.35 + 58.15 makes 208 05 basic and 208 07, 208 99 project.
   */
  static DisclosureTable t3() {
    return DisclosureTable.builder(TableId.T3)
        .row(function("201"), "一般公共服务支出", "195.75", BLANK, "195.75")
        .row(function("201 32"), "组织事务", "195.75", BLANK, "195.75")
        .row(function("201 32 99"), "其他组织事务支出", "195.75", BLANK, "195.75")
        .row(function("208"), "社会保障和就业支出", "14,565.15", "386.50", "14,178.65")
        .row(function("208 01"), "人力资源和社会保障管理事务", "972.04", "328.35", "643.69")
        .row(function("208 01 01"), "行政运行", "551.35", "204.46", "346.89")
        .row(function("208 01 04"), "综合业务管理", "296.80", BLANK, "296.80")
        .row(function("208 01 50"), "事业运行", "123.89", "123.89")
        .row(function("208 05"), "行政事业单位养老支出", "58.15", "58.15")
        .row(function("208 05 01"), "行政单位离退休", "14.40", "14.40")
        .row(function("208 05 02"), "事业单位离退休", "0.77", "0.77")
        .row(function("208 05 05"), "机关事业单位基本养老保险缴费支出", "42.98", "42.98")
        .row(function("208 07"), "就业补助", "13,438.51", BLANK, "13,438.51")
        .row(function("208 07 99"), "其他就业补助支出", "13,438.51", BLANK, "13,438.51")
        .row(function("208 99"), "其他社会保障和就业支出", "96.45", BLANK, "96.45")
        .row(function("208 99 99"), "其他社会保障和就业支出", "96.45", BLANK, "96.45")
        .row(function("210"), "卫生健康支出", "23.98", "23.98")
        .row(function("210 11"), "行政事业单位医疗", "23.98", "23.98")
        .row(function("210 11 01"), "行政单位医疗", "18.42", "18.42")
        .row(function("210 11 02"), "事业单位医疗", "5.56", "5.56")
        .row(function("213"), "农林水支出", "121.48", BLANK, "121.48")
        .row(function("213 08"), "普惠金融发展支出", "121.48", BLANK, "121.48")
        .row(function("213 08 99"), "其他普惠金融发展支出", "121.48", BLANK, "121.48")
        .row(function("221"), "住房保障支出", "34.69", "34.69")
        .row(function("221 02"), "住房改革支出", "34.69", "34.69")
        .row(function("221 02 01"), "住房公积金", "34.69", "34.69")
        .row(total(), "合计", "14,941.05", "445.17", "14,495.88")
        .build();
  }

  /**
   * 表4 财政拨款收支预算总体情况表. Income in the 合计 column; each expenditure row's second figure is 一般公共预算 (the
   * only 财政拨款 income: 一般公共预算 14,246.82 = 财政拨款（补助） 14,246.82).
   */
  static DisclosureTable t4() {
    return DisclosureTable.builder(TableId.T4)
        .row(label("财政拨款（补助）"), "一、财政拨款（补助）", "14,246.82")
        .row(fund(FundSource.GENERAL_PUBLIC), "一般公共预算", "14,246.82")
        .row(fund(FundSource.GOVERNMENT_FUND), "政府性基金预算")
        .row(fund(FundSource.STATE_CAPITAL), "国有资本经营预算")
        .row(function("201"), "一般公共服务支出", "44.60", "44.60")
        .row(function("202"), "外交支出")
        .row(function("203"), "国防支出")
        .row(function("204"), "公共安全支出")
        .row(function("205"), "教育支出")
        .row(function("206"), "科学技术支出")
        .row(function("207"), "文化旅游体育与传媒支出")
        .row(function("208"), "社会保障和就业支出", "14,064.55", "14,064.55")
        .row(function("209"), "社会保险基金支出")
        .row(function("210"), "卫生健康支出", "23.98", "23.98")
        .row(function("211"), "节能环保支出")
        .row(function("212"), "城乡社区支出")
        .row(function("213"), "农林水支出", "79.00", "79.00")
        .row(function("214"), "交通运输支出")
        .row(function("215"), "资源勘探工业信息等支出")
        .row(function("216"), "商业服务业等支出")
        .row(function("217"), "金融支出")
        .row(function("219"), "援助其他地区支出")
        .row(function("220"), "自然资源海洋气象等支出")
        .row(function("221"), "住房保障支出", "34.69", "34.69")
        .row(function("222"), "粮油物资储备支出")
        .row(function("223"), "国有资本经营预算支出")
        .row(function("224"), "灾害防治及应急管理支出")
        .row(function("227"), "预备费")
        .row(function("229"), "其他支出")
        .row(function("230"), "转移性支出")
        .row(function("231"), "债务还本支出")
        .row(function("232"), "债务付息支出")
        .row(function("233"), "债务发行费用支出")
        .row(function("234"), "抗疫特别国债还本支出")
        .row(label("收入总计"), "收入总计", "14,246.82")
        .row(label("支出总计"), "支出总计", "14,246.82", "14,246.82")
        .build();
  }

  /**
   * 表5 一般公共预算支出情况表. Single figures after a total are placed as in 表3: 基本 445.17 = 表6 合计, and 项目
   * 13,801.65 = 表7 合计 = 44.60 + 13,678.05 + 79.00.
   */
  static DisclosureTable t5() {
    return DisclosureTable.builder(TableId.T5)
        .row(function("201"), "一般公共服务支出", "44.60", BLANK, "44.60")
        .row(function("201 32"), "组织事务", "44.60", BLANK, "44.60")
        .row(function("201 32 99"), "其他组织事务支出", "44.60", BLANK, "44.60")
        .row(function("208"), "社会保障和就业支出", "14,064.55", "386.50", "13,678.05")
        .row(function("208 01"), "人力资源和社会保障管理事务", "675.24", "328.35", "346.89")
        .row(function("208 01 01"), "行政运行", "551.35", "204.46", "346.89")
        .row(function("208 01 50"), "事业运行", "123.89", "123.89")
        .row(function("208 05"), "行政事业单位养老支出", "58.15", "58.15")
        .row(function("208 05 01"), "行政单位离退休", "14.40", "14.40")
        .row(function("208 05 02"), "事业单位离退休", "0.77", "0.77")
        .row(function("208 05 05"), "机关事业单位基本养老保险缴费支出", "42.98", "42.98")
        .row(function("208 07"), "就业补助", "13,234.71", BLANK, "13,234.71")
        .row(function("208 07 99"), "其他就业补助支出", "13,234.71", BLANK, "13,234.71")
        .row(function("208 99"), "其他社会保障和就业支出", "96.45", BLANK, "96.45")
        .row(function("208 99 99"), "其他社会保障和就业支出", "96.45", BLANK, "96.45")
        .row(function("210"), "卫生健康支出", "23.98", "23.98")
        .row(function("210 11"), "行政事业单位医疗", "23.98", "23.98")
        .row(function("210 11 01"), "行政单位医疗", "18.42", "18.42")
        .row(function("210 11 02"), "事业单位医疗", "5.56", "5.56")
        .row(function("213"), "农林水支出", "79.00", BLANK, "79.00")
        .row(function("213 08"), "普惠金融发展支出", "79.00", BLANK, "79.00")
        .row(function("213 08 99"), "其他普惠金融发展支出", "79.00", BLANK, "79.00")
        .row(function("221"), "住房保障支出", "34.69", "34.69")
        .row(function("221 02"), "住房改革支出", "34.69", "34.69")
        .row(function("221 02 01"), "住房公积金", "34.69", "34.69")
        .row(total(), "合计", "14,246.82", "445.17", "13,801.65")
        .build();
  }

  /**
   * 表6 一般公共预算基本支出情况表 (合计, 人员经费, 公用经费): 301 and 303 rows are 人员经费, 302 rows 公用经费 (人员经费 434.33 =
   * 417.40 + 16.93; 公用经费 10.84). 302 keeps the printed variant 支岀.
   */
  static DisclosureTable t6() {
    return DisclosureTable.builder(TableId.T6)
        .row(economic("301"), "工资福利支出", "417.40", "417.40")
        .row(economic("301 01"), "基本工资", "110.94", "110.94")
        .row(economic("301 02"), "津贴补贴", "155.06", "155.06")
        .row(economic("301 03"), "奖金", "37.18", "37.18")
        .row(economic("301 08"), "机关事业单位基本养老保险缴费", "42.98", "42.98")
        .row(economic("301 10"), "职工基本医疗保险缴费", "23.98", "23.98")
        .row(economic("301 12"), "其他社会保障缴费", "1.90", "1.90")
        .row(economic("301 13"), "住房公积金", "35.64", "35.64")
        .row(economic("301 99"), "其他工资福利支出", "9.72", "9.72")
        .row(economic("302"), "商品和服务支岀", "10.84", BLANK, "10.84")
        .row(economic("302 01"), "办公费", "2.95", BLANK, "2.95")
        .row(economic("302 02"), "印刷费", "0.50", BLANK, "0.50")
        .row(economic("302 04"), "手续费", "0.20", BLANK, "0.20")
        .row(economic("302 13"), "维修(护)费", "0.40", BLANK, "0.40")
        .row(economic("302 28"), "工会经费", "1.57", BLANK, "1.57")
        .row(economic("302 29"), "福利费", "2.82", BLANK, "2.82")
        .row(economic("302 31"), "公务用车运行维护费", "2.40", BLANK, "2.40")
        .row(economic("303"), "对个人和家庭的补助", "16.93", "16.93")
        .row(economic("303 02"), "退休费", "16.93", "16.93")
        .row(total(), "合计", "445.17", "434.33", "10.84")
        .build();
  }

  /**
   * 表7 一般公共预算项目支出情况表 (合计, then 301, 302, 303 …). Placement by the column totals 302 266.78 and 303
   * 13,534.87: 303 = 300.16 (三支一扶) + 13,234.71 (208 07), so 302 = 44.60 (201) + 46.73 (光纤费 30.00 +
   * 人社大楼 16.73) + 96.45 (208 99) + 79.00 (213) = 266.78.
   */
  static DisclosureTable t7() {
    return DisclosureTable.builder(TableId.T7)
        .row(function("201"), "一般公共服务支出", "44.60", BLANK, "44.60")
        .row(function("201 32"), "组织事务", "44.60", BLANK, "44.60")
        .row(project("201 32 99", "仲裁工作经费"), "仲裁工作经费", "4.60", BLANK, "4.60")
        .row(project("201 32 99", "人社工作经费"), "人社工作经费", "40.00", BLANK, "40.00")
        .row(function("208"), "社会保障和就业支出", "13,678.05", BLANK, "143.18", "13,534.87")
        .row(function("208 01"), "人力资源和社会保障管理事务", "346.89", BLANK, "46.73", "300.16")
        .row(
            project("208 01 01", "“三支一扶”人员社保和生活补贴"),
            "“三支一扶”人员社保和生活补贴",
            "300.16",
            BLANK,
            BLANK,
            "300.16")
        .row(project("208 01 01", "人社大楼运行维护费"), "人社大楼运行维护费", "16.73", BLANK, "16.73")
        .row(project("208 01 01", "光纤费"), "光纤费", "30.00", BLANK, "30.00")
        .row(function("208 07"), "就业补助", "13,234.71", BLANK, BLANK, "13,234.71")
        .row(
            project("208 07 99", "2023年中央财政就业补助资金"),
            "2023年中央财政就业补助资金",
            "2,700.00",
            BLANK,
            BLANK,
            "2,700.00")
        .row(
            project("208 07 99", "公益性岗位人员岗位补贴及社保补贴（地方配套）"),
            "公益性岗位人员岗位补贴及社保补贴（地方配套）",
            "10,482.21",
            BLANK,
            BLANK,
            "10,482.21")
        .row(
            project("208 07 99", "关于提前下达2023年自治区就业补助资金预算的通知"),
            "关于提前下达2023年自治区就业补助资金预算的通知",
            "52.50",
            BLANK,
            BLANK,
            "52.50")
        .row(function("208 99"), "其他社会保障和就业支出", "96.45", BLANK, "96.45")
        .row(project("208 99 99", "流动人员人事档案管理服务经费项目"), "流动人员人事档案管理服务经费项目", "96.45", BLANK, "96.45")
        .row(function("213"), "农林水支出", "79.00", BLANK, "79.00")
        .row(function("213 08"), "普惠金融发展支出", "79.00", BLANK, "79.00")
        .row(project("213 08 99", "普惠金融发展专项资金"), "普惠金融发展专项资金", "79.00", BLANK, "79.00")
        .row(total(), "合计", "13,801.65", BLANK, "266.78", "13,534.87")
        .build();
  }

  /** 表8 政府性基金预算支出情况表: empty, with its 备注. */
  static DisclosureTable t8() {
    return DisclosureTable.builder(TableId.T8)
        .row(total(), "合计")
        .note("备注：阿图什市人力资源和社会保障局 2023 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。")
        .build();
  }

  /** 表9 国有资本经营预算支出情况表: empty, with its 备注. */
  static DisclosureTable t9() {
    return DisclosureTable.builder(TableId.T9)
        .row(total(), "合计")
        .note("备注：阿图什市人力资源和社会保障局 2023 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。")
        .build();
  }

  /**
   * 表10 财政拨款“三公”经费支出情况表 (合计, 一般公共预算, 政府性基金, 国有资本经营预算): the second figure of each row is 一般公共预算, the
   * only 财政拨款 of the unit (表4).
   */
  static DisclosureTable t10() {
    return DisclosureTable.builder(TableId.T10)
        .row(total(), "合计", "2.40", "2.40")
        .row(label("因公出国（境）费"), "因公出国（境）费")
        .row(label("公务接待费"), "公务接待费")
        .row(label("公务用车购置及运行费"), "公务用车购置及运行费（小计）", "2.40", "2.40")
        .row(label("公务用车购置费"), "其中：公务用车购置费")
        .row(label("公务用车运行费"), "公务用车运行费", "2.40", "2.40")
        .build();
  }
}
