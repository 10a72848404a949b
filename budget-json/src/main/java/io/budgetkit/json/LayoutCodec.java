package io.budgetkit.json;

import static io.budgetkit.json.Shape.list;
import static io.budgetkit.json.Shape.optional;
import static io.budgetkit.json.Shape.required;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.document.Box;
import io.budgetkit.document.Evidence;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.Comparison;
import io.budgetkit.layout.Fact;
import io.budgetkit.layout.Figure;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.Slice;
import io.budgetkit.layout.Statement;
import io.budgetkit.layout.Subject;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.table.RowKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * JSON of a document's tables in its own layout.
 *
 * <pre>{@code
 * "layoutTables": {
 *   "layout": "shanghai-putuo-unit",          // a shipped layout's id, or the layout object
 *   "tables": [
 *     { "key": "t2",
 *       "rows": [ { "key": "f:201", "name": "一般公共服务支出", "cells": { "total": "2160.1733" } } ],
 *       "note": "…",
 *       "printed": [ { "row": "f:201", "column": "total", "decimals": 0 } ],
 *       "evidence": [ { "row": "f:201", "column": "total", "page": 5, "box": ["56.7", …], "snippet": "…" } ] }
 *   ]
 * }
 * }</pre>
 *
 * Amounts are in 万元 like every amount of the format; a box is four decimal strings in PDF points.
 */
final class LayoutCodec {
  private LayoutCodec() {}

  record Decimals(RowKey row, String column, int decimals) {}

  record Placed(RowKey row, String column, Evidence evidence) {}

  static Box readBox(JsonIn in) throws IOException {
    ImmutableList<BigDecimal> v = in.list(JsonIn::decimal);
    if (v.size() != 4) {
      throw in.fail("found " + v.size() + " numbers; expected a box as [x, y, width, height]");
    }
    try {
      return new Box(
          v.get(0).doubleValue(),
          v.get(1).doubleValue(),
          v.get(2).doubleValue(),
          v.get(3).doubleValue());
    } catch (IllegalArgumentException e) {
      throw in.fail(e.getMessage());
    }
  }

  static void writeBox(JsonOut out, Box box) throws IOException {
    out.generator().writeStartArray();
    for (double d : new double[] {box.x(), box.y(), box.width(), box.height()}) {
      out.value(
          BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString());
    }
    out.generator().writeEndArray();
  }

  static final Shape<Evidence> EVIDENCE =
      Shape.of(
          "evidence",
          v -> new Evidence(v.<Integer>get("page"), v.optional("box"), v.get("snippet")),
          required("page", JsonIn::integer),
          optional("box", LayoutCodec::readBox),
          required("snippet", JsonIn::string));

  static void writeEvidence(JsonOut out, Evidence e) throws IOException {
    out.startFlat();
    out.integer("page", e.page());
    out.object("box", e.box(), LayoutCodec::writeBox);
    out.string("snippet", e.snippet());
    out.end();
  }

  static final Shape<TextLine> TEXT_LINE =
      Shape.of(
          "text line",
          v -> new TextLine(v.<Integer>get("page"), v.get("text"), v.optional("box")),
          required("page", JsonIn::integer),
          required("text", JsonIn::string),
          optional("box", LayoutCodec::readBox));

  static void writeTextLine(JsonOut out, TextLine line) throws IOException {
    out.startFlat();
    out.integer("page", line.page());
    out.string("text", line.text());
    out.object("box", line.box(), LayoutCodec::writeBox);
    out.end();
  }

  static SourceText readSourceText(JsonIn in) throws IOException {
    return new SourceText(in.list(i -> i.read(TEXT_LINE)));
  }

  static void writeSourceText(JsonOut out, SourceText text) throws IOException {
    out.generator().writeStartArray();
    for (TextLine l : text.lines()) {
      writeTextLine(out, l);
    }
    out.generator().writeEndArray();
  }

  static final Shape<Decimals> DECIMALS =
      Shape.of(
          "printed decimals",
          v -> new Decimals(v.get("row"), v.get("column"), v.<Integer>get("decimals")),
          required("row", TableCodec::readRowKey),
          required("column", JsonIn::string),
          required("decimals", JsonIn::integer));

