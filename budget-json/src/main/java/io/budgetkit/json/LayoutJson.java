package io.budgetkit.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.document.DisclosureLevel;
import io.budgetkit.layout.ColumnSpec;
import io.budgetkit.layout.Figure;
import io.budgetkit.layout.LabelledRow;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.RowSpec;
import io.budgetkit.layout.Slice;
import io.budgetkit.layout.Sum;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.table.RowKey;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes layout files: the documented JSON form of a {@link Layout} (see {@code
 * layout.schema.json} beside the shipped layouts), so that a user can describe a region's
 * disclosure by copying a shipped layout and changing it.
 *
 * <p>Reading is strict: unknown or duplicate fields, a fund source, kind, level or figure that does
 * not exist, a malformed code or a table whose sums name unknown columns fail with a {@link
 * BudgetJsonException} naming the JSON path (and the line and column where Jackson knows them).
 * Writing gives the same form, with stable key order; {@code read(write(layout))} equals {@code
 * layout}.
 */
public final class LayoutJson {
  private LayoutJson() {}

  /** The version of the layout file format this library reads and writes. */
  public static final String FORMAT_VERSION = "1.0";

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .build();

  /**
   * Reads a layout file.
   *
   * @throws BudgetJsonException naming the path of the first problem
   * @throws UncheckedIOException if {@code in} cannot be read
   */
  public static Layout read(Reader in) throws BudgetJsonException {
    requireNonNull(in, "in");
    LayoutFile file;
    try {
      file = MAPPER.readValue(in, LayoutFile.class);
    } catch (JsonMappingException e) {
      throw mapping(e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BudgetJsonException(
          "$",
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "not well-formed JSON: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (file == null) {
      throw problem("$", "found nothing; expected a layout object");
    }
    return file.toLayout();
  }

  /** Reads an embedded layout object at the parser's current token (a document's layout). */
  static Layout read(JsonIn in) throws IOException {
    LayoutFile file;
    try {
      file = MAPPER.readValue(in.parser(), LayoutFile.class);
    } catch (JsonMappingException e) {
      throw in.fail("invalid layout: " + mapping(e).getMessage());
    }
    try {
      return file.toLayout();
    } catch (BudgetJsonException e) {
      throw in.fail("invalid layout: " + e.getMessage());
    }
  }

  /** Writes {@code layout} as an embedded object (a document's layout). */
  static void write(JsonOut out, Layout layout) throws IOException {
    MAPPER.writeValue(out.generator(), LayoutFile.of(layout));
  }

  /** Writes {@code layout} as a layout file. */
  public static void write(Layout layout, Writer out) throws IOException {
    requireNonNull(layout, "layout");
    requireNonNull(out, "out");
    MAPPER.writeValue(out, LayoutFile.of(layout));
  }

  /** {@code layout} as the text of a layout file. */
  public static String toJson(Layout layout) {
    try {
      return MAPPER.writeValueAsString(LayoutFile.of(layout));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "A layout could not be written: " + e.getOriginalMessage(), e);
    }
  }

  private static BudgetJsonException mapping(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    JsonLocation at = e.getLocation();
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    if (cut >= 0) {
      message = message.substring(0, cut);
    }
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return new BudgetJsonException(
        path.toString(),
        at == null ? 0 : at.getLineNr(),
        at == null ? 0 : at.getColumnNr(),
        message,
        e);
  }

  static BudgetJsonException problem(String path, String message) {
    return new BudgetJsonException(path, 0, 0, message, null);
  }

  private static <T> T at(String path, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UncheckedBudgetJson(problem(path, String.valueOf(e.getMessage())));
    }
  }

  private static <T> T required(String path, T value, String expected) {
    if (value == null) {
      throw new UncheckedBudgetJson(problem(path, "missing; expected " + expected));
    }
    return value;
  }

  /** Carries a {@link BudgetJsonException} out of the conversion lambdas. */
  static final class UncheckedBudgetJson extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UncheckedBudgetJson(BudgetJsonException cause) {
      super(cause.getMessage(), cause);
    }

