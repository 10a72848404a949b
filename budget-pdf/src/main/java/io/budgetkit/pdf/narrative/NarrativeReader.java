package io.budgetkit.pdf.narrative;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.Catalog;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.Box;
import io.budgetkit.document.Evidence;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.layout.Comparison;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.Slice;
import io.budgetkit.layout.Statement;
import io.budgetkit.layout.Subject;
import io.budgetkit.model.FundSource;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.pdf.narrative.NarrativePatterns.Section;
import io.budgetkit.pdf.narrative.NarrativePatterns.SentencePattern;
import io.budgetkit.pdf.narrative.NarrativePatterns.StatementSpec;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statements of a document's narrative with a {@link NarrativePatterns}: the lines of
 * each narrative section, without spaces, are joined into paragraphs (a sentence wraps across lines
 * and pages); each sentence pattern is matched in each paragraph; each match yields its statements,
 * with the page and box of the line where the figure is printed. A sentence whose trigger lies in
 * no match, or whose comparison goes on past the match, is reported ({@code
 * pdf.narrative-partial}), never guessed. Immutable and thread-safe.
 */
public final class NarrativeReader {
  /** The rule id of a sentence of a known kind understood only in part. */
  public static final String PARTIAL = "pdf.narrative-partial";

  /** The rule id of a paragraph whose text is read twice (a page repeating hidden text). */
  public static final String REPEATED = "pdf.narrative-repeated";

  private final NarrativePatterns patterns;

  private NarrativeReader(NarrativePatterns patterns) {
    this.patterns = patterns;
  }

  /** A reader of the sentences in {@code patterns}. */
  public static NarrativeReader of(NarrativePatterns patterns) {
    return new NarrativeReader(requireNonNull(patterns, "patterns"));
  }

  /**
   * The statements and findings read from a narrative.
   *
   * @param statements the statements in printed order; {@code partOf} indexes this list
   * @param findings sentences understood only in part, with their page
   */
  public record Result(ImmutableList<Statement> statements, ImmutableList<Finding> findings) {}

  /**
   * Reads the narrative of {@code text}; 项 named in it are found among the function rows of {@code
   * tables} first, then in {@code catalog} ({@code formerClassNames} maps a retired 类 name to "code
   * name" of its successor).
   */
  public Result read(
      SourceText text,
      Optional<PrintedTables> tables,
      Catalog catalog,
      Map<String, String> formerClassNames) {
    FunctionNames names = new FunctionNames(tables, catalog, formerClassNames);
    List<Statement> statements = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<String, Integer> lastById = new HashMap<>();
    for (List<Paragraph> section : paragraphs(text)) {
      boolean[] after = new boolean[patterns.patterns().size()];
      Map<String, Paragraph> seen = new HashMap<>();
      for (Paragraph p : section) {
        Paragraph first = seen.putIfAbsent(p.text, p);
        if (first != null) {
          findings.add(repeated(p, first));
          continue;
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < patterns.patterns().size(); i++) {
          SentencePattern sp = patterns.patterns().get(i);
          if (sp.after().isPresent() && !after[i]) {
            if (sp.after().get().matcher(p.text).find()) {
              after[i] = true;
            }
            continue;
          }
          Matcher m = sp.regex().matcher(p.text);
          while (m.find()) {
            if (m.end() > m.start() && hits.stream().noneMatch(h -> h.overlaps(m.start()))) {
              hits.add(new Hit(sp, Groups.of(m), m.start(), m.end()));
            }
          }
        }
        hits.sort(Comparator.comparingInt(h -> h.start));
        for (Hit h : hits) {
          for (StatementSpec spec : h.pattern.statements()) {
            statement(p, h, spec, names, lastById, statements.size(), findings)
                .ifPresent(
                    s -> {
                      lastById.put(spec.id(), statements.size());
                      statements.add(s);
                    });
          }
          Matcher rest = patterns.leftovers().matcher(p.text).region(h.end, p.text.length());
          if (rest.lookingAt()) {
            findings.add(partial(p, h.start, h.pattern.name(), "the comparison after it"));
          }
        }
        for (SentencePattern sp : patterns.patterns()) {
          Matcher t = sp.trigger().matcher(p.text);
          while (t.find()) {
            int at = t.start();
            if (hits.stream().noneMatch(h -> h.start <= at && at < h.end)) {
              findings.add(partial(p, at, sp.name(), "the sentence"));
            }
          }
        }
      }
    }
    return new Result(ImmutableList.copyOf(statements), ImmutableList.copyOf(findings));
  }

