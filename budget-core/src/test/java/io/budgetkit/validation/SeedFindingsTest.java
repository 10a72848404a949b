package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeedFindingsTest {
  @Test
  void printReport() {
    ValidationReport report = Validators.document().validate(SeedFixture.document());
    System.out.println(report.toText());
    assertEquals(0, report.findingsOf("validator.rule-failed").size());
  }
}
