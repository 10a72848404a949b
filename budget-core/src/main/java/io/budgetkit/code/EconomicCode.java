package io.budgetkit.code;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A code of the departmental economic classification (部门预算支出经济分类科目): 类 {@code 301} or 款 {@code 301
 * 01}.
 *
 * <p>The code, not its name, is the identity. Codes order as the document orders its rows, each 类
 * followed by its 款 ({@code 301 < 301 01 < 301 02 < 302}). Instances are immutable, interned and
 * safe to share between threads.
 */
public final class EconomicCode implements Comparable<EconomicCode> {
  private static final ConcurrentMap<String, EconomicCode> INTERNED = new ConcurrentHashMap<>();

  private final String digits;
  private final CodeLevel level;

  /**
   * The canonical spaced form, computed once: codes are interned, so this costs nothing per use.
   */
  private final String spaced;

  private EconomicCode(String digits, CodeLevel level) {
    this.digits = digits;
    this.level = level;
    this.spaced = CodeSyntax.spaced(digits);
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
              + text
              + "': expected 3 digits (类) or 5 (款), with or without a space between the groups,"
              + " e.g. '301', '301 01' or '30101'");
    }
    return INTERNED.computeIfAbsent(digits, d -> new EconomicCode(d, level));
  }

  /** The digits without spaces, e.g. {@code 30101}. */
  public String digits() {
    return digits;
  }

  /** 类 or 款. */
  public CodeLevel level() {
    return level;
  }

  /** The enclosing code one level up, or empty for a 类. */
  public Optional<EconomicCode> parent() {
    return level == CodeLevel.CLASS ? Optional.empty() : Optional.of(truncate(digits.length() - 2));
  }

  /** This code's ancestor at {@code target} level, or this code itself at its own level. */
  public EconomicCode at(CodeLevel target) {
    requireNonNull(target, "target");
    if (target.compareTo(level) > 0) {
      throw new IllegalArgumentException(
          "Economic code '" + this + "' is a " + level.label() + "; it has no " + target.label());
    }
    return target == level ? this : truncate(target.digits());
  }

  /** The ancestors, excluding this code: {@code [301]} for 301 01, empty for a 类. */
  public ImmutableList<EconomicCode> ancestors() {
    ImmutableList.Builder<EconomicCode> result = ImmutableList.builder();
    for (CodeLevel l : CodeLevel.values()) {
      if (l.compareTo(level) < 0) {
        result.add(truncate(l.digits()));
      }
    }
    return result.build();
  }

  /** Whether this code strictly encloses {@code other} (301 is an ancestor of 301 01). */
  public boolean isAncestorOf(EconomicCode other) {
    requireNonNull(other, "other");
    return other.digits.length() > digits.length() && other.digits.startsWith(digits);
  }

  private EconomicCode truncate(int length) {
    return parse(digits.substring(0, length));
  }

  @Override
  public int compareTo(EconomicCode other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EconomicCode && ((EconomicCode) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** The canonical form, grouped by a space as the tables print it: {@code 301 01}. */
  @Override
  public String toString() {
    return spaced;
  }
}