  static final Shape<Placed> PLACED =
      Shape.of(
          "cell evidence",
          v ->
              new Placed(
                  v.get("row"),
                  v.get("column"),
                  new Evidence(v.<Integer>get("page"), v.optional("box"), v.get("snippet"))),
          required("row", TableCodec::readRowKey),
          required("column", JsonIn::string),
          required("page", JsonIn::integer),
          optional("box", LayoutCodec::readBox),
          required("snippet", JsonIn::string));

  static final Shape<PrintedTable> TABLE =
      Shape.of(
          "layout table",
          v -> {
            ImmutableMap.Builder<CellRef, Integer> decimals = ImmutableMap.builder();
            for (Decimals d : v.<List<Decimals>>get("printed")) {
              decimals.put(new CellRef(d.row(), d.column()), d.decimals());
            }
            ImmutableMap.Builder<CellRef, Evidence> evidence = ImmutableMap.builder();
            for (Placed p : v.<List<Placed>>get("evidence")) {
              evidence.put(new CellRef(p.row(), p.column()), p.evidence());
            }
            return new PrintedTable(
                v.get("key"),
                v.get("rows"),
                v.optional("note"),
                decimals.buildOrThrow(),
                evidence.buildOrThrow());
          },
          required("key", JsonIn::string),
          list("rows", in -> in.read(TableCodec.ROW)),
          optional("note", JsonIn::string),
          list("printed", in -> in.read(DECIMALS)),
          list("evidence", in -> in.read(PLACED)));

  static void writeTable(JsonOut out, PrintedTable t) throws IOException {
    out.start();
    out.string("key", t.key());
    out.list("rows", t.rows(), TableCodec::writeRow);
    out.string("note", t.note());
    out.list(
        "printed",
        List.copyOf(t.decimals().entrySet()),
        (o, e) -> {
          o.startFlat();
          o.string("row", e.getKey().row().id());
          o.string("column", e.getKey().column());
          o.integer("decimals", e.getValue());
          o.end();
        });
    out.list(
        "evidence",
        List.copyOf(t.evidence().entrySet()),
        (o, e) -> {
          o.startFlat();
          o.string("row", e.getKey().row().id());
          o.string("column", e.getKey().column());
          o.integer("page", e.getValue().page());
          o.object("box", e.getValue().box(), LayoutCodec::writeBox);
          o.string("snippet", e.getValue().snippet());
          o.end();
        });
    out.end();
  }

  static Layout readLayout(JsonIn in) throws IOException {
    if (in.parser().currentToken() == JsonToken.VALUE_STRING) {
      String id = in.string();
      Optional<Layout> shipped = Layouts.byId(id);
      if (shipped.isEmpty()) {
        throw in.fail(
            "unknown layout "
                + JsonIn.clip(JsonIn.quote(id))
                + "; expected one of "
                + Layouts.SHIPPED
                + " or a layout object");
      }
      return shipped.get();
    }
    return LayoutJson.read(in);
  }

  static void writeLayout(JsonOut out, Layout layout) throws IOException {
    Optional<Layout> shipped = Layouts.byId(layout.id());
    if (shipped.isPresent() && shipped.get().equals(layout)) {
      out.value(layout.id());
    } else {
      LayoutJson.write(out, layout);
    }
  }

  static final Shape<PrintedTables> TABLES =
      Shape.of(
          "layout tables",
          v -> new PrintedTables(v.get("layout"), v.get("tables")),
          required("layout", LayoutCodec::readLayout),
          list("tables", in -> in.read(TABLE)));

  static void writeTables(JsonOut out, PrintedTables tables) throws IOException {
    out.start();
    out.name("layout");
    writeLayout(out, tables.layout());
    out.list("tables", tables.tables(), LayoutCodec::writeTable);
    out.end();
  }

  static final Shape<Slice> SLICE =
      Shape.of(
          "slice",
          v -> Slice.of(v.get("funds"), v.get("kinds"), v.get("economic")),
          list("funds", JsonIn.constant(FundSource.class)),
          list("kinds", JsonIn.constant(ExpenditureKind.class)),
          list("economic", JsonIn::economic));

  static void writeSlice(JsonOut out, Slice slice) throws IOException {
    out.startFlat();
    out.constants("funds", List.copyOf(slice.funds()));
    out.constants("kinds", List.copyOf(slice.kinds()));
    out.list("economic", List.copyOf(slice.economic()), (o, c) -> o.value(c.toString()));
    out.end();
  }

