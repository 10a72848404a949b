package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of adjustments to rules: which are switched off and which report at another severity.
 *
 * <p>{@link #DEFAULT} runs every rule at its own severity; {@link #STRICT} reports every warning as
 * an error. Profiles are immutable; {@code without} and {@code withSeverity} return new ones. A
 * validator refuses a profile that names a rule it does not have ({@link Validator#validate(Object,
 * RuleProfile)}), so that a misspelt rule id is not silently ignored.
 */
public final class RuleProfile {
  /** Every rule at its default severity. */
  public static final RuleProfile DEFAULT =
      new RuleProfile("default", ImmutableSet.of(), ImmutableMap.of(), false);

  /** Every rule, warnings raised to errors. */
  public static final RuleProfile STRICT =
      new RuleProfile("strict", ImmutableSet.of(), ImmutableMap.of(), true);

  private final String name;
  private final ImmutableSet<String> disabled;
  private final ImmutableMap<String, Severity> severities;
  private final boolean warningsAreErrors;

  private RuleProfile(
      String name,
      ImmutableSet<String> disabled,
      ImmutableMap<String, Severity> severities,
      boolean warningsAreErrors) {
    this.name = name;
    this.disabled = disabled;
    this.severities = severities;
    this.warningsAreErrors = warningsAreErrors;
  }

  /**
   * The built-in profile called {@code name}: {@code default} or {@code strict}.
   *
   * @throws IllegalArgumentException quoting the name if there is no such profile
   */
  public static RuleProfile named(String name) {
    requireNonNull(name, "name");
    switch (name) {
      case "default":
        return DEFAULT;
      case "strict":
        return STRICT;
      default:
        throw new IllegalArgumentException(
            "Unknown rule profile '" + name + "': expected 'default' or 'strict'");
    }
  }

  /** The profile's name. */
  public String name() {
    return name;
  }

  /** This profile with the rules {@code ruleIds} switched off, under a new name. */
  public RuleProfile without(String... ruleIds) {
    Set<String> d = new HashSet<>(disabled);
    for (String id : ruleIds) {
      d.add(requireNonNull(id, "ruleId"));
    }
    return new RuleProfile(name + "-custom", ImmutableSet.copyOf(d), severities, warningsAreErrors);
  }

  /** This profile with rule {@code ruleId} reporting at {@code severity}, under a new name. */
  public RuleProfile withSeverity(String ruleId, Severity severity) {
    Map<String, Severity> s = new HashMap<>(severities);
    s.put(requireNonNull(ruleId, "ruleId"), requireNonNull(severity, "severity"));
    return new RuleProfile(name + "-custom", disabled, ImmutableMap.copyOf(s), warningsAreErrors);
  }

  /** This profile renamed. */
  public RuleProfile named(String newName, boolean keepAdjustments) {
    return keepAdjustments
        ? new RuleProfile(newName, disabled, severities, warningsAreErrors)
        : new RuleProfile(newName, ImmutableSet.of(), ImmutableMap.of(), false);
  }

  /**
   * The ids of the rules this profile switches off or re-grades, for checking against a validator.
   */
  Set<String> adjustedRuleIds() {
    Set<String> ids = new HashSet<>(disabled);
    ids.addAll(severities.keySet());
    return ids;
  }

  /** Whether {@code rule} runs under this profile. */
  public boolean isEnabled(Rule<?> rule) {
    return !disabled.contains(rule.id());
  }

  /** The severity {@code rule}'s findings carry under this profile. */
  public Severity severityOf(Rule<?> rule) {
    Severity s = Optional.ofNullable(severities.get(rule.id())).orElse(rule.defaultSeverity());
    return warningsAreErrors && s == Severity.WARNING ? Severity.ERROR : s;
  }

  @Override
  public String toString() {
    return name;
  }
}
