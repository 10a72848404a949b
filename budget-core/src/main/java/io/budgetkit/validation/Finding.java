package io.budgetkit.validation;

import io.budgetkit.document.Evidence;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One disagreement found by a rule: which rule, how serious, where, what, and the expected and
 * actual values as text (amounts in 万元 with two decimals, as the document prints them). Immutable.
 */
@Value.Immutable
public abstract class Finding {
  /** The id of the rule that found it, e.g. {@code project.allocation-sum}. */
  public abstract String ruleId();

  /** The severity under the profile in force. */
  public abstract Severity severity();

  /** Where it is. */
  public abstract Location location();

  /** One sentence saying what disagrees. */
  public abstract String message();

  /** What the identity requires, where it gives a value. */
  public abstract Optional<String> expected();

  /** What the document has. */
  public abstract Optional<String> actual();

  /** Where the finding is printed in the source document (page, box, snippet), when known. */
  public abstract Optional<Evidence> evidence();

  /** For an arithmetic finding on a table cell: the cell and the exact figures, typed. */
  public abstract Optional<Figures> figures();

  /** One line: severity, rule, location, message, expected, actual. */
  @Override
  public String toString() {
    return severity()
        + " "
        + ruleId()
        + " ["
        + location()
        + "] "
        + message()
        + expected().map(e -> " expected=" + e).orElse("")
        + actual().map(a -> " actual=" + a).orElse("");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
