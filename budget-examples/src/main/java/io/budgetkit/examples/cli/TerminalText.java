package io.budgetkit.examples.cli;

import java.util.Locale;

/** Text from a document made safe for one line of a terminal. */
final class TerminalText {
  private TerminalText() {}

  /**
   * {@code text} with every control character (C0 including line breaks, DEL, C1, the line and
   * paragraph separators, bidirectional controls) written as a visible {@code \\uXXXX} escape: a
   * name from a document can neither start a new line nor send an escape sequence.
   */
  static String line(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == 0x2028
              || c == 0x2029
              || (c >= 0x202A && c <= 0x202E)
              || (c >= 0x2066 && c <= 0x2069)
              || c == 0x200E
              || c == 0x200F;
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (control) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
