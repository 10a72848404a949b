package io.budgetkit.examples;

import static io.budgetkit.examples.SeedProjects.ARBITRATION;
import static io.budgetkit.examples.SeedProjects.BUILDING;
import static io.budgetkit.examples.SeedProjects.CENTRAL_EMPLOYMENT;
import static io.budgetkit.examples.SeedProjects.FIBRE;
import static io.budgetkit.examples.SeedProjects.HR_WORK;
import static io.budgetkit.examples.SeedProjects.INCLUSIVE_FINANCE;
import static io.budgetkit.examples.SeedProjects.PERSONNEL_FILES;
import static io.budgetkit.examples.SeedProjects.PUBLIC_WELFARE_POSTS;
import static io.budgetkit.examples.SeedProjects.REGIONAL_EMPLOYMENT;
import static io.budgetkit.examples.SeedProjects.THREE_SUPPORTS;
import static io.budgetkit.model.FundSource.CARRYOVER_GENERAL_PUBLIC;
import static io.budgetkit.model.FundSource.GENERAL_PUBLIC_LOCAL;
import static io.budgetkit.model.FundSource.GENERAL_PUBLIC_TRANSFER;
import static io.budgetkit.model.FundSource.OTHER_INCOME;
import static io.budgetkit.model.FundSource.SPECIAL_ACCOUNT;

import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.FundSource;
import java.util.List;

/**
 * The line-level budget behind the seed's tables, rebuilt from the marginals it publishes.
 *
 * <p>Fund sources per 项 come from 表2, placed by its identities; basic expenditure per 项 from 表5 and
 * per economic 款 from 表6; project lines from 表7 (project × economic 类) and, for money outside
 * 一般公共预算, from 表3 less 表5. Every published marginal is reproduced exactly.
 *
 * <p><b>ILLUSTRATIVE:</b> the seed never crosses 表5 (basic by function 项) with 表6 (basic by
 * economic 款). The crossing of the basic lines below is one allocation consistent with both
 * marginals, not a published fact: where a 项 matches a 款 one to one it is placed there, and the
 * remaining salaries are split between 行政运行 and 事业运行 at chosen round figures.
 */
final class SeedLines {
  private SeedLines() {}

