package io.budgetkit.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionCodeTest {

  @Nested
  class Parsing {
    @Test
    void classIsThreeDigits() {
      FunctionCode c = FunctionCode.parse("208");
      assertEquals(CodeLevel.CLASS, c.level());
      assertEquals("208", c.toString());
      assertEquals("208", c.digits());
    }

    @Test
    void sectionIsWrittenSpacedOrNot() {
      assertEquals(FunctionCode.parse("208 01"), FunctionCode.parse("20801"));
      assertEquals("208 01", FunctionCode.parse("20801").toString());
      assertEquals(CodeLevel.SECTION, FunctionCode.parse("208 01").level());
    }

    @Test
    void itemAsTheSeedPrintsItInTable5AndInTable2() {
      FunctionCode spaced = FunctionCode.parse("208 01 01");
      FunctionCode solid = FunctionCode.parse("2080101");
      assertSame(spaced, solid);
      assertEquals("208 01 01", solid.toString());
      assertEquals("2080101", spaced.digits());
      assertEquals(CodeLevel.ITEM, spaced.level());
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
      assertEquals(FunctionCode.parse("221 02 01"), FunctionCode.parse(" 221 02 01\t"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "20",
          "2080",
          "208010",
          "208010101",
          "208 0101",
          "2080 101",
          "208  01",
          "208-01-01",
          "２０８",
          "",
          "行政运行",
          "208 0"
        })
    void malformedFormsAreRejectedQuotingTheInput(String text) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> FunctionCode.parse(text));
      assertTrue(
          e.getMessage().startsWith("Malformed function code '" + text + "'"), e.getMessage());
      assertTrue(
          e.getMessage().contains("'208 01 01'"), "names an expected form: " + e.getMessage());
    }

    @Test
    void nullIsRejectedByName() {
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> FunctionCode.parse(null));
      assertEquals("text", e.getMessage());
    }
  }

  @Nested
  class Hierarchy {
    private final FunctionCode item = FunctionCode.parse("208 01 01");

    @Test
    void parentsGoUpOneLevelAtATime() {
      assertEquals(Optional.of(FunctionCode.parse("208 01")), item.parent());
      assertEquals(Optional.of(FunctionCode.parse("208")), item.parent().get().parent());
      assertEquals(Optional.empty(), FunctionCode.parse("208").parent());
    }

    @Test
    void ancestorsFromTheClassDown() {
      assertEquals(
          List.of(FunctionCode.parse("208"), FunctionCode.parse("208 01")), item.ancestors());
    }

    @Test
    void atGivesTheAncestorOfALevel() {
      assertEquals(FunctionCode.parse("208"), item.at(CodeLevel.CLASS));
      assertEquals(item, item.at(CodeLevel.ITEM));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> FunctionCode.parse("208").at(CodeLevel.ITEM));
      assertEquals("Function code '208' is a 类; it has no 项", e.getMessage());
    }

    @Test
    void ancestryIsByCodeNotByName() {
      // 行政运行 is 208 01 01 here, and also 201 .. 01 under other 款: only the digits decide
      assertTrue(FunctionCode.parse("208").isAncestorOf(item));
      assertTrue(FunctionCode.parse("208 01").isAncestorOf(item));
      assertFalse(FunctionCode.parse("208 05").isAncestorOf(item));
      assertFalse(item.isAncestorOf(item));
      assertFalse(item.isAncestorOf(FunctionCode.parse("208")));
    }
  }

  @Test
  void ordersAsTheTablesListRows() {
    List<FunctionCode> rows = new ArrayList<>();
    for (String c :
        new String[] {"210", "208 05 05", "208", "208 01 50", "208 01", "208 05", "208 01 01"}) {
      rows.add(FunctionCode.parse(c));
    }
    rows.sort(null);
    assertEquals("[208, 208 01, 208 01 01, 208 01 50, 208 05, 208 05 05, 210]", rows.toString());
  }

  @Test
  void equalityIsByDigits() {
    assertEquals(FunctionCode.parse("2080101"), FunctionCode.parse("208 01 01"));
    assertEquals(
        FunctionCode.parse("2080101").hashCode(), FunctionCode.parse("208 01 01").hashCode());
    assertFalse(FunctionCode.parse("208").equals(EconomicCode.parse("208")));
  }
}
