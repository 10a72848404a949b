package io.budgetkit.table;

/**
 * The width of text in a fixed-width terminal: East Asian wide and fullwidth characters (汉字,
 * fullwidth punctuation such as （ and ：) take two columns, combining marks none, everything else
 * one. Ambiguous-width characters (“ ”) count as one, as most terminals outside East Asian locales
 * show them. After Markus Kuhn's {@code wcwidth}.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** The columns {@code text} takes. */
  public static int of(CharSequence text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The columns one code point takes: 0, 1 or 2. */
  static int of(int cp) {
    int type = Character.getType(cp);
    if (cp == 0
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    boolean wide =
        (cp >= 0x1100 && cp <= 0x115F)
            || cp == 0x2329
            || cp == 0x232A
            || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE10 && cp <= 0xFE19)
            || (cp >= 0xFE30 && cp <= 0xFE6F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x1F300 && cp <= 0x1F64F)
            || (cp >= 0x1F900 && cp <= 0x1F9FF)
            || (cp >= 0x20000 && cp <= 0x2FFFD)
            || (cp >= 0x30000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
