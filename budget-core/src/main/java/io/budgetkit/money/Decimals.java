package io.budgetkit.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** The document's decimal notation: optional sign, thousands grouped by commas, a point. */
final class Decimals {
  /** Longest written number accepted; longer input is rejected before any arithmetic. */
  static final int MAX_LENGTH = 40;

  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private Decimals() {}

  /** Most digits of a number quoted in a message; a longer one is quoted by its leading digits. */
  static final int QUOTED_DIGITS = 20;

  /**
   * {@code value} for a message, bounded whatever its size: plain when short ({@code 14941.05}),
   * else its leading digits and exponent ({@code 1.2345678901234567890E+400000000…}).
   */
  static String describe(BigDecimal value) {
    if (value.precision() <= QUOTED_DIGITS && Math.abs((long) value.scale()) <= QUOTED_DIGITS) {
      return value.toPlainString();
    }
    if (value.precision() <= QUOTED_DIGITS) {
      return value.toString();
    }
    return value.round(new MathContext(QUOTED_DIGITS, RoundingMode.DOWN))
        + "… ("
        + value.precision()
        + " digits)";
  }

  /** {@code text} for a message: whole when short, else its first 50 characters and its length. */
  static String clip(CharSequence text) {
    return text.length() <= 60
        ? text.toString()
        : text.subSequence(0, 50) + "… (" + text.length() + " characters)";
  }

  /** Parses {@code 14,941.05}, {@code 14941.05}, {@code -4.25} or {@code 20}; null if malformed. */
  static BigDecimal parse(String text) {
    String s = text.strip();
    if (s.length() > MAX_LENGTH) {
      return null;
    }
    if (PLAIN.matcher(s).matches()) {
      return new BigDecimal(s);
    }
    if (GROUPED.matcher(s).matches()) {
      return new BigDecimal(s.replace(",", ""));
    }
    return null;
  }
}
