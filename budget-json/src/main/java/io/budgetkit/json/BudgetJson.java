package io.budgetkit.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.money.MoneyUnit;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes a whole {@link BudgetDocument} as JSON a person can read and edit, losslessly
 * and canonically: {@code read(write(d)).equals(d)} for every document {@code write} accepts (it
 * refuses, with the reader's words, any value the reader would refuse), and equal documents give
 * identical bytes.
 *
 * <h2>The format (version {@value #FORMAT_VERSION})</h2>
 *
 * <pre>{@code
 * {
 *   "formatVersion": "1.0",
 *   "unit": "万元",
 *   "budget": {
 *     "profile": { "name": "阿图什市人力资源和社会保障局", ... },
 *     "fiscalYear": 2023,
 *     "projects": [ ... ],
 *     "narrative": [ ... ],
 *     ...
 *     "lines": [
 *       { "function": "208 01 01", "economic": "301 01", "fund": "GENERAL_PUBLIC_LOCAL",
 *         "kind": "BASIC_PERSONNEL", "amount": "110.94" },
 *       ...
 *     ]
 *   },
 *   "layoutTables": { "layout": "xinjiang-atushi-2023-unit", "tables": [ ... ] }
 * }
 * }</pre>
 *
 * <p>A document written before the seed's tables were held in its layout carries them as {@code
 * "published": { "tables": [ ... ] }} (表1–表10, columns of {@link io.budgetkit.table.TableId}); it
 * still reads, its tables becoming tables of the layout {@value Layouts#SEED} ({@link
 * Layouts#inSeedLayout}). A document has one or the other, not both; writing gives {@code
 * layoutTables}.
 *
 * <ul>
 *   <li>Every amount is a decimal string in 万元, the unit the document names: at least two decimals
 *       and at most six, the six a fen needs ({@code "14941.05"}; 202.56 元 is {@code "0.020256"}).
 *       No amount is ever a JSON number, so nothing passes through a binary float. Reading accepts
 *       0 to 6 decimals; finer amounts, exponents ({@code "1e3"}), thousands separators, leading
 *       zeros and JSON numbers are rejected, never rounded.
 *   <li>Codes are strings in their spaced form ({@code "208 01 01"}); reading also accepts the bare
 *       digits ({@code "2080101"}). Constants are their Java names ({@code
 *       "GENERAL_PUBLIC_LOCAL"}). Percentages are strings with the sign ({@code "76.40%"}); other
 *       exact decimals (weights, target values, floor areas) are strings with their scale kept
 *       ({@code "3.80"}). Counts and years are JSON integers.
 *   <li>Keys are written in one fixed order; an absent optional value is left out (never {@code
 *       null}); lists are always written. Small repeated records (budget lines, table rows) are
 *       written one per line. Reading accepts keys in any order.
 *   <li>Reading is strict: unknown fields, duplicate keys, missing required fields, {@code null},
 *       wrong JSON types and content after the document all fail with a {@link BudgetJsonException}
 *       naming the JSON path, the line and column, and what was expected.
 *   <li>Lines are written and read in one streaming pass, token by token; no tree of the document
 *       is built. A budget of a million lines takes about 140 MB of JSON.
 * </ul>
 *
 * <p>{@link #schema()} gives the JSON Schema (draft 2020-12) of the format.
 *
 * <h2>Limits</h2>
 *
 * The parser is configured with explicit {@link StreamReadConstraints}, so that hostile or broken
 * input fails early rather than exhausting memory or stack:
 *
 * <ul>
 *   <li>nesting depth at most {@value #MAX_NESTING_DEPTH} (the format needs 8);
 *   <li>a JSON number at most {@value #MAX_NUMBER_LENGTH} characters (the format's numbers are
 *       counts and years; amounts are strings of at most 21 characters);
 *   <li>a string at most {@value #MAX_STRING_LENGTH} characters, a key at most {@value
 *       #MAX_NAME_LENGTH};
 *   <li>a document at most {@value #MAX_DOCUMENT_LENGTH} characters (2 GiB, some fifteen million
 *       budget lines).
 * </ul>
 *
 * <p>The methods of this class never close the streams they are given. They are thread-safe.
 */
public final class BudgetJson {
  /** The version of the format this class writes, and the only one it reads. */
  public static final String FORMAT_VERSION = "1.0";

  /** The unit every amount of a document is written in: 万元. */
  public static final MoneyUnit UNIT = MoneyUnit.WAN_YUAN;

  /** Deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** Longest JSON number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 20;

  /** Longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** Longest key accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** Longest document accepted, in characters (input read from a stream is decoded as UTF-8). */
  public static final long MAX_DOCUMENT_LENGTH = 1L << 31;

  private static final ObjectMapper MAPPER = mapper();

  private BudgetJson() {}

  /**
   * A new {@link ObjectMapper} with the {@link BudgetModule}, the limits above, strict duplicate
   * detection, failure on unknown properties and trailing tokens, and no automatic closing of
   * streams. Build it once and reuse it; it is thread-safe once configured.
   */
  public static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new BudgetModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();
  }

  /**
   * Writes {@code document} to {@code out} as UTF-8, ending with a newline; flushes, never closes.
   *
   * @throws BudgetJsonException if the document holds a value {@link #read(InputStream)} would
   *     refuse (a string beyond {@value #MAX_STRING_LENGTH} characters, a decimal or percentage
   *     beyond 40, a row key the reader cannot parse), with the reader's words and the value's JSON
   *     path; part of the document may have been written
   */
  public static void write(BudgetDocument document, OutputStream out) throws IOException {
    requireNonNull(document, "document");
    requireNonNull(out, "out");
    // Jackson's UTF-8 generator encodes as it writes: no intermediate Writer and char encoder
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      write(document, g);
    }
    out.flush();
  }

  /**
   * Writes {@code document} to {@code out}, ending with a newline; flushes, never closes.
   *
   * @throws BudgetJsonException if the document holds a value the reader would refuse, as {@link
   *     #write(BudgetDocument, OutputStream)} says
   */
  public static void write(BudgetDocument document, Writer out) throws IOException {
    requireNonNull(document, "document");
    requireNonNull(out, "out");
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      write(document, g);
    }
    out.flush();
  }

  private static void write(BudgetDocument document, JsonGenerator g) throws IOException {
    g.setPrettyPrinter(new DocumentPrinter());
    TableCodec.writeDocument(new JsonOut(g), document);
    g.writeRaw('\n');
  }

  /**
   * {@code document} as a JSON string, as {@link #write(BudgetDocument, Writer)} writes it.
   *
   * @throws IllegalArgumentException if the document holds a value the reader would refuse; the
   *     cause is the {@link BudgetJsonException} naming it
   */
  public static String toJson(BudgetDocument document) {
    StringWriter out = new StringWriter();
    try {
      write(document, out);
    } catch (BudgetJsonException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @throws BudgetJsonException if the input is not UTF-8 or not a valid document of this format
   * @throws IOException if reading the stream fails
   */
  public static BudgetDocument read(InputStream in) throws IOException {
    requireNonNull(in, "in");
    // Jackson's byte-level parser decodes UTF-8 itself, a layer less than a Reader
    JsonParser parser;
    try {
      parser = MAPPER.getFactory().createParser(in);
    } catch (CharConversionException e) {
      // the encoding Jackson guesses from the first bytes (UTF-16, UCS-4) is not one it can read
      throw new BudgetJsonException(
          "$", 1, 1, "the input is not UTF-8 (" + JsonIn.oneLine(e.getMessage()) + ")", e);
    }
    return read(parser);
  }

  /**
   * Reads a document.
   *
   * @throws BudgetJsonException if the input is not a valid document of this format; the message
   *     names the JSON path, line and column and what was expected there
   * @throws IOException if reading fails
   */
  public static BudgetDocument read(Reader in) throws IOException {
    requireNonNull(in, "in");
    return read(MAPPER.getFactory().createParser(in));
  }

  private static BudgetDocument read(JsonParser p) throws IOException {
    try (p) {
      NamesContext.install(p, MAPPER.getFactory());
      JsonIn json = new JsonIn(p);
      if (p.nextToken() == null) {
        throw json.fail("the input is empty; expected a budget document");
      }
      BudgetDocument document = json.read(TableCodec.DOCUMENT);
      if (p.nextToken() != null) {
        throw json.fail("content after the document; expected the end of the input");
      }
      return document;
    } catch (JsonProcessingException e) {
      if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Invalid UTF-8")) {
        throw new JsonIn(p).fail("the input is not UTF-8 (" + e.getOriginalMessage() + ")");
      }
      throw JsonIn.wrap(e, p);
    } catch (CharacterCodingException | CharConversionException e) {
      // Jackson guesses UTF-16 or UTF-32 from leading zero bytes and fails inside that decoder
      throw new JsonIn(p).fail("the input is not UTF-8 (" + JsonIn.oneLine(e.getMessage()) + ")");
    }
  }

  /** Reads a document from a string; see {@link #read(Reader)}. */
  public static BudgetDocument fromJson(String json) throws BudgetJsonException {
    requireNonNull(json, "json");
    try {
      return read(new StringReader(json));
    } catch (BudgetJsonException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of the document format, as text; the same file as the resource
   * {@code io/budgetkit/json/budget-document.schema.json}.
   */
  public static String schema() {
    return Schema.TEXT;
  }

  /** Loads the schema once, on first use. */
  private static final class Schema {
    static final String TEXT = load();

    private static String load() {
      try (InputStream in = BudgetJson.class.getResourceAsStream("budget-document.schema.json")) {
        if (in == null) {
          throw new IllegalStateException("budget-document.schema.json is missing from the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
