package io.budgetkit.money;

import static io.budgetkit.testkit.BudgetGenerators.amountTexts;
import static io.budgetkit.testkit.BudgetGenerators.amounts;
import static io.budgetkit.testkit.BudgetGenerators.signedAmounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class AmountProperties {

  @Test
  void formatParsesBackInEveryUnitWhereItIsExact() {
    qt().forAll(signedAmounts(), Generate.enumValues(MoneyUnit.class))
        .checkAssert(
            (a, unit) -> {
              Amount back = Amount.parse(a.format(unit), unit);
              long step = unit.yuan(); // 0.01 of the unit, in fen
              if (a.fen() % step == 0) {
                assertEquals(a, back, a.format(unit) + " " + unit.label());
              } else {
                // rounded half-up to 0.01 of the unit: off by at most half a step
                long off = Math.abs(back.minus(a).fen());
                assertTrue(2 * off <= step, a + " formatted " + a.format(unit));
                assertEquals(0, back.fen() % step);
              }
            });
  }

  @Test
  void writtenFiguresParseToTheAmountTheirDigitsSay() {
    qt().forAll(amountTexts())
        .checkAssert(t -> assertEquals(t.amount(), Amount.parse(t.text(), t.unit()), t.text()));
  }

  @Test
  void exactValueInAUnitGivesBackTheAmount() {
    qt().forAll(signedAmounts(), Generate.enumValues(MoneyUnit.class))
        .check((a, unit) -> Amount.of(a.in(unit), unit).equals(a));
  }

  @Test
  void unitsConvertExactlyBetweenYuanWanYuanAndYiYuan() {
    qt().forAll(signedAmounts())
        .check(
            a ->
                a.in(MoneyUnit.WAN_YUAN)
                            .multiply(BigDecimal.valueOf(10_000))
                            .compareTo(a.in(MoneyUnit.YUAN))
                        == 0
                    && a.in(MoneyUnit.YI_YUAN)
                            .multiply(BigDecimal.valueOf(10_000))
                            .compareTo(a.in(MoneyUnit.WAN_YUAN))
                        == 0
                    && a.toYuan().compareTo(a.in(MoneyUnit.YUAN)) == 0
                    && Amount.of(a.in(MoneyUnit.WAN_YUAN), MoneyUnit.WAN_YUAN)
                        .equals(Amount.of(a.in(MoneyUnit.YUAN), MoneyUnit.YUAN)));
  }

  @Test
  void minusUndoesPlus() {
    qt().forAll(signedAmounts(), signedAmounts())
        .check(
            (a, b) ->
                a.plus(b).minus(b).equals(a)
                    && a.plus(b).equals(b.plus(a))
                    && a.minus(b).equals(a.plus(b.negated()))
                    && a.plus(a.negated()).isZero());
  }

  @Test
  void totalIsTheFoldOfPlus() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(0, 20))
        .check(
            list -> {
              Amount folded = Amount.zero();
              for (Amount a : list) {
                folded = folded.plus(a);
              }
              return Amount.total(list).equals(folded);
            });
  }

  @Test
  void jsr354MoneyRoundTrips() {
    qt().forAll(signedAmounts())
        .checkAssert(
            a -> {
              Money m = a.toMoney();
              assertEquals(Amount.CNY, m.getCurrency());
              assertEquals(a, Amount.of(m));
              assertEquals(0, m.getNumberStripped().compareTo(a.toYuan()));
            });
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    qt().forAll(Generate.longRange(1, Long.MAX_VALUE / 2))
        .checkAssert(
            k -> {
              Amount nearMax = Amount.ofFen(Long.MAX_VALUE - k + 1);
              assertThrows(ArithmeticException.class, () -> nearMax.plus(Amount.ofFen(k)));
              assertThrows(
                  ArithmeticException.class,
                  () -> Amount.ofFen(Long.MIN_VALUE + k - 1).minus(Amount.ofFen(k)));
              assertThrows(ArithmeticException.class, () -> nearMax.multipliedBy(2));
              assertThrows(
                  ArithmeticException.class,
                  () -> Amount.total(java.util.List.of(nearMax, Amount.ofFen(k))));
            });
    assertThrows(ArithmeticException.class, () -> Amount.ofFen(Long.MIN_VALUE).negated());
  }

  @Test
  void amountsInOtherCurrenciesAreRejected() {
    qt().forAll(amounts(), Generate.pick(java.util.List.of("USD", "EUR", "JPY", "HKD", "GBP")))
        .checkAssert(
            (a, currency) -> {
              IllegalArgumentException e =
                  assertThrows(
                      IllegalArgumentException.class,
                      () -> Amount.of(Money.of(a.toYuan(), Monetary.getCurrency(currency))));
              assertTrue(e.getMessage().contains("'" + currency + "'"), e.getMessage());
            });
  }

  @Test
  void orderAgreesWithTheFen() {
    qt().forAll(signedAmounts(), signedAmounts())
        .check(
            (a, b) ->
                Integer.signum(a.compareTo(b)) == Long.signum(a.fen() - b.fen())
                    && a.isGreaterThan(b) == (a.fen() > b.fen())
                    && a.isLessThan(b) == (a.fen() < b.fen())
                    && a.equals(b) == (a.hashCode() == b.hashCode() && a.fen() == b.fen()));
  }
}
