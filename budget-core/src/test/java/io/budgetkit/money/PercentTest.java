package io.budgetkit.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentTest {

  @Test
  void parsesThePrintedForms() {
    assertEquals(new BigDecimal("76.40"), Percent.parse("76.40%").value());
    assertEquals(new BigDecimal("1340.04"), Percent.parse("1,340.04%").value());
    assertEquals(new BigDecimal("-18.75"), Percent.parse("-18.75%").value());
    assertEquals(Percent.parse("76.4"), Percent.parse("76.40%"));
  }

  @Test
  void formatsAsPrinted() {
    assertEquals("1,340.04%", Percent.parse("1340.04").format());
    assertEquals("1340.04%", Percent.parse("1,340.04%").toString());
    assertEquals("100.00%", Percent.HUNDRED.format());
  }

  @Test
  void rejectsMalformedAndOverPreciseText() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Percent.parse("七成"));
    assertTrue(e.getMessage().startsWith("Malformed percentage '七成'"));
    assertThrows(IllegalArgumentException.class, () -> Percent.parse("76.401%"));
  }

  @Test
  void shareOfGeneralPublicBudgetInTotalIncome() {
    // seed: 一般公共预算 11,415.32 万元，占 76.40% of 收入预算 14,941.05
    assertEquals(
        Percent.parse("76.40%"),
        Percent.ratio(Amount.ofWanYuan("11,415.32"), Amount.ofWanYuan("14,941.05")));
  }

  @Test
  void growthOfGeneralPublicBudget() {
    // seed: 增加 10,622.61 万元，增长 1,340.04% over a prior of 792.71
    assertEquals(
        Percent.parse("1,340.04%"),
        Percent.ratio(Amount.ofWanYuan("10,622.61"), Amount.ofWanYuan("792.71")));
  }

  @Test
  void ratioRoundsHalfUp() {
    assertEquals(Percent.parse("0.01%"), Percent.ratio(Amount.ofFen(1), Amount.ofFen(20_000)));
    assertEquals(Percent.parse("33.33%"), Percent.ratio(Amount.ofFen(1), Amount.ofFen(3)));
    assertEquals(Percent.parse("66.67%"), Percent.ratio(Amount.ofFen(2), Amount.ofFen(3)));
  }

  @Test
  void ratioOfAZeroWholeIsAnArithmeticError() {
    assertThrows(ArithmeticException.class, () -> Percent.ratio(Amount.ofFen(1), Amount.zero()));
  }

  @Test
  void apportionedThirdsAddUpToOneHundredPercent() {
    List<Amount> thirds = List.of(Amount.ofFen(1), Amount.ofFen(1), Amount.ofFen(1));
    // rounded one by one they would add up to 99.99%
    assertEquals(
        List.of(Percent.parse("33.34%"), Percent.parse("33.33%"), Percent.parse("33.33%")),
        Percent.apportion(thirds));
  }

  @Test
  void apportionedSharesOfBasicAndProjectExpenditureAreThePrintedOnes() {
    // seed: 基本支出 445.17 万元，占 2.98%; 项目支出 14,495.88 万元，占 97.02%
    assertEquals(
        List.of(Percent.parse("2.98%"), Percent.parse("97.02%")),
        Percent.apportion(List.of(Amount.ofWanYuan("445.17"), Amount.ofWanYuan("14,495.88"))));
  }

  @Test
  void apportionGivesTheLargestRemaindersTheMissingHundredths() {
    // 2/3 = 66.666.., 1/3 = 33.333..: the larger remainder gets the hundredth
    assertEquals(
        List.of(Percent.parse("66.67%"), Percent.parse("33.33%")),
        Percent.apportion(List.of(Amount.ofFen(2), Amount.ofFen(1))));
    assertEquals(
        List.of(Percent.ZERO, Percent.HUNDRED),
        Percent.apportion(List.of(Amount.zero(), Amount.ofWanYuan("20.00"))));
  }

  @Test
  void apportionRejectsWhatHasNoShares() {
    assertThrows(IllegalArgumentException.class, () -> Percent.apportion(List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Percent.apportion(List.of(Amount.ofFen(5), Amount.ofFen(-1))));
    assertThrows(ArithmeticException.class, () -> Percent.apportion(List.of(Amount.zero())));
  }

  @Test
  void arithmeticAndOrder() {
    assertEquals(Percent.parse("-76.40%"), Percent.parse("76.40%").negated());
    assertEquals(Percent.HUNDRED, Percent.parse("76.40%").plus(Percent.parse("23.60%")));
    assertEquals(
        Percent.parse("0.02%"), Percent.parse("76.40%").distanceTo(Percent.parse("76.38%")));
    assertTrue(Percent.ZERO.compareTo(Percent.HUNDRED) < 0);
    assertEquals(Percent.of(new BigDecimal("76.4")).hashCode(), Percent.parse("76.40%").hashCode());
  }
}
