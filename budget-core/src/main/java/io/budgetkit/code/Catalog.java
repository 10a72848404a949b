package io.budgetkit.code;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Names of classification codes: code → name for the function and the economic classification.
 *
 * <p>{@link #standard()} holds every code printed in the seed disclosure, the full list of function
 * 类 201–234 and the economic 类 of 表7's column heads. A fuller official catalog can be read from CSV
 * ({@code code,name}, one code a line, any written form of the code) and merged over it. A name is
 * a label, never an identity: lookups go from code to name only. Immutable and thread-safe.
 */
public final class Catalog {
  private static final Catalog STANDARD =
      new Catalog(
          readResource("function-codes.csv", FunctionCode::parse),
          readResource("economic-codes.csv", EconomicCode::parse));

  private final ImmutableSortedMap<FunctionCode, String> functions;
  private final ImmutableSortedMap<EconomicCode, String> economics;

  private Catalog(Map<FunctionCode, String> functions, Map<EconomicCode, String> economics) {
    this.functions = ImmutableSortedMap.copyOf(functions);
    this.economics = ImmutableSortedMap.copyOf(economics);
  }

  /** The built-in catalog: the seed's codes, function 类 201–234 and the economic 类. */
  public static Catalog standard() {
    return STANDARD;
  }

  /** A catalog with no names at all. */
  public static Catalog empty() {
    return new Catalog(Map.of(), Map.of());
  }

  /**
   * Reads function-code names from CSV (RFC 4180: a name with a comma, quote or line break is
   * quoted, {@code ""} is a quote): an optional header {@code code,name}, then one {@code
   * code,name} record each. The reader is not closed.
   *
   * @throws IllegalArgumentException naming the line (the first of a multi-line record) if the CSV
   *     is malformed, a code is malformed, a record lacks a name or has more fields, or a code is
   *     named twice; long input is quoted by its first 50 characters
   */
  public static Catalog ofFunctionCsv(Reader csv) {
    return new Catalog(read(csv, "function CSV", FunctionCode::parse), Map.of());
  }

  /** Reads economic-code names from CSV, in the form of {@link #ofFunctionCsv(Reader)}. */
  public static Catalog ofEconomicCsv(Reader csv) {
    return new Catalog(Map.of(), read(csv, "economic CSV", EconomicCode::parse));
  }

  /** A catalog with this one's names, overridden where {@code other} names the same code. */
  public Catalog mergedWith(Catalog other) {
    requireNonNull(other, "other");
    Map<FunctionCode, String> f = new TreeMap<>(functions);
    f.putAll(other.functions);
    Map<EconomicCode, String> e = new TreeMap<>(economics);
    e.putAll(other.economics);
    return new Catalog(f, e);
  }

  /** A catalog with this one's names and {@code name} for {@code code}. */
  public Catalog with(FunctionCode code, String name) {
    Map<FunctionCode, String> f = new TreeMap<>(functions);
    f.put(requireNonNull(code, "code"), requireNonNull(name, "name"));
    return new Catalog(f, economics);
  }

  /** A catalog with this one's names and {@code name} for {@code code}. */
  public Catalog with(EconomicCode code, String name) {
    Map<EconomicCode, String> e = new TreeMap<>(economics);
    e.put(requireNonNull(code, "code"), requireNonNull(name, "name"));
    return new Catalog(functions, e);
  }

  /** The name of a function code, if the catalog knows it. */
  public Optional<String> name(FunctionCode code) {
    return Optional.ofNullable(functions.get(requireNonNull(code, "code")));
  }

  /** The name of an economic code, if the catalog knows it. */
  public Optional<String> name(EconomicCode code) {
    return Optional.ofNullable(economics.get(requireNonNull(code, "code")));
  }

  /** Every named function code, in document order. */
  public ImmutableSortedMap<FunctionCode, String> functionNames() {
    return functions;
  }

  /** Every named economic code, in document order. */
  public ImmutableSortedMap<EconomicCode, String> economicNames() {
    return economics;
  }

  private static <C> Map<C, String> readResource(String name, Function<String, C> parse) {
    InputStream in = Catalog.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing catalog resource " + name);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, name, parse);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <C> Map<C, String> read(Reader csv, String source, Function<String, C> parse) {
    requireNonNull(csv, "csv");
    Map<C, String> names = new TreeMap<>();
    Map<C, Long> lineOf = new TreeMap<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    try (CSVParser parser = format.parse(withoutByteOrderMark(csv))) {
      long end = 0;
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long line = end + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          throw new IllegalArgumentException(
              source + " line " + line + ": malformed CSV: " + clip(e.getCause().getMessage()), e);
        }
        end = parser.getCurrentLineNumber();
        String at = source + (end > line ? " lines " + line + "–" + end : " line " + line);
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        if (line == 1
            && record.size() == 2
            && record.get(0).strip().equalsIgnoreCase("code")
            && record.get(1).strip().equalsIgnoreCase("name")) {
          continue;
        }
        if (record.size() != 2 || record.get(1).isBlank()) {
          throw new IllegalArgumentException(
              at
                  + ": expected 'code,name' but found "
                  + record.size()
                  + (record.size() == 1 ? " field '" : " fields '")
                  + clip(String.join(",", record.toList()))
                  + "'");
        }
        C code;
        try {
          code = parse.apply(record.get(0));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
        String name = record.get(1).strip();
        String before = names.putIfAbsent(code, name);
        if (before != null) {
          throw new IllegalArgumentException(
              at
                  + ": code "
                  + code
                  + " is named again ('"
                  + clip(name)
                  + "'); line "
                  + lineOf.get(code)
                  + " named it '"
                  + clip(before)
                  + "'");
        }
        lineOf.put(code, line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** {@code reader} past a leading U+FEFF, which some editors write at the start of UTF-8. */
  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first >= 0 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  /** Long input is quoted by its first characters only. */
  private static String clip(String s) {
    return CodeSyntax.clip(s == null ? "" : s);
  }
}
