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
 * with two decimals (the text's "20 万元" is 20.00), shares, year-on-year changes (减少 and 下降
 * negative) and the explanation printed with each (主要原因是…, 主要用于…), without its closing punctuation.
 * Figures the arithmetic contradicts are kept; the validator reports them.
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
            "1,340.04%",
            "主要原因是在职人员工资调增，社保，住房公积金等相关人员经费增加"),
        income(
            "上级一般公共预算安排的转移支付资金",
            FundSource.GENERAL_PUBLIC_TRANSFER,
            "2,831.50",
            "18.95%",
            "2,831.50",
            "100.00%",
            "主要原因是本年将上级转移支付资金纳入年初项目预算，增加 2023 年公益性岗位人员岗位补贴和社保补贴资金、企业社保补贴资金预算"),
        income(
            "财政专户管理（教育收费）资金",
            FundSource.SPECIAL_ACCOUNT,
            "20.00",
            "0.13%",
            "20.00",
            "100.00%",
            "主要原因是本年将财政专户（教育收费）资金纳入年初项目预算，增加：考试费报名费"),
        income(
            "单位资金",
            FundSource.UNIT_FUNDS,
            "427.95",
            "2.86%",
            "427.95",
            "100.00%",
            "主要原因是本年将单位资金纳入年初项目预算，增加奖励性工资、利息、援疆资金等收入"),
        income(
            "财政拨款结转",
            FundSource.FISCAL_CARRYOVER,
            "246.28",
            "1.66%",
            "246.28",
            "100.00%",
            "主要原因是本年将上年财政拨款结转资金纳入年初项目预算，增加 2022 年中央财政就业补助资金、第二批普惠金融发展专项资金、普惠金融发展专项资金（奖补资金）"),
        // 三、支出预算
        figure("支出预算", EXPENDITURE_TOTAL, "14,941.05").build(),
        figure("基本支出", BASIC, "445.17")
            .share("2.98%")
            .yearOnYear("46.19", "11.58%")
            .explanation("主要原因是在职人员工资调增，社保，住房公积金等相关人员经费增加")
            .build(),
        figure("项目支出", PROJECT, "14,495.88")
            .share("97.02%")
            .yearOnYear("14,102.15", "3,581.68%")
            .explanation(
                "主要原因是本年将上级转移支付资金、单位资金、财政拨款结转资金纳入年初项目预算，增加其他实有资金结余、公益性岗位人员岗位补贴和社保补贴、援疆资金等，导致本年年初项目资金较上年预算增加")
            .build(),
        // 四、财政拨款收支预算
        figure("财政拨款收支总预算", FISCAL_TOTAL, "14,246.82").build(),
        figure("一般公共预算拨款", INCOME_BY_FUND, "14,246.82").fund(FundSource.GENERAL_PUBLIC).build(),
        figure("一般公共服务支出", FISCAL_BY_FUNCTION, "44.60")
            .function("201")
            .explanation("主要用于我单位职工工资，公用经费及项目等支出")
            .build(),
        figure("社会保障和就业支出", FISCAL_BY_FUNCTION, "14,064.55")
            .function("208")
            .explanation("主要用于我单位职工养老保险缴费支出")
            .build(),
        figure("卫生健康支出", FISCAL_BY_FUNCTION, "23.98")
            .function("210")
            .explanation("主要用于我单位职工医疗保险缴费支出")
            .build(),
        figure("农林水支出", FISCAL_BY_FUNCTION, "79.00")
            .function("213")
            .explanation("主要用于仲裁工作经费、人社工作经费")
            .build(),
        figure("住房保障支出", FISCAL_BY_FUNCTION, "34.69")
            .function("221")
            .explanation("主要用于我单位职工住房公积金缴费支出")
            .build(),
        // 五(一) 一般公共预算当年拨款规模变化
        figure("一般公共预算拨款合计", GENERAL_PUBLIC_TOTAL, "14,246.82").build(),
        figure("基本支出", GENERAL_PUBLIC_BASIC, "445.17")
            .yearOnYear("46.19", "11.58%")
            .explanation("主要原因是：在职人员工资调增，社保，住房公积金等相关人员经费增加")
            .build(),
        figure("项目支出", GENERAL_PUBLIC_PROJECT, "13,801.65")
            .yearOnYear("13,407.92", "3,405.36%")
            .explanation("主要原因是：增加公益性岗位人员岗位补贴及社保补贴（地方配套）、自治区就业补助资金等")
            .build(),
        // 五(二) 结构: shares of 14,246.82 (住房保障 0.25% is printed; 34.69 / 14,246.82 is 0.24%).
        share("社会保障和就业支出（类）", "208", "14,064.55", "98.72%"),
        share("卫生健康支出（类）", "210", "23.98", "0.17%"),
        share("住房保障支出（类）", "221", "34.69", "0.25%"),
        share("一般公共服务支出（类）", "201", "44.60", "0.31%"),
        share("农林水支出（类）", "213", "79.00", "0.55%"),
        // 五(三) 具体使用情况, by 项.
        item(
            "社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）",
            "208 01 01",
            "551.35",
            "9.23",
            "1.70%",
            "主要原因是：在职人员相关人员经费增加"),
        item(
            "社会保障和就业支出（类）人力资源和社会保障管理事务（款）事业运行（项）",
            "208 01 50",
            "123.89",
            "25.28",
            "25.64%",
            "主要原因是：事业在职人员工资调增，相关人员经费增加"),
        item(
            "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）",
            "208 05 01",
            "14.40",
            "0.00",
            "0.00%",
            "主要原因是：与上年预算安排一致，无变化"),
        item(
            "社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）",
            "208 05 02",
            "0.77",
            "0.00",
            "0.00%",
            "主要原因是：与上年预算安排一致，无变化"),
        item(
            "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）",
            "208 05 05",
            "42.98",
            "5.12",
            "13.52%",
            "主要原因是：在职人员工资调增，养老保险经费增加"),
        item(
            "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）",
            "210 11 01",
            "18.42",
            "-4.25",
            "-18.75%",
            "主要原因是：医疗保险基数调整，医疗费用减少"),
        item(
            "卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）",
            "210 11 02",
            "5.56",
            "0.55",
            "10.98%",
            "主要原因是：事业在职人员工资调增，医疗经费增加"),
        item(
            "住房保障支出（类）住房改革支出（款）住房公积金（项）",
            "221 02 01",
            "34.69",
            "3.42",
            "10.94%",
            "主要原因是：在职人员工资调增，住房公积金经费增加"),
        item(
            "一般公共服务支出（类）组织事务（款）其他组织事务支出（项）",
            "201 32 99",
            "44.60",
            "44.60",
            "100.00%",
            "主要原因是：增加仲裁工作经费"),
        item(
            "社会保障和就业支出（类）就业补助（款）其他就业补助支出（项）",
            "208 07 99",
            "13,234.71",
            "13,234.71",
            "100.00%",
            "主要原因是：增加公益性岗位人员岗位补贴及社保补贴（地方配套）"),
        item(
            "社会保障和就业支出（类）其他社会保障和就业支出（款）其他社会保障和就业支出（项）",
            "208 99 99",
            "96.45",
            "96.45",
            "100.00%",
            "主要原因是：增加流动人员人事档案管理服务经费项目"),
        item(
            "农林水支出（类）普惠金融发展支出（款）其他普惠金融发展支出（项）",
            "213 08 99",
            "79.00",
            "79.00",
            "100.00%",
            "主要原因是：增加普惠金融发展专项经费"),
        // Item 13 prints no code, and 外交支出 国际发展合作 行政运行 is in none of the seed's tables:
        // the function stays empty rather than guessed.
        figure("外交支出（类）国际发展合作（款）行政运行（项）", GENERAL_PUBLIC_BY_FUNCTION, "0.00")
            .yearOnYear("-40.00", "-100.00%")
            .explanation("主要原因是：2023 年功能科目调整，本年无此科目预算")
            .build(),
        // 六、基本支出
        figure("基本支出", GENERAL_PUBLIC_BASIC, "445.17").build(),
        figure("人员经费", GENERAL_PUBLIC_PERSONNEL, "434.33")
            .explanation("主要包括：基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费")
            .build(),
        figure("公用经费", GENERAL_PUBLIC_OPERATING, "10.84")
            .explanation("主要包括：办公费、印刷费、手续费、维修(护)费、工会经费、福利费、公务用车运行维护费")
            .build(),
        // 十、“三公”经费: amounts first, then the changes in the text's order.
        figure("财政拨款“三公”经费", THREE_PUBLIC_TOTAL, "2.40").yearOnYear("0.00", "0.00%").build(),
        figure("因公出国（境）费", THREE_PUBLIC_OVERSEAS, "0.00")
            .yearOnYear("0.00", "0.00%")
            .explanation("主要原因是上下年度未安排因公出国（境）费预算")
            .build(),
        figure("公务用车购置费", THREE_PUBLIC_VEHICLE_PURCHASE, "0.00")
            .yearOnYear("0.00", "0.00%")
            .explanation("主要原因是上下年度未安排公务用车购置费预算")
            .build(),
        figure("公务用车运行费", THREE_PUBLIC_VEHICLE_OPERATION, "2.40")
            .yearOnYear("0.00", "0.00%")
            .explanation("主要原因是与上年预算安排一致，无变化")
            .build(),
        figure("公务接待费", THREE_PUBLIC_RECEPTION, "0.00")
            .yearOnYear("0.00", "0.00%")
            .explanation("主要原因是上下年度未安排公务接待费预算")
            .build(),
        // 十一、其他重要事项
        figure("机关运行经费", OPERATING_COSTS, "10.84")
            .yearOnYear("0.13", "1.21%")
            .explanation("主要原因是公用经费增加")
            .build(),
        figure("预算绩效管理的财政拨款项目", PERFORMANCE_FISCAL_PROJECTS, "13,801.65").build());
  }

  private static NarrativeFigure.Builder figure(String label, Measure measure, String wanYuan) {
    return NarrativeFigure.builder().label(label).measure(measure).wanYuan(wanYuan);
  }

  private static NarrativeFigure income(
      String label,
      FundSource fund,
      String wanYuan,
      String share,
      String change,
      String growth,
      String explanation) {
    return figure(label, INCOME_BY_FUND, wanYuan)
        .fund(fund)
        .share(share)
        .yearOnYear(change, growth)
        .explanation(explanation)
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
      String label,
      String function,
      String wanYuan,
      String change,
      String growth,
      String explanation) {
    return figure(label, GENERAL_PUBLIC_BY_FUNCTION, wanYuan)
        .function(function)
        .yearOnYear(change, growth)
        .explanation(explanation)
        .build();
  }
}
