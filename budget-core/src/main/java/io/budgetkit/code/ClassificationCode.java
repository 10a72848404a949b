package io.budgetkit.code;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What function and economic codes share: digits grouped 3-2-2, a level, the hierarchy they imply,
 * and the document's order. Package-private; its public methods are part of each code's API.
 *
 * @param <C> the code type itself
 */
abstract class ClassificationCode<C extends ClassificationCode<C>> implements Comparable<C> {
  private final String digits;
  private final CodeLevel level;
  private final String spaced;

  /**
   * The enclosing codes by level ordinal (null at and below this code's level), worked out on first
   * use; written once as a whole array, so a reader sees it complete or not at all.
   */
  private volatile Object[] enclosing;

  ClassificationCode(String digits, CodeLevel level) {
    this.digits = digits;
    this.level = level;
    this.spaced = CodeSyntax.spaced(digits);
  }

  /** The code with {@code digits}, of this code's classification. */
  abstract C withDigits(String digits);

  /** "Function" or "Economic", for messages. */
  abstract String classification();

  /** The digits without spaces, e.g. {@code 2080101}. */
  public final String digits() {
    return digits;
  }

  /** 类, 款 or 项. */
  public final CodeLevel level() {
    return level;
  }

  /** The enclosing code one level up, or empty for a 类. */
  public final Optional<C> parent() {
    return level == CodeLevel.CLASS
        ? Optional.empty()
        : Optional.of(withDigits(digits.substring(0, digits.length() - 2)));
  }

  /**
   * This code's ancestor at {@code target} level, or this code itself at its own level.
   *
   * @throws IllegalArgumentException if {@code target} is below this code's level
   */
  @SuppressWarnings("unchecked")
  public final C at(CodeLevel target) {
    requireNonNull(target, "target");
    if (target.compareTo(level) > 0) {
      throw new IllegalArgumentException(
          classification()
              + " code '"
              + this
              + "' is a "
              + level.label()
              + "; it has no "
              + target.label());
    }
    if (target == level) {
      return (C) this;
    }
    Object[] e = enclosing;
    if (e == null) {
      e = new Object[CodeLevel.values().length];
      for (CodeLevel l : CodeLevel.values()) {
        if (l.compareTo(level) < 0) {
          e[l.ordinal()] = withDigits(digits.substring(0, l.digits()));
        }
      }
      enclosing = e;
    }
    return (C) e[target.ordinal()];
  }

  /** The ancestors from the 类 down, excluding this code: {@code [208, 208 01]} for 208 01 01. */
  public final ImmutableList<C> ancestors() {
    ImmutableList.Builder<C> result = ImmutableList.builder();
    for (CodeLevel l : CodeLevel.values()) {
      if (l.compareTo(level) < 0) {
        result.add(withDigits(digits.substring(0, l.digits())));
      }
    }
    return result.build();
  }

  /** Whether this code strictly encloses {@code other} (208 is an ancestor of 208 01 01). */
  public final boolean isAncestorOf(C other) {
    requireNonNull(other, "other");
    String d = other.digits();
    return d.length() > digits.length() && d.startsWith(digits);
  }

  /** The document's order: every code before the codes under it, siblings by digits. */
  @Override
  public final int compareTo(C other) {
    return digits.compareTo(other.digits());
  }

  @Override
  public final boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && ((ClassificationCode<?>) o).digits.equals(digits);
  }

  @Override
  public final int hashCode() {
    return digits.hashCode();
  }

  /** The canonical form, grouped by spaces as the tables print it: {@code 208 01 01}. */
  @Override
  public final String toString() {
    return spaced;
  }
}
