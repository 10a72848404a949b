package io.budgetkit.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.javamoney.moneta.Money;

/**
 * An exact amount of money in CNY, to the fen (0.01 元).
 *
 * <p>The value is a whole number of fen held in a {@code long}: there is no {@code double} anywhere
 * and no rounding in arithmetic. A figure written with more precision than a fen (0.001 元, or
 * 0.0000001 万元) is rejected, not rounded; a sum beyond ±92,233,720,368,547,758.07 元 throws {@link
 * ArithmeticException}, never wraps. Rounding happens only when formatting in a coarser unit:
 * {@link #format(MoneyUnit)} rounds half-up to two decimals, as the disclosure does.
 *
 * <p>JSR 354 is the vocabulary at the boundary: {@link #of(MonetaryAmount)} accepts any CNY amount
 * and {@link #toMoney()} gives a Moneta {@link Money} in a fixed, explicitly built context,
 * whatever Moneta's global configuration says. Immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount> {
  /** The currency of every amount: Chinese yuan renminbi. */
  public static final CurrencyUnit CNY = Monetary.getCurrency("CNY");

  /**
   * The monetary context of {@link #toMoney()}: unlimited precision (an exact {@code BigDecimal}),
   * set here rather than taken from Moneta's configurable defaults.
   */
  public static final MonetaryContext CONTEXT =
      MonetaryContextBuilder.of(Money.class)
          .setPrecision(0)
          .setMaxScale(-1)
          .setFixedScale(false)
          .set(RoundingMode.HALF_UP)
          .build();

  private static final Amount ZERO = new Amount(0);

  /** More digits before the point than any amount in range has in any unit (19 in fen). */
  private static final int MAX_INTEGER_DIGITS = 20;

  private final long fen;

  private Amount(long fen) {
    this.fen = fen;
  }

  /** Zero 元. */
  public static Amount zero() {
    return ZERO;
  }

  /** {@code fen} fen: {@code ofFen(149_410_500_00L)} is 14,941.05 万元. */
  public static Amount ofFen(long fen) {
    return fen == 0 ? ZERO : new Amount(fen);
  }

  /**
   * An amount of {@code value} in {@code unit}: {@code of(new BigDecimal("14941.05"), WAN_YUAN)}.
   *
   * @throws IllegalArgumentException if the value is more precise than a fen in that unit
   * @throws ArithmeticException if the value is beyond the range of a {@code long} of fen
   */
  public static Amount of(BigDecimal value, MoneyUnit unit) {
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    // the digits before the point, read off precision and scale without building the number:
    // 1E+400000000 is rejected here rather than written out or rescaled
    if (value.signum() != 0 && value.precision() - (long) value.scale() > MAX_INTEGER_DIGITS) {
      throw new ArithmeticException(
          "Amount "
              + Decimals.describe(value)
              + " "
              + unit.label()
              + " is out of range (at most ±92,233,720,368,547,758.07 元)");
    }
    BigDecimal fen = value.multiply(unit.fen());
    try {
      return ofFen(fen.stripTrailingZeros().longValueExact());
    } catch (ArithmeticException e) {
      if (fen.stripTrailingZeros().scale() > 0) {
        throw new IllegalArgumentException(
            "Amount "
                + Decimals.describe(value)
                + " "
                + unit.label()
                + " is more precise than a fen (0.01 元)",
            e);
      }
      throw new ArithmeticException(
          "Amount "
              + Decimals.describe(value)
              + " "
              + unit.label()
              + " is out of range (at most ±92,233,720,368,547,758.07 元)");
    }
  }

  /**
   * Parses a figure as the document writes it, in {@code unit}: {@code 14,941.05}, {@code
   * 14941.05}, {@code 20}, {@code -4.25}. Thousands separators are commas in groups of three.
   *
   * @throws IllegalArgumentException quoting the text if it is malformed or more precise than a fen
   */
  public static Amount parse(CharSequence text, MoneyUnit unit) {
    requireNonNull(text, "text");
    requireNonNull(unit, "unit");
    BigDecimal value = Decimals.parse(text.toString());
    if (value == null) {
      throw new IllegalArgumentException(
          "Malformed amount '"
              + Decimals.clip(text)
              + "': expected a decimal such as '14,941.05' or '14941.05' (at most "
              + Decimals.MAX_LENGTH
              + " characters)");
    }
    return of(value, unit);
  }

  /** Parses a figure in 万元, the unit of every table: {@code ofWanYuan("14,941.05")}. */
  public static Amount ofWanYuan(CharSequence text) {
    return parse(text, MoneyUnit.WAN_YUAN);
  }

  /** Parses a figure in 元: {@code ofYuan("2050.27")}. */
  public static Amount ofYuan(CharSequence text) {
    return parse(text, MoneyUnit.YUAN);
  }

  /**
   * The amount equal to a JSR 354 amount in CNY.
   *
   * @throws IllegalArgumentException if the currency is not CNY or the amount is more precise than
   *     a fen
   */
  public static Amount of(MonetaryAmount amount) {
    requireNonNull(amount, "amount");
    if (!CNY.equals(amount.getCurrency())) {
      throw new IllegalArgumentException(
          "Currency '" + amount.getCurrency().getCurrencyCode() + "' is not CNY: " + amount);
    }
    return of(amount.getNumber().numberValueExact(BigDecimal.class), MoneyUnit.YUAN);
  }

  /** The sum of {@code amounts}, exact; zero for none. */
  public static Amount total(Iterable<Amount> amounts) {
    requireNonNull(amounts, "amounts");
    long sum = 0;
    for (Amount a : amounts) {
      requireNonNull(a, "amount");
      try {
        sum = Math.addExact(sum, a.fen);
      } catch (ArithmeticException e) {
        throw overflow("plus", ofFen(sum), a);
      }
    }
    return ofFen(sum);
  }

  /**
   * An overflow naming both figures: {@code 9,000,000,000,000.00 万元 plus 9,000,… is out of range}.
   */
  private static ArithmeticException overflow(String operation, Amount a, Amount b) {
    return new ArithmeticException(
        a.format(MoneyUnit.WAN_YUAN)
            + " 万元 "
            + operation
            + " "
            + b.format(MoneyUnit.WAN_YUAN)
            + " 万元 is out of range (at most ±92,233,720,368,547,758.07 元)");
  }

  /** The whole number of fen. */
  public long fen() {
    return fen;
  }

  /** The exact value in {@code unit}, with as many decimals as needed (never rounded). */
  public BigDecimal in(MoneyUnit unit) {
    requireNonNull(unit, "unit");
    return BigDecimal.valueOf(fen).divide(unit.fen());
  }

  /** The value in 元 with exactly two decimals: {@code 149410500.00}. */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /**
   * The value in {@code unit} rounded half-up to two decimals, as the tables print it: {@code
   * 14,941.05} for 149,410,500.00 元 in 万元.
   */
  public BigDecimal rounded(MoneyUnit unit) {
    return BigDecimal.valueOf(fen).divide(unit.fen(), 2, RoundingMode.HALF_UP);
  }

  /** Written as the document writes it: rounded half-up to two decimals, commas in thousands. */
  public String format(MoneyUnit unit) {
    requireNonNull(unit, "unit");
    if (fen == Long.MIN_VALUE) {
      return String.format(Locale.ROOT, "%,.2f", rounded(unit));
    }
    // hundredths of the unit, rounded half-up (away from zero at a half) as rounded(unit) does;
    // the same text as String.format(Locale.ROOT, "%,.2f", rounded(unit)), without the formatter
    long per = unit.yuan(); // fen per hundredth of the unit
    long magnitude = Math.abs(fen);
    long hundredths = magnitude / per;
    if ((magnitude % per) * 2 >= per) {
      hundredths++;
    }
    String digits = Long.toString(hundredths);
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 4);
    if (fen < 0 && hundredths != 0) {
      out.append('-');
    }
    if (digits.length() < 3) {
      out.append('0').append('.');
      if (digits.length() < 2) {
        out.append('0');
      }
      return out.append(digits).toString();
    }
    int whole = digits.length() - 2;
    for (int i = 0; i < whole; i++) {
      if (i > 0 && (whole - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.append('.').append(digits, whole, digits.length()).toString();
  }

  /** This amount as a Moneta {@link Money} in CNY and {@link #CONTEXT}. */
  public Money toMoney() {
    return Money.of(toYuan(), CNY, CONTEXT);
  }

  /** This amount plus {@code other}; throws {@link ArithmeticException} on overflow. */
  public Amount plus(Amount other) {
    requireNonNull(other, "other");
    try {
      return ofFen(Math.addExact(fen, other.fen));
    } catch (ArithmeticException e) {
      throw overflow("plus", this, other);
    }
  }

  /** This amount minus {@code other}; throws {@link ArithmeticException} on overflow. */
  public Amount minus(Amount other) {
    requireNonNull(other, "other");
    try {
      return ofFen(Math.subtractExact(fen, other.fen));
    } catch (ArithmeticException e) {
      throw overflow("minus", this, other);
    }
  }

  /** This amount times a whole number, exact. */
  public Amount multipliedBy(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  /** The amount with the opposite sign. */
  public Amount negated() {
    return ofFen(Math.negateExact(fen));
  }

  /** The absolute value. */
  public Amount abs() {
    return fen < 0 ? negated() : this;
  }

  /** Whether this is zero. */
  public boolean isZero() {
    return fen == 0;
  }

  /** Whether this is below zero. */
  public boolean isNegative() {
    return fen < 0;
  }

  /** -1, 0 or 1 as this amount is negative, zero or positive. */
  public int signum() {
    return Long.signum(fen);
  }

  /** Whether this is strictly greater than {@code other}. */
  public boolean isGreaterThan(Amount other) {
    requireNonNull(other, "other");
    return fen > other.fen;
  }

  /** Whether this is strictly less than {@code other}. */
  public boolean isLessThan(Amount other) {
    requireNonNull(other, "other");
    return fen < other.fen;
  }

  @Override
  public int compareTo(Amount other) {
    requireNonNull(other, "other");
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount && ((Amount) o).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** The exact value in 元 with the currency: {@code CNY 149410500.00}. */
  @Override
  public String toString() {
    return "CNY " + toYuan().toPlainString();
  }
}
