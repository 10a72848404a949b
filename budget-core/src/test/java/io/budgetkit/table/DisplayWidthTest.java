package io.budgetkit.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void chineseTakesTwoColumnsAndLatinDigitsOne() {
    assertEquals(14, DisplayWidth.of("阿图什市人社局"));
    assertEquals(9, DisplayWidth.of("14,941.05"));
    assertEquals(11, DisplayWidth.of("表7 合计 E1"));
  }

  @Test
  void marksAndFormatCharactersTakeNone() {
    assertEquals(1, DisplayWidth.of("e\u0301")); // e + combining acute
    assertEquals(0, DisplayWidth.of("\u200B")); // zero-width space (format)
    assertEquals(0, DisplayWidth.of(0));
    assertEquals(0, DisplayWidth.of(0x20DD)); // combining enclosing circle
  }

  @Test
  void eachWideRangeIsWideFromItsFirstToItsLastCodePointAndNarrowJustAfter() {
    int[][] ranges = {
      {0x1100, 0x115F},
      {0x2E80, 0xA4CF},
      {0xAC00, 0xD7A3},
      {0xF900, 0xFAFF},
      {0xFE10, 0xFE19},
      {0xFE30, 0xFE6F},
      {0xFF00, 0xFF60},
      {0xFFE0, 0xFFE6},
      {0x1F300, 0x1F64F},
      {0x1F900, 0x1F9FF},
      {0x20000, 0x2FFFD},
      {0x30000, 0x3FFFD}
    };
    for (int[] r : ranges) {
      assertEquals(2, DisplayWidth.of(r[0]), Integer.toHexString(r[0]));
      assertEquals(2, DisplayWidth.of(r[1]), Integer.toHexString(r[1]));
    }
    for (int narrow : new int[] {0x10FF, 0x1160, 0x2E7F, 0xA4D0, 0xD7A4, 0xFE1A, 0xFF61, 0xFFE7}) {
      assertEquals(1, DisplayWidth.of(narrow), Integer.toHexString(narrow));
    }
    assertEquals(2, DisplayWidth.of(0x2329));
    assertEquals(2, DisplayWidth.of(0x232A));
    assertEquals(1, DisplayWidth.of(0x303F)); // half-fill space, inside a wide range
    assertEquals(2, DisplayWidth.of("😀"));
  }
}
