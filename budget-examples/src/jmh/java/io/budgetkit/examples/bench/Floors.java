package io.budgetkit.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
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
