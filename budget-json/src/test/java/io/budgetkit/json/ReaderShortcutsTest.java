package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader's shortcuts agree with what they replace: the duplicate-name check of {@link
 * NamesContext} with Jackson's strict duplicate detection (same tokens, same exception at the same
 * location), and the hand-written checks of row keys, decimals and percentages with their regular
 * expressions.
 */
class ReaderShortcutsTest {
  private static final JsonFactory FACTORY = BudgetJson.mapper().getFactory();

  /** Every token and name of {@code json}, then the exception that ended it, if any. */
  private static List<String> trace(String json, boolean bytes, boolean install)
      throws IOException {
    List<String> out = new ArrayList<>();
    JsonParser p =
        bytes
            ? FACTORY.createParser(json.getBytes(StandardCharsets.UTF_8))
            : FACTORY.createParser(new StringReader(json));
    try (p) {
      if (install) {
        NamesContext.install(p, FACTORY);
        assertInstanceOf(NamesContext.class, p.getParsingContext());
      }
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        out.add(t + " " + p.currentName() + " " + JsonIn.path(p.getParsingContext()));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      out.add(
          e.getClass().getName()
              + ": "
              + e.getOriginalMessage()
              + " at "
              + at.getLineNr()
              + ":"
              + at.getColumnNr()
              + " offset "
              + at.getCharOffset()
              + "/"
              + at.getByteOffset()
              + " "
              + JsonIn.path(p.getParsingContext()));
    }
    return out;
  }

  private static void assertSameAsJackson(String json) throws IOException {
    for (boolean bytes : new boolean[] {true, false}) {
      assertEquals(trace(json, bytes, false), trace(json, bytes, true), json);
    }
  }

  @Test
  void duplicateNamesFailAsJacksonsOwnDetectionFails() throws IOException {
    String[] cases = {
      "{\"a\": 1, \"a\": 2}",
      "{\"a\": 1, \"b\": 2, \"c\": 3, \"b\": 4}",
      "{\"a\": {\"b\": 1, \"c\": 2}, \"d\": [{\"e\": 1}, {\"e\": 2, \"f\": 3, \"e\": 4}]}",
      "[{\"x\": 1, \"y\": 2, \"z\": 3}, {\"x\": 1, \"y\": 2, \"z\": 3}, {\"z\": 1, \"z\": 2}]",
      "{\"a\": 1,\n  \"\\u0061\" :  tru}",
      "{\"a\": 1, \"a\"  :  01}",
      "{\"金额\": \"1.00\", \"名称\": \"x\", \"金额\": \"2.00\"}",
      "{\"a\": {}, \"b\": [], \"a\": {\"a\": 1}}",
      "{\"a\": 1, \"b\": {\"a\": 1, \"b\": 2}, \"c\": 3}",
      "{\"a\": 1, \"a\"",
      "{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4}"
    };
    for (String json : cases) {
      assertSameAsJackson(json);
    }
  }

  @Test
  void manyNamesInOneObjectAreCheckedAsJacksonChecksThem() throws IOException {
    Random random = new Random(11);
    for (int n = 0; n < 300; n++) {
      int count = 1 + random.nextInt(60);
      StringBuilder json = new StringBuilder("{\"rows\": [");
      for (int row = 0; row < 3; row++) {
        json.append(row == 0 ? "" : ", ").append('{');
        for (int i = 0; i < count; i++) {
          int name = random.nextInt(4) == 0 ? random.nextInt(i + 1) : i;
          json.append(i == 0 ? "" : ", ").append("\"k").append(name).append("\": ").append(i);
        }
        json.append('}');
      }
      assertSameAsJackson(json.append("]}").toString());
    }
  }

  private static String randomText(Random random, String alphabet, int maxLength) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  @Test
  void rowKeysAreCheckedAsTheirPatternChecksThem() {
    Random random = new Random(5);
    String[] prefixes = {"f:", "e:", "fund:", "p:", "label:", "", "x:", "f", "p:208:"};
    for (int n = 0; n < 200_000; n++) {
      String s =
          prefixes[random.nextInt(prefixes.length)] + randomText(random, "0123456789 :A_Zaé\n", 12);
      assertEquals(TableCodec.ROW_KEY.matcher(s).matches(), TableCodec.isRowKey(s), s);
    }
    for (String s :
        new String[] {
          "f:208", "f:208 01 01", "f:2080101", "e:301 01", "p:2080101:光纤费", "label:\n"
        }) {
      assertEquals(true, TableCodec.isRowKey(s), s);
    }
  }

  @Test
  void decimalsAndPercentagesAreCheckedAsTheirPatternsCheckThem() {
    Random random = new Random(3);
    for (int n = 0; n < 200_000; n++) {
      String s = randomText(random, "-0123.9%05", 8);
      assertEquals(
          JsonIn.DECIMAL_FORM.matcher(s).matches(), JsonIn.isDecimal(s, s.length(), false), s);
      assertEquals(
          JsonIn.PERCENT_FORM.matcher(s).matches(), JsonIn.isDecimal(s, s.length() - 1, true), s);
    }
  }
}
