package io.budgetkit.examples.cli;

import io.budgetkit.table.TableRenderer;

/** Text from a document made safe for one line of a terminal. */
final class TerminalText {
  private TerminalText() {}

  /**
   * {@code text} with every control character written as a visible {@code \\uXXXX} escape (see
   * {@link TableRenderer#terminalSafe}): a name from a document can neither start a new line nor
   * send an escape sequence.
   */
  static String line(String text) {
    return TableRenderer.terminalSafe(text);
  }
}
