package io.budgetkit.code;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A code of the expenditure function classification (支出功能分类科目): 类 {@code 208}, 款 {@code 208 01} or
 * 项 {@code 208 01 01}.
 *
 * <p>The code, not its name, is the identity: 行政运行 appears under many 款. Codes order as the
 * document orders its rows, each 类 followed by its 款 and each 款 by its 项 ({@code 208 < 208 01 < 208
 * 01 01 < 208 05}). Instances are immutable, interned and safe to share between threads.
 */
public final class FunctionCode implements Comparable<FunctionCode> {
  private static final ConcurrentMap<String, FunctionCode> INTERNED = new ConcurrentHashMap<>();

  private final String digits;
  private final CodeLevel level;

  /**
   * The canonical spaced form, computed once: codes are interned, so this costs nothing per use.
   */
  private final String spaced;

  private FunctionCode(String digits, CodeLevel level) {
    this.digits = digits;
    this.level = level;
    this.spaced = CodeSyntax.spaced(digits);
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
              + text
              + "': expected 3 digits (类), 5 (款) or 7 (项), with or without spaces between the"
              + " groups, e.g. '208', '208 01', '208 01 01' or '2080101'");
    }
    return INTERNED.computeIfAbsent(digits, d -> new FunctionCode(d, level));
  }

  /** The digits without spaces, e.g. {@code 2080101}. */
  public String digits() {
    return digits;
  }

  /** 类, 款 or 项. */
  public CodeLevel level() {
    return level;
  }

  /** The enclosing code one level up, or empty for a 类. */
  public Optional<FunctionCode> parent() {
    return level == CodeLevel.CLASS ? Optional.empty() : Optional.of(truncate(digits.length() - 2));
  }

  /** This code's ancestor at {@code target} level, or this code itself at its own level. */
  public FunctionCode at(CodeLevel target) {
    requireNonNull(target, "target");
    if (target.compareTo(level) > 0) {
      throw new IllegalArgumentException(
          "Function code '" + this + "' is a " + level.label() + "; it has no " + target.label());
    }
    return target == level ? this : truncate(target.digits());
  }

  /** The ancestors from the 类 down, excluding this code: {@code [208, 208 01]} for 208 01 01. */
  public ImmutableList<FunctionCode> ancestors() {
    ImmutableList.Builder<FunctionCode> result = ImmutableList.builder();
    for (CodeLevel l : CodeLevel.values()) {
      if (l.compareTo(level) < 0) {
        result.add(truncate(l.digits()));
      }
    }
    return result.build();
  }

  /** Whether this code strictly encloses {@code other} (208 is an ancestor of 208 01 01). */
  public boolean isAncestorOf(FunctionCode other) {
    requireNonNull(other, "other");
    return other.digits.length() > digits.length() && other.digits.startsWith(digits);
  }

  private FunctionCode truncate(int length) {
    return parse(digits.substring(0, length));
  }

  @Override
  public int compareTo(FunctionCode other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunctionCode && ((FunctionCode) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** The canonical form, grouped by spaces as the tables print it: {@code 208 01 01}. */
  @Override
  public String toString() {
    return spaced;
  }
}
