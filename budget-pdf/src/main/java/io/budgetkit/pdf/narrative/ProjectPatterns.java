package io.budgetkit.pdf.narrative;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.budgetkit.money.MoneyUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a layout prints its project descriptions (项目经费情况说明), as data: the {@code projects} object of
 * the layout's narrative pattern resource ({@code io/budgetkit/pdf/narrative/<id>.json}, beside the
 * sentence patterns of {@link NarrativePatterns}). A description starts at a title line; its parts
 * start at numbered headings, each naming the project field it fills; the project's name is found
 * in the title or a part's text by a pattern; the scale, parts and total of the annual plan by
 * others. Lines are matched without spaces. Immutable.
 *
 * @param id the name of the pattern set
 * @param layouts the ids of the layouts it reads
 * @param title a line matching it starts a project description
 * @param end a line matching it ends the description (the next section's title)
 * @param skipLines lines matching one of these (page numbers) are not text
 * @param parts the parts, in printed order
 * @param otherHeading a heading of a part not listed ({@code 八、…}): its text fills no field and is
 *     reported rather than added to the part before it
 * @param names where the project's name is printed, tried in order
 * @param allocation the figures of the annual plan
 * @param goalReferences a paragraph of 绩效目标 matching one of these refers to a table printed
 *     elsewhere (详见单位的项目绩效目标表) and is not part of the goal
 */
public record ProjectPatterns(
    String id,
    ImmutableList<String> layouts,
    Pattern title,
    Pattern end,
    ImmutableList<Pattern> skipLines,
    ImmutableList<Part> parts,
    Pattern otherHeading,
    ImmutableList<NamePattern> names,
    AllocationPattern allocation,
    ImmutableList<Pattern> goalReferences) {

  private static final ImmutableList<ProjectPatterns> LOADED = loadShipped();

  /** Checks the components. */
  public ProjectPatterns {
    requireNonNull(id, "id");
    requireNonNull(layouts, "layouts");
    requireNonNull(title, "title");
    requireNonNull(end, "end");
    requireNonNull(skipLines, "skipLines");
    requireNonNull(parts, "parts");
    requireNonNull(otherHeading, "otherHeading");
    requireNonNull(names, "names");
    requireNonNull(allocation, "allocation");
    requireNonNull(goalReferences, "goalReferences");
  }

  /** The project field a part of the description fills. */
  public enum Field {
    /** The title line itself; it fills no field but may print the project's name. */
    TITLE,
    /** 项目概况: {@code Project.overview()}. */
    OVERVIEW,
    /** 立项依据: {@code Project.policyBasis()}. */
    POLICY_BASIS,
    /** 实施主体: {@code Project.undertaker()}. */
    UNDERTAKER,
    /** 实施方案: {@code Project.plan()}. */
    PLAN,
    /** 实施周期: {@code Project.executionPeriod()}. */
    EXECUTION_PERIOD,
    /** 年度预算安排: {@code Project.allocation()}, one part per figure. */
    ALLOCATION,
    /** 绩效目标: the {@code PerformanceTarget}'s overall goal. */
    GOAL
  }

  /**
   * A part of the description.
   *
   * @param field the field it fills
   * @param label its name in the report (the heading as printed, without number)
   * @param heading the heading that starts it, matched at the start of a line; text after the
   *     heading on the same line belongs to the part
   */
  public record Part(Field field, String label, Pattern heading) {}

  /**
   * Where the project's name is printed.
   *
   * @param from the part whose text holds it
   * @param regex matched in that part's text without spaces; group {@code name} is the name
   */
  public record NamePattern(Field from, Pattern regex) {}

  /**
   * The figures of the annual plan (年度预算安排), matched in its text without spaces: first the scale
   * and the total, then the parts elsewhere.
   *
   * @param unit the unit of the figures
   * @param scale group {@code amount} is the project's scale (项目总预算)
   * @param total group {@code amount} is the parts' stated total (合计)
   * @param part matched repeatedly; group {@code item} is the part (第一季度用款计划, 支持外贸发展), group {@code
   *     amount} its figure
   * @param trigger a figure of the plan; one outside every match is reported, never guessed
   */
  public record AllocationPattern(
      MoneyUnit unit, Pattern scale, Pattern total, Pattern part, Pattern trigger) {}

  /** The shipped project patterns for the layout {@code layoutId}, if its resource has any. */
  public static Optional<ProjectPatterns> forLayout(String layoutId) {
    return LOADED.stream().filter(p -> p.layouts().contains(layoutId)).findFirst();
  }

  private static ImmutableList<ProjectPatterns> loadShipped() {
    ImmutableList.Builder<ProjectPatterns> out = ImmutableList.builder();
    for (String id : NarrativePatterns.SHIPPED) {
      String resource = id + ".json";
      try (InputStream in = ProjectPatterns.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + resource);
        }
        read(in).ifPresent(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.build();
  }

  /**
   * Reads the {@code projects} object of a narrative pattern resource; empty if it has none.
   *
   * @throws IllegalArgumentException if a pattern does not compile, a field or unit is unknown, a
   *     name or allocation pattern lacks its named groups, or the title, a part's heading or a name
   *     pattern is missing or blank (an empty pattern would match every line)
   */
  public static Optional<ProjectPatterns> read(InputStream json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode p = root.path("projects");
    if (p.isMissingNode() || p.isNull()) {
      return Optional.empty();
    }
    Map<String, String> macros = new LinkedHashMap<>();
    root.path("macros")
        .fields()
        .forEachRemaining(e -> macros.put(e.getKey(), e.getValue().asText()));
    ImmutableList.Builder<Part> parts = ImmutableList.builder();
    for (JsonNode part : p.path("parts")) {
      parts.add(
          new Part(
              field(part.path("field").asText()),
              part.path("label").asText(),
              compile(required(part, "heading", "projects.parts[]"), macros)));
    }
    ImmutableList.Builder<NamePattern> names = ImmutableList.builder();
    for (JsonNode n : p.path("names")) {
      names.add(
          new NamePattern(
              field(n.path("from").asText()),
              withGroups(compile(required(n, "regex", "projects.names[]"), macros), "name")));
    }
    JsonNode a = p.path("allocation");
    AllocationPattern allocation =
        new AllocationPattern(
            unit(a.path("unit").asText("WAN_YUAN")),
            withGroups(compile(a.path("scale").asText("(?!)"), macros), "amount"),
            withGroups(compile(a.path("total").asText("(?!)"), macros), "amount"),
            withGroups(compile(a.path("part").asText("(?!)"), macros), "item", "amount"),
            compile(a.path("trigger").asText("(?!)"), macros));
    ImmutableList.Builder<Pattern> references = ImmutableList.builder();
    for (JsonNode r : p.path("goalReferences")) {
      references.add(compile(r.asText(), macros));
    }
    ImmutableList.Builder<Pattern> skip = ImmutableList.builder();
    for (JsonNode s : root.path("skipLines")) {
      skip.add(compile(s.asText(), macros));
    }
    ImmutableList.Builder<String> layouts = ImmutableList.builder();
    root.path("layouts").forEach(l -> layouts.add(l.asText()));
    return Optional.of(
        new ProjectPatterns(
            root.path("id").asText(),
            layouts.build(),
            compile(required(p, "title", "projects"), macros),
            compile(p.path("end").asText("(?!)"), macros),
            skip.build(),
            parts.build(),
            compile(p.path("otherHeading").asText("(?!)"), macros),
            names.build(),
            allocation,
            references.build()));
  }

  private static Field field(String name) {
    try {
      return Field.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown project field '"
              + name
              + "'; expected one of "
              + java.util.List.of(Field.values()),
          e);
    }
  }

  private static MoneyUnit unit(String name) {
    try {
      return MoneyUnit.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown money unit '"
              + name
              + "'; expected one of "
              + java.util.List.of(MoneyUnit.values()),
          e);
    }
  }

  private static Pattern withGroups(Pattern p, String... groups) {
    for (String g : groups) {
      if (!p.pattern().equals("(?!)") && !p.pattern().contains("(?<" + g + ">")) {
        throw new IllegalArgumentException(
            "Project pattern '" + p.pattern() + "' has no group '" + g + "'");
      }
    }
    return p;
  }

  /** The text of {@code node}'s required field {@code name}, refused when missing or blank. */
  private static String required(JsonNode node, String name, String where) {
    String text = node.path(name).asText("");
    if (text.isBlank()) {
      throw new IllegalArgumentException(
          "Project patterns: " + where + "." + name + " is missing or blank");
    }
    return text;
  }

  private static Pattern compile(String regex, Map<String, String> macros) {
    return NarrativePatterns.compile(regex, macros, "project");
  }
}
