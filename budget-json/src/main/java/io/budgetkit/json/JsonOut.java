package io.budgetkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.budgetkit.money.Amount;
import io.budgetkit.money.Percent;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Writes budget values to a Jackson {@link JsonGenerator} in the canonical form {@link JsonIn}
 * reads: amounts as decimal strings in 万元, codes in their spaced form, constants by name, absent
 * optional fields left out, lists always written.
 */
final class JsonOut {
  /** Writes one JSON value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonOut out, T value) throws IOException;
  }

  private final JsonGenerator g;

  /** The generator, for values written by Jackson's own databind. */
  JsonGenerator generator() {
    return g;
  }

  JsonOut(JsonGenerator g) {
    this.g = g;
  }

  /**
   * The canonical string of an amount in 万元: at least two decimals, more only as a fen needs them
   * ({@code 14941.05}, {@code 0.020256}, {@code -4.25}, {@code 0.00}).
   */
  static String amount(Amount amount) {
    long fen = amount.fen();
    long whole = Math.abs(fen / JsonIn.FEN_PER_WAN_YUAN);
    long fraction = Math.abs(fen % JsonIn.FEN_PER_WAN_YUAN);
    StringBuilder s = new StringBuilder(24);
    if (fen < 0) {
      s.append('-');
    }
    s.append(whole).append('.');
    // the six digits of the fraction (万元 to the fen), trailing zeros dropped down to two
    char[] digits = new char[6];
    for (int i = digits.length - 1; i >= 0; i--) {
      digits[i] = (char) ('0' + fraction % 10);
      fraction /= 10;
    }
    int end = digits.length;
    while (end > 2 && digits[end - 1] == '0') {
      end--;
    }
    return s.append(digits, 0, end).toString();
  }

  // ---- objects and arrays

  /** Starts an object written on several lines. */
  void start() throws IOException {
    g.writeStartObject();
  }

  /** Starts an object written on one line (a budget line, a table row), when pretty-printing. */
  void startFlat() throws IOException {
    if (g.getPrettyPrinter() instanceof DocumentPrinter printer) {
      printer.flatFromNextLevel();
    }
    g.writeStartObject();
  }

  void end() throws IOException {
    g.writeEndObject();
  }

  <T> void object(String name, T value, Writer<T> writer) throws IOException {
    g.writeFieldName(name);
    writer.write(this, value);
  }

  <T> void object(String name, Optional<T> value, Writer<T> writer) throws IOException {
    if (value.isPresent()) {
      object(name, value.get(), writer);
    }
  }

