package io.budgetkit.pdf.narrative;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.budgetkit.layout.Fact;
import io.budgetkit.layout.Figure;
import io.budgetkit.model.FundSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The standard sentences of a layout's narrative, as data read from a JSON resource: the sections
 * that hold the narrative, how lines join into paragraphs, and for each kind of sentence a trigger
 * (the words that make a sentence of that kind), a regular expression with named groups, and the
 * statements each match yields. Macros ({@code {NUM}}) are expanded before compiling. Immutable.
 *
 * @param id the name of the pattern set
 * @param layouts the ids of the layouts it reads
 * @param sections the narrative sections, in any order
 * @param paragraphStarts a line (without spaces) matching one of these begins a paragraph
 * @param skipLines lines matching one of these (page numbers) are not text
 * @param leftovers text just after a match that shows the sentence went on unread (a comparison)
 * @param patterns the sentences, in the order they are tried
 */
public record NarrativePatterns(
    String id,
    ImmutableList<String> layouts,
    ImmutableList<Section> sections,
    ImmutableList<Pattern> paragraphStarts,
    ImmutableList<Pattern> skipLines,
    Pattern leftovers,
    ImmutableList<SentencePattern> patterns) {

  /** The ids of the shipped pattern sets, each in {@code io/budgetkit/pdf/narrative/<id>.json}. */
  public static final ImmutableList<String> SHIPPED = ImmutableList.of("shanghai-putuo");

  private static final ImmutableList<NarrativePatterns> LOADED = loadShipped();

  /** Checks the components. */
  public NarrativePatterns {
    requireNonNull(id, "id");
    requireNonNull(layouts, "layouts");
    requireNonNull(sections, "sections");
    requireNonNull(paragraphStarts, "paragraphStarts");
    requireNonNull(skipLines, "skipLines");
    requireNonNull(leftovers, "leftovers");
    requireNonNull(patterns, "patterns");
  }

  /**
   * A narrative section: from a line matching {@code start} up to a line matching {@code end}.
   *
   * @param name the section's name
   * @param start its title
   * @param end the title of what follows it
   */
  public record Section(String name, Pattern start, Pattern end) {}

  /**
   * One kind of sentence.
   *
   * @param name its name, quoted in findings
   * @param after if present, the sentence is read only after a paragraph of the section matching it
   * @param trigger the words that make a sentence of this kind; a trigger not inside a match is a
   *     sentence understood only in part
   * @param regex the full sentence, with named groups
   * @param statements what a match states
   */
  public record SentencePattern(
      String name,
      Optional<Pattern> after,
      Pattern trigger,
      Pattern regex,
      ImmutableList<StatementSpec> statements) {}

  /**
   * What one statement of a match is.
   *
   * @param id the name later statements refer to with {@code partOf}
   * @param label the label, when fixed
   * @param labelGroup the group whose text is the label, when printed
   * @param labelSuffix appended to a label from a group
   * @param amountGroup the group of the money stated (no statement when it did not match)
   * @param countGroup the group of the count stated, for a counted fact
   * @param funds the fund sources of a slice subject
   * @param figure the figure subject
   * @param fact the fact subject
   * @param functionGroup the group of the quoted 类/款/项 names, for a subject under a 项
   * @param comparison whether the comparison groups are read
   * @param explanation the groups whose text, joined, is the explanation
   * @param partOf the id of the statement this is a part of (the last one stated)
   */
  public record StatementSpec(
      String id,
      Optional<String> label,
      Optional<String> labelGroup,
      String labelSuffix,
      String amountGroup,
      Optional<String> countGroup,
      ImmutableList<FundSource> funds,
      Optional<Figure> figure,
      Optional<Fact> fact,
      Optional<String> functionGroup,
      boolean comparison,
      ImmutableList<String> explanation,
      Optional<String> partOf) {}

  /** The shipped pattern set for the layout {@code layoutId}, if there is one. */
  public static Optional<NarrativePatterns> forLayout(String layoutId) {
    return LOADED.stream().filter(p -> p.layouts().contains(layoutId)).findFirst();
  }

  private static ImmutableList<NarrativePatterns> loadShipped() {
    ImmutableList.Builder<NarrativePatterns> out = ImmutableList.builder();
    for (String id : SHIPPED) {
      String resource = id + ".json";
      try (InputStream in = NarrativePatterns.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + resource);
        }
        out.add(read(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.build();
  }

  /**
   * Reads a pattern set from JSON.
   *
   * @throws IllegalArgumentException if a pattern does not compile or a name is unknown
   */
  public static NarrativePatterns read(InputStream json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    Map<String, String> macros = new java.util.LinkedHashMap<>();
    root.path("macros")
        .fields()
        .forEachRemaining(e -> macros.put(e.getKey(), e.getValue().asText()));
    ImmutableList.Builder<Section> sections = ImmutableList.builder();
    for (JsonNode s : root.path("sections")) {
      sections.add(
          new Section(
              s.path("name").asText(),
              compile(s.path("start").asText(), macros),
              compile(s.path("end").asText(), macros)));
    }
    ImmutableList.Builder<SentencePattern> patterns = ImmutableList.builder();
    for (JsonNode p : root.path("patterns")) {
      ImmutableList.Builder<StatementSpec> specs = ImmutableList.builder();
      for (JsonNode s : p.path("statements")) {
        specs.add(spec(s));
      }
      patterns.add(
          new SentencePattern(
              p.path("name").asText(),
              optional(p, "after").map(a -> compile(a, macros)),
              compile(p.path("trigger").asText(), macros),
              compile(p.path("regex").asText(), macros),
              specs.build()));
    }
    return new NarrativePatterns(
        root.path("id").asText(),
        strings(root.path("layouts")),
        sections.build(),
        compileAll(root.path("paragraphStarts"), macros),
        compileAll(root.path("skipLines"), macros),
        compile(root.path("leftovers").asText("(?!)"), macros),
        patterns.build());
  }

  private static StatementSpec spec(JsonNode s) {
    JsonNode subject = s.path("subject");
    ImmutableList.Builder<FundSource> funds = ImmutableList.builder();
    for (JsonNode f : subject.path("funds")) {
      funds.add(FundSource.valueOf(f.asText()));
    }
    return new StatementSpec(
        s.path("id").asText(),
        optional(s, "label"),
        optional(s, "labelGroup"),
        s.path("labelSuffix").asText(""),
        s.path("amount").asText("amount"),
        optional(s, "count"),
        funds.build(),
        optional(subject, "figure").map(Figure::valueOf),
        optional(subject, "fact").map(Fact::valueOf),
        optional(subject, "function"),
        s.path("comparison").asBoolean(false),
        strings(s.path("explanation")),
        optional(s, "partOf"));
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static ImmutableList<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      out.add(it.next().asText());
    }
    return ImmutableList.copyOf(out);
  }

  private static ImmutableList<Pattern> compileAll(JsonNode array, Map<String, String> macros) {
    ImmutableList.Builder<Pattern> out = ImmutableList.builder();
    for (String s : strings(array)) {
      out.add(compile(s, macros));
    }
    return out.build();
  }

  private static Pattern compile(String regex, Map<String, String> macros) {
    return compile(regex, macros, "narrative");
  }

  /**
   * {@code regex} with its {@code {macro}} names expanded (macros may name macros, four rounds at
   * most), compiled; a bad pattern is an {@link IllegalArgumentException} naming it as a {@code
   * kind} pattern.
   */
  static Pattern compile(String regex, Map<String, String> macros, String kind) {
    String expanded = regex;
    for (int round = 0; round < 4 && expanded.contains("{"); round++) {
      for (Map.Entry<String, String> m : macros.entrySet()) {
        expanded = expanded.replace("{" + m.getKey() + "}", m.getValue());
      }
    }
    try {
      return Pattern.compile(expanded);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "Bad " + kind + " pattern '" + regex + "': " + e.getDescription(), e);
    }
  }
}
