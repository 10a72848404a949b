package io.budgetkit.code;

/**
 * The level of a classification code: 类 (3 digits), 款 (5 digits) or 项 (7 digits).
 *
 * <p>Levels are ordered from the broadest ({@link #CLASS}) to the narrowest ({@link #ITEM}).
 */
public enum CodeLevel {
  /** 类: three digits, e.g. {@code 208}. */
  CLASS("类", 3),
  /** 款: five digits, e.g. {@code 208 01}. */
  SECTION("款", 5),
  /** 项: seven digits, e.g. {@code 208 01 01}. */
  ITEM("项", 7);

  private final String label;
  private final int digits;

  CodeLevel(String label, int digits) {
    this.label = label;
    this.digits = digits;
  }

  /** The Chinese name of the level as printed in the tables' heads: 类, 款 or 项. */
  public String label() {
    return label;
  }

  /** The number of digits a code of this level has. */
  public int digits() {
    return digits;
  }

  /** The level of a code with {@code digits} digits, or {@code null} if no level has that many. */
  static CodeLevel ofDigits(int digits) {
    for (CodeLevel level : values()) {
      if (level.digits == digits) {
        return level;
      }
    }
    return null;
  }
}
