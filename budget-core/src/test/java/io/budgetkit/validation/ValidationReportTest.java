package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.table.Columns;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A report of the seed's findings: texts, counts by severity and the places they name. */
class ValidationReportTest {
  private static final Finding SHARE =
      Finding.builder()
          .ruleId("narrative.share")
          .severity(Severity.ERROR)
          .location(Location.cell(TableId.T5, RowKey.function("221"), Columns.TOTAL))
          .message("Share of 住房保障支出（类）")
          .expected("0.24%")
          .actual("0.25%")
          .build();
  private static final Finding PERIOD =
      Finding.builder()
          .ruleId("subsidy.period")
          .severity(Severity.INFO)
          .location(Location.at("project 2023 年自治区就业补助资金预算 补贴标准"))
          .message("补贴标准 '774.34 元/' states no period")
          .build();
  private static final Finding VEHICLES =
      Finding.builder()
          .ruleId("t10.vehicle-operation")
          .severity(Severity.WARNING)
          .location(Location.row(TableId.T10, RowKey.label("公务用车运行费")))
          .message("公务用车运行费 exceeds")
          .build();

  @Test
  void textListsEachFindingThenTheCounts() {
    ValidationReport r = ValidationReport.of("default", List.of(SHARE, VEHICLES, PERIOD));
    assertEquals(
        "ERROR narrative.share [表5 f:221 total] Share of 住房保障支出（类） expected=0.24% actual=0.25%\n"
            + "WARNING t10.vehicle-operation [表10 label:公务用车运行费] 公务用车运行费 exceeds\n"
            + "INFO subsidy.period [project 2023 年自治区就业补助资金预算 补贴标准] 补贴标准 '774.34 元/'"
            + " states no period\n"
            + "1 errors, 1 warnings, 1 notes (profile default)\n",
        r.toText());
    assertEquals(r.toText(), r.toString());
    assertEquals("default", r.profile());
    assertEquals(List.of(VEHICLES), r.findings(Severity.WARNING));
    assertEquals(List.of(PERIOD), r.findingsOf("subsidy.period"));
    assertTrue(r.hasErrors());
    assertFalse(r.isClean());
  }

  @Test
  void reportWithoutErrors() {
    ValidationReport r = ValidationReport.of("strict", List.of(PERIOD));
    assertFalse(r.hasErrors());
    assertFalse(r.isClean());
    ValidationReport empty = ValidationReport.of("strict", List.of());
    assertTrue(empty.isClean());
    assertEquals("0 errors, 0 warnings, 0 notes (profile strict)\n", empty.toText());
  }

  @Test
  void locationsPrintWhatTheyHave() {
    assertEquals("表10", Location.table(TableId.T10).toString());
    assertEquals(Optional.of("表10"), Location.table(TableId.T10).table());
    assertEquals(Optional.empty(), Location.table(TableId.T10).row());
    assertEquals(
        "表3 f:208 basic",
        Location.cell(TableId.T3, RowKey.function("208"), Columns.BASIC).toString());
    assertEquals(
        new Location(
            Optional.of("表6"),
            Optional.of("label:合计"),
            Optional.of("operating"),
            Optional.of("机关运行经费")),
        new Location(
            Optional.of("表6"),
            Optional.of("label:合计"),
            Optional.of("operating"),
            Optional.of("机关运行经费")));
    assertEquals(
        "表6 label:合计 operating 机关运行经费",
        new Location(
                Optional.of("表6"),
                Optional.of("label:合计"),
                Optional.of("operating"),
                Optional.of("机关运行经费"))
            .toString());
  }

  @Test
  void findingsSinkFillsInAbsentValues() {
    List<String> seen = new java.util.ArrayList<>();
    Findings out =
        (location, message, expected, actual) ->
            seen.add(location + " | " + message + " | " + expected + " " + actual);
    out.report(Location.at("staffing 实有人数"), "实有人数 42");
    out.report(Location.at("预算绩效情况"), "counts", Optional.of("10"), Optional.empty());
    assertEquals(List.of("staffing 实有人数 | 实有人数 42 | null null", "预算绩效情况 | counts | 10 null"), seen);
  }

  @Test
  void aRuleReadsAsItsIdAndAppliesToAPartOfALargerSubject() {
    Rule<String> length =
        Rule.of(
            "text.length",
            "A text is at most three characters",
            Severity.WARNING,
            Optional.of("none"),
            (s, out) -> {
              if (s.length() > 3) {
                out.report(Location.at("text"), "too long: " + s);
              }
            });
    assertEquals("text.length", length.toString());
    Rule<List<String>> first = length.on(l -> l.get(0));
    assertEquals("text.length", first.id());
    assertEquals("A text is at most three characters", first.description());
    assertEquals(Severity.WARNING, first.defaultSeverity());
    assertEquals(Optional.of("none"), first.tolerance());
    List<String> found = new java.util.ArrayList<>();
    first.check(List.of("光纤费用", "x"), (l, m, e, a) -> found.add(l + " " + m));
    first.check(List.of("光纤费", "much longer"), (l, m, e, a) -> found.add(l + " " + m));
    assertEquals(List.of("text too long: 光纤费用"), found);
  }
}
