package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import io.budgetkit.code.FunctionCode;
import java.util.Optional;

/**
 * What a narrative statement measures: the lines of a slice under a function code at any level (or
 * under every code), a {@link Figure} of the tables, or another {@link Fact}. Exactly one of slice
 * (with its optional code), figure and fact applies.
 *
 * @param function the function code (类, 款 or 项) whose lines are meant, if any
 * @param slice the fund sources, kinds and economic classes meant ({@link Slice#ALL} for all)
 * @param figure the table figure meant, instead of a slice
 * @param fact the other fact meant, instead of a slice
 */
public record Subject(
    Optional<FunctionCode> function, Slice slice, Optional<Figure> figure, Optional<Fact> fact) {
  /** Checks that at most one of figure and fact is given, and no code with them. */
  public Subject {
    requireNonNull(function, "function");
    requireNonNull(slice, "slice");
    requireNonNull(figure, "figure");
    requireNonNull(fact, "fact");
    if (figure.isPresent() && fact.isPresent()) {
      throw new IllegalArgumentException("A subject is a figure or a fact, not both");
    }
    if ((figure.isPresent() || fact.isPresent()) && (function.isPresent() || !slice.isAll())) {
      throw new IllegalArgumentException("A figure or fact subject has no code or slice");
    }
  }

  /** The lines of {@code slice} under every code. */
  public static Subject of(Slice slice) {
    return new Subject(Optional.empty(), slice, Optional.empty(), Optional.empty());
  }

  /** The lines of {@code slice} under {@code code}. */
  public static Subject of(FunctionCode code, Slice slice) {
    return new Subject(Optional.of(code), slice, Optional.empty(), Optional.empty());
  }

  /** A figure of the tables. */
  public static Subject of(Figure figure) {
    return new Subject(Optional.empty(), Slice.ALL, Optional.of(figure), Optional.empty());
  }

  /** Another fact. */
  public static Subject of(Fact fact) {
    return new Subject(Optional.empty(), Slice.ALL, Optional.empty(), Optional.of(fact));
  }

  /** Whether this subject is a slice of the lines. */
  public boolean isSlice() {
    return figure.isEmpty() && fact.isEmpty();
  }
}
