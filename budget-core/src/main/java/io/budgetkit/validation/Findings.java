package io.budgetkit.validation;

import io.budgetkit.document.Evidence;
import java.util.Optional;

/** Where a {@link Rule} reports what it finds; the rule's id and severity are filled in for it. */
public interface Findings {
  /** Reports a disagreement with its expected and actual values. */
  void report(Location location, String message, String expected, String actual);

  /**
   * Reports a disagreement with the place it is printed in the source document. Sinks that keep no
   * evidence drop it.
   */
  default void report(
      Location location, String message, String expected, String actual, Evidence evidence) {
    report(location, message, expected, actual);
  }

  /**
   * Reports an arithmetic disagreement on a table cell with its typed figures as well as their
   * printed text. Sinks that keep no figures drop them.
   */
  default void report(
      Location location,
      String message,
      String expected,
      String actual,
      Evidence evidence,
      Figures figures) {
    report(location, message, expected, actual, evidence);
  }

  /** Reports a disagreement that has no single expected value. */
  default void report(Location location, String message) {
    report(location, message, (String) null, (String) null);
  }

  /** Reports with optional expected and actual values. */
  default void report(
      Location location, String message, Optional<String> expected, Optional<String> actual) {
    report(location, message, expected.orElse(null), actual.orElse(null));
  }

  /**
   * Reports a disagreement with where it is printed. A sink that keeps no evidence (a test's list
   * of messages, say) drops it; the {@link Validator}'s sink puts it on the {@link Finding}.
   */
  default void report(
      Location location,
      String message,
      Optional<String> expected,
      Optional<String> actual,
      Evidence evidence) {
    report(location, message, expected.orElse(null), actual.orElse(null), evidence);
  }
}
