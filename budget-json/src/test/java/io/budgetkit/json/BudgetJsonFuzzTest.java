package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.validation.RuleProfile;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validators;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The fuzz target over the JSON reader and the validator: whatever the bytes, reading either gives
 * a document or fails with a {@link BudgetJsonException}, and validating a document that was read
 * never throws.
 *
 * <p>{@code mvn verify} runs it in regression mode on the fixed corpus in {@code
 * src/test/resources/io/budgetkit/json/BudgetJsonFuzzTestInputs/readAndValidate} (well under a
 * second). Coverage-guided fuzzing, for the annotation's {@code maxDuration}, runs on demand:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -o test -pl budget-json -am -Dtest=BudgetJsonFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * A crashing input is saved under that directory, so that it becomes a regression test.
 */
class BudgetJsonFuzzTest {
  @FuzzTest(maxDuration = "120s")
  void readAndValidate(byte[] input) {
    BudgetDocument document;
    try {
      document = BudgetJson.read(new ByteArrayInputStream(input));
    } catch (BudgetJsonException e) {
      assertNotNull(e.getMessage());
      if (e.getMessage().length() > 2_000) {
        throw new AssertionError("an error message of " + e.getMessage().length() + " characters");
      }
      return;
    } catch (IOException e) {
      throw new AssertionError("a byte array cannot fail to be read", e);
    }
    // any other exception escapes and fails the target
    for (RuleProfile profile : new RuleProfile[] {RuleProfile.DEFAULT, RuleProfile.STRICT}) {
      ValidationReport report = Validators.document().validate(document, profile);
      assertNotNull(report);
    }
  }
}
