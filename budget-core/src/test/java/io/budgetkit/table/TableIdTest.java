package io.budgetkit.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableIdTest {

  @Test
  void tablesAreNumberedOneToTen() {
    assertEquals(TableId.T1, TableId.of(1));
    assertEquals(TableId.T10, TableId.of(10));
    assertEquals("表7", TableId.of(7).label());
    for (int bad : new int[] {0, 11, -1}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> TableId.of(bad));
      assertTrue(e.getMessage().contains("Table number " + bad + " "), e.getMessage());
    }
  }

  @Test
  void aColumnIsFoundByIdAndAnUnknownIdListsTheColumns() {
    assertEquals(Columns.OPERATING, TableId.T6.column(Columns.OPERATING.id()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TableId.T6.column("e302"));
    assertTrue(
        e.getMessage().startsWith("表6 has no column 'e302': expected one of"), e.getMessage());
  }
}
