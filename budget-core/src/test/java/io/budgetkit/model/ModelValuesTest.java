package io.budgetkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.money.Amount;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small values of a budget on the seed's figures: 三公经费, kinds, staff categories. */
class ModelValuesTest {
  @Test
  void threePublicCostsAddUp() {
    // The seed: 公务用车运行费 2.40 and nothing else; a made-up 0.30 + 1.10 + 5.00 + 2.40 too.
    ThreePublicCosts seed =
        new ThreePublicCosts(Amount.zero(), Amount.zero(), Amount.zero(), Amount.ofWanYuan("2.40"));
    assertEquals(Amount.ofWanYuan("2.40"), seed.vehicles());
    assertEquals(Amount.ofWanYuan("2.40"), seed.total());
    ThreePublicCosts all =
        new ThreePublicCosts(
            Amount.ofWanYuan("0.30"),
            Amount.ofWanYuan("1.10"),
            Amount.ofWanYuan("5.00"),
            Amount.ofWanYuan("2.40"));
    assertEquals(Amount.ofWanYuan("7.40"), all.vehicles());
    assertEquals(Amount.ofWanYuan("8.80"), all.total());
    assertEquals(Amount.zero(), ThreePublicCosts.none().total());
    assertEquals(Amount.zero(), ThreePublicCosts.none().reception());
  }

  @Test
  void kindsAndCategoriesCarryTheirPrintedNames() {
    assertEquals("项目支出", ExpenditureKind.PROJECT.label());
    assertTrue(ExpenditureKind.BASIC_PERSONNEL.isBasic());
    assertTrue(ExpenditureKind.BASIC_OPERATING.isBasic());
    assertFalse(ExpenditureKind.PROJECT.isBasic());
    assertEquals("在职", StaffCategory.IN_SERVICE.label());
    assertEquals("离休", StaffCategory.VETERAN_RETIRED.label());
  }

  @Test
  void budgetBuilderAddsLinesProjectsAndFiguresBySpec() {
    UnitBudget b =
        UnitBudget.builder()
            .profile(
                UnitProfile.builder()
                    .name("阿图什市人力资源和社会保障局")
                    .staffing(Staffing.builder().authorized(31).actual(42).build())
                    .build())
            .fiscalYear(2023)
            .project(
                p ->
                    p.name("光纤费")
                        .policyBasis("会议纪要")
                        .scale("30.00")
                        .undertaker("本单位")
                        .executionPeriod("2023 年 1 月-12 月"))
            .line(
                l ->
                    l.function("221 02 01")
                        .economic("302 31")
                        .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                        .forProject("光纤费")
                        .wanYuan("30.00"))
            .figure(f -> f.label("项目支出").measure(Measure.PROJECT).wanYuan("30.00"))
            .build();
    assertEquals(List.of("光纤费"), b.projects().stream().map(p -> p.name()).toList());
    assertEquals(Amount.ofWanYuan("30.00"), b.lineSet().total());
    assertEquals("项目支出", b.narrative().get(0).label());
    assertEquals(0, b.profile().subordinateUnits());
  }
}