  static List<BudgetLine> all() {
    return List.of(
        // 201 32 99 其他组织事务支出 195.75 (表2: 一般公共预算 44.60, 财政专户 20.00, 单位资金 131.15;
        // 44.60 + 20.00 + 131.15 = 195.75, and 表1 puts 财政专户 20.00 and 单位资金 427.95 =
        // 131.15 + 296.80 in those columns). All project (表3). 表7: both projects under 302,
        // the 201 row's 44.60 being the only figure after its total.
        project("201 32 99", "302", GENERAL_PUBLIC_LOCAL, ARBITRATION, "4.60"),
        project("201 32 99", "302", GENERAL_PUBLIC_LOCAL, HR_WORK, "40.00"),
        // 财政专户 and 单位资金 project money has no named project in 表7 (which covers
        // 一般公共预算 only) and no economic classification anywhere in the seed.
        unnamed("201 32 99", SPECIAL_ACCOUNT, "20.00"),
        unnamed("201 32 99", OTHER_INCOME, "131.15"),

        // 208 01 01 行政运行 551.35, all 一般公共预算 (表2). 表3/表5: basic 204.46, project 346.89.
        // ILLUSTRATIVE basic crossing (204.46 = 193.62 人员经费 + 10.84 公用经费):
        personnel("208 01 01", "301 01", "66.94"),
        personnel("208 01 01", "301 02", "93.06"),
        personnel("208 01 01", "301 03", "19.29"),
        personnel("208 01 01", "301 12", "1.90"),
        // 301 13 住房公积金 35.64 = 221 02 01's 34.69 + 0.95 placed here.
        personnel("208 01 01", "301 13", "0.95"),
        personnel("208 01 01", "301 99", "9.72"),
        // 303 02 退休费 16.93 = 208 05 01's 14.40 + 208 05 02's 0.77 + 1.76 placed here.
        personnel("208 01 01", "303 02", "1.76"),
        // All 公用经费 (表6 302, 10.84) is placed under 行政运行.
        operating("208 01 01", "302 01", "2.95"),
        operating("208 01 01", "302 02", "0.50"),
        operating("208 01 01", "302 04", "0.20"),
        operating("208 01 01", "302 13", "0.40"),
        operating("208 01 01", "302 28", "1.57"),
        operating("208 01 01", "302 29", "2.82"),
        operating("208 01 01", "302 31", "2.40"),
        // Projects per 表7: 300.16 under 303 (the 208 01 row's 303 figure), 16.73 + 30.00 = 46.73
        // under 302 (its 302 figure); 300.16 + 46.73 = 346.89.
        project("208 01 01", "303", GENERAL_PUBLIC_LOCAL, THREE_SUPPORTS, "300.16"),
        project("208 01 01", "302", GENERAL_PUBLIC_LOCAL, BUILDING, "16.73"),
        project("208 01 01", "302", GENERAL_PUBLIC_LOCAL, FIBRE, "30.00"),

        // 208 01 04 综合业务管理 296.80: 单位资金 (表2's only figure after the total), project
        // (表3), absent from 表5 and 表7.
        unnamed("208 01 04", OTHER_INCOME, "296.80"),

        // 208 01 50 事业运行 123.89, basic, 一般公共预算. ILLUSTRATIVE crossing, salaries only:
        // with 208 01 01 these make 301 01 110.94, 301 02 155.06, 301 03 37.18 (表6).
        personnel("208 01 50", "301 01", "44.00"),
        personnel("208 01 50", "301 02", "62.00"),
        personnel("208 01 50", "301 03", "17.89"),

        // 208 05 行政事业单位养老支出, basic, 一般公共预算. 208 05 05 matches 301 08 (42.98) exactly;
        // the two 离退休 项 are 退休费 (303 02).
        personnel("208 05 01", "303 02", "14.40"),
        personnel("208 05 02", "303 02", "0.77"),
        personnel("208 05 05", "301 08", "42.98"),

        // 208 07 99 其他就业补助支出 13,438.51 = 一般公共预算 10,482.21 + 上级转移支付 2,752.50 +
        // 财政拨款结转 203.80 (表2). The transfer column is fixed by 表1: 2,831.50 = 2,752.50 +
        // 213's 79.00. The local project is the 地方配套 one (10,482.21 exactly); the transfer
        // funds the central 2,700.00 and the regional 52.50 (2,700.00 + 52.50 = 2,752.50). All
        // three projects are 303 (表7: the 208 07 row's 13,234.71 sits in the 303 column, which
        // totals 13,534.87 = 13,234.71 + 300.16).
        project("208 07 99", "303", GENERAL_PUBLIC_TRANSFER, CENTRAL_EMPLOYMENT, "2,700.00"),
        project("208 07 99", "303", GENERAL_PUBLIC_LOCAL, PUBLIC_WELFARE_POSTS, "10,482.21"),
        project("208 07 99", "303", GENERAL_PUBLIC_TRANSFER, REGIONAL_EMPLOYMENT, "52.50"),
        // The carry-over is project money (表3 13,438.51 all project) outside 表5/表7.
        unnamed("208 07 99", CARRYOVER_GENERAL_PUBLIC, "203.80"),

        // 208 99 99 96.45, 一般公共预算, one project under 302 (表7's 302 column of 208: 143.18 =
        // 46.73 + 96.45).
        project("208 99 99", "302", GENERAL_PUBLIC_LOCAL, PERSONNEL_FILES, "96.45"),

        // 210 11 行政事业单位医疗, basic: 18.42 + 5.56 = 23.98 = 301 10 职工基本医疗保险缴费.
        personnel("210 11 01", "301 10", "18.42"),
        personnel("210 11 02", "301 10", "5.56"),

        // 213 08 99 121.48 = 上级转移支付 79.00 + 财政拨款结转 42.48 (表2; the transfer column by
        // 表1's 2,831.50 = 2,752.50 + 79.00, the carry-over by 表1's 246.28 = 203.80 + 42.48).
        // 表7: 79.00 under 302, closing its column total 266.78 = 44.60 + 143.18 + 79.00.
        project("213 08 99", "302", GENERAL_PUBLIC_TRANSFER, INCLUSIVE_FINANCE, "79.00"),
        unnamed("213 08 99", CARRYOVER_GENERAL_PUBLIC, "42.48"),

        // 221 02 01 住房公积金 34.69, basic: 301 13 (the other 0.95 of 35.64 is under 208 01 01).
        personnel("221 02 01", "301 13", "34.69"));
  }

  private static BudgetLine personnel(String function, String economic, String wanYuan) {
    return BudgetLine.builder()
        .function(function)
        .economic(economic)
        .fund(GENERAL_PUBLIC_LOCAL)
        .basicPersonnel()
        .wanYuan(wanYuan)
        .build();
  }

  private static BudgetLine operating(String function, String economic, String wanYuan) {
    return BudgetLine.builder()
        .function(function)
        .economic(economic)
        .fund(GENERAL_PUBLIC_LOCAL)
        .basicOperating()
        .wanYuan(wanYuan)
        .build();
  }

  private static BudgetLine project(
      String function, String economic, FundSource fund, String project, String wanYuan) {
    return BudgetLine.builder()
        .function(function)
        .economic(economic)
        .fund(fund)
        .forProject(project)
        .wanYuan(wanYuan)
        .build();
  }

  private static BudgetLine unnamed(String function, FundSource fund, String wanYuan) {
    return BudgetLine.builder()
        .function(function)
        .fund(fund)
        .projectExpenditure()
        .wanYuan(wanYuan)
        .build();
  }
}
