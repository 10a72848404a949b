package io.budgetkit.pdf.narrative;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.document.Box;
import io.budgetkit.document.Evidence;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.money.Amount;
import io.budgetkit.pdf.narrative.ProjectPatterns.Field;
import io.budgetkit.pdf.narrative.ProjectPatterns.NamePattern;
import io.budgetkit.pdf.narrative.ProjectPatterns.Part;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads a document's project descriptions (项目经费情况说明) into {@link Project}s with a {@link
 * ProjectPatterns}: from each title line, the lines under each part heading are that part's text —
 * lines of a paragraph joined without a break (the PDF wraps them), paragraphs (a line indented
 * from the heading's margin) separated by {@code \n}, spaces inside a line kept as one. The name is
 * found in the title or a part's text; the annual plan's figures become the scale, the {@link
 * AllocationPart}s and their stated total, exact in the printed unit; 绩效目标 becomes a {@link
 * PerformanceTarget} with its goal and no indicators (none are printed), unless it only refers to a
 * table printed elsewhere. Nothing not printed is filled in: a description without a name or a part
 * the model needs is reported ({@link #PARTIAL}) and not imported; a part of the layout not
 * printed, a figure of the plan not understood, or a plan without figures (its text has no field)
 * is reported and the rest imported. Immutable and thread-safe.
 */
public final class ProjectReader {
  /** The rule id of a project description read only in part, or not at all. */
  public static final String PARTIAL = "pdf.project-partial";

  private final ProjectPatterns patterns;

  private ProjectReader(ProjectPatterns patterns) {
    this.patterns = patterns;
  }

  /** A reader of the project descriptions that {@code patterns} describe. */
  public static ProjectReader of(ProjectPatterns patterns) {
    return new ProjectReader(requireNonNull(patterns, "patterns"));
  }

  /**
   * A project as read, with where each of its fields is printed.
   *
   * @param project the project
   * @param evidence the page, box and start of the printed text of each field read, by field name:
   *     {@code name}, {@code overview}, {@code policyBasis}, {@code undertaker}, {@code plan},
   *     {@code executionPeriod}, {@code scale}, {@code allocation[i]} (the i-th part's figure),
   *     {@code allocationTotal} and {@code performance.overallGoal}. The box spans the field's
   *     lines on its first page; a name read from the title points to the title line.
   */
  public record Reading(Project project, ImmutableMap<String, Evidence> evidence) {
    /** Checks the components. */
    public Reading {
      requireNonNull(project, "project");
      requireNonNull(evidence, "evidence");
    }
  }

  /**
   * The projects and findings read from a document.
   *
   * @param projects the projects in printed order
   * @param findings descriptions read only in part, with their page
   */
  public record Result(ImmutableList<Reading> projects, ImmutableList<Finding> findings) {}

  /** Reads the project descriptions of {@code text}. */
  public Result read(SourceText text) {
    List<Reading> projects = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Draft draft = null;
    for (TextLine line : text.lines()) {
      String compact = compact(line.text());
      if (compact.isEmpty() || offPage(line) || skipped(line.text())) {
        continue;
      }
      if (patterns.title().matcher(compact).find()) {
        finish(draft, projects, findings, names);
        draft = new Draft(line);
        continue;
      }
      if (draft == null) {
        continue;
      }
      if (patterns.end().matcher(compact).find()) {
        finish(draft, projects, findings, names);
        draft = null;
        continue;
      }
      Optional<Part> heading = Optional.empty();
      int headingEnd = 0;
      for (Part p : patterns.parts()) {
        Matcher m = p.heading().matcher(compact);
        if (m.lookingAt()) {
          heading = Optional.of(p);
          headingEnd = m.end();
          break;
        }
      }
      if (heading.isPresent()) {
        if (draft.parts.containsKey(heading.get().field())) {
          // the same heading again: the next project's description, without a title of its own
          finish(draft, projects, findings, names);
          draft = new Draft(line);
        }
        draft.start(heading.get(), line, afterNonSpace(line.text(), headingEnd));
      } else if (patterns.otherHeading().matcher(compact).lookingAt()) {
        // a numbered part the layout does not list: its text has no field, reported below
        draft.current = null;
        draft.stray.add(line);
      } else if (draft.current == null) {
        draft.stray.add(line);
      } else {
        draft.current.append(line, normalise(line.text()));
      }
    }
    finish(draft, projects, findings, names);
    return new Result(ImmutableList.copyOf(projects), ImmutableList.copyOf(findings));
  }

  private void finish(
      Draft draft, List<Reading> projects, List<Finding> findings, Set<String> names) {
    if (draft == null) {
      return;
    }
    Evidence at = Evidence.of(draft.title);
    // a heading with no text under it is a part not printed
    draft.parts.values().removeIf(part -> part.lines.isEmpty());
    for (TextLine stray : draft.stray) {
      findings.add(
          partial(
              Evidence.of(stray),
              "text of the 项目经费情况说明 under no known heading, not read: " + stray.text().strip()));
    }
    Map<String, Evidence> evidence = new LinkedHashMap<>();
    Optional<String> name = Optional.empty();
    for (NamePattern n : patterns.names()) {
      if (n.from() == Field.TITLE) {
        Matcher m = n.regex().matcher(compact(draft.title.text()));
        if (m.find() && !m.group("name").isEmpty()) {
          name = Optional.of(m.group("name"));
          evidence.put("name", at);
          break;
        }
        continue;
      }
      PartText part = draft.parts.get(n.from());
      if (part == null) {
        continue;
      }
      Matcher m = n.regex().matcher(part.compact);
      if (m.find() && !m.group("name").isEmpty()) {
        name = Optional.of(m.group("name"));
        evidence.put("name", part.evidence(m.start("name"), m.end("name"), m.group("name")));
        break;
      }
    }
    List<String> missing = new ArrayList<>();
    for (Part p : patterns.parts()) {
      if (p.field() != Field.TITLE && !draft.parts.containsKey(p.field())) {
        missing.add(p.label());
      }
    }
    List<String> unusable = new ArrayList<>();
    if (name.isEmpty()) {
      unusable.add("no project name found");
    }
    for (Field required : List.of(Field.POLICY_BASIS, Field.UNDERTAKER, Field.EXECUTION_PERIOD)) {
      if (!draft.parts.containsKey(required)) {
        unusable.add(label(required) + " not printed");
      }
    }
    if (!unusable.isEmpty()) {
      findings.add(
          partial(
              at,
              "a 项目经费情况说明 not imported ("
                  + String.join(", ", unusable)
                  + "; the model needs it and nothing is filled in)"));
      return;
    }
    if (!names.add(name.get())) {
      findings.add(
          partial(
              at,
              "a second 项目经费情况说明 of project '"
                  + name.get()
                  + "' not imported (a budget holds a project once)"));
      return;
    }
    Project.Builder b = Project.builder().name(name.get());
    text(draft, Field.OVERVIEW, "overview", evidence).ifPresent(b::overview);
    b.policyBasis(text(draft, Field.POLICY_BASIS, "policyBasis", evidence).orElseThrow());
    b.undertaker(text(draft, Field.UNDERTAKER, "undertaker", evidence).orElseThrow());
    text(draft, Field.PLAN, "plan", evidence).ifPresent(b::plan);
    b.executionPeriod(
        text(draft, Field.EXECUTION_PERIOD, "executionPeriod", evidence).orElseThrow());
    PartText plan = draft.parts.get(Field.ALLOCATION);
    if (plan != null) {
      allocation(plan, b, evidence, findings, name.get());
    }
    PartText goal = draft.parts.get(Field.GOAL);
    if (goal != null) {
      // a paragraph pointing to a table printed elsewhere is not the goal
      goal.paragraphs.removeIf(
          para ->
              patterns.goalReferences().stream()
                  .anyMatch(r -> r.matcher(compact(para.toString())).find()));
      if (!goal.paragraphs.isEmpty()) {
        evidence.put("performance.overallGoal", goal.evidence());
        b.performance(
            PerformanceTarget.builder().projectName(name.get()).overallGoal(goal.text()).build());
      }
    }
    if (!missing.isEmpty()) {
      findings.add(
          partial(
              at,
              "project '"
                  + name.get()
                  + "' read in part: "
                  + String.join(", ", missing)
                  + " not printed"));
    }
    projects.add(new Reading(b.build(), ImmutableMap.copyOf(evidence)));
  }

  private void allocation(
      PartText plan,
      Project.Builder b,
      Map<String, Evidence> evidence,
      List<Finding> findings,
      String name) {
    ProjectPatterns.AllocationPattern a = patterns.allocation();
    List<int[]> read = new ArrayList<>();
    Matcher scale = a.scale().matcher(plan.compact);
    if (scale.find()) {
      amount(plan, scale, name, findings)
          .ifPresent(
              x -> {
                b.scale(x);
                evidence.put(
                    "scale",
                    plan.evidence(scale.start("amount"), scale.end("amount"), scale.group()));
                read.add(new int[] {scale.start(), scale.end()});
              });
    }
    Matcher total = a.total().matcher(plan.compact);
    if (total.find()) {
      amount(plan, total, name, findings)
          .ifPresent(
              x -> {
                b.allocationTotal(x);
                evidence.put(
                    "allocationTotal",
                    plan.evidence(total.start("amount"), total.end("amount"), total.group()));
                read.add(new int[] {total.start(), total.end()});
              });
    }
    Matcher m = a.part().matcher(plan.compact);
    int i = 0;
    while (m.find()) {
      int start = m.start();
      if (m.end() == start || read.stream().anyMatch(r -> r[0] <= start && start < r[1])) {
        continue;
      }
      Optional<Amount> amount = amount(plan, m, name, findings);
      if (amount.isEmpty()) {
        continue;
      }
      b.addAllocation(AllocationPart.of(m.group("item"), amount.get()));
      evidence.put(
          "allocation[" + i++ + "]", plan.evidence(m.start("amount"), m.end("amount"), m.group()));
      read.add(new int[] {start, m.end()});
    }
    Matcher t = a.trigger().matcher(plan.compact);
    boolean figures = false;
    while (t.find()) {
      figures = true;
      int at = t.start();
      if (read.stream().noneMatch(r -> r[0] <= at && at < r[1])) {
        int to = Math.min(plan.compact.length(), at + 60);
        findings.add(
            partial(
                plan.evidence(at, t.end(), plan.compact.substring(at, to)),
                "project '"
                    + name
                    + "': a figure of "
                    + label(Field.ALLOCATION)
                    + " understood only in part, not read: "
                    + plan.compact.substring(at, to)));
      }
    }
    if (!figures) {
      findings.add(
          Finding.builder()
              .ruleId(PARTIAL)
              .severity(Severity.INFO)
              .location(Location.at("page " + plan.evidence().page()))
              .message(
                  "project '"
                      + name
                      + "': "
                      + label(Field.ALLOCATION)
                      + " prints no figure; its text is not kept (a project holds the plan's"
                      + " figures only): "
                      + plan.text())
              .evidence(plan.evidence())
              .build());
    }
  }

  /** The figure of group {@code amount} in the plan's unit; reported and empty if not exact. */
  private Optional<Amount> amount(PartText plan, Matcher m, String name, List<Finding> findings) {
    try {
      return Optional.of(
          Amount.of(
              new BigDecimal(m.group("amount").replace(",", "")), patterns.allocation().unit()));
    } catch (IllegalArgumentException | ArithmeticException e) {
      findings.add(
          partial(
              plan.evidence(m.start(), m.end(), m.group()),
              "project '"
                  + name
                  + "': figure "
                  + m.group("amount")
                  + " not read: "
                  + e.getMessage()));
      return Optional.empty();
    }
  }

  private Optional<String> text(
      Draft draft, Field field, String key, Map<String, Evidence> evidence) {
    PartText part = draft.parts.get(field);
    if (part == null) {
      return Optional.empty();
    }
    evidence.put(key, part.evidence());
    return Optional.of(part.text());
  }

  private String label(Field field) {
    return patterns.parts().stream()
        .filter(p -> p.field() == field)
        .map(Part::label)
        .findFirst()
        .orElse(field.name());
  }

  private boolean skipped(String line) {
    return patterns.skipLines().stream().anyMatch(p -> p.matcher(line).find());
  }

  private static Finding partial(Evidence e, String message) {
    return Finding.builder()
        .ruleId(PARTIAL)
        .severity(Severity.WARNING)
        .location(Location.at("page " + e.page()))
        .message(message)
        .evidence(e)
        .build();
  }

  /** Whether {@code line} lies above its page, where nothing shows (see NarrativeReader). */
  private static boolean offPage(TextLine line) {
    return line.box().map(b -> b.y() + b.height() <= 0).orElse(false);
  }

  private static String compact(String s) {
    return s.replaceAll("[\\s\\u3000\\u00a0]", "");
  }

  /** A line's text with its gaps as one space each, trimmed. */
  private static String normalise(String s) {
    return s.replaceAll("[\\s\\u3000\\u00a0]+", " ").strip();
  }

  /** The text of {@code s} after its first {@code n} characters that are not spaces. */
  private static String afterNonSpace(String s, int n) {
    int seen = 0;
    int i = 0;
    while (i < s.length() && seen < n) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u3000') {
        seen++;
      }
      i++;
    }
    return normalise(s.substring(i));
  }

  /** A project description being read: its title line and the text of each part so far. */
  private static final class Draft {
    final TextLine title;
    final Map<Field, PartText> parts = new EnumMap<>(Field.class);
    final List<TextLine> stray = new ArrayList<>();
    PartText current;

    Draft(TextLine title) {
      this.title = title;
    }

    void start(Part part, TextLine heading, String rest) {
      current = new PartText(heading);
      parts.put(part.field(), current);
      if (!rest.isEmpty()) {
        current.append(heading, rest);
      }
    }
  }

  /**
   * A part's printed text: paragraphs of joined lines, and the same without spaces (for patterns)
   * with the printed line of each of its characters (for evidence).
   */
  private static final class PartText {
    final TextLine heading;
    final List<StringBuilder> paragraphs = new ArrayList<>();
    final List<TextLine> lines = new ArrayList<>();
    final List<TextLine> lineOf = new ArrayList<>();
    String compact = "";
    private final StringBuilder compactBuffer = new StringBuilder();

    PartText(TextLine heading) {
      this.heading = heading;
    }

    void append(TextLine line, String text) {
      if (text.isEmpty()) {
        return;
      }
      if (paragraphs.isEmpty() || indented(line)) {
        paragraphs.add(new StringBuilder());
      }
      paragraphs.get(paragraphs.size() - 1).append(text);
      lines.add(line);
      String c = compact(text);
      compactBuffer.append(c);
      for (int i = 0; i < c.length(); i++) {
        lineOf.add(line);
      }
      compact = compactBuffer.toString();
    }

    /**
     * Whether {@code line} starts a paragraph: its left edge is right of the heading's by more than
     * half its height (a first-line indent); a wrapped line starts at the margin.
     */
    private boolean indented(TextLine line) {
      if (line == heading || heading.box().isEmpty() || line.box().isEmpty()) {
        return false;
      }
      Box h = heading.box().get();
      Box l = line.box().get();
      return l.x() > h.x() + l.height() / 2;
    }

    String text() {
      List<String> out = new ArrayList<>();
      for (StringBuilder p : paragraphs) {
        out.add(p.toString());
      }
      return String.join("\n", out);
    }

    /** The part's lines: the first line's page, the box of its lines on that page. */
    Evidence evidence() {
      if (lines.isEmpty()) {
        return Evidence.of(heading);
      }
      return evidence(0, compact.length(), text().replace('\n', ' '));
    }

    /** The page and box of the lines printing compact characters {@code from} to {@code to}. */
    Evidence evidence(int from, int to, String snippet) {
      if (lineOf.isEmpty()) {
        return new Evidence(heading.page(), heading.box(), snippet);
      }
      TextLine first = lineOf.get(Math.min(from, lineOf.size() - 1));
      Optional<Box> box = first.box();
      TextLine last = first;
      for (int i = from + 1; i < to && i < lineOf.size(); i++) {
        TextLine l = lineOf.get(i);
        if (l != last && l.page() == first.page() && box.isPresent() && l.box().isPresent()) {
          box = Optional.of(box.get().union(l.box().get()));
        }
        last = l;
      }
      return new Evidence(first.page(), box, snippet);
    }
  }
}
