package io.budgetkit.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.budgetkit.code.FunctionCode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.layout.ColumnSpec;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.money.Amount;
import io.budgetkit.table.TableRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-written lower bounds the library's operations are measured against. */
final class Floors {
  private Floors() {}

  /** The factory of {@link BudgetJson#mapper()}: same limits and features as the library. */
  static final JsonFactory FACTORY = BudgetJson.mapper().getFactory();

  /** The key of the floor's single pass. */
  record Key(FunctionCode function, FundSource fund, ExpenditureKind kind) {}

  /**
   * One pass over the lines summing {@code long} fen into a {@code HashMap} keyed by (function 项,
   * fund source, kind): the least work any derivation of the tables must do.
   */
  static Map<Key, long[]> singlePass(List<BudgetLine> lines) {
    Map<Key, long[]> sums = new HashMap<>();
    for (BudgetLine l : lines) {
      sums.computeIfAbsent(new Key(l.function(), l.fund(), l.kind()), k -> new long[1])[0] +=
          l.amount().fen();
    }
    return sums;
  }

  /**
   * A layout's tables as finished sums: per table its key, note and rows, each row its key, name and
   * figures in fen by column index. Captured once from a derivation, so that {@link #build()} does
   * every step of building the tables and none of summing them.
   */
  static final class FinishedTables {
    private final Layout layout;
    private final List<PrintedTable> tables;
    private final List<String[]> columnIds = new ArrayList<>();
    private final List<long[][]> figures = new ArrayList<>();

    FinishedTables(PrintedTables derived) {
      this.layout = derived.layout();
      this.tables = derived.tables();
      for (PrintedTable t : tables) {
        List<ColumnSpec> columns = derived.spec(t.key()).columns();
        String[] ids = new String[columns.size()];
        for (int c = 0; c < ids.length; c++) {
          ids[c] = columns.get(c).id();
        }
        long[][] rows = new long[t.rows().size()][ids.length];
        for (int r = 0; r < rows.length; r++) {
          for (int c = 0; c < ids.length; c++) {
            Amount cell = t.rows().get(r).cells().get(ids[c]);
            rows[r][c] = cell == null ? 0 : cell.fen();
          }
        }
        columnIds.add(ids);
        figures.add(rows);
      }
    }

    /**
     * Build floor: the same tables built anew from the finished sums, as a derivation must build
     * them: per row a cell map of its non-zero figures as amounts and a {@link TableRow}, per table
     * a {@link PrintedTable} (which indexes its rows), then the {@link PrintedTables}.
     */
    PrintedTables build() {
      ImmutableList.Builder<PrintedTable> built = ImmutableList.builder();
      for (int t = 0; t < tables.size(); t++) {
        PrintedTable table = tables.get(t);
        String[] ids = columnIds.get(t);
        long[][] sums = figures.get(t);
        ImmutableList.Builder<TableRow> rows = ImmutableList.builderWithExpectedSize(sums.length);
        for (int r = 0; r < sums.length; r++) {
          ImmutableMap.Builder<String, Amount> cells =
              ImmutableMap.builderWithExpectedSize(ids.length);
          for (int c = 0; c < ids.length; c++) {
            if (sums[r][c] != 0) {
              cells.put(ids[c], Amount.ofFen(sums[r][c]));
            }
          }
          TableRow row = table.rows().get(r);
          rows.add(new TableRow(row.key(), row.name(), cells.build()));
        }
        built.add(
            new PrintedTable(
                table.key(), rows.build(), table.note(), ImmutableMap.of(), ImmutableMap.of()));
      }
      return new PrintedTables(layout, built.build());
    }
  }

  /**
   * Decode floor: Jackson's raw token stream over {@code json}, every field name and scalar value
   * read as text; returns the total length of the texts so that nothing is optimised away.
   */
  static long readTokens(byte[] json) throws IOException {
    long chars = 0;
    try (JsonParser p = FACTORY.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isScalarValue() || t == JsonToken.FIELD_NAME) {
          chars += p.getText().length();
        }
      }
    }
    return chars;
  }

  /** A JSON document's token sequence: each token with its text (field name or scalar value). */
  static final class Tokens {
    private final JsonToken[] tokens;
    private final String[] texts;

    private Tokens(JsonToken[] tokens, String[] texts) {
      this.tokens = tokens;
      this.texts = texts;
    }

    /** The tokens of {@code json}, read once. */
    static Tokens capture(byte[] json) throws IOException {
      List<JsonToken> tokens = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      try (JsonParser p = FACTORY.createParser(json)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          tokens.add(t);
          texts.add(t.isScalarValue() || t == JsonToken.FIELD_NAME ? p.getText() : null);
        }
      }
      return new Tokens(tokens.toArray(new JsonToken[0]), texts.toArray(new String[0]));
    }

    /** Number of tokens. */
    int size() {
      return tokens.length;
    }

    /**
     * Encode floor: the same token sequence written raw (no pretty printer) with a UTF-8 {@link
     * JsonGenerator} of the library's factory; numbers are written from their text as read.
     */
    void write(OutputStream out) throws IOException {
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        for (int i = 0; i < tokens.length; i++) {
          String text = texts[i];
          switch (tokens[i]) {
            case START_OBJECT:
              g.writeStartObject();
              break;
            case END_OBJECT:
              g.writeEndObject();
              break;
            case START_ARRAY:
              g.writeStartArray();
              break;
            case END_ARRAY:
              g.writeEndArray();
              break;
            case FIELD_NAME:
              g.writeFieldName(text);
              break;
            case VALUE_STRING:
              g.writeString(text);
              break;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
              g.writeNumber(text);
              break;
            case VALUE_TRUE:
            case VALUE_FALSE:
              g.writeBoolean(tokens[i] == JsonToken.VALUE_TRUE);
              break;
            case VALUE_NULL:
              g.writeNull();
              break;
            default:
              throw new IllegalStateException("Unexpected token " + tokens[i]);
          }
        }
      }
    }
  }
}
