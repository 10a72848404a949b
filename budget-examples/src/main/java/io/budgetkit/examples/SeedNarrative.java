package io.budgetkit.examples;

import static io.budgetkit.model.Measure.BASIC;
import static io.budgetkit.model.Measure.EXPENDITURE_TOTAL;
import static io.budgetkit.model.Measure.FISCAL_BY_FUNCTION;
import static io.budgetkit.model.Measure.FISCAL_TOTAL;
import static io.budgetkit.model.Measure.GENERAL_PUBLIC_BASIC;
import static io.budgetkit.model.Measure.GENERAL_PUBLIC_BY_FUNCTION;
import static io.budgetkit.model.Measure.GENERAL_PUBLIC_OPERATING;
import static io.budgetkit.model.Measure.GENERAL_PUBLIC_PERSONNEL;
import static io.budgetkit.model.Measure.GENERAL_PUBLIC_PROJECT;
import static io.budgetkit.model.Measure.GENERAL_PUBLIC_TOTAL;
import static io.budgetkit.model.Measure.INCOME_BY_FUND;
import static io.budgetkit.model.Measure.INCOME_TOTAL;
import static io.budgetkit.model.Measure.OPERATING_COSTS;
import static io.budgetkit.model.Measure.PERFORMANCE_FISCAL_PROJECTS;
import static io.budgetkit.model.Measure.PROJECT;
import static io.budgetkit.model.Measure.THREE_PUBLIC_OVERSEAS;
import static io.budgetkit.model.Measure.THREE_PUBLIC_RECEPTION;
import static io.budgetkit.model.Measure.THREE_PUBLIC_TOTAL;
import static io.budgetkit.model.Measure.THREE_PUBLIC_VEHICLE_OPERATION;
import static io.budgetkit.model.Measure.THREE_PUBLIC_VEHICLE_PURCHASE;

import io.budgetkit.model.FundSource;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import java.util.List;

/**
 * Every figure of the seed's 情况说明 (lines 999-1635), as printed and in printed order: amounts in 万元
 * with two decimals (the text's "20 万元" is 20.00), shares, and year-on-year changes (减少 and 下降
 * negative). Figures the arithmetic contradicts are kept; the validator reports them.
 */
final class SeedNarrative {
  private SeedNarrative() {}

