package io.budgetkit.table;

import static io.budgetkit.model.FundSource.CARRYOVER_GENERAL_PUBLIC;
import static io.budgetkit.model.FundSource.GENERAL_PUBLIC_LOCAL;
import static io.budgetkit.model.FundSource.GENERAL_PUBLIC_TRANSFER;
import static io.budgetkit.model.FundSource.OTHER_INCOME;
import static io.budgetkit.model.FundSource.SPECIAL_ACCOUNT;

import io.budgetkit.model.Staffing;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;

/**
 * A small budget in the seed's figures whose ten tables are worked out by hand in {@link
 * DisclosuresTest}: five fund sources (一般财力, 上级转移支付, 财政专户, 单位资金 其他收入, 财政拨款结转), basic personnel and
 * operating lines, three named projects and unnamed project lines.
 */
final class ExampleBudget {
  private ExampleBudget() {}

  static final String UNIT = "阿图什市人力资源和社会保障局";

  /** The 项目说明 name of the 就业补助 project; 表7 prints it without the spaces. */
  static final String SUBSIDY = "2023 年中央财政就业补助资金";

  static final String SUBSIDY_TABLE_NAME = "2023年中央财政就业补助资金";

  static UnitProfile profile() {
    return UnitProfile.builder()
        .name(UNIT)
        .staffing(Staffing.builder().authorized(31).actual(42).build())
        .build();
  }

  static UnitBudget.Builder withProfile() {
    return UnitBudget.builder().profile(profile()).fiscalYear(2023);
  }

  static UnitBudget budget() {
    return withProfile()
        .project(p -> project(p, "光纤费", "30.00"))
        .project(p -> project(p, SUBSIDY, "2,700.00").tableName(SUBSIDY_TABLE_NAME))
        .project(p -> project(p, "仲裁工作经费", "4.60"))
        .line(
            l ->
                l.function("208 01 01")
                    .economic("301 01")
                    .fund(GENERAL_PUBLIC_LOCAL)
                    .basicPersonnel()
                    .wanYuan("110.94"))
        .line(
            l ->
                l.function("208 01 01")
                    .economic("302 01")
                    .fund(GENERAL_PUBLIC_LOCAL)
                    .basicOperating()
                    .wanYuan("2.95"))
        .line(
            l ->
                l.function("208 01 01")
                    .economic("302 31")
                    .fund(GENERAL_PUBLIC_LOCAL)
                    .forProject("光纤费")
                    .wanYuan("30.00"))
        .line(
            l ->
                l.function("208 07 99")
                    .economic("303 02")
                    .fund(GENERAL_PUBLIC_TRANSFER)
                    .forProject(SUBSIDY)
                    .wanYuan("2,700.00"))
        .line(
            l ->
                l.function("201 32 99")
                    .economic("302 01")
                    .fund(GENERAL_PUBLIC_LOCAL)
                    .forProject("仲裁工作经费")
                    .wanYuan("4.60"))
        .line(
            l ->
                l.function("201 32 99").fund(SPECIAL_ACCOUNT).projectExpenditure().wanYuan("20.00"))
        .line(
            l -> l.function("201 32 99").fund(OTHER_INCOME).projectExpenditure().wanYuan("131.15"))
        .line(
            l ->
                l.function("208 07 99")
                    .fund(CARRYOVER_GENERAL_PUBLIC)
                    .projectExpenditure()
                    .wanYuan("203.80"))
        .line(
            l ->
                l.function("208 05 05")
                    .economic("301 08")
                    .fund(GENERAL_PUBLIC_LOCAL)
                    .basicPersonnel()
                    .wanYuan("42.98"))
        .line(
            l -> l.function("208 01 04").fund(OTHER_INCOME).projectExpenditure().wanYuan("296.80"))
        .threePublicCosts(
            new ThreePublicCosts(
                Amount.zero(), Amount.zero(), Amount.zero(), Amount.ofWanYuan("2.40")))
        .build();
  }

  static io.budgetkit.project.Project.Builder project(
      io.budgetkit.project.Project.Builder p, String name, String scale) {
    return p.name(name)
        .policyBasis("阿财预（2023）001 号")
        .scale(scale)
        .undertaker(UNIT)
        .executionPeriod("2023 年 1 月-12 月");
  }
}
