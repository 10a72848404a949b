package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleProfileTest {
  private final Rule<String> warning =
      Rule.of("line.kind-economic", "kinds", Severity.WARNING, Optional.empty(), (s, out) -> {});
  private final Rule<String> error =
      Rule.of("project.lines", "lines", Severity.ERROR, Optional.empty(), (s, out) -> {});

  @Test
  void defaultRunsEveryRuleAtItsOwnSeverity() {
    assertTrue(RuleProfile.DEFAULT.isEnabled(warning));
    assertEquals(Severity.WARNING, RuleProfile.DEFAULT.severityOf(warning));
    assertEquals(Severity.ERROR, RuleProfile.DEFAULT.severityOf(error));
  }

  @Test
  void strictRaisesWarningsToErrors() {
    assertEquals(Severity.ERROR, RuleProfile.STRICT.severityOf(warning));
    assertEquals(Severity.ERROR, RuleProfile.STRICT.severityOf(error));
  }

  @Test
  void withoutSwitchesRulesOffUnderANewName() {
    RuleProfile p = RuleProfile.DEFAULT.without("project.lines");
    assertFalse(p.isEnabled(error));
    assertTrue(p.isEnabled(warning));
    assertEquals("default-custom", p.name());
    assertTrue(RuleProfile.DEFAULT.isEnabled(error), "profiles are immutable");
  }

  @Test
  void withSeverityOverridesOneRule() {
    RuleProfile p = RuleProfile.DEFAULT.withSeverity("project.lines", Severity.INFO);
    assertEquals(Severity.INFO, p.severityOf(error));
    assertEquals(Severity.WARNING, p.severityOf(warning));
    RuleProfile strict = RuleProfile.STRICT.withSeverity("line.kind-economic", Severity.WARNING);
    assertEquals(Severity.ERROR, strict.severityOf(warning), "strict still raises warnings");
  }

  @Test
  void namedFindsTheBuiltInProfiles() {
    assertSame(RuleProfile.DEFAULT, RuleProfile.named("default"));
    assertSame(RuleProfile.STRICT, RuleProfile.named("strict"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RuleProfile.named("lenient"));
    assertEquals("Unknown rule profile 'lenient': expected 'default' or 'strict'", e.getMessage());
  }

  @Test
  void renamingKeepsOrDropsTheAdjustments() {
    RuleProfile p = RuleProfile.DEFAULT.without("project.lines");
    assertFalse(p.named("audit", true).isEnabled(error));
    assertTrue(p.named("audit", false).isEnabled(error));
    assertEquals("audit", p.named("audit", true).toString());
  }
}