    BudgetJsonException exception() {
      return (BudgetJsonException) getCause();
    }
  }

  private static <A, B> ImmutableList<B> each(
      String path, List<A> items, java.util.function.BiFunction<String, A, B> convert) {
    ImmutableList.Builder<B> out = ImmutableList.builder();
    if (items == null) {
      return out.build();
    }
    for (int i = 0; i < items.size(); i++) {
      String p = path + "[" + i + "]";
      out.add(convert.apply(p, required(p, items.get(i), "a value")));
    }
    return out.build();
  }

  private static <A, B> List<B> map(List<A> items, Function<A, B> f) {
    List<B> out = new ArrayList<>();
    for (A a : items) {
      out.add(f.apply(a));
    }
    return out;
  }

  private static DisclosureLevel level(String title) {
    for (DisclosureLevel l : DisclosureLevel.values()) {
      if (l.title().equals(title)) {
        return l;
      }
    }
    throw new UncheckedBudgetJson(
        problem("$.level", "found '" + title + "'; expected 单位预算 or 部门预算"));
  }

  private static MoneyUnit unit(String path, String label) {
    return at(path, () -> MoneyUnit.ofLabel(required(path, label, "元, 万元 or 亿元")));
  }

  @JsonPropertyOrder({
    "layoutFormat",
    "id",
    "name",
    "level",
    "region",
    "narrativeUnit",
    "personnelClasses",
    "wholeYuan",
    "tables"
  })
  record LayoutFile(
      String layoutFormat,
      String id,
      String name,
      String level,
      String region,
      String narrativeUnit,
      List<String> personnelClasses,
      Boolean wholeYuan,
      List<TableFile> tables) {

    static LayoutFile of(Layout l) {
      return new LayoutFile(
          FORMAT_VERSION,
          l.id(),
          l.name(),
          l.level().title(),
          l.region(),
          l.narrativeUnit().label(),
          map(l.personnelClasses(), EconomicCode::toString),
          l.wholeYuan() ? Boolean.TRUE : null,
          map(l.tables(), TableFile::of));
    }

    Layout toLayout() throws BudgetJsonException {
      try {
        if (!FORMAT_VERSION.equals(layoutFormat)) {
          throw new UncheckedBudgetJson(
              problem(
                  "$.layoutFormat",
                  "found "
                      + (layoutFormat == null ? "nothing" : "'" + layoutFormat + "'")
                      + "; expected \""
                      + FORMAT_VERSION
                      + "\""));
        }
        String id = required("$.id", this.id, "the layout's id");
        ImmutableList<EconomicCode> personnel =
            personnelClasses == null
                ? Layout.standardPersonnelClasses()
                : each(
                    "$.personnelClasses",
                    personnelClasses,
                    (p, c) -> at(p, () -> EconomicCode.parse(c)));
        ImmutableList<TableSpec> specs =
            each(
                "$.tables",
                required("$.tables", tables, "a list of tables"),
                (p, t) -> t.toSpec(p));
        return at(
            "$",
            () ->
                new Layout(
                    id,
                    required("$.name", name, "a readable name"),
                    LayoutJson.level(required("$.level", level, "单位预算 or 部门预算")),
                    region == null ? "" : region,
                    narrativeUnit == null
                        ? MoneyUnit.WAN_YUAN
                        : LayoutJson.unit("$.narrativeUnit", narrativeUnit),
                    personnel,
                    Boolean.TRUE.equals(wholeYuan),
                    specs));
      } catch (UncheckedBudgetJson e) {
        throw e.exception();
      }
    }
  }

  @JsonPropertyOrder({
    "key",
    "number",
    "part",
    "title",
    "titleVariants",
    "unit",
    "slice",
    "rows",
    "columns",
    "sums",
    "emptyNote"
  })
  record TableFile(
      String key,
      Integer number,
      String part,
      String title,
      List<String> titleVariants,
      String unit,
      SliceFile slice,
      RowsFile rows,
      List<ColumnFile> columns,
      List<SumFile> sums,
      String emptyNote) {

    static TableFile of(TableSpec t) {
      return new TableFile(
          t.key(),
          t.number(),
          t.part().orElse(null),
          t.title(),
          t.titleVariants(),
          t.unit().label(),
          SliceFile.of(t.slice()),
          RowsFile.of(t.rows()),
          map(t.columns(), ColumnFile::of),
          map(t.sums(), s -> new SumFile(s.whole(), s.parts())),
          t.emptyNote().orElse(null));
    }

    TableSpec toSpec(String path) {
      RowSpec rowSpec = required(path + ".rows", rows, "the table's rows").toSpec(path + ".rows");
      ImmutableList<ColumnSpec> cols =
          each(
              path + ".columns",
              required(path + ".columns", columns, "a list of columns"),
              (p, c) -> c.toSpec(p));
      ImmutableList<Sum> sumList =
          each(
              path + ".sums",
              sums,
              (p, s) ->
                  at(
                      p,
                      () ->
                          new Sum(
                              required(p + ".whole", s.whole(), "a column id or row key"),
                              ImmutableList.copyOf(required(p + ".parts", s.parts(), "a list")))));
      return at(
          path,
          () ->
              new TableSpec(
                  required(path + ".key", key, "the table's key"),
                  required(path + ".number", number, "the table's number"),
                  Optional.ofNullable(part),
                  required(path + ".title", title, "the table's title"),
                  titleVariants == null ? ImmutableList.of() : ImmutableList.copyOf(titleVariants),
                  LayoutJson.unit(path + ".unit", unit),
                  SliceFile.toSlice(path + ".slice", slice),
                  rowSpec,
                  cols,
                  sumList,
                  Optional.ofNullable(emptyNote)));
    }
  }

  @JsonPropertyOrder({"funds", "kinds", "economic"})
  record SliceFile(List<FundSource> funds, List<ExpenditureKind> kinds, List<String> economic) {
    static SliceFile of(Slice s) {
      if (s.isAll()) {
        return null;
      }
      return new SliceFile(
          List.copyOf(s.funds()),
          List.copyOf(s.kinds()),
          map(List.copyOf(s.economic()), EconomicCode::toString));
    }

    static Slice toSlice(String path, SliceFile f) {
      if (f == null) {
        return Slice.ALL;
      }
      List<EconomicCode> codes =
          each(path + ".economic", f.economic, (p, c) -> at(p, () -> EconomicCode.parse(c)));
      return at(path, () -> Slice.of(f.funds, f.kinds, codes));
    }
  }

  @JsonPropertyOrder({"codes", "levels", "everyClass", "leading", "trailing"})
  record RowsFile(
      RowSpec.Codes codes,
      List<CodeLevel> levels,
      Boolean everyClass,
      List<RowFile> leading,
      List<RowFile> trailing) {
    static RowsFile of(RowSpec r) {
      return new RowsFile(
          r.codes(),
          r.levels(),
          r.everyClass() ? Boolean.TRUE : null,
          map(r.leading(), RowFile::of),
          map(r.trailing(), RowFile::of));
    }

    RowSpec toSpec(String path) {
      ImmutableList<LabelledRow> lead = each(path + ".leading", leading, (p, r) -> r.toRow(p));
      ImmutableList<LabelledRow> trail = each(path + ".trailing", trailing, (p, r) -> r.toRow(p));
      return at(
          path,
          () ->
              new RowSpec(
                  codes == null ? RowSpec.Codes.NONE : codes,
                  levels == null ? ImmutableList.of() : ImmutableList.copyOf(levels),
                  Boolean.TRUE.equals(everyClass),
                  lead,
                  trail));
    }
  }

  @JsonPropertyOrder({"key", "label", "slice", "figure"})
  record RowFile(String key, String label, SliceFile slice, Figure figure) {
    static RowFile of(LabelledRow r) {
      String key = r.key() instanceof RowKey.Label l ? l.label() : r.key().id();
      return new RowFile(key, r.label(), SliceFile.of(r.slice()), r.figure().orElse(null));
    }

    LabelledRow toRow(String path) {
      String k = required(path + ".key", key, "the row's key");
      RowKey rowKey =
          k.contains(":") ? at(path + ".key", () -> RowKey.parse(k)) : new RowKey.Label(k);
      return at(
          path,
          () ->
              new LabelledRow(
                  rowKey,
                  label == null ? k : label,
                  SliceFile.toSlice(path + ".slice", slice),
                  Optional.ofNullable(figure)));
    }
  }

  @JsonPropertyOrder({"id", "label", "header", "slice", "figure"})
  record ColumnFile(String id, String label, List<String> header, SliceFile slice, Figure figure) {
    static ColumnFile of(ColumnSpec c) {
      return new ColumnFile(
          c.id(), c.label(), c.header(), SliceFile.of(c.slice()), c.figure().orElse(null));
    }

    ColumnSpec toSpec(String path) {
      return at(
          path,
          () ->
              new ColumnSpec(
                  required(path + ".id", id, "the column's id"),
                  required(path + ".label", label, "the column's head as printed"),
                  header == null ? ImmutableList.of() : ImmutableList.copyOf(header),
                  SliceFile.toSlice(path + ".slice", slice),
                  Optional.ofNullable(figure)));
    }
  }

  @JsonPropertyOrder({"whole", "parts"})
  record SumFile(String whole, List<String> parts) {}
}
