package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a validation run, in the order the rules ran. A value: validation never throws
 * for a mistake in the budget. Immutable.
 */
public final class ValidationReport {
  private final String profile;
  private final ImmutableList<Finding> findings;
  private final ImmutableMap<String, String> notRun;

  private ValidationReport(
      String profile, ImmutableList<Finding> findings, ImmutableMap<String, String> notRun) {
    this.profile = profile;
    this.findings = findings;
    this.notRun = notRun;
  }

  /** A report of {@code findings} made under the profile named {@code profile}. */
  public static ValidationReport of(String profile, List<Finding> findings) {
    return of(profile, findings, Map.of());
  }

  /**
   * A report of {@code findings}, and of the rules that did not run with the reason each could not
   * ({@code notRun}, by rule id, in the order the rules come).
   */
  public static ValidationReport of(
      String profile, List<Finding> findings, Map<String, String> notRun) {
    return new ValidationReport(
        requireNonNull(profile, "profile"),
        ImmutableList.copyOf(requireNonNull(findings, "findings")),
        ImmutableMap.copyOf(requireNonNull(notRun, "notRun")));
  }

  /**
   * The rules that did not run because the document lacks what they read, each with the reason ("no
   * tables in a layout", "no printed text"), so that a clean report is never mistaken for a checked
   * one.
   */
  public ImmutableMap<String, String> notRun() {
    return notRun;
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
    if (!notRun.isEmpty()) {
      Map<String, List<String>> byReason = new LinkedHashMap<>();
      notRun.forEach((id, why) -> byReason.computeIfAbsent(why, k -> new ArrayList<>()).add(id));
      out.append(notRun.size()).append(" rules did not run:");
      String sep = " ";
      for (Map.Entry<String, List<String>> e : byReason.entrySet()) {
        out.append(sep).append(e.getValue().size()).append(" for ").append(e.getKey());
        sep = ", ";
      }
      out.append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return toText();
  }
}
