package io.budgetkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.money.Amount;
import io.budgetkit.money.Percent;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads budget values token by token from a Jackson {@link JsonParser}, strictly: each reader
 * accepts one JSON type and one written form, and any other input fails with a {@link
 * BudgetJsonException} naming the path, line and column and what was expected there.
 *
 * <p>Convention: a reader is called with the parser on the first token of its value and leaves it
 * on the last (the scalar itself, or the closing bracket).
 */
final class JsonIn {
  /** Fen in one 万元. */
  static final long FEN_PER_WAN_YUAN = 1_000_000L;

  /** Decimals of an amount in 万元: six is a fen. */
  static final int AMOUNT_DECIMALS = 6;

  /** Longest amount string: sign, 13 integer digits, point, 6 decimals. */
  static final int AMOUNT_MAX_LENGTH = 21;

  /** Longest decimal (weights, targets, areas) or percentage, as {@code Amount.parse} allows. */
  static final int DECIMAL_MAX_LENGTH = 40;

  static final String AMOUNT_FORM =
      "an amount in 万元 as a decimal string with at most 6 decimals, such as \"14941.05\" or"
          + " \"0.020256\"";

  static final String DECIMAL_EXPECTED =
      "an exact decimal as a string such as \"10\" or \"3.80\" (at most "
          + DECIMAL_MAX_LENGTH
          + " characters)";

  static final String PERCENT_EXPECTED =
      "a percentage as a string with at most 2 decimals, such as \"76.40%\" (at most "
          + DECIMAL_MAX_LENGTH
          + " characters)";

