package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.money.Amount;
import io.budgetkit.project.IndicatorTarget;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BudgetJsonProperties {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();

  private static byte[] bytes(BudgetDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      BudgetJson.write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static BudgetDocument read(byte[] bytes) {
    try {
      return BudgetJson.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void decodingAnEncodedDocumentGivesItBack() {
    qt().withExamples(200)
        .forAll(BudgetGen.DOCUMENT)
        .checkAssert(document -> assertEquals(document, read(bytes(document))));
  }

  @Test
  void encodingIsDeterministicAndCanonical() {
    qt().withExamples(100)
        .forAll(BudgetGen.DOCUMENT)
        .checkAssert(
            document -> {
              byte[] first = bytes(document);
              assertTrue(Arrays.equals(first, bytes(document)), "encoding twice");
              assertTrue(Arrays.equals(first, bytes(read(first))), "encoding the decoded copy");
            });
  }

  @Test
  void everyAmountSurvivesAsADecimalStringInWanYuan() {
    qt().withExamples(2000)
        .forAll(BudgetGen.AMOUNT)
        .checkAssert(
            amount -> {
              try {
                String json = MAPPER.writeValueAsString(amount);
                assertTrue(
                    json.matches("\"-?(0|[1-9][0-9]*)\\.[0-9]{2,6}\""), "canonical form " + json);
                assertEquals(
                    amount.in(BudgetJson.UNIT),
                    new java.math.BigDecimal(json.replace("\"", ""))
                        .stripTrailingZeros()
                        .setScale(amount.in(BudgetJson.UNIT).scale()));
                assertEquals(amount, MAPPER.readValue(json, Amount.class));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void everyIndicatorTargetSurvivesThroughTheMapper() {
    qt().withExamples(500)
        .forAll(BudgetGen.TARGET)
        .checkAssert(
            target -> {
              try {
                assertEquals(
                    target,
                    MAPPER.readValue(MAPPER.writeValueAsString(target), IndicatorTarget.class));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
