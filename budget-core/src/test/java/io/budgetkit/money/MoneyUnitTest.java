package io.budgetkit.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyUnitTest {

  @Test
  void unitsAreFoundByTheirPrintedLabels() {
    assertEquals(MoneyUnit.YUAN, MoneyUnit.ofLabel("元"));
    assertEquals(MoneyUnit.WAN_YUAN, MoneyUnit.ofLabel("万元"));
    assertEquals(MoneyUnit.YI_YUAN, MoneyUnit.ofLabel("亿元"));
    assertEquals(10_000L, MoneyUnit.WAN_YUAN.yuan());
    assertEquals(100_000_000L, MoneyUnit.YI_YUAN.yuan());
  }

  @Test
  void anUnknownLabelIsRejectedQuotingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MoneyUnit.ofLabel("千元"));
    assertEquals("Unknown money unit '千元': expected 元, 万元 or 亿元", e.getMessage());
  }
}
