package io.budgetkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.EconomicCode;
import io.budgetkit.money.Amount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Grouping keys of the seed's 208 01 01 lines, one of them without an economic code. */
class GroupKeyTest {
  private static final UnitBudget BUDGET =
      UnitBudget.builder()
          .profile(
              UnitProfile.builder()
                  .name("阿图什市人力资源和社会保障局")
                  .staffing(Staffing.builder().authorized(31).actual(42).build())
                  .build())
          .fiscalYear(2023)
          .line(
              l ->
                  l.function("208 01 01")
                      .economic("301 01")
                      .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                      .kind(ExpenditureKind.BASIC_PERSONNEL)
                      .amount(Amount.ofWanYuan("110.94")))
          .line(
              l ->
                  l.function("208 01 01")
                      .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                      .kind(ExpenditureKind.BASIC_OPERATING)
                      .amount(Amount.ofWanYuan("8.44")))
          .line(
              l ->
                  l.function("208 01 01")
                      .economic("302 31")
                      .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                      .kind(ExpenditureKind.BASIC_OPERATING)
                      .amount(Amount.ofWanYuan("2.40")))
          .build();

  private static List<GroupKey> keys() {
    return List.copyOf(BUDGET.lineSet().groupBy(Dimension.ECONOMIC).keySet());
  }

  @Test
  void anAbsentValueSortsFirstAndReadsAsEmpty() {
    Map<GroupKey, Amount> byEconomic = BUDGET.lineSet().groupBy(Dimension.ECONOMIC);
    List<GroupKey> keys = keys();
    assertEquals(3, keys.size());
    assertEquals(Optional.empty(), keys.get(0).get(Dimension.ECONOMIC));
    assertEquals(Amount.ofWanYuan("8.44"), byEconomic.get(keys.get(0)));
    assertEquals(
        Optional.of(EconomicCode.parse("301 01")),
        keys.get(1).get(Dimension.ECONOMIC, EconomicCode.class));
    assertTrue(keys.get(0).compareTo(keys.get(1)) < 0);
    assertTrue(keys.get(1).compareTo(keys.get(0)) > 0);
    assertTrue(keys.get(1).compareTo(keys.get(2)) < 0);
    assertEquals(0, keys.get(2).compareTo(keys.get(2)));
  }

  @Test
  void keysOfTwoDimensionsCompareTheSecondWhenTheFirstIsEqual() {
    List<GroupKey> keys =
        List.copyOf(BUDGET.lineSet().groupBy(Dimension.FUNCTION_ITEM, Dimension.KIND).keySet());
    assertEquals(2, keys.size());
    assertEquals(
        Optional.of(ExpenditureKind.BASIC_PERSONNEL),
        keys.get(0).get(Dimension.KIND, ExpenditureKind.class));
    assertTrue(keys.get(0).compareTo(keys.get(1)) < 0);
    assertEquals(List.of(Dimension.FUNCTION_ITEM, Dimension.KIND), keys.get(0).dimensions());
  }

  @Test
  void equalityNeedsTheSameDimensionsAndValues() {
    GroupKey a = keys().get(1);
    GroupKey same = List.copyOf(BUDGET.lineSet().groupBy(Dimension.ECONOMIC).keySet()).get(1);
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, keys().get(2));
    assertNotEquals(
        a, List.copyOf(BUDGET.lineSet().groupBy(Dimension.ECONOMIC_CLASS).keySet()).get(1));
    assertNotEquals(a, "301 01");
    assertEquals("[301 01]", a.toString());
  }

  @Test
  void aDimensionTheKeyLacksIsRejectedNamingBoth() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> keys().get(0).get(Dimension.FUND));
    assertEquals("Dimension FUND is not one of this key's [ECONOMIC]", e.getMessage());
  }

  @Test
  void assetCountsAndStaffCountsMustNotBeNegative() {
    assertThrows(IllegalArgumentException.class, () -> new AssetHolding(-1, Amount.zero()));
    assertEquals(2, new AssetHolding(2, Amount.ofWanYuan("21.86")).count());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new StaffCount(StaffCategory.RETIRED, -1, 0));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }
}
