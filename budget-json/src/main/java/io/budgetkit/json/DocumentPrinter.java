package io.budgetkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;

/**
 * The layout of a budget document: two spaces of indentation, {@code "name": value}, and small
 * repeated records (budget lines, table rows) each on one line, so that a file of a million lines
 * reads and diffs as one line per budget line. Output is identical on every platform ({@code \n}).
 */
final class DocumentPrinter implements PrettyPrinter, Instantiatable<DocumentPrinter> {
  private int nesting;
  private int flatFrom = Integer.MAX_VALUE;

  @Override
  public DocumentPrinter createInstance() {
    return new DocumentPrinter();
  }

  /** Writes the next object or array, and everything in it, on one line. */
  void flatFromNextLevel() {
    flatFrom = Math.min(flatFrom, nesting + 1);
  }

  private void breakLine(JsonGenerator g, boolean flat) throws IOException {
    if (flat) {
      g.writeRaw(' ');
      return;
    }
    g.writeRaw('\n');
    for (int i = 0; i < nesting; i++) {
      g.writeRaw("  ");
    }
  }

  private void breakLine(JsonGenerator g) throws IOException {
    breakLine(g, nesting >= flatFrom);
  }

  private void close(JsonGenerator g, int entries, char bracket) throws IOException {
    boolean flat = nesting >= flatFrom;
    nesting--;
    if (entries > 0) {
      breakLine(g, flat);
    }
    g.writeRaw(bracket);
    if (nesting < flatFrom) {
      flatFrom = Integer.MAX_VALUE;
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    breakLine(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    breakLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    close(g, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    nesting++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    breakLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    breakLine(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    close(g, values, ']');
  }
}
