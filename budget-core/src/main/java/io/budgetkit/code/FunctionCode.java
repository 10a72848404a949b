package io.budgetkit.code;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;

/**
 * A code of the expenditure function classification (支出功能分类科目): 类 {@code 208}, 款 {@code 208 01} or
 * 项 {@code 208 01 01}.
 *
 * <p>The code, not its name, is the identity: 行政运行 appears under many 款. Codes order as the
 * document orders its rows, each 类 followed by its 款 and each 款 by its 项 ({@code 208 < 208 01 < 208
 * 01 01 < 208 05}). Instances are immutable, interned in a weak table (equal codes in use are one
 * instance; unused ones are collected) and safe to share between threads.
 */
public final class FunctionCode extends ClassificationCode<FunctionCode> {
  /** Weakly held: a code no document refers to any more is collected, not kept for ever. */
  private static final Interner<FunctionCode> INTERNED = Interners.newWeakInterner();

  private FunctionCode(String digits, CodeLevel level) {
    super(digits, level);
  }

  /**
   * Parses any written form of a function code: {@code 208}, {@code 208 01}, {@code 20801}, {@code
   * 2080101} or {@code 208 01 01}.
   *
   * @throws IllegalArgumentException if the text is not such a code; the message quotes it
   */
  public static FunctionCode parse(CharSequence text) {
    requireNonNull(text, "text");
    String digits = CodeSyntax.digitsOf(text.toString());
    CodeLevel level = digits == null ? null : CodeLevel.ofDigits(digits.length());
    if (level == null) {
      throw new IllegalArgumentException(
          "Malformed function code '"
              + CodeSyntax.clip(text)
              + "': expected 3 digits (类), 5 (款) or 7 (项), with or without spaces between the"
              + " groups, e.g. '208', '208 01', '208 01 01' or '2080101'");
    }
    return INTERNED.intern(new FunctionCode(digits, level));
  }

  @Override
  FunctionCode withDigits(String digits) {
    return parse(digits);
  }

  @Override
  String classification() {
    return "Function";
  }
}