  static final Pattern DECIMAL_FORM = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  static final Pattern PERCENT_FORM = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]{1,2})?%");

  private final JsonParser p;

  /** The parser, positioned on the current token, for values read by Jackson's own databind. */
  JsonParser parser() {
    return p;
  }

  JsonIn(JsonParser p) {
    this.p = p;
    // Jackson's own parsers (ParserBase) check names in their parsing context when asked to; a
    // parser of buffered tokens (databind's TokenBuffer) may carry the flag without checking
    this.namesChecked =
        p instanceof com.fasterxml.jackson.core.base.ParserBase
            && p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * Whether the parser itself rejects a repeated name in an object, before this reader sees it (as
   * the parsers of {@link BudgetJson} do), so that {@link #map} need not look again.
   */
  private final boolean namesChecked;

  /**
   * Values already read from a text in this document, by kind and text (row keys recur from table
   * to table); only values that are immutable and equal whenever their text is.
   */
  private final Map<String, Object> known = new HashMap<>();

  /** The value read earlier in this document from {@code text} as {@code kind}, or null. */
  @SuppressWarnings("unchecked")
  <T> T known(Class<T> kind, String text) {
    Object v = known.get(text);
    return kind.isInstance(v) ? (T) v : null;
  }

  /** Remembers {@code value} as read from {@code text}. */
  void remember(String text, Object value) {
    known.put(text, value);
  }

  /** Advances to the next token; the end of input here is an error. */
  JsonToken next() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw fail("the input ends in the middle of a value; expected the rest of the document");
    }
    return t;
  }

  // ---- scalars

  String string() throws IOException {
    return string("a string");
  }

  private String string(String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw mismatch(expected);
    }
    return p.getText();
  }

  int integer() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw mismatch("an integer such as 42");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail("integer " + clip(p.getText()) + " is out of range; expected a 32-bit integer");
    }
    return p.getIntValue();
  }

  boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw mismatch("true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /**
   * An amount written in 万元 as a decimal string: optional minus, integer digits without leading
   * zeros, up to six decimals ({@code "14941.05"}, {@code "0.020256"}). Numbers, exponents,
   * separators and more than six decimals (finer than a fen) are rejected, never rounded.
   */
  Amount amount() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw mismatch(AMOUNT_FORM);
    }
    // read in place from the parser's buffer: the text becomes a String only for a message
    int n = p.getTextLength();
    if (n > AMOUNT_MAX_LENGTH) {
      String s = p.getText();
      throw fail(
          "amount string of "
              + s.length()
              + " characters "
              + clip(quote(s))
              + " is too long; expected "
              + AMOUNT_FORM);
    }
    long fen = parseFen(p.getTextCharacters(), p.getTextOffset(), n);
    return Amount.ofFen(fen);
  }

  private long parseFen(char[] text, int offset, int n) throws BudgetJsonException {
    int i = 0;
    boolean negative = n > 0 && text[offset] == '-';
    if (negative) {
      i++;
    }
    int digitsStart = i;
    // accumulate negatively so that the most negative amount is representable too
    long value = 0;
    try {
      while (i < n && isDigit(text[offset + i])) {
        value = Math.subtractExact(Math.multiplyExact(value, 10), text[offset + i] - '0');
        i++;
      }
      int intDigits = i - digitsStart;
      boolean leadingZero = intDigits > 1 && text[offset + digitsStart] == '0';
      int decimals = 0;
      if (i < n && text[offset + i] == '.') {
        i++;
        while (i < n && isDigit(text[offset + i])) {
          if (++decimals > AMOUNT_DECIMALS) {
            throw fail(
                "amount "
                    + quote(new String(text, offset, n))
                    + " is more precise than a fen (0.000001 万元); expected "
                    + AMOUNT_FORM);
          }
          value = Math.subtractExact(Math.multiplyExact(value, 10), text[offset + i] - '0');
          i++;
        }
        if (decimals == 0) {
          i = -1;
        }
      }
      if (intDigits == 0 || leadingZero || i != n) {
        throw fail(
            "malformed amount " + quote(new String(text, offset, n)) + "; expected " + AMOUNT_FORM);
      }
      for (int d = decimals; d < AMOUNT_DECIMALS; d++) {
        value = Math.multiplyExact(value, 10);
      }
      return negative ? value : Math.negateExact(value);
    } catch (ArithmeticException e) {
      throw fail(
          "amount "
              + quote(new String(text, offset, n))
              + " is out of range (±9223372036854.775807 万元); expected "
              + AMOUNT_FORM);
    }
  }

  /**
   * Whether {@code s} up to {@code end} is a decimal of {@link #DECIMAL_FORM} ({@code percent}
   * false, {@code end} its length) or, {@code percent} true, the number of {@link #PERCENT_FORM}
   * (at most two decimals) followed by the {@code %} at {@code end}, its last character.
   */
  static boolean isDecimal(String s, int end, boolean percent) {
    if (percent && (end < 0 || s.charAt(end) != '%')) {
      return false;
    }
    int i = 0;
    if (i < end && s.charAt(i) == '-') {
      i++;
    }
    if (i >= end) {
      return false;
    }
    char c = s.charAt(i++);
    if (c >= '1' && c <= '9') {
      while (i < end && isDigit(s.charAt(i))) {
        i++;
      }
    } else if (c != '0') {
      return false;
    }
    if (i < end && s.charAt(i) == '.') {
      int decimals = ++i;
      while (i < end && isDigit(s.charAt(i))) {
        i++;
      }
      int d = i - decimals;
      if (d == 0 || (percent && d > 2)) {
        return false;
      }
    }
    return i == end;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** An exact decimal written as a string, scale kept: {@code "3.80"}, {@code "90"}. */
  BigDecimal decimal() throws IOException {
    String expected = DECIMAL_EXPECTED;
    String s = string(expected);
    if (s.length() > DECIMAL_MAX_LENGTH || !isDecimal(s, s.length(), false)) {
      throw fail("malformed decimal " + clip(quote(s)) + "; expected " + expected);
    }
    return new BigDecimal(s);
  }

  /** A percentage as a string with its sign: {@code "76.40%"}, {@code "-18.75%"}. */
  Percent percent() throws IOException {
    String expected = PERCENT_EXPECTED;
    String s = string(expected);
    if (s.length() > DECIMAL_MAX_LENGTH || !isDecimal(s, s.length() - 1, true)) {
      throw fail("malformed percentage " + clip(quote(s)) + "; expected " + expected);
    }
    try {
      return Percent.of(new BigDecimal(s.substring(0, s.length() - 1)));
    } catch (IllegalArgumentException e) {
      throw fail("percentage " + clip(quote(s)) + " is out of range: " + e.getMessage());
    }
  }

  /** A function code, canonically spaced or bare: {@code "208 01 01"} or {@code "2080101"}. */
  FunctionCode function() throws IOException {
    String expected = "a function code such as \"208\", \"208 01\" or \"208 01 01\"";
    String s = string(expected);
    FunctionCode known = known(FunctionCode.class, s);
    if (known != null) {
      return known;
    }
    try {
      if (s.length() <= 9 && s.strip().length() == s.length()) {
        FunctionCode code = FunctionCode.parse(s);
        remember(s, code);
        return code;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw fail("malformed function code " + clip(quote(s)) + "; expected " + expected);
  }

  /** An economic code, canonically spaced or bare: {@code "301 01"} or {@code "30101"}. */
  EconomicCode economic() throws IOException {
    String expected = "an economic code such as \"301\" or \"301 01\"";
    String s = string(expected);
    EconomicCode known = known(EconomicCode.class, s);
    if (known != null) {
      return known;
    }
    try {
      if (s.length() <= 6 && s.strip().length() == s.length()) {
        EconomicCode code = EconomicCode.parse(s);
        remember(s, code);
        return code;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw fail("malformed economic code " + clip(quote(s)) + "; expected " + expected);
  }

  /** A reader of the constant of {@code type} named by a string: {@code "GENERAL_PUBLIC_LOCAL"}. */
  static <E extends Enum<E>> Shape.Reader<E> constant(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String expected =
        "one of "
            + String.join(", ", Arrays.stream(constants).map(Enum::name).toArray(String[]::new));
    char[][] names = new char[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      names[i] = constants[i].name().toCharArray();
    }
    return in -> {
      JsonParser p = in.p;
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw in.mismatch(expected);
      }
      // compared in the parser's buffer: the text becomes a String only for a message
      char[] text = p.getTextCharacters();
      int offset = p.getTextOffset();
      int n = p.getTextLength();
      for (int i = 0; i < names.length; i++) {
        char[] name = names[i];
        if (name.length == n
            && (n == 0 || name[0] == text[offset])
            && Arrays.equals(name, 0, n, text, offset, offset + n)) {
          return constants[i];
        }
      }
      String s = p.getText();
      throw in.fail(
          "unknown " + type.getSimpleName() + " " + clip(quote(s)) + "; expected " + expected);
    };
  }

  /** A string that must equal {@code value}, such as the format version. */
  String exactly(String what, String value) throws IOException {
    String s = string(quote(value));
    if (!s.equals(value)) {
      throw fail("unsupported " + what + " " + clip(quote(s)) + "; expected " + quote(value));
    }
    return s;
  }

  // ---- structures

  /** Reads an object of {@code shape}. */
  <T> T read(Shape<T> shape) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch(shape.what + " as an object");
    }
    JsonLocation start = p.currentTokenLocation();
    Object[] values = new Object[shape.size()];
    int expected = 0;
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int i = shape.indexOf(name, expected);
      if (i < 0) {
        throw fail(
            "unknown field "
                + clip(quote(name))
                + " in "
                + shape.what
                + "; expected one of "
                + shape.names());
      }
      if (values[i] != null) {
        throw fail("duplicate field " + quote(name) + " in " + shape.what);
      }
      next();
      values[i] = shape.field(i).reader().read(this);
      expected = i + 1;
    }
    // the parser is on END_OBJECT, its context is the object's parent: the path is the object's
    List<String> missing = shape.missing(values);
    if (missing != null) {
      throw failAt(
          start,
          "missing field"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing)
              + " in "
              + shape.what
              + "; expected the required fields "
              + shape.requiredNames(),
          null);
    }
    try {
      return shape.build(values);
    } catch (IllegalArgumentException
        | IllegalStateException
        | NullPointerException
        | ArithmeticException e) {
      throw failAt(start, "invalid " + shape.what + ": " + clipMessage(e.getMessage()), e);
    }
  }

  /** Reads an array of values, each with {@code element}. */
  <T> ImmutableList<T> list(Shape.Reader<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw mismatch("an array");
    }
    ImmutableList.Builder<T> items = ImmutableList.builder();
    while (next() != JsonToken.END_ARRAY) {
      items.add(element.read(this));
    }
    return items.build();
  }

  /** Reads an object whose keys are data (a row's cells by column id), in the order written. */
  <V> ImmutableMap<String, V> map(String what, Shape.Reader<V> value) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch(what + " as an object");
    }
    ImmutableMap.Builder<String, V> entries = ImmutableMap.builder();
    if (namesChecked) {
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        next();
        entries.put(name, value.read(this));
      }
      return entries.buildOrThrow();
    }
    // few keys (a table row's cells): a list finds a repeated key as fast as a set would; past
    // eight keys a set, so that a hostile object of many keys costs linear time, not quadratic
    List<String> names = new ArrayList<>();
    Set<String> many = null;
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (many == null && names.size() == 8) {
        many = new HashSet<>(names);
      }
      if (many != null ? !many.add(name) : names.contains(name)) {
        throw fail("duplicate key " + clip(quote(name)) + " in " + what);
      }
      if (many == null) {
        names.add(name);
      }
      next();
      entries.put(name, value.read(this));
    }
    return entries.buildOrThrow();
  }

  // ---- errors

  /** An error at the current token. */
  BudgetJsonException fail(String problem) {
    return failAt(p.currentTokenLocation(), problem, null);
  }

  private BudgetJsonException mismatch(String expected) throws IOException {
    return fail("found " + found() + "; expected " + expected);
  }

  private BudgetJsonException failAt(JsonLocation at, String problem, Throwable cause) {
    return new BudgetJsonException(
        path(p.getParsingContext()),
        Math.max(at.getLineNr(), 0),
        Math.max(at.getColumnNr(), 0),
        problem,
        cause);
  }

  /**
   * A Jackson exception (malformed JSON, a broken limit) raised while reading with {@code parser},
   * as a located {@link BudgetJsonException}.
   */
  static BudgetJsonException wrap(JsonProcessingException e, JsonParser parser) {
    if (e instanceof BudgetJsonException b) {
      return b;
    }
    String path = path(parser.getParsingContext());
    JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    return new BudgetJsonException(
        path,
        Math.max(at.getLineNr(), 0),
        Math.max(at.getColumnNr(), 0),
        (e instanceof StreamConstraintsException ? "input beyond a limit: " : "malformed JSON: ")
            + oneLine(e.getOriginalMessage()),
        e);
  }

  private String found() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case VALUE_STRING:
        return "string " + clip(quote(p.getText()));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number " + clip(p.getText());
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case FIELD_NAME:
        return "field " + clip(quote(p.currentName()));
      default:
        return p.getText();
    }
  }

  /** A JSON path such as {@code $.budget.lines[3].amount} for a parser context. */
  static String path(JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.hasCurrentIndex()) {
        segments.push("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        segments.push("." + c.getCurrentName());
      }
    }
    return "$" + String.join("", segments);
  }

  /**
   * {@code s} in quotes, control characters written as JSON escapes ({@code \\n}, {@code \\u001b}).
   */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029) {
        out.append(c == '\n' ? "\\n" : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A Jackson message on one line: its line breaks as spaces. */
  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /**
   * A message from a model's own check, which may quote a value of up to a million characters:
   * whole up to 500 characters, else its first 400 and its length.
   */
  static String clipMessage(String message) {
    if (message == null) {
      return "";
    }
    return message.length() <= 500
        ? message
        : message.substring(0, 400) + "… (" + message.length() + " characters)";
  }

  /** Long input is quoted by its first characters only. */
  static String clip(String s) {
    return s.length() <= 60 ? s : s.substring(0, 50) + "… (" + s.length() + " characters)";
  }
}
