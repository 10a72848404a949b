package io.budgetkit.code;

/** The written forms shared by both classifications: digits, optionally grouped 3-2-2 by spaces. */
final class CodeSyntax {
  private CodeSyntax() {}

  /**
   * Strips the optional spaces of {@code text} and returns its digits, or {@code null} when the
   * text is not a 3-2-2 grouping of ASCII digits (with or without the spaces).
   */
  static String digitsOf(String text) {
    String trimmed = text.strip();
    int n = trimmed.length();
    if (n == 0 || n > 9) {
      return null;
    }
    StringBuilder digits = new StringBuilder(7);
    boolean spaced = trimmed.indexOf(' ') >= 0;
    for (int i = 0; i < n; i++) {
      char c = trimmed.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == ' ') {
        // spaces are only allowed between the 3-2-2 groups, one at a time
        int before = digits.length();
        if ((before != 3 && before != 5) || trimmed.charAt(i - 1) == ' ') {
          return null;
        }
      } else {
        return null;
      }
    }
    if (spaced) {
      if (CodeLevel.ofDigits(digits.length()) == null) {
        // "208 0": no level has that many digits, so there is no canonical spacing to compare
        return null;
      }
      // every group boundary must then be spaced: "208 0101" is not a valid form
      String canonical = spaced(digits.toString());
      if (!canonical.equals(trimmed)) {
        return null;
      }
    }
    return digits.toString();
  }

  /** {@code text} for a message: whole when short, else its first 50 characters and its length. */
  static String clip(CharSequence text) {
    return text.length() <= 60
        ? text.toString()
        : text.subSequence(0, 50) + "… (" + text.length() + " characters)";
  }

  /** Writes digits grouped 3-2-2 with single spaces: {@code 2080101} → {@code 208 01 01}. */
  static String spaced(String digits) {
    switch (digits.length()) {
      case 3:
        return digits;
      case 5:
        return digits.substring(0, 3) + ' ' + digits.substring(3);
      case 7:
        return digits.substring(0, 3) + ' ' + digits.substring(3, 5) + ' ' + digits.substring(5);
      default:
        throw new AssertionError(digits);
    }
  }
}
