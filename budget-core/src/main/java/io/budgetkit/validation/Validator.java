package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.Evidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a list of rules over a subject and collects their findings into a {@link ValidationReport}.
 *
 * <p>Never throws for a mistake in the subject. Should a rule itself fail with an exception, that
 * becomes an {@link Severity#ERROR} finding of rule {@code validator.rule-failed} naming the rule,
 * so one broken rule cannot hide the others' findings. Immutable and thread-safe.
 *
 * @param <T> what the rules check
 */
public final class Validator<T> {
  private final ImmutableList<Rule<T>> rules;

  private Validator(ImmutableList<Rule<T>> rules) {
    this.rules = rules;
  }

  /**
   * A validator of {@code rules}, run in the order given.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static <T> Validator<T> of(List<? extends Rule<T>> rules) {
    Set<String> ids = new HashSet<>();
    for (Rule<T> r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("Two rules share the id '" + r.id() + "'");
      }
    }
    return new Validator<>(ImmutableList.copyOf(rules));
  }

  /** The rules, in the order they run. */
  public ImmutableList<Rule<T>> rules() {
    return rules;
  }

  /** The rule with {@code id}, if any. */
  public Optional<Rule<T>> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Runs every rule at its default severity. */
  public ValidationReport validate(T subject) {
    return validate(subject, RuleProfile.DEFAULT);
  }

  /**
   * Runs the rules {@code profile} enables, at the severities it gives.
   *
   * @throws IllegalArgumentException if {@code profile} switches off or re-grades a rule id that is
   *     not among this validator's rules (a caller's mistake, such as a misspelt id)
   */
  public ValidationReport validate(T subject, RuleProfile profile) {
    requireNonNull(subject, "subject");
    requireNonNull(profile, "profile");
    Set<String> unknown = new TreeSet<>(profile.adjustedRuleIds());
    rules.forEach(r -> unknown.remove(r.id()));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Rule profile '"
              + profile.name()
              + "' names rules this validator does not have: "
              + unknown
              + "; expected ids such as '"
              + (rules.isEmpty() ? "" : rules.get(0).id())
              + "' (rules() lists all "
              + rules.size()
              + ")");
    }
    List<Finding> findings = new ArrayList<>();
    Map<String, String> notRun = new LinkedHashMap<>();
    for (Rule<T> rule : rules) {
      if (!profile.isEnabled(rule)) {
        continue;
      }
      Optional<String> cannot;
      try {
        cannot = rule.cannotCheck(subject);
      } catch (RuntimeException e) {
        cannot = Optional.empty();
      }
      if (cannot.isPresent()) {
        notRun.put(rule.id(), cannot.get());
        continue;
      }
      Severity severity = profile.severityOf(rule);
      Findings sink =
          new Findings() {
            @Override
            public void report(Location location, String message, String expected, String actual) {
              report(location, message, expected, actual, null);
            }

            @Override
            public void report(
                Location location,
                String message,
                String expected,
                String actual,
                Evidence evidence) {
              report(location, message, expected, actual, evidence, null);
            }

            @Override
            public void report(
                Location location,
                String message,
                String expected,
                String actual,
                Evidence evidence,
                Figures figures) {
              findings.add(
                  Finding.builder()
                      .ruleId(rule.id())
                      .severity(severity)
                      .location(location)
                      .message(message)
                      .expected(Optional.ofNullable(expected))
                      .actual(Optional.ofNullable(actual))
                      .evidence(Optional.ofNullable(evidence))
                      .figures(Optional.ofNullable(figures))
                      .build());
            }
          };
      try {
        rule.check(subject, sink);
      } catch (RuntimeException e) {
        findings.add(
            Finding.builder()
                .ruleId("validator.rule-failed")
                .severity(Severity.ERROR)
                .location(Location.at("rule " + rule.id()))
                .message("Rule " + rule.id() + " failed: " + e)
                .build());
      }
    }
    return ValidationReport.of(profile.name(), findings, notRun);
  }
}
