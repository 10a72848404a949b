package io.budgetkit.pdf.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.budgetkit.money.MoneyUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The tables of one disclosure layout, as the importer needs them: read from a JSON resource (the
 * 上海普陀 layout ships as {@code layouts/shanghai-putuo.json}) or a file. Immutable.
 *
 * @param id the layout's id, e.g. {@code shanghai-putuo}
 * @param name a human-readable name
 * @param tables the tables in the layout's order
 */
public record LayoutSpec(String id, String name, ImmutableList<TableSpec> tables) {
  /** The ids of the layouts shipped with the importer. */
  public static final ImmutableList<String> BUILT_IN = ImmutableList.of("shanghai-putuo");

  /** The built-in layout {@code id}. */
  public static LayoutSpec builtIn(String id) {
    if (!BUILT_IN.contains(id)) {
      throw new IllegalArgumentException(
          "Unknown layout '" + id + "': expected one of " + BUILT_IN);
    }
    try (InputStream in =
        LayoutSpec.class.getResourceAsStream("/io/budgetkit/pdf/layouts/" + id + ".json")) {
      if (in == null) {
        throw new IllegalStateException("Layout resource missing for '" + id + "'");
      }
      return load(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a layout from a JSON file.
   *
   * @throws IllegalArgumentException quoting the file and the field if it is malformed
   */
  public static LayoutSpec load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(new ObjectMapper().readTree(in));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Layout " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a layout from its JSON tree. */
  public static LayoutSpec load(JsonNode root) {
    ImmutableList.Builder<TableSpec> tables = ImmutableList.builder();
    for (JsonNode t : required(root, "tables")) {
      ImmutableList.Builder<TableSpec.Part> parts = ImmutableList.builder();
      for (JsonNode p : required(t, "parts")) {
        ImmutableList.Builder<ImmutableList<String>> variants = ImmutableList.builder();
        for (JsonNode v : required(p, "columns")) {
          variants.add(strings(v));
        }
        parts.add(
            new TableSpec.Part(
                text(p, "name"),
                TableSpec.KeyKind.valueOf(text(p, "key")),
                p.path("keyHeader").asText(""),
                variants.build(),
                Optional.ofNullable(p.get("total")).map(JsonNode::asText)));
      }
      ImmutableList.Builder<TableSpec.ColumnSum> sums = ImmutableList.builder();
      for (JsonNode s : t.path("sums")) {
        sums.add(
            new TableSpec.ColumnSum(text(s, "part"), text(s, "total"), strings(required(s, "of"))));
      }
      String unit = text(t, "unit");
      tables.add(
          new TableSpec(
              text(t, "id"),
              t.path("number").asInt(),
              text(t, "title"),
              unit.equals("万元") ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN,
              parts.build(),
              sums.build(),
              t.path("maxRows").asInt(0)));
    }
    return new LayoutSpec(text(root, "id"), root.path("name").asText(""), tables.build());
  }

  private static JsonNode required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null) {
      throw new IllegalArgumentException("missing field '" + field + "' in " + n);
    }
    return v;
  }

  private static String text(JsonNode n, String field) {
    return required(n, field).asText();
  }

  private static ImmutableList<String> strings(JsonNode array) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    array.forEach(x -> b.add(x.asText()));
    return b.build();
  }
}
