package io.budgetkit.money;

import static io.budgetkit.testkit.BudgetGenerators.amounts;
import static io.budgetkit.testkit.BudgetGenerators.percents;
import static io.budgetkit.testkit.BudgetGenerators.wanYuanAmounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PercentProperties {

  @Test
  void formatAndToStringParseBack() {
    qt().forAll(percents())
        .check(p -> Percent.parse(p.format()).equals(p) && Percent.parse(p.toString()).equals(p));
  }

  @Test
  void formatGroupsThousandsAsTheLocaleFreeFormatterDoes() {
    // every long of hundredths, and values up to the 34 integer digits a percentage may have
    qt().forAll(longs().all())
        .checkAssert(
            h -> {
              BigDecimal v = BigDecimal.valueOf(h, 2);
              assertEquals(
                  String.format(Locale.ROOT, "%,.2f%%", v), Percent.of(v).format(), v::toString);
            });
    qt().forAll(longs().all(), longs().all(), integers().between(0, 2))
        .checkAssert(
            (hi, lo, shift) -> {
              BigInteger digits =
                  BigInteger.valueOf(hi)
                      .shiftLeft(48)
                      .add(BigInteger.valueOf(lo).abs())
                      .shiftRight(shift * 20);
              BigDecimal v = new BigDecimal(digits, 2);
              assertEquals(
                  String.format(Locale.ROOT, "%,.2f%%", v), Percent.of(v).format(), v::toString);
            });
  }

  @Test
  void ratioIsWithinHalfAHundredthOfTheExactShare() {
    qt().forAll(amounts(), amounts())
        .assuming((part, whole) -> !whole.isZero())
        .checkAssert(
            (part, whole) -> {
              BigDecimal exact =
                  BigDecimal.valueOf(part.fen())
                      .multiply(BigDecimal.valueOf(100))
                      .divide(BigDecimal.valueOf(whole.fen()), MathContext.DECIMAL128);
              BigDecimal off = Percent.ratio(part, whole).value().subtract(exact).abs();
              assertTrue(off.compareTo(new BigDecimal("0.005")) <= 0, part + " / " + whole);
            });
  }

  @Test
  void apportionedSharesAddUpToExactlyOneHundredPercent() {
    qt().forAll(lists().of(wanYuanAmounts()).ofSizeBetween(1, 12))
        .assuming(parts -> parts.stream().anyMatch(a -> !a.isZero()))
        .checkAssert(
            parts -> {
              List<Percent> shares = Percent.apportion(parts);
              assertEquals(parts.size(), shares.size());
              Percent sum = Percent.ZERO;
              for (Percent p : shares) {
                sum = sum.plus(p);
              }
              assertEquals(Percent.HUNDRED, sum, parts + " gave " + shares);
            });
  }

  @Test
  void apportionedSharesAreWithinAHundredthOfTheRoundedRatio() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(1, 12))
        .assuming(parts -> parts.stream().anyMatch(a -> !a.isZero()))
        .checkAssert(
            parts -> {
              List<Percent> shares = Percent.apportion(parts);
              Amount whole = Amount.total(parts);
              for (int i = 0; i < parts.size(); i++) {
                Percent ratio = Percent.ratio(parts.get(i), whole);
                assertTrue(
                    shares.get(i).distanceTo(ratio).compareTo(Percent.of(new BigDecimal("0.01")))
                        <= 0,
                    parts.get(i) + " of " + whole + ": " + shares.get(i) + " vs " + ratio);
                if (parts.get(i).isZero()) {
                  assertEquals(Percent.ZERO, shares.get(i));
                }
              }
            });
  }

  @Test
  void largerPartsNeverGetSmallerShares() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(2, 8))
        .assuming(parts -> parts.stream().anyMatch(a -> !a.isZero()))
        .checkAssert(
            parts -> {
              List<Percent> shares = Percent.apportion(parts);
              for (int i = 0; i < parts.size(); i++) {
                for (int j = 0; j < parts.size(); j++) {
                  if (parts.get(i).isGreaterThan(parts.get(j))) {
                    assertTrue(shares.get(i).compareTo(shares.get(j)) >= 0, parts + " " + shares);
                  }
                }
              }
            });
  }
}
