package io.budgetkit.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.validation.BudgetRules;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.RuleProfile;
import io.budgetkit.validation.Severity;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validator;
import io.budgetkit.validation.Validators;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on budgets that explain a failure in the document's terms: which rule, where, what was
 * expected and what is there, amounts in 万元.
 *
 * <p>They throw {@link AssertionError} and nothing else, so they work from JUnit, TestNG or plain
 * code. {@link Severity#INFO} notes never fail an assertion; warnings and errors do.
 *
 * <pre>{@code
 * BudgetAssertions.assertConsistent(budget);
 * BudgetAssertions.assertTotal(Amount.ofWanYuan("14,941.05"), budget.total(), "收支总预算");
 * }</pre>
 */
public final class BudgetAssertions {
  private BudgetAssertions() {}

  /**
   * Asserts that {@link BudgetRules#validator()} finds nothing wrong with {@code budget}.
   *
   * @throws AssertionError listing each finding: rule, place, message, expected, actual
   */
  public static void assertConsistent(UnitBudget budget) {
    assertConsistent(budget, BudgetRules.validator());
  }

  /**
   * Asserts that {@code validator} finds nothing wrong with {@code budget}.
   *
   * @throws AssertionError listing each finding: rule, place, message, expected, actual
   */
  public static void assertConsistent(UnitBudget budget, Validator<UnitBudget> validator) {
    requireNonNull(budget, "budget");
    requireNonNull(validator, "validator");
    assertClean(validator.validate(budget), "budget of " + budget.profile().name());
  }

  /**
   * Asserts that {@link io.budgetkit.validation.Validators#document()} finds nothing wrong with
   * {@code document}: its budget, its published tables, its narrative and its facts.
   *
   * @throws AssertionError listing each finding: severity, rule, place, message, expected, actual
   */
  public static void assertConsistent(BudgetDocument document) {
    assertConsistent(document, Validators.document());
  }

  /**
   * Asserts that {@code validator} finds nothing wrong with {@code document}.
   *
   * @throws AssertionError listing each finding: severity, rule, place, message, expected, actual
   */
  public static void assertConsistent(
      BudgetDocument document, Validator<BudgetDocument> validator) {
    assertConsistent(document, validator, RuleProfile.DEFAULT);
  }

  /**
   * Asserts that {@code validator} under {@code profile} finds nothing wrong with {@code document}.
   *
   * @throws AssertionError listing each finding: severity, rule, place, message, expected, actual
   */
  public static void assertConsistent(
      BudgetDocument document, Validator<BudgetDocument> validator, RuleProfile profile) {
    requireNonNull(document, "document");
    requireNonNull(validator, "validator");
    requireNonNull(profile, "profile");
    assertClean(
        validator.validate(document, profile), "document of " + document.budget().profile().name());
  }

  /**
   * Asserts that {@code report} holds no warning and no error.
   *
   * @param what what was validated, for the message
   * @throws AssertionError listing each finding
   */
  public static void assertClean(ValidationReport report, String what) {
    requireNonNull(report, "report");
    List<Finding> problems = problems(report);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "Expected the "
              + what
              + " to be consistent, but "
              + problems.size()
              + (problems.size() == 1 ? " finding" : " findings")
              + " (profile "
              + report.profile()
              + "):\n"
              + describe(problems));
    }
  }

  /**
   * Asserts that {@code report} holds at least one finding of rule {@code ruleId}, and returns
   * those findings for further checks.
   *
   * @throws AssertionError listing what the report holds instead
   */
  public static ImmutableList<Finding> assertFinds(ValidationReport report, String ruleId) {
    requireNonNull(report, "report");
    requireNonNull(ruleId, "ruleId");
    ImmutableList<Finding> found = report.findingsOf(ruleId);
    if (found.isEmpty()) {
      throw new AssertionError(
          "Expected a finding of rule "
              + ruleId
              + ", but "
              + (report.isClean()
                  ? "the report is clean"
                  : "the report holds only:\n" + describe(report.findings())));
    }
    return found;
  }

  /**
   * Asserts that {@code report} holds findings of rule {@code ruleId} and of no other rule.
   *
   * @throws AssertionError listing the findings of other rules, or saying there is none of {@code
   *     ruleId}
   */
  public static ImmutableList<Finding> assertFindsOnly(ValidationReport report, String ruleId) {
    ImmutableList<Finding> found = assertFinds(report, ruleId);
    List<Finding> others =
        report.findings().stream()
            .filter(f -> !f.ruleId().equals(ruleId))
            .collect(Collectors.toList());
    if (!others.isEmpty()) {
      throw new AssertionError(
          "Expected findings of rule " + ruleId + " only, but also:\n" + describe(others));
    }
    return found;
  }

  /**
   * Asserts that two amounts are equal, to the fen.
   *
   * @param what what the amount is, for the message: {@code 表5 208 合计}
   * @throws AssertionError saying both in 万元 (and in 元 when they differ by less than the 0.01 万元
   *     the tables print), and the difference
   */
  public static void assertTotal(Amount expected, Amount actual, String what) {
    requireNonNull(expected, "expected");
    requireNonNull(actual, "actual");
    if (expected.equals(actual)) {
      return;
    }
    Amount difference = actual.minus(expected);
    boolean hidden = expected.format(MoneyUnit.WAN_YUAN).equals(actual.format(MoneyUnit.WAN_YUAN));
    throw new AssertionError(
        what
            + ": expected "
            + wan(expected)
            + " but was "
            + wan(actual)
            + " (difference "
            + (difference.isNegative() ? "" : "+")
            + wan(difference)
            + (hidden || difference.fen() % 10_000 != 0
                ? "; in 元: expected "
                    + expected.toYuan().toPlainString()
                    + ", was "
                    + actual.toYuan().toPlainString()
                : "")
            + ")");
  }

  private static String wan(Amount a) {
    return a.format(MoneyUnit.WAN_YUAN) + " 万元";
  }

  private static List<Finding> problems(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .collect(Collectors.toList());
  }

  /** One finding a line: severity, rule, place, message, expected, actual. */
  static String describe(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append("  ")
          .append(f.severity())
          .append(' ')
          .append(f.ruleId())
          .append(" at ")
          .append(f.location())
          .append(": ")
          .append(f.message());
      f.expected().ifPresent(e -> out.append("; expected ").append(e));
      f.actual().ifPresent(a -> out.append(", actual ").append(a));
      out.append('\n');
    }
    return out.toString();
  }
}
