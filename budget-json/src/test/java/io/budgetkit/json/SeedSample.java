package io.budgetkit.json;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.AssetHolding;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.Measure;
import io.budgetkit.model.OperatingCosts;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.StateAssets;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.EvidenceType;
import io.budgetkit.project.IndicatorCategory;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.ScoringRule;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import java.math.BigDecimal;

/** A small document with figures of the seed (阿图什市人力资源和社会保障局, 2023). */
final class SeedSample {
  private SeedSample() {}

  static UnitProfile profile() {
    return UnitProfile.builder()
        .name("阿图什市人力资源和社会保障局")
        .addFunctions("贯彻执行国家人力资源和社会保障事业发展规划、政策。", "负责促进就业工作。")
        .addDivisions("办公室", "就业促进股")
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

  static UnitBudget budget() {
    return UnitBudget.builder()
        .profile(profile())
        .fiscalYear(2023)
        .line(
            l ->
                l.function("208 01 01")
                    .economic("301 01")
                    .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                    .basicPersonnel()
                    .wanYuan("110.94"))
        .line(
            l ->
                l.function("208 01 01")
                    .economic("302 31")
                    .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                    .basicOperating()
                    .wanYuan("10.84"))
        .line(
            l ->
                l.function("208 01 01")
                    .economic("302")
                    .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                    .forProject("光纤费")
                    .wanYuan("30.00"))
        .line(
            l ->
                l.function("208 02 99")
                    .fund(FundSource.GENERAL_PUBLIC_TRANSFER)
                    .forProject("“三支一扶”人员社保和生活补贴")
                    .amount(Amount.ofYuan("202.56")))
        .line(
            l ->
                l.function("213 01 99")
                    .fund(FundSource.OTHER_INCOME)
                    .projectExpenditure()
                    .wanYuan("121.48"))
        .project(
            p ->
                p.name("光纤费")
                    .tableName("光纤费项目")
                    .policyBasis("根据《阿图什市人力资源和社会保障局会议纪要》阿财预（2023）001 号")
                    .scale("30.00")
                    .undertaker("阿图什市人力资源和社会保障局")
                    .part("保障社保专线", "20.00")
                    .part("保障社会化防控专线", "10.00")
                    .allocationTotal("30.00")
                    .executionPeriod("2023 年 1 月-12 月")
                    .performance(
                        PerformanceTarget.builder()
                            .projectName("光纤费项目")
                            .owner("严元博")
                            .totalFunds("30.00")
                            .fiscalFunds("30.00")
                            .otherFunds("0.00")
                            .overallGoal("2023 年计划投入光纤费 30 万元。")
                            .indicator(
                                IndicatorCategory.QUALITY,
                                "网络正常运转率",
                                "=100%",
                                10,
                                ScoringRule.PROPORTIONAL,
                                EvidenceType.WORKING,
                                EvidenceType.VOUCHER)
                            .indicator(
                                IndicatorCategory.TIMELINESS,
                                "资金支付时间",
                                "2023 年 12 月",
                                10,
                                ScoringRule.DIRECT)
                            .indicator(
                                IndicatorCategory.ECONOMIC_COST,
                                "光纤费",
                                "=30.00 万元",
                                20,
                                ScoringRule.PROPORTIONAL)
                            .addIndicator(
                                io.budgetkit.project.PerformanceIndicator.builder()
                                    .category(IndicatorCategory.SOCIAL_BENEFIT)
                                    .name("代偿率")
                                    .target(IndicatorTarget.reference("上年全国融资担保行业平均代偿率"))
                                    .basis("计划标准")
                                    .priorYear("有效保障")
                                    .weight(new BigDecimal("3.80"))
                                    .scoring(ScoringRule.GRADED)
                                    .build())
                            .build()))
        .project(
            p ->
                p.name("“三支一扶”人员社保和生活补贴")
                    .policyBasis("根据《阿图什市人力资源和社会保障局会议纪要》阿财预（2023）001 号")
                    .scale("300.16")
                    .undertaker("阿图什市人力资源和社会保障局")
                    .addAllocation(AllocationPart.of("社保补贴", Amount.ofYuan("202.56")))
                    .addAllocation(AllocationPart.unpriced("岗位补贴"))
                    .executionPeriod("2023 年 1 月-12 月")
                    .fundingSource("财政拨款")
                    .subsidy(
                        new SubsidyTerms(
                            122,
                            new SubsidyStandard(
                                Amount.ofYuan("2050.27"),
                                java.util.Optional.of(SubsidyPeriod.MONTH),
                                "2050.27 人/月",
                                MoneyUnit.YUAN),
                            "按照标准支出",
                            "按照标准支出",
                            "按照标准支出",
                            "保障“三支一扶”人员社保和生活补贴")))
        .figure(
            f ->
                f.label("一般公共预算")
                    .measure(Measure.INCOME_BY_FUND)
                    .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                    .wanYuan("11,415.32")
                    .share("76.40%")
                    .yearOnYear("10,622.61", "1,340.04%")
                    .explanation("主要原因是在职人员工资调增，社保，住房公积金等相关人员经费增加"))
        .figure(
            f ->
                f.label("社会保障和就业支出（类）")
                    .measure(Measure.GENERAL_PUBLIC_BY_FUNCTION)
                    .function("208")
                    .wanYuan("14,565.15")
                    .yearOnYear("-4.25", "-18.75%"))
        .threePublicCosts(
            new ThreePublicCosts(
                Amount.zero(), Amount.zero(), Amount.zero(), Amount.ofWanYuan("1.20")))
        .operatingCosts(new OperatingCosts(Amount.ofWanYuan("10.84"), 0, 0))
        .procurement(
            new GovernmentProcurement(
                Amount.ofWanYuan("281.41"),
                Amount.ofWanYuan("200.78"),
                Amount.zero(),
                Amount.ofWanYuan("80.63"),
                Amount.ofWanYuan("275.17"),
                Amount.ofWanYuan("273.82")))
        .assets(
            StateAssets.builder()
                .asOf("2022 年底")
                .buildingArea(new BigDecimal("1433.39"))
                .buildingValue(Amount.ofWanYuan("440.65"))
                .vehicles(new AssetHolding(2, Amount.ofWanYuan("21.86")))
                .generalVehicles(new AssetHolding(1, Amount.ofWanYuan("10.93")))
                .enforcementVehicles(new AssetHolding(1, Amount.ofWanYuan("10.93")))
                .otherVehicles(new AssetHolding(0, Amount.zero()))
                .furnitureValue(Amount.ofWanYuan("116.78"))
                .otherValue(Amount.ofWanYuan("443.18"))
                .equipmentOver50(0)
                .equipmentOver100(0)
                .plannedEquipmentOver50(0)
                .plannedEquipmentOver100(0)
                .plannedVehiclePurchase(false)
                .build())
        .performanceSummary(
            new PerformanceSummary(10, Amount.ofWanYuan("13,801.65"), 0, Amount.zero()))
        .build();
  }

  static Disclosure published() {
    return Disclosure.builder()
        .addTables(
            DisclosureTable.builder(TableId.T1)
                .row(RowKey.label("本年收入"), "一、本年收入", "14,694.77")
                .row(RowKey.fund(FundSource.GENERAL_PUBLIC), "1.一般公共预算拨款", "14,246.82")
                .row(RowKey.function("201"), "一般公共服务支出", "195.75")
                .row(RowKey.function("208"), "社会保障和就业支出", "14,565.15")
                .row(RowKey.function("202"), "外交支出")
                .build(),
            DisclosureTable.builder(TableId.T7)
                .row(RowKey.function("208"), "社会保障和就业支出", "30.00", "", "30.00")
                .row(RowKey.function("208 01"), "人力资源和社会保障管理事务", "30.00", "", "30.00")
                .row(RowKey.project("208 01 01", "光纤费"), "光纤费", "30.00", "", "30.00")
                .build(),
            DisclosureTable.builder(TableId.T8).note("本单位无政府性基金预算支出，故本表为空表。").build())
        .build();
  }

  static BudgetDocument document() {
    return BudgetDocument.of(budget(), Layouts.inSeedLayout(published()));
  }
}
