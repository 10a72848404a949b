package io.budgetkit.money;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A percentage with two decimals, as the narrative prints shares and growth: {@code 76.40%}, {@code
 * 1,340.04%}, {@code -18.75%}.
 *
 * <p>The value is the number before the percent sign ({@code 76.40} for 76.40%), always at scale 2.
 * Computed percentages round half-up to two decimals, the document's rounding. Immutable.
 */
public final class Percent implements Comparable<Percent> {
  /** 0.00%. */
  public static final Percent ZERO = new Percent(BigDecimal.ZERO.setScale(2));

  /** 100.00%: also the document's growth for an item whose prior-year figure was zero. */
  public static final Percent HUNDRED = new Percent(new BigDecimal("100.00"));

  /**
   * Most digits before the point: {@code toString()} of any percentage then fits in 39 characters
   * (sign, 34 digits, two decimals, the percent sign).
   */
  public static final int MAX_INTEGER_DIGITS = 34;

  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;

  private Percent(BigDecimal value) {
    this.value = value;
  }

  /**
   * The percentage {@code value}% exactly: {@code of(new BigDecimal("76.40"))}.
   *
   * @throws IllegalArgumentException if the value has more than two decimals or more than {@value
   *     #MAX_INTEGER_DIGITS} digits before the point
   */
  public static Percent of(BigDecimal value) {
    requireNonNull(value, "value");
    // checked on precision and scale first: 1E+400000000 is never rescaled or written out
    if (value.signum() != 0 && value.precision() - (long) value.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "Percent "
              + Decimals.describe(value)
              + "% is out of range: expected at most "
              + MAX_INTEGER_DIGITS
              + " digits before the point");
    }
    if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "Percent " + Decimals.describe(value) + "% has more than two decimals");
    }
    return new Percent(value.setScale(2));
  }

  /**
   * Parses {@code 76.40%}, {@code 1,340.04%} or {@code 76.40} (the sign is optional).
   *
   * @throws IllegalArgumentException quoting the text if it is malformed
   */
  public static Percent parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1);
    }
    BigDecimal value = Decimals.parse(s);
    if (value == null) {
      throw new IllegalArgumentException(
          "Malformed percentage '"
              + Decimals.clip(text)
              + "': expected e.g. '76.40%' or '1,340.04%'");
    }
    return of(value);
  }

  /**
   * {@code part / whole × 100}, rounded half-up to two decimals: the share "占 76.40%".
   *
   * @throws ArithmeticException if {@code whole} is zero
   */
  public static Percent ratio(Amount part, Amount whole) {
    requireNonNull(part, "part");
    requireNonNull(whole, "whole");
    if (whole.isZero()) {
      throw new ArithmeticException("Share of " + part + " in a zero whole");
    }
    BigDecimal v =
        BigDecimal.valueOf(part.fen())
            .multiply(ONE_HUNDRED)
            .divide(BigDecimal.valueOf(whole.fen()), 2, RoundingMode.HALF_UP);
    return new Percent(v);
  }

  /**
   * The share of each part in the sum of {@code parts}, two decimals each, adding up to exactly
   * 100.00%: a breakdown whose printed shares must total 100%.
   *
   * <p>Shares are apportioned by the largest-remainder method: each part first gets its exact share
   * rounded down to 0.01%, then the hundredths still missing from 100.00% go one each to the parts
   * with the largest remainders (the earlier part first among equal remainders). Each share is
   * therefore within 0.01% of the exact one, and may differ by 0.01% from {@link #ratio}, which
   * rounds each share on its own. Parts of zero get 0.00%.
   *
   * @throws IllegalArgumentException if {@code parts} is empty or a part is negative
   * @throws ArithmeticException if the parts add up to zero
   */
  public static ImmutableList<Percent> apportion(List<Amount> parts) {
    requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("Cannot apportion 100.00% among no parts");
    }
    BigInteger whole = BigInteger.ZERO;
    for (Amount part : parts) {
      requireNonNull(part, "part");
      if (part.isNegative()) {
        throw new IllegalArgumentException(
            "Cannot apportion a share to the negative part " + part + " of " + parts);
      }
      whole = whole.add(BigInteger.valueOf(part.fen()));
    }
    if (whole.signum() == 0) {
      throw new ArithmeticException("Shares of parts that add up to zero: " + parts);
    }
    // shares in hundredths of a percent: 10,000 in all
    BigInteger all = BigInteger.valueOf(10_000);
    long[] hundredths = new long[parts.size()];
    BigInteger[] remainders = new BigInteger[parts.size()];
    long missing = 10_000;
    for (int i = 0; i < hundredths.length; i++) {
      BigInteger[] qr =
          BigInteger.valueOf(parts.get(i).fen()).multiply(all).divideAndRemainder(whole);
      hundredths[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      missing -= hundredths[i];
    }
    List<Integer> byRemainder = new ArrayList<>();
    for (int i = 0; i < hundredths.length; i++) {
      byRemainder.add(i);
    }
    // stable sort: equal remainders keep the parts' order
    byRemainder.sort((a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < missing; k++) {
      hundredths[byRemainder.get(k)]++;
    }
    ImmutableList.Builder<Percent> shares = ImmutableList.builderWithExpectedSize(parts.size());
    for (long h : hundredths) {
      shares.add(new Percent(BigDecimal.valueOf(h, 2)));
    }
    return shares.build();
  }

  /** The number before the percent sign, at scale 2: {@code 76.40}. */
  public BigDecimal value() {
    return value;
  }

  /** The percentage with the opposite sign. */
  public Percent negated() {
    return new Percent(value.negate());
  }

  /** The percentage plus {@code other}. */
  public Percent plus(Percent other) {
    return new Percent(value.add(other.value));
  }

  /** The absolute difference to {@code other}, as a percentage. */
  public Percent distanceTo(Percent other) {
    return new Percent(value.subtract(other.value).abs());
  }

  /** As printed: {@code 1,340.04%}. */
  public String format() {
    // the value is always at scale 2: its plain digits, grouped by thousands (as "%,.2f%%")
    String plain = value.abs().toPlainString();
    int point = plain.length() - 3;
    StringBuilder b = new StringBuilder(plain.length() + point / 3 + 2);
    if (value.signum() < 0) {
      b.append('-');
    }
    for (int i = 0; i < point; i++) {
      if (i > 0 && (point - i) % 3 == 0) {
        b.append(',');
      }
      b.append(plain.charAt(i));
    }
    return b.append(plain, point, plain.length()).append('%').toString();
  }

  @Override
  public int compareTo(Percent other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Percent && ((Percent) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** As printed but without thousands separators: {@code 1340.04%}, which {@link #parse} reads. */
  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