  static final Shape<Subject> SUBJECT =
      Shape.of(
          "statement subject",
          v ->
              new Subject(
                  v.optional("function"),
                  v.<Slice>optional("slice").orElse(Slice.ALL),
                  v.optional("figure"),
                  v.optional("fact")),
          optional("function", JsonIn::function),
          optional("slice", in -> in.read(SLICE)),
          optional("figure", JsonIn.constant(Figure.class)),
          optional("fact", JsonIn.constant(Fact.class)));

  static void writeSubject(JsonOut out, Subject s) throws IOException {
    out.startFlat();
    out.code("function", s.function());
    if (!s.slice().isAll()) {
      out.object("slice", s.slice(), LayoutCodec::writeSlice);
    }
    out.constant("figure", s.figure());
    out.constant("fact", s.fact());
    out.end();
  }

  static final Shape<Comparison> COMPARISON =
      Shape.of(
          "comparison",
          v ->
              new Comparison(
                  v.get("base"),
                  v.<Integer>get("baseYear"),
                  v.optional("prior"),
                  v.optional("change"),
                  v.optional("rate"),
                  v.<Boolean>optional("flat").orElse(false)),
          required("base", JsonIn.constant(Comparison.Base.class)),
          required("baseYear", JsonIn::integer),
          optional("prior", JsonIn::amount),
          optional("change", JsonIn::amount),
          optional("rate", JsonIn::decimal),
          optional("flat", JsonIn::bool));

  static void writeComparison(JsonOut out, Comparison c) throws IOException {
    out.startFlat();
    out.constant("base", c.base());
    out.integer("baseYear", c.baseYear());
    out.amount("prior", c.prior());
    out.amount("change", c.change());
    if (c.rate().isPresent()) {
      out.decimal("rate", c.rate().get());
    }
    if (c.flat()) {
      out.bool("flat", true);
    }
    out.end();
  }

  static final Shape<Statement> STATEMENT =
      Shape.of(
          "statement",
          v ->
              new Statement(
                  v.get("label"),
                  v.get("subject"),
                  v.optional("amount"),
                  v.<Integer>optional("count")
                      .map(c -> OptionalLong.of(c))
                      .orElse(OptionalLong.empty()),
                  v.<String>optional("unit").map(MoneyUnit::ofLabel).orElse(MoneyUnit.WAN_YUAN),
                  v.<Integer>optional("decimals").orElse(2),
                  v.optional("comparison"),
                  v.optional("share"),
                  v.optional("explanation"),
                  v.<Integer>optional("partOf").map(OptionalInt::of).orElse(OptionalInt.empty()),
                  v.optional("evidence")),
          required("label", JsonIn::string),
          required("subject", in -> in.read(SUBJECT)),
          optional("amount", JsonIn::amount),
          optional("count", JsonIn::integer),
          optional("unit", JsonIn::string),
          optional("decimals", JsonIn::integer),
          optional("comparison", in -> in.read(COMPARISON)),
          optional("share", JsonIn::decimal),
          optional("explanation", JsonIn::string),
          optional("partOf", JsonIn::integer),
          optional("evidence", in -> in.read(EVIDENCE)));

  static void writeStatement(JsonOut out, Statement s) throws IOException {
    out.start();
    out.string("label", s.label());
    out.object("subject", s.subject(), LayoutCodec::writeSubject);
    out.amount("amount", s.amount());
    if (s.count().isPresent()) {
      out.integer("count", Math.toIntExact(s.count().getAsLong()));
    }
    if (s.unit() != MoneyUnit.WAN_YUAN) {
      out.string("unit", s.unit().label());
    }
    if (s.decimals() != 2) {
      out.integer("decimals", s.decimals());
    }
    out.object("comparison", s.comparison(), LayoutCodec::writeComparison);
    if (s.share().isPresent()) {
      out.decimal("share", s.share().get());
    }
    out.string("explanation", s.explanation());
    if (s.partOf().isPresent()) {
      out.integer("partOf", s.partOf().getAsInt());
    }
    out.object("evidence", s.evidence(), LayoutCodec::writeEvidence);
    out.end();
  }
}
