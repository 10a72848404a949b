package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The findings of a validation run, in the order the rules ran. A value: validation never throws
 * for a mistake in the budget. Immutable.
 */
public final class ValidationReport {
  private final String profile;
  private final ImmutableList<Finding> findings;

  private ValidationReport(String profile, ImmutableList<Finding> findings) {
    this.profile = profile;
    this.findings = findings;
  }

  /** A report of {@code findings} made under the profile named {@code profile}. */
  public static ValidationReport of(String profile, List<Finding> findings) {
    return new ValidationReport(
        requireNonNull(profile, "profile"),
        ImmutableList.copyOf(requireNonNull(findings, "findings")));
  }

  /** The name of the profile the rules ran under. */
  public String profile() {
    return profile;
  }

  /** Every finding. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The findings of one severity. */
  public ImmutableList<Finding> findings(Severity severity) {
    return findings.stream()
        .filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /** The findings of one rule. */
  public ImmutableList<Finding> findingsOf(String ruleId) {
    return findings.stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether any finding is at {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Whether there is no finding at all. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** One finding a line, then a count by severity. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append(f).append('\n');
    }
    out.append(findings(Severity.ERROR).size())
        .append(" errors, ")
        .append(findings(Severity.WARNING).size())
        .append(" warnings, ")
        .append(findings(Severity.INFO).size())
        .append(" notes (profile ")
        .append(profile)
        .append(")\n");
    return out.toString();
  }

  @Override
  public String toString() {
    return toText();
  }
}
