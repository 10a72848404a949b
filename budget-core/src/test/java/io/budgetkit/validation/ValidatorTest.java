package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private final Rule<Integer> positive =
      Rule.of(
          "n.positive",
          "n is positive",
          Severity.WARNING,
          Optional.empty(),
          (n, out) -> {
            if (n <= 0) {
              out.report(Location.at("n"), "n is not positive", "> 0", "" + n);
            }
          });
  private final Rule<Integer> even =
      Rule.of(
          "n.even",
          "n is even",
          Severity.ERROR,
          Optional.of("none"),
          (n, out) -> {
            if (n % 2 != 0) {
              out.report(Location.at("n"), "n is odd");
            }
          });
  private final Rule<Integer> broken =
      Rule.of(
          "n.broken",
          "always fails",
          Severity.INFO,
          Optional.empty(),
          (n, out) -> {
            throw new IllegalStateException("boom");
          });

  @Test
  void collectsFindingsInRuleOrderWithIdSeverityAndValues() {
    ValidationReport r = Validator.of(List.of(positive, even)).validate(-3);
    assertEquals(2, r.findings().size());
    Finding first = r.findings().get(0);
    assertEquals("n.positive", first.ruleId());
    assertEquals(Severity.WARNING, first.severity());
    assertEquals(Optional.of("> 0"), first.expected());
    assertEquals(Optional.of("-3"), first.actual());
    assertEquals(
        "WARNING n.positive [n] n is not positive expected=> 0 actual=-3", first.toString());
    assertEquals(Optional.empty(), r.findings().get(1).expected());
    assertTrue(r.hasErrors());
    assertEquals(1, r.findingsOf("n.even").size());
    assertEquals(1, r.findings(Severity.ERROR).size());
  }

  @Test
  void aConsistentSubjectGivesACleanReport() {
    ValidationReport r = Validator.of(List.of(positive, even)).validate(4);
    assertTrue(r.isClean());
    assertEquals("0 errors, 0 warnings, 0 notes (profile default)\n", r.toText());
  }

  @Test
  void profileSwitchesOffAndRaises() {
    Validator<Integer> v = Validator.of(List.of(positive, even));
    ValidationReport r = v.validate(-3, RuleProfile.STRICT.without("n.even"));
    assertEquals(1, r.findings().size());
    assertEquals(Severity.ERROR, r.findings().get(0).severity());
    assertEquals("strict-custom", r.profile());
  }

  @Test
  void aFailingRuleBecomesAFindingAndTheOthersStillRun() {
    ValidationReport r = Validator.of(List.of(broken, even)).validate(3);
    assertEquals(
        List.of("validator.rule-failed", "n.even"),
        r.findings().stream().map(Finding::ruleId).toList());
    assertTrue(r.findings().get(0).message().contains("boom"));
    assertEquals(Severity.ERROR, r.findings().get(0).severity());
  }

  @Test
  void rulesAreFoundByIdAndIdsAreUnique() {
    Validator<Integer> v = Validator.of(List.of(positive, even));
    assertEquals(Optional.of(even), v.rule("n.even"));
    assertEquals(Optional.empty(), v.rule("n.odd"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Validator.of(List.of(even, even)));
    assertEquals("Two rules share the id 'n.even'", e.getMessage());
  }

  @Test
  void ruleAppliesToAPartOfALargerSubject() {
    Rule<String> onLength = even.on(String::length);
    assertEquals("n.even", onLength.id());
    assertEquals(Optional.of("none"), onLength.tolerance());
    assertEquals(1, Validator.of(List.of(onLength)).validate("abc").findings().size());
    assertTrue(Validator.of(List.of(onLength)).validate("ab").isClean());
  }
}
