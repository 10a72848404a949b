package io.budgetkit.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AmountTest {

  @Nested
  class Factories {
    @Test
    void tableFigureIn万元IsExactIn元() {
      Amount total = Amount.ofWanYuan("14,941.05");
      assertEquals(149_410_500_00L, total.fen());
      assertEquals(new BigDecimal("149410500.00"), total.toYuan());
      assertEquals("CNY 149410500.00", total.toString());
    }

    @Test
    void everyWrittenFormOfTheSameFigureIsTheSameAmount() {
      assertEquals(Amount.ofWanYuan("14,941.05"), Amount.ofWanYuan("14941.05"));
      assertEquals(Amount.ofWanYuan("20"), Amount.ofWanYuan("20.00"));
      assertEquals(Amount.ofYuan("149410500"), Amount.ofWanYuan("14941.05"));
      assertEquals(
          Amount.of(new BigDecimal("1.4941050"), MoneyUnit.YI_YUAN), Amount.ofWanYuan("14941.05"));
    }

    @Test
    void subsidyStandardIn元() {
      assertEquals(205_027L, Amount.ofYuan("2050.27").fen());
    }

    @Test
    void negativeFigureForADecrease() {
      assertEquals(-42_500_00L, Amount.ofWanYuan("-4.25").fen());
    }

    @Test
    void overPreciseFigureIsRejectedNotRounded() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Amount.ofYuan("0.001"));
      assertEquals("Amount 0.001 元 is more precise than a fen (0.01 元)", e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Amount.ofWanYuan("0.0000001"));
      // 0.000001 万元 is 0.01 元: exactly one fen, so accepted
      assertEquals(Amount.ofFen(1), Amount.ofWanYuan("0.000001"));
      // trailing zeros carry no precision: 0.000100 万元 is exactly 1 元
      assertEquals(Amount.ofYuan("1"), Amount.ofWanYuan("0.000100"));
    }

    @Test
    void malformedFigureIsRejectedQuotingIt() {
      for (String text : List.of("14,94.05", "1,4941.05", "14 941.05", "", "一万", "1.2.3", ".5")) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> Amount.ofWanYuan(text), text);
        assertTrue(e.getMessage().startsWith("Malformed amount '" + text + "'"), e.getMessage());
      }
    }

    @Test
    void figureBeyondTheRangeIsAnArithmeticError() {
      assertThrows(ArithmeticException.class, () -> Amount.ofYuan("100000000000000000"));
    }
  }

  @Nested
  class Formatting {
    @Test
    void 万元WithThousandsSeparators() {
      assertEquals("1,340.04", Amount.ofWanYuan("1340.04").format(MoneyUnit.WAN_YUAN));
      assertEquals("14,941.05", Amount.ofYuan("149410500").format(MoneyUnit.WAN_YUAN));
      assertEquals("0.00", Amount.zero().format(MoneyUnit.WAN_YUAN));
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
      // 0.005 万元 = 50 元: half a printed hundredth rounds up
      assertEquals("0.01", Amount.ofYuan("50").format(MoneyUnit.WAN_YUAN));
      assertEquals("0.00", Amount.ofYuan("49.99").format(MoneyUnit.WAN_YUAN));
      assertEquals("-0.01", Amount.ofYuan("-50").format(MoneyUnit.WAN_YUAN));
      assertEquals(new BigDecimal("0.01"), Amount.ofYuan("50").rounded(MoneyUnit.WAN_YUAN));
    }

    @Test
    void exactValueInAUnitIsNeverRounded() {
      assertEquals(
          0, new BigDecimal("0.005").compareTo(Amount.ofYuan("50").in(MoneyUnit.WAN_YUAN)));
      assertEquals(
          0,
          new BigDecimal("1.494105").compareTo(Amount.ofWanYuan("14941.05").in(MoneyUnit.YI_YUAN)));
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void basicPlusProjectIsTheTotal() {
      // seed, 表3 合计: 基本支出 445.17 + 项目支出 14,495.88 = 14,941.05
      Amount basic = Amount.ofWanYuan("445.17");
      Amount projects = Amount.ofWanYuan("14,495.88");
      assertEquals(Amount.ofWanYuan("14,941.05"), basic.plus(projects));
      assertEquals(basic, Amount.ofWanYuan("14,941.05").minus(projects));
      assertEquals(Amount.ofWanYuan("14,941.05"), Amount.total(List.of(basic, projects)));
      assertEquals(Amount.zero(), Amount.total(List.of()));
    }

    @Test
    void signAndComparison() {
      Amount change = Amount.ofWanYuan("-4.25");
      assertTrue(change.isNegative());
      assertEquals(-1, change.signum());
      assertEquals(Amount.ofWanYuan("4.25"), change.abs());
      assertEquals(Amount.ofWanYuan("4.25"), change.negated());
      assertTrue(change.isLessThan(Amount.zero()));
      assertTrue(Amount.zero().isGreaterThan(change));
      assertTrue(Amount.zero().isZero());
      assertEquals(Amount.ofWanYuan("36.00"), Amount.ofWanYuan("3.00").multipliedBy(12));
    }

    @Test
    void overflowThrows() {
      Amount max = Amount.ofFen(Long.MAX_VALUE);
      assertThrows(ArithmeticException.class, () -> max.plus(Amount.ofFen(1)));
      assertThrows(ArithmeticException.class, () -> max.multipliedBy(2));
      assertThrows(ArithmeticException.class, () -> Amount.ofFen(Long.MIN_VALUE).abs());
    }
  }

  @Nested
  class Jsr354 {
    @Test
    void toMoneyIsCnyInTheFixedContext() {
      Money m = Amount.ofWanYuan("14,941.05").toMoney();
      assertEquals("CNY", m.getCurrency().getCurrencyCode());
      assertEquals(0, new BigDecimal("149410500.00").compareTo(m.getNumberStripped()));
      assertEquals(Amount.CONTEXT, m.getContext());
    }

    @Test
    void cnyMoneyIsAccepted() {
      assertEquals(Amount.ofYuan("2050.27"), Amount.of(Money.of(new BigDecimal("2050.27"), "CNY")));
    }

    @Test
    void usdIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Amount.of(Money.of(BigDecimal.TEN, Monetary.getCurrency("USD"))));
      assertTrue(e.getMessage().startsWith("Currency 'USD' is not CNY"), e.getMessage());
    }

    @Test
    void moneyMorePreciseThanAFenIsRejected() {
      assertThrows(
          IllegalArgumentException.class,
          () -> Amount.of(Money.of(new BigDecimal("0.001"), "CNY")));
    }
  }

  @Test
  void equalityAndOrderAreByValue() {
    assertEquals(Amount.ofWanYuan("1.00"), Amount.ofYuan("10000"));
    assertEquals(Amount.ofWanYuan("1.00").hashCode(), Amount.ofYuan("10000").hashCode());
    assertTrue(Amount.ofWanYuan("0.01").compareTo(Amount.ofYuan("99.99")) > 0);
    assertTrue(!Amount.zero().equals("0"));
  }
}