  private Optional<Statement> statement(
      Paragraph p,
      Hit h,
      StatementSpec spec,
      FunctionNames names,
      Map<String, Integer> lastById,
      int index,
      List<Finding> findings) {
    Groups m = h.match;
    String figureGroup = spec.countGroup().orElse(spec.amountGroup());
    String printed = group(m, figureGroup);
    if (printed == null) {
      return Optional.empty();
    }
    String label =
        spec.label()
            .orElseGet(() -> group(m, spec.labelGroup().orElseThrow()) + spec.labelSuffix());
    Subject subject;
    if (spec.figure().isPresent()) {
      subject = Subject.of(spec.figure().get());
    } else if (spec.fact().isPresent()) {
      subject = Subject.of(spec.fact().get());
    } else {
      Slice slice =
          spec.funds().isEmpty() ? Slice.ALL : Slice.funds(spec.funds().toArray(new FundSource[0]));
      if (spec.functionGroup().isPresent()) {
        Optional<FunctionCode> code =
            names.resolve(group(m, "cls"), group(m, "kuan"), group(m, "xiang"));
        if (code.isEmpty()) {
          findings.add(
              partial(p, h.start, h.pattern.name(), "the 类/款/项 names " + group(m, "names")));
          return Optional.empty();
        }
        subject = Subject.of(code.get(), slice);
      } else {
        subject = Subject.of(slice);
      }
    }
    int start = m.start(figureGroup);
    int end = m.end(figureGroup);
    Evidence evidence = p.evidence(start, end, p.text.substring(h.start, h.end));
    OptionalInt partOf =
        spec.partOf().map(lastById::get).map(OptionalInt::of).orElse(OptionalInt.empty());
    List<String> explained = new ArrayList<>();
    for (String g : spec.explanation()) {
      String e = group(m, g);
      if (e != null && !e.isBlank()) {
        explained.add(e);
      }
    }
    Optional<String> explanation =
        explained.isEmpty() ? Optional.empty() : Optional.of(String.join("。", explained));
    Optional<Comparison> comparison =
        spec.comparison() ? comparison(m) : Optional.<Comparison>empty();
    if (spec.countGroup().isPresent()) {
      return Optional.of(
          new Statement(
              label,
              subject,
              Optional.empty(),
              OptionalLong.of(Long.parseLong(printed)),
              MoneyUnit.WAN_YUAN,
              0,
              comparison,
              Optional.empty(),
              explanation,
              partOf,
              Optional.of(evidence)));
    }
    return Optional.of(
        new Statement(
            label,
            subject,
            Optional.of(Amount.ofWanYuan(printed)),
            OptionalLong.empty(),
            MoneyUnit.WAN_YUAN,
            decimals(printed),
            comparison,
            Optional.empty(),
            explanation,
            partOf,
            Optional.of(evidence)));
  }

  private static Optional<Comparison> comparison(Groups m) {
    String year = group(m, "baseYear");
    if (year == null) {
      return Optional.empty();
    }
    Comparison.Base base =
        "预算执行数".equals(group(m, "base")) ? Comparison.Base.EXECUTION : Comparison.Base.BUDGET;
    boolean down = "减少".equals(group(m, "dir"));
    Optional<Amount> change =
        Optional.ofNullable(group(m, "change"))
            .map(Amount::ofWanYuan)
            .map(a -> down ? a.negated() : a);
    Optional<BigDecimal> rate =
        Optional.ofNullable(group(m, "rate")).map(BigDecimal::new).map(r -> down ? r.negate() : r);
    String prior = group(m, "prior");
    if (prior == null) {
      prior = group(m, "flatPrior");
    }
    return Optional.of(
        new Comparison(
            base,
            Integer.parseInt(year),
            Optional.ofNullable(prior).map(Amount::ofWanYuan),
            change,
            rate,
            group(m, "flat") != null));
  }

  /** The text of group {@code name}, null if the pattern has no such group or it did not match. */
  private static String group(Groups m, String name) {
    return m.text.get(name);
  }

  private static int decimals(String printed) {
    int dot = printed.indexOf('.');
    return dot < 0 ? 0 : printed.length() - dot - 1;
  }

  private static Finding repeated(Paragraph p, Paragraph first) {
    Evidence e = p.evidence(0, 1, p.text);
    int firstPage = first.evidence(0, 1, "").page();
    return Finding.builder()
        .ruleId(REPEATED)
        .severity(Severity.INFO)
        .location(Location.at("page " + e.page()))
        .message(
            "a paragraph read again after page "
                + firstPage
                + " (text a page carries but may not show); read once: "
                + e.snippet())
        .evidence(e)
        .build();
  }