  static List<NarrativeFigure> all() {
    return List.of(
        // 一、总体说明
        figure("收支总预算", INCOME_TOTAL, "14,941.05").build(),
        // 二、收入预算 (财政拨款结转 1.66% is printed; 246.28 / 14,941.05 is 1.65%).
        figure("收入预算", INCOME_TOTAL, "14,941.05").build(),
        income(
            "一般公共预算",
            FundSource.GENERAL_PUBLIC_LOCAL,
            "11,415.32",
            "76.40%",
            "10,622.61",
            "1,340.04%"),
        income(
            "上级一般公共预算安排的转移支付资金",
            FundSource.GENERAL_PUBLIC_TRANSFER,
            "2,831.50",
            "18.95%",
            "2,831.50",
            "100.00%"),
        income("财政专户管理（教育收费）资金", FundSource.SPECIAL_ACCOUNT, "20.00", "0.13%", "20.00", "100.00%"),
        income("单位资金", FundSource.UNIT_FUNDS, "427.95", "2.86%", "427.95", "100.00%"),
        income("财政拨款结转", FundSource.FISCAL_CARRYOVER, "246.28", "1.66%", "246.28", "100.00%"),
        // 三、支出预算
        figure("支出预算", EXPENDITURE_TOTAL, "14,941.05").build(),
        figure("基本支出", BASIC, "445.17").share("2.98%").yearOnYear("46.19", "11.58%").build(),
        figure("项目支出", PROJECT, "14,495.88")
            .share("97.02%")
            .yearOnYear("14,102.15", "3,581.68%")
            .build(),
        // 四、财政拨款收支预算
        figure("财政拨款收支总预算", FISCAL_TOTAL, "14,246.82").build(),
        figure("一般公共预算拨款", INCOME_BY_FUND, "14,246.82").fund(FundSource.GENERAL_PUBLIC).build(),
        figure("一般公共服务支出", FISCAL_BY_FUNCTION, "44.60").function("201").build(),
        figure("社会保障和就业支出", FISCAL_BY_FUNCTION, "14,064.55").function("208").build(),
        figure("卫生健康支出", FISCAL_BY_FUNCTION, "23.98").function("210").build(),
        figure("农林水支出", FISCAL_BY_FUNCTION, "79.00").function("213").build(),
        figure("住房保障支出", FISCAL_BY_FUNCTION, "34.69").function("221").build(),
        // 五(一) 一般公共预算当年拨款规模变化
        figure("一般公共预算拨款合计", GENERAL_PUBLIC_TOTAL, "14,246.82").build(),
        figure("基本支出", GENERAL_PUBLIC_BASIC, "445.17").yearOnYear("46.19", "11.58%").build(),
        figure("项目支出", GENERAL_PUBLIC_PROJECT, "13,801.65")
            .yearOnYear("13,407.92", "3,405.36%")
            .build(),
        // 五(二) 结构: shares of 14,246.82 (住房保障 0.25% is printed; 34.69 / 14,246.82 is 0.24%).
        share("社会保障和就业支出（类）", "208", "14,064.55", "98.72%"),
        share("卫生健康支出（类）", "210", "23.98", "0.17%"),
        share("住房保障支出（类）", "221", "34.69", "0.25%"),
        share("一般公共服务支出（类）", "201", "44.60", "0.31%"),
        share("农林水支出（类）", "213", "79.00", "0.55%"),
        // 五(三) 具体使用情况, by 项.
        item("社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）", "208 01 01", "551.35", "9.23", "1.70%"),
        item("社会保障和就业支出（类）人力资源和社会保障管理事务（款）事业运行（项）", "208 01 50", "123.89", "25.28", "25.64%"),
        item("社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）", "208 05 01", "14.40", "0.00", "0.00%"),
        item("社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）", "208 05 02", "0.77", "0.00", "0.00%"),
        item(
            "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "208 05 05", "42.98", "5.12", "13.52%"),
        item("卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）", "210 11 01", "18.42", "-4.25", "-18.75%"),
        item("卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）", "210 11 02", "5.56", "0.55", "10.98%"),
        item("住房保障支出（类）住房改革支出（款）住房公积金（项）", "221 02 01", "34.69", "3.42", "10.94%"),
        item("一般公共服务支出（类）组织事务（款）其他组织事务支出（项）", "201 32 99", "44.60", "44.60", "100.00%"),
        item("社会保障和就业支出（类）就业补助（款）其他就业补助支出（项）", "208 07 99", "13,234.71", "13,234.71", "100.00%"),
        item("社会保障和就业支出（类）其他社会保障和就业支出（款）其他社会保障和就业支出（项）", "208 99 99", "96.45", "96.45", "100.00%"),
        item("农林水支出（类）普惠金融发展支出（款）其他普惠金融发展支出（项）", "213 08 99", "79.00", "79.00", "100.00%"),
        // Item 13 prints no code, and 外交支出 国际发展合作 行政运行 is in none of the seed's tables:
        // the function stays empty rather than guessed.
        figure("外交支出（类）国际发展合作（款）行政运行（项）", GENERAL_PUBLIC_BY_FUNCTION, "0.00")
            .yearOnYear("-40.00", "-100.00%")
            .build(),
        // 六、基本支出
        figure("基本支出", GENERAL_PUBLIC_BASIC, "445.17").build(),
        figure("人员经费", GENERAL_PUBLIC_PERSONNEL, "434.33").build(),
        figure("公用经费", GENERAL_PUBLIC_OPERATING, "10.84").build(),
        // 十、“三公”经费: amounts first, then the changes in the text's order.
        figure("财政拨款“三公”经费", THREE_PUBLIC_TOTAL, "2.40").yearOnYear("0.00", "0.00%").build(),
        figure("因公出国（境）费", THREE_PUBLIC_OVERSEAS, "0.00").yearOnYear("0.00", "0.00%").build(),
        figure("公务用车购置费", THREE_PUBLIC_VEHICLE_PURCHASE, "0.00")
            .yearOnYear("0.00", "0.00%")
            .build(),
        figure("公务用车运行费", THREE_PUBLIC_VEHICLE_OPERATION, "2.40")
            .yearOnYear("0.00", "0.00%")
            .build(),
        figure("公务接待费", THREE_PUBLIC_RECEPTION, "0.00").yearOnYear("0.00", "0.00%").build(),
        // 十一、其他重要事项
        figure("机关运行经费", OPERATING_COSTS, "10.84").yearOnYear("0.13", "1.21%").build(),
        figure("预算绩效管理的财政拨款项目", PERFORMANCE_FISCAL_PROJECTS, "13,801.65").build());
  }

  private static NarrativeFigure.Builder figure(String label, Measure measure, String wanYuan) {
    return NarrativeFigure.builder().label(label).measure(measure).wanYuan(wanYuan);
  }

  private static NarrativeFigure income(
      String label, FundSource fund, String wanYuan, String share, String change, String growth) {
    return figure(label, INCOME_BY_FUND, wanYuan)
        .fund(fund)
        .share(share)
        .yearOnYear(change, growth)
        .build();
  }

  private static NarrativeFigure share(
      String label, String function, String wanYuan, String share) {
    return figure(label, GENERAL_PUBLIC_BY_FUNCTION, wanYuan)
        .function(function)
        .share(share)
        .build();
  }

  private static NarrativeFigure item(
      String label, String function, String wanYuan, String change, String growth) {
    return figure(label, GENERAL_PUBLIC_BY_FUNCTION, wanYuan)
        .function(function)
        .yearOnYear(change, growth)
        .build();
  }
}
