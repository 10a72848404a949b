package io.budgetkit.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EconomicCodeTest {

  @Test
  void classAndSectionInEveryWrittenForm() {
    assertEquals(CodeLevel.CLASS, EconomicCode.parse("301").level());
    assertEquals(EconomicCode.parse("301 01"), EconomicCode.parse("30101"));
    assertEquals("302 31", EconomicCode.parse("30231").toString());
    assertEquals("30231", EconomicCode.parse("302 31").digits());
  }

  @Test
  void sectionBelongsToItsClass() {
    EconomicCode car = EconomicCode.parse("302 31"); // 公务用车运行维护费
    assertEquals(Optional.of(EconomicCode.parse("302")), car.parent());
    assertEquals(List.of(EconomicCode.parse("302")), car.ancestors());
    assertEquals(EconomicCode.parse("302"), car.at(CodeLevel.CLASS));
    assertTrue(EconomicCode.parse("302").isAncestorOf(car));
    assertFalse(EconomicCode.parse("301").isAncestorOf(car));
    assertEquals(Optional.empty(), EconomicCode.parse("303").parent());
  }

  @Test
  void ordersAsTable6ListsRows() {
    String rows =
        Stream.of("303 02", "302", "301 99", "301", "303", "301 01", "302 31")
            .map(EconomicCode::parse)
            .sorted()
            .map(EconomicCode::toString)
            .collect(Collectors.joining(", "));
    assertEquals("301, 301 01, 301 99, 302, 302 31, 303, 303 02", rows);
  }

  @ParameterizedTest
  @ValueSource(strings = {"301 01 01", "3010101", "30", "3010", "301-01", "", "基本工资", "301 0"})
  void malformedFormsAreRejectedQuotingTheInput(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EconomicCode.parse(text));
    assertTrue(e.getMessage().startsWith("Malformed economic code '" + text + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("3 digits (类) or 5 (款)"), e.getMessage());
  }

  @Test
  void aSectionHasNoItem() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> EconomicCode.parse("301").at(CodeLevel.SECTION));
    assertEquals("Economic code '301' is a 类; it has no 款", e.getMessage());
  }
}
