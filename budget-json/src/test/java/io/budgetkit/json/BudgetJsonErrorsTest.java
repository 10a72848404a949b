package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Malformed input fails with one clear error naming the path, line and column. */
class BudgetJsonErrorsTest {
  private static final String GOOD = BudgetJson.toJson(SeedSample.document());
  private static final String AMOUNT = "\"amount\": \"110.94\"";

  private static BudgetJsonException failure(String json) {
    return assertThrows(BudgetJsonException.class, () -> BudgetJson.fromJson(json));
  }

  private static BudgetJsonException failureReplacing(String target, String replacement) {
    assertTrue(GOOD.contains(target), target);
    return failure(GOOD.replaceFirst(java.util.regex.Pattern.quote(target), replacement));
  }

  private static void assertAt(BudgetJsonException e, String path, int line, String... phrases) {
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.column() > 0, e.getMessage());
    assertTrue(e.getMessage().startsWith(path + " (line " + line + ", column "), e.getMessage());
    for (String phrase : phrases) {
      assertTrue(e.getMessage().contains(phrase), e.getMessage());
    }
  }

  /** The line of the seed sample's first budget line. */
  private static int firstLine() {
    return GOOD.substring(0, GOOD.indexOf(AMOUNT)).split("\n", -1).length;
  }

  @Test
  void truncatedJsonIsMalformed() {
    assertAt(failure(GOOD.substring(0, 200)), "$.budget.profile.functions", 11, "malformed JSON");
  }

  @Test
  void aMissingCommaIsMalformed() {
    BudgetJsonException e = failureReplacing("\"unit\": \"万元\",", "\"unit\": \"万元\"");
    assertAt(e, "$.unit", 4, "malformed JSON", "comma");
  }

  @Test
  void emptyInputAndTrailingContentAreRejected() {
    assertTrue(failure("").getMessage().contains("the input is empty"));
    assertTrue(failure(" \n ").getMessage().contains("the input is empty"));
    BudgetJsonException e = failure(GOOD + "{}");
    assertTrue(e.getMessage().contains("content after the document"), e.getMessage());
  }

  @Test
  void anAmountWrittenAsAJsonNumberIsRejected() {
    BudgetJsonException e = failureReplacing(AMOUNT, "\"amount\": 110.94");
    assertAt(
        e, "$.budget.lines[0].amount", firstLine(), "found number 110.94", "as a decimal string");
    assertAt(
        failureReplacing(AMOUNT, "\"amount\": 11094"), "$.budget.lines[0].amount", firstLine());
  }

  @Test
  void exponentsAreRejectedWithoutEvaluatingThem() {
    assertAt(
        failureReplacing(AMOUNT, "\"amount\": 1e1000000"),
        "$.budget.lines[0].amount",
        firstLine(),
        "found number 1e1000000");
    assertAt(
        failureReplacing(AMOUNT, "\"amount\": \"1e3\""),
        "$.budget.lines[0].amount",
        firstLine(),
        "malformed amount \"1e3\"");
    assertAt(
        failureReplacing(AMOUNT, "\"amount\": \"1e1000000\""),
        "$.budget.lines[0].amount",
        firstLine(),
        "malformed amount");
  }

  @Test
  void aTenThousandDigitNumberBreaksTheNumberLengthLimit() {
    BudgetJsonException e = failureReplacing(AMOUNT, "\"amount\": " + "9".repeat(10_000));
    assertAt(e, "$.budget.lines[0].amount", firstLine(), "input beyond a limit", "10000");
    assertTrue(e.getCause() instanceof StreamConstraintsException);
  }

  @Test
  void overLongAndOverPreciseAmountStringsAreRejected() {
    assertAt(
        failureReplacing(AMOUNT, "\"amount\": \"" + "9".repeat(10_000) + "\""),
        "$.budget.lines[0].amount",
        firstLine(),
        "too long");
    assertAt(
        failureReplacing(AMOUNT, "\"amount\": \"110.9400001\""),
        "$.budget.lines[0].amount",
        firstLine(),
        "more precise than a fen");
    assertAt(
        failureReplacing(AMOUNT, "\"amount\": \"99999999999999.00\""),
        "$.budget.lines[0].amount",
        firstLine(),
        "out of range");
    for (String form :
        new String[] {"1,109.40", "+110.94", "0110.94", "110.", ".94", " 110.94", "-", ""}) {
      assertAt(
          failureReplacing(AMOUNT, "\"amount\": \"" + form + "\""),
          "$.budget.lines[0].amount",
          firstLine(),
          "malformed amount");
    }
  }

  @Test
  void wrongJsonTypesNameWhatWasExpected() {
    assertAt(
        failureReplacing("\"fiscalYear\": 2023", "\"fiscalYear\": \"2023\""),
        "$.budget.fiscalYear",
        26,
        "found string \"2023\"; expected an integer");
    assertAt(
        failureReplacing("\"fiscalYear\": 2023", "\"fiscalYear\": 2023.0"),
        "$.budget.fiscalYear",
        26,
        "expected an integer");
    assertAt(
        failureReplacing("\"fiscalYear\": 2023", "\"fiscalYear\": 20230000000"),
        "$.budget.fiscalYear",
        26,
        "out of range");
    assertAt(
        failureReplacing("\"fiscalYear\": 2023", "\"fiscalYear\": null"),
        "$.budget.fiscalYear",
        26,
        "found null");
    assertAt(
        failureReplacing("\"plannedVehiclePurchase\": false", "\"plannedVehiclePurchase\": 0"),
        "$.budget.assets.plannedVehiclePurchase",
        GOOD.substring(0, GOOD.indexOf("\"plannedVehiclePurchase\"")).split("\n", -1).length,
        "expected true or false");
    assertTrue(failure("[]").getMessage().contains("expected budget document as an object"));
  }

  @Test
  void unknownFieldsAreRejectedWithTheFieldsExpected() {
    assertAt(
        failureReplacing(AMOUNT, AMOUNT + ", \"note\": \"x\""),
        "$.budget.lines[0].note",
        firstLine(),
        "unknown field \"note\" in budget line",
        "function, economic, fund, kind, project, unit, amount");
    assertAt(
        failureReplacing("\"unit\": \"万元\",", "\"unit\": \"万元\", \"units\": \"元\","),
        "$.units",
        3,
        "unknown field");
  }

  @Test
  void missingRequiredFieldsAreNamedAtTheObject() {
    assertAt(
        failureReplacing("\"kind\": \"BASIC_PERSONNEL\", ", ""),
        "$.budget.lines[0]",
        firstLine(),
        "missing field kind in budget line",
        "function, fund, kind, amount");
    assertAt(failure("{}"), "$", 1, "missing fields formatVersion, unit, budget");
  }

  @Test
  void duplicateKeysAreRejected() {
    assertAt(
        failureReplacing(AMOUNT, AMOUNT + ", \"amount\": \"1.00\""),
        "$.budget.lines[0].amount",
        firstLine(),
        "Duplicate field 'amount'");
    assertAt(
        failureReplacing(
            "\"cells\": { \"amount\": \"14694.77\" }",
            "\"cells\": { \"amount\": \"14694.77\", \"amount\": \"1.00\" }"),
        "$.layoutTables.tables[0].rows[0].cells.amount",
        GOOD.substring(0, GOOD.indexOf("\"amount\": \"14694.77\"")).split("\n", -1).length,
        "Duplicate field");
  }

  @Test
  void malformedCodesAndConstantsAreRejected() {
    assertAt(
        failureReplacing("\"208 01 01\"", "\"208-01-01\""),
        "$.budget.lines[0].function",
        firstLine(),
        "malformed function code \"208-01-01\"");
    assertAt(
        failureReplacing("\"economic\": \"301 01\"", "\"economic\": \"301 01 01\""),
        "$.budget.lines[0].economic",
        firstLine(),
        "malformed economic code");
    assertAt(
        failureReplacing(
            "\"fund\": \"GENERAL_PUBLIC_LOCAL\", \"kind\"", "\"fund\": \"general\", \"kind\""),
        "$.budget.lines[0].fund",
        firstLine(),
        "unknown FundSource \"general\"",
        "GENERAL_PUBLIC_LOCAL");
    assertAt(
        failureReplacing("\"f:201\"", "\"x:201\""),
        "$.layoutTables.tables[0].rows[2].key",
        GOOD.substring(0, GOOD.indexOf("\"f:201\"")).split("\n", -1).length,
        "malformed row key");
  }

  @Test
  void structuralRulesOfTheModelAreReportedAtTheObject() {
    assertAt(
        failureReplacing("\"function\": \"208 01 01\"", "\"function\": \"208 01\""),
        "$.budget.lines[0]",
        firstLine(),
        "invalid budget line",
        "expected a 项");
    assertAt(
        failureReplacing(
            "\"fund\": \"GENERAL_PUBLIC_LOCAL\", \"kind\"",
            "\"fund\": \"GENERAL_PUBLIC\", \"kind\""),
        "$.budget.lines[0]",
        firstLine(),
        "is a group");
    BudgetJsonException e = failureReplacing("\"type\": \"month\", ", "\"type\": \"text\", ");
    assertTrue(e.getMessage().contains("does not belong to a text target"), e.getMessage());
  }

  @Test
  void otherFormatVersionsAndUnitsAreRejected() {
    assertAt(
        failureReplacing("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\""),
        "$.formatVersion",
        2,
        "unsupported format version \"2.0\"; expected \"1.0\"");
    assertAt(
        failureReplacing("\"unit\": \"万元\"", "\"unit\": \"元\""), "$.unit", 3, "expected \"万元\"");
  }

  @Test
  void deepNestingFailsFastWithoutExhaustingTheStack() {
    String deep = "[".repeat(100_000);
    BudgetJsonException e = failure(deep);
    assertAt(e, "$", 1, "expected budget document as an object");
    BudgetJsonException nested = failureReplacing("\"profile\": {", "\"profile\": " + deep + "{");
    assertTrue(nested.getMessage().contains("expected unit profile as an object"));
    // the limit itself, for anything read through the configured mapper
    assertThrows(StreamConstraintsException.class, () -> BudgetJson.mapper().readTree(deep));
  }

  @Test
  void theLimitsAreConfiguredOnPurpose() {
    var constraints = BudgetJson.mapper().getFactory().streamReadConstraints();
    assertEquals(BudgetJson.MAX_NESTING_DEPTH, constraints.getMaxNestingDepth());
    assertEquals(BudgetJson.MAX_NUMBER_LENGTH, constraints.getMaxNumberLength());
    assertEquals(BudgetJson.MAX_STRING_LENGTH, constraints.getMaxStringLength());
    assertEquals(BudgetJson.MAX_NAME_LENGTH, constraints.getMaxNameLength());
    assertEquals(BudgetJson.MAX_DOCUMENT_LENGTH, constraints.getMaxDocumentLength());
    String huge = "x".repeat(BudgetJson.MAX_STRING_LENGTH + 1);
    assertAt(
        failureReplacing("\"owner\": \"严元博\"", "\"owner\": \"" + huge + "\""),
        "$.budget.projects[0].performance.owner",
        GOOD.substring(0, GOOD.indexOf("\"owner\"")).split("\n", -1).length,
        "input beyond a limit");
  }

  @Test
  void bytesThatAreNotUtf8AreRejected() {
    byte[] bytes = GOOD.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at =
        GOOD.substring(0, GOOD.indexOf("阿图什"))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)
            .length;
    bytes[at] = (byte) 0xFF;
    BudgetJsonException e =
        assertThrows(
            BudgetJsonException.class, () -> BudgetJson.read(new ByteArrayInputStream(bytes)));
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }

  @Test
  void aModelCheckQuotingAMillionCharacterNameIsCutTo400Characters() {
    String name = "项".repeat(999_000);
    BudgetJsonException e =
        failureReplacing("\"project\": \"光纤费\"", "\"project\": \"" + name + "\"");
    assertTrue(e.getMessage().length() < 700, e.getMessage().length() + " characters");
    assertTrue(e.getMessage().contains("invalid "), e.getMessage());
    assertTrue(e.getMessage().contains(" characters)"), e.getMessage());
  }
}
