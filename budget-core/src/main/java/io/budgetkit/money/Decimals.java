package io.budgetkit.money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The document's decimal notation: optional sign, thousands grouped by commas, a point. */
final class Decimals {
  /** Longest written number accepted; longer input is rejected before any arithmetic. */
  static final int MAX_LENGTH = 40;

  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private Decimals() {}

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