  <T> void list(String name, List<T> values, Writer<T> writer) throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (T v : values) {
      writer.write(this, v);
    }
    g.writeEndArray();
  }

  void strings(String name, List<String> values) throws IOException {
    list(name, values, JsonOut::value);
  }

  void constants(String name, List<? extends Enum<?>> values) throws IOException {
    list(name, values, (out, v) -> out.value(v.name()));
  }

  /** The name of a field whose key is data, such as a cell's column id. */
  void name(String name) throws IOException {
    if (name.length() > BudgetJson.MAX_NAME_LENGTH) {
      throw refuse(
          null,
          "a key of "
              + name.length()
              + " characters "
              + JsonIn.clip(JsonIn.quote(name))
              + " is longer than the limit of "
              + BudgetJson.MAX_NAME_LENGTH);
    }
    g.writeFieldName(name);
  }

  /** A value refused by a reader of this package: {@code problem} in the reader's words. */
  BudgetJsonException refuse(String problem) {
    return refuse(null, problem);
  }

  // ---- what the reader would refuse is refused here, with the reader's words

  /**
   * A value {@link JsonIn} would refuse, refused before it is written: {@code read(write(d))} must
   * give {@code d} back for every document {@code write} accepts.
   */
  private BudgetJsonException refuse(String field, String problem) {
    String path = JsonIn.path(g.getOutputContext()) + (field == null ? "" : "." + field);
    return new BudgetJsonException(
        path, 0, 0, "cannot write what reading would refuse: " + problem, null);
  }

  private String checked(String field, String value) throws BudgetJsonException {
    if (value.length() > BudgetJson.MAX_STRING_LENGTH) {
      throw refuse(
          field,
          "a string of "
              + value.length()
              + " characters "
              + JsonIn.clip(JsonIn.quote(value))
              + " is longer than the limit of "
              + BudgetJson.MAX_STRING_LENGTH);
    }
    return value;
  }

  /** The plain form of {@code value}, refused if longer than the reader reads or malformed. */
  private String plain(String field, BigDecimal value, boolean percent) throws BudgetJsonException {
    // the length of the plain form, from precision and scale: 1E+400000000 is never written out
    long digits =
        value.scale() <= 0
            ? value.precision() - (long) value.scale()
            : Math.max(value.precision(), value.scale() + 1L) + 1;
    long length = digits + (value.signum() < 0 ? 1 : 0) + (percent ? 1 : 0);
    String expected = percent ? JsonIn.PERCENT_EXPECTED : JsonIn.DECIMAL_EXPECTED;
    if (length > JsonIn.DECIMAL_MAX_LENGTH) {
      throw refuse(
          field,
          (percent ? "percentage " : "decimal ")
              + (value.precision() > 60 ? value.precision() + " digits" : value.toString())
              + (percent ? "%" : "")
              + " takes "
              + length
              + " characters; expected "
              + expected);
    }
    if (percent
        && value.signum() != 0
        && value.precision() - (long) value.scale() > Percent.MAX_INTEGER_DIGITS) {
      throw refuse(
          field,
          "percentage "
              + (value.precision() > 60 ? value.precision() + " digits" : value.toString())
              + "% is out of range: expected at most "
              + Percent.MAX_INTEGER_DIGITS
              + " digits before the point");
    }
    if (value.scale() < 0) {
      // 1E+3 is written "1000", which reads back as 1000 at scale 0: not an equal BigDecimal
      throw refuse(
          field,
          (percent ? "percentage " : "decimal ")
              + value
              + " has a negative scale ("
              + value.scale()
              + "), which its plain form cannot keep; expected "
              + expected
              + " (scale 0 or more, as new BigDecimal(\""
              + value.setScale(0).toPlainString()
              + "\") has)");
    }
    String s = value.toPlainString() + (percent ? "%" : "");
    if (!(percent ? JsonIn.PERCENT_FORM : JsonIn.DECIMAL_FORM).matcher(s).matches()) {
      throw refuse(
          field,
          "malformed "
              + (percent ? "percentage " : "decimal ")
              + JsonIn.quote(s)
              + "; expected "
              + expected);
    }
    return s;
  }

  // ---- scalars

  void value(String value) throws IOException {
    g.writeString(checked(null, value));
  }

  void value(Amount value) throws IOException {
    g.writeString(amount(value));
  }

  void string(String name, String value) throws IOException {
    g.writeStringField(name, checked(name, value));
  }

  void string(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  /** A code or other value written by its {@code toString()}: {@code "208 01 01"}. */
  void code(String name, Object code) throws IOException {
    g.writeStringField(name, code.toString());
  }

  void code(String name, Optional<?> code) throws IOException {
    if (code.isPresent()) {
      code(name, code.get());
    }
  }

  void constant(String name, Enum<?> value) throws IOException {
    g.writeStringField(name, value.name());
  }

  void constant(String name, Optional<? extends Enum<?>> value) throws IOException {
    if (value.isPresent()) {
      constant(name, value.get());
    }
  }

  void amount(String name, Amount value) throws IOException {
    g.writeStringField(name, amount(value));
  }

  void amount(String name, Optional<Amount> value) throws IOException {
    if (value.isPresent()) {
      amount(name, value.get());
    }
  }

  /** A percentage as its sign and two decimals: {@code "76.40%"}. */
  void percent(String name, Percent value) throws IOException {
    g.writeStringField(name, plain(name, value.value(), true));
  }

  void percent(String name, Optional<Percent> value) throws IOException {
    if (value.isPresent()) {
      percent(name, value.get());
    }
  }

  void decimal(String name, BigDecimal value) throws IOException {
    g.writeStringField(name, plain(name, value, false));
  }

  void integer(String name, int value) throws IOException {
    g.writeNumberField(name, value);
  }

  void bool(String name, boolean value) throws IOException {
    g.writeBooleanField(name, value);
  }
}
