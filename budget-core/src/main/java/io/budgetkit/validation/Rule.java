package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;

/**
 * A validation rule over subjects of type {@code T}: a stable id, a one-line description, a default
 * severity, the tolerance it allows where rounding applies, and the check itself.
 *
 * <p>A check reports each disagreement to its {@link Findings} and throws nothing.
 *
 * @param <T> what the rule checks: a budget, a document
 */
public interface Rule<T> {
  /** The stable id, e.g. {@code t3.row-columns}; used in profiles and reports. */
  String id();

  /** One line on what the rule checks. */
  String description();

  /** The severity of its findings unless a profile says otherwise. */
  Severity defaultSeverity();

  /** The tolerance allowed where rounding applies, stated in words ({@code ±0.01 万元}). */
  default Optional<String> tolerance() {
    return Optional.empty();
  }

  /** Checks {@code subject}, reporting each disagreement to {@code out}. */
  void check(T subject, Findings out);

  /**
   * Why this rule cannot check {@code subject}, if it cannot: the figures it reads are absent (no
   * tables in a layout, no printed text). A validator reports such rules as not run, so that "no
   * findings" never hides "nothing was checked". Empty by default.
   */
  default Optional<String> cannotCheck(T subject) {
    return Optional.empty();
  }

  /**
   * This rule, declared unable to check a subject for which {@code present} is false, for want of
   * {@code what} (e.g. "tables in a layout").
   */
  default Rule<T> requiring(java.util.function.Predicate<? super T> present, String what) {
    Rule<T> self = this;
    return new Rule<>() {
      @Override
      public String id() {
        return self.id();
      }

      @Override
      public String description() {
        return self.description();
      }

      @Override
      public Severity defaultSeverity() {
        return self.defaultSeverity();
      }

      @Override
      public Optional<String> tolerance() {
        return self.tolerance();
      }

      @Override
      public void check(T subject, Findings out) {
        self.check(subject, out);
      }

      @Override
      public Optional<String> cannotCheck(T subject) {
        Optional<String> inner = self.cannotCheck(subject);
        return inner.isPresent() || present.test(subject) ? inner : Optional.of("no " + what);
      }

      @Override
      public String toString() {
        return self.toString();
      }
    };
  }

  /**
   * A rule with the given parts.
   *
   * @param check the check, as a function of subject and sink
   */
  static <T> Rule<T> of(
      String id,
      String description,
      Severity severity,
      Optional<String> tolerance,
      java.util.function.BiConsumer<T, Findings> check) {
    requireNonNull(id, "id");
    requireNonNull(description, "description");
    requireNonNull(severity, "severity");
    requireNonNull(tolerance, "tolerance");
    requireNonNull(check, "check");
    return new Rule<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public Severity defaultSeverity() {
        return severity;
      }

      @Override
      public Optional<String> tolerance() {
        return tolerance;
      }

      @Override
      public void check(T subject, Findings out) {
        check.accept(subject, out);
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }

  /** This rule applied to the part of a larger subject that {@code part} selects. */
  default <S> Rule<S> on(Function<? super S, ? extends T> part) {
    Rule<T> self = this;
    return of(
        id(),
        description(),
        defaultSeverity(),
        tolerance(),
        (s, out) -> self.check(part.apply(s), out));
  }
}
