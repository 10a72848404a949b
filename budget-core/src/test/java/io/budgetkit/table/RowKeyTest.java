package io.budgetkit.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.model.FundSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowKeyTest {

  @Test
  void everyKindOfKeyParsesBackFromItsId() {
    List<RowKey> keys =
        List.of(
            RowKey.function("208 01 01"),
            RowKey.economic("302 31"),
            RowKey.fund(FundSource.GENERAL_PUBLIC_LOCAL),
            RowKey.project("2080101", "光纤费"),
            RowKey.label("公务接待费"),
            RowKey.total());
    for (RowKey k : keys) {
      assertEquals(k, RowKey.parse(k.id()), k.id());
    }
  }

  @Test
  void aProjectNameMayItselfHoldAColon() {
    RowKey k = RowKey.parse("p:2080101:就业补助:第二批");
    assertEquals(RowKey.project("208 01 01", "就业补助:第二批"), k);
  }

  @Test
  void malformedIdsAreRejectedQuotingThemAndTheExpectedForms() {
    for (String bad : List.of("208", "x:208", "p:2080101", "p::光纤费", "label:", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RowKey.parse(bad), bad);
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
      assertTrue(e.getMessage().contains("expected f:CODE"), e.getMessage());
    }
  }

  @Test
  void malformedCodesAndSourcesInsideAnIdSayWhy() {
    for (String bad : List.of("f:20", "e:3020101", "fund:NO_SUCH_SOURCE", "p:20:光纤费")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RowKey.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("Malformed row key '" + bad + "': "), e.getMessage());
    }
  }
}
