package io.budgetkit.code;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;

/**
 * A code of the departmental economic classification (部门预算支出经济分类科目): 类 {@code 301} or 款 {@code 301
 * 01}.
 *
 * <p>The code, not its name, is the identity. Codes order as the document orders its rows, each 类
 * followed by its 款 ({@code 301 < 301 01 < 301 02 < 302}). Instances are immutable, interned in a
 * weak table (equal codes in use are one instance; unused ones are collected) and safe to share
 * between threads.
 */
public final class EconomicCode extends ClassificationCode<EconomicCode> {
  /** Weakly held: a code no document refers to any more is collected, not kept for ever. */
  private static final Interner<EconomicCode> INTERNED = Interners.newWeakInterner();

  private EconomicCode(String digits, CodeLevel level) {
    super(digits, level);
  }

  /**
   * Parses any written form of an economic code: {@code 301}, {@code 301 01} or {@code 30101}.
   *
   * @throws IllegalArgumentException if the text is not such a code; the message quotes it
   */
  public static EconomicCode parse(CharSequence text) {
    requireNonNull(text, "text");
    String digits = CodeSyntax.digitsOf(text.toString());
    CodeLevel level = digits == null ? null : CodeLevel.ofDigits(digits.length());
    if (level == null || level == CodeLevel.ITEM) {
      throw new IllegalArgumentException(
          "Malformed economic code '"
              + CodeSyntax.clip(text)
              + "': expected 3 digits (类) or 5 (款), with or without a space between the groups,"
              + " e.g. '301', '301 01' or '30101'");
    }
    return INTERNED.intern(new EconomicCode(digits, level));
  }

  @Override
  EconomicCode withDigits(String digits) {
    return parse(digits);
  }

  @Override
  String classification() {
    return "Economic";
  }
}
