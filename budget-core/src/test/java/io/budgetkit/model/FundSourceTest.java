package io.budgetkit.model;

import static io.budgetkit.model.FundSource.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FundSourceTest {

  @Test
  void generalPublicLocalFundsLieWithinFiscalAppropriations() {
    assertEquals(Optional.of(GENERAL_PUBLIC), GENERAL_PUBLIC_LOCAL.parent());
    assertEquals(FISCAL, GENERAL_PUBLIC_LOCAL.root());
    assertTrue(GENERAL_PUBLIC_LOCAL.isWithin(GENERAL_PUBLIC));
    assertTrue(GENERAL_PUBLIC_LOCAL.isWithin(FISCAL));
    assertTrue(GENERAL_PUBLIC_LOCAL.isWithin(GENERAL_PUBLIC_LOCAL));
    assertFalse(GENERAL_PUBLIC_LOCAL.isWithin(UNIT_FUNDS));
    assertFalse(FISCAL.isWithin(GENERAL_PUBLIC));
  }

  @Test
  void topLevelSourcesAreThoseOfTable1() {
    List<FundSource> roots =
        Arrays.stream(values()).filter(s -> s.parent().isEmpty()).collect(Collectors.toList());
    assertEquals(List.of(FISCAL, SPECIAL_ACCOUNT, UNIT_FUNDS, CARRYOVER), roots);
    roots.forEach(r -> assertEquals(r, r.root()));
  }

  @Test
  void leavesAreWhatLinesCarry() {
    assertTrue(GENERAL_PUBLIC_LOCAL.isLeaf());
    assertTrue(SPECIAL_ACCOUNT.isLeaf());
    assertTrue(OTHER_INCOME.isLeaf());
    assertFalse(FISCAL.isLeaf());
    assertFalse(UNIT_FUNDS.isLeaf());
    assertFalse(FISCAL_CARRYOVER.isLeaf());
  }

  @Test
  void carryOversAreNotCurrentYearIncome() {
    assertTrue(GENERAL_PUBLIC_TRANSFER.isCurrentYear());
    assertTrue(OTHER_INCOME.isCurrentYear());
    assertFalse(CARRYOVER_GENERAL_PUBLIC.isCurrentYear());
    assertFalse(CARRYOVER_UNIT_FUNDS.isCurrentYear());
    assertEquals(CARRYOVER, CARRYOVER_GENERAL_PUBLIC.root());
  }

  @Test
  void eachGroupPrecedesItsMembersAsInTable1() {
    for (FundSource s : values()) {
      s.parent().ifPresent(p -> assertTrue(p.compareTo(s) < 0, p + " before " + s));
    }
    assertEquals("一般财力", GENERAL_PUBLIC_LOCAL.label());
    assertEquals("财政专户核拨", SPECIAL_ACCOUNT.label());
  }
}