  private static Finding partial(Paragraph p, int at, String kind, String what) {
    int from = Math.max(0, at);
    int to = Math.min(p.text.length(), from + 80);
    Evidence e = p.evidence(from, from + 1, p.text.substring(from, to));
    return Finding.builder()
        .ruleId(PARTIAL)
        .severity(Severity.WARNING)
        .location(Location.at("page " + e.page()))
        .message(
            "a sentence of kind '"
                + kind
                + "' understood only in part ("
                + what
                + " not read): "
                + e.snippet())
        .evidence(e)
        .build();
  }

  /** The paragraphs of each narrative section, in printed order. */
  private List<List<Paragraph>> paragraphs(SourceText text) {
    List<List<Paragraph>> out = new ArrayList<>();
    List<Paragraph> current = null;
    Paragraph paragraph = null;
    for (TextLine line : text.lines()) {
      String compact = compact(line.text());
      if (compact.isEmpty() || matchesAny(patterns.skipLines(), line.text()) || offPage(line)) {
        continue;
      }
      if (current != null && endsSection(compact)) {
        current = null;
        paragraph = null;
      }
      if (startsSection(compact)) {
        current = new ArrayList<>();
        out.add(current);
        paragraph = null;
        continue;
      }
      if (current == null) {
        continue;
      }
      if (paragraph == null || matchesAny(patterns.paragraphStarts(), compact)) {
        paragraph = new Paragraph();
        current.add(paragraph);
      }
      paragraph.append(compact, line);
    }
    return out;
  }

  /**
   * Whether {@code line} lies above its page, where nothing shows: a page may carry the previous
   * page's text shifted out of view (2025 财政局 page 8 repeats page 7 at negative heights).
   */
  private static boolean offPage(TextLine line) {
    return line.box().map(b -> b.y() + b.height() <= 0).orElse(false);
  }

  private boolean startsSection(String compact) {
    return patterns.sections().stream().anyMatch(s -> s.start().matcher(compact).find());
  }

  private boolean endsSection(String compact) {
    for (Section s : patterns.sections()) {
      if (s.end().matcher(compact).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(List<Pattern> list, String s) {
    return list.stream().anyMatch(p -> p.matcher(s).find());
  }

  private static String compact(String s) {
    return s.replaceAll("[\\s\\u3000\\u00a0]", "");
  }

  /** A match of a sentence pattern in a paragraph. */
  private static final class Hit {
    final SentencePattern pattern;
    final Groups match;
    final int start;
    final int end;

    Hit(SentencePattern pattern, Groups match, int start, int end) {
      this.pattern = pattern;
      this.match = match;
      this.start = start;
      this.end = end;
    }

    boolean overlaps(int at) {
      return start <= at && at < end;
    }
  }

  /** The named groups of a match that took part in it: text and start of each. */
  private static final class Groups {
    private static final Pattern NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    final Map<String, String> text = new HashMap<>();
    final Map<String, Integer> start = new HashMap<>();
    final Map<String, Integer> end = new HashMap<>();

    static Groups of(Matcher m) {
      Groups g = new Groups();
      Matcher names = NAME.matcher(m.pattern().pattern());
      while (names.find()) {
        String name = names.group(1);
        if (m.group(name) != null) {
          g.text.put(name, m.group(name));
          g.start.put(name, m.start(name));
          g.end.put(name, m.end(name));
        }
      }
      return g;
    }

    int start(String name) {
      return start.get(name);
    }

    int end(String name) {
      return end.get(name);
    }
  }

  /** A paragraph's text without spaces, with the printed line of each character. */
  private static final class Paragraph {
    final StringBuilder buffer = new StringBuilder();
    final List<TextLine> lineOf = new ArrayList<>();
    String text = "";

    void append(String compact, TextLine line) {
      buffer.append(compact);
      for (int i = 0; i < compact.length(); i++) {
        lineOf.add(line);
      }
      text = buffer.toString();
    }

    /** The page and box of the lines printing characters {@code from} to {@code to}. */
    Evidence evidence(int from, int to, String snippet) {
      TextLine first = lineOf.get(Math.min(from, lineOf.size() - 1));
      Optional<Box> box = first.box();
      for (int i = from + 1; i < to && i < lineOf.size(); i++) {
        TextLine l = lineOf.get(i);
        if (l != first && l.page() == first.page() && box.isPresent() && l.box().isPresent()) {
          box = Optional.of(box.get().union(l.box().get()));
        }
      }
      return new Evidence(first.page(), box, snippet);
    }
  }
}
