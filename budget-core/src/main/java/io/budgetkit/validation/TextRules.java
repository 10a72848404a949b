package io.budgetkit.validation;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.Catalog;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.DisclosureLevel;
import io.budgetkit.document.DocumentOutline;
import io.budgetkit.document.DocumentOutline.RequiredSection;
import io.budgetkit.document.DocumentOutline.RequiredTable;
import io.budgetkit.document.Evidence;
import io.budgetkit.document.SourceText;
import io.budgetkit.validation.Prose.Paragraph;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on a document's printed text ({@link BudgetDocument#sourceText()}): what a reviewer checks
 * beyond the arithmetic. Is every table and section of the layout there, does an empty table say
 * why, does every year make sense, does a 单位预算 speak of itself as a 单位, is every change explained,
 * is anything left of the template, is the punctuation whole, the text readable, the unit of money
 * consistent, and the name beside a code the catalog's.
 *
 * <p>Each rule reads the text joined into paragraphs (a sentence wrapped over lines or pages is
 * judged whole; a table row is judged alone) and puts {@link Evidence} (page, box where known,
 * snippet) on every finding. A document without source text gives no finding; rules that need the
 * document's {@link DisclosureLevel} give none when it is absent, and say so in their description.
 * What varies by layout (titles, sections, wording) comes from a {@link DocumentOutline}.
 */
public final class TextRules {
  private TextRules() {}

  /**
   * The text rules for documents of the 上海普陀 layout, names checked against the standard catalog.
   */
  public static ImmutableList<Rule<BudgetDocument>> all() {
    return all(DocumentOutline.shanghaiPutuo(), Catalog.standard());
  }

  /** The text rules for documents of {@code outline}, names checked against {@code catalog}. */
  public static ImmutableList<Rule<BudgetDocument>> all(DocumentOutline outline, Catalog catalog) {
    Checks c = new Checks(outline, catalog);
    return ImmutableList.of(
        rule(
            c,
            "text.tables",
            "every table of the layout is printed under its title",
            Severity.ERROR,
            c::tables),
        rule(
            c,
            "text.sections",
            "every section of the layout is printed (编制说明, 其他相关情况说明 and its parts; for a"
                + " 部门预算 the units it covers; 项目经费情况说明 where the 目录 lists it); sections of"
                + " one level only are skipped when the level is unknown",
            Severity.ERROR,
            c::sections),
        rule(
            c,
            "text.empty-tables",
            "a table printed without rows has a 注 naming its fund and the budget year; a table with"
                + " rows has none",
            Severity.WARNING,
            c::emptyTables),
        rule(
            c,
            "text.years",
            "every year printed is the budget year or the year before (except in 《》 titles, after"
                + " 截至 and under 立项依据); a comparison is with the year before; a 截至 date is a real"
                + " date in the budget year or the year before",
            Severity.WARNING,
            c::years),
        rule(
            c,
            "text.level-wording",
            "a 单位预算 speaks of itself as a 单位 and a 部门预算 as a 部门 (cover, titles, 编制单位,"
                + " text); skipped when the level is unknown",
            Severity.WARNING,
            c::levelWording),
        rule(
            c,
            "text.unit-name",
            "the unit's name is the same wherever it is printed (cover, 编制单位, 编制说明)",
            Severity.WARNING,
            c::unitName),
        rule(
            c,
            "text.explanations",
            "a change (增加/减少) is followed by its reason; a reason is not empty and does not"
                + " contradict the change",
            Severity.WARNING,
            c::explanations),
        rule(
            c,
            "text.placeholders",
            "no template wording is left in (XX, 待填写, {单位}, （增加内容）)",
            Severity.ERROR,
            c::placeholders),
        rule(
            c,
            "text.punctuation",
            "no doubled or mixed punctuation (。。, ，。) and no full-width bracket closed by a"
                + " half-width one",
            Severity.WARNING,
            c::punctuation),
        rule(
            c,
            "text.brackets",
            "brackets and quotes are balanced within a paragraph",
            Severity.WARNING,
            c::brackets),
        rule(
            c,
            "text.sentence-end",
            "a paragraph of sentences ends with a sentence end (。！？；：)",
            Severity.INFO,
            c::sentenceEnd),
        rule(
            c,
            "text.garbled",
            "no garbled characters (U+FFFD, private-use code points, mojibake)",
            Severity.ERROR,
            c::garbled),
        rule(
            c,
            "text.money-units",
            "one sentence does not state amounts in both 万元 and 元 (rates per person or month"
                + " excepted)",
            Severity.WARNING,
            c::moneyUnits),
        rule(
            c,
            "text.amount-decimals",
            "no amount is printed with more than two decimals",
            Severity.WARNING,
            c::amountDecimals),
        rule(
            c,
            "text.classification-names",
            "the name printed beside a function or economic code is the catalog's; no 类 is printed"
                + " under a name a revision retired",
            Severity.WARNING,
            c::classificationNames));
  }

  private static Rule<BudgetDocument> rule(
      Checks checks,
      String id,
      String description,
      Severity severity,
      BiConsumer<Doc, Findings> check) {
    return Rule.of(
        id,
        description,
        severity,
        Optional.empty(),
        (document, out) -> checks.read(document).ifPresent(d -> check.accept(d, out)));
  }

  /** A document with its text read into paragraphs, its 目录 pages and its tables' titles. */
  private static final class Doc {
    final int year;
    final Optional<DisclosureLevel> level;
    final ImmutableList<Paragraph> paragraphs;
    final Set<Integer> contents = new HashSet<>();
    final Map<RequiredTable, Paragraph> titles = new LinkedHashMap<>();

    Doc(BudgetDocument document, SourceText text) {
      this.year = document.budget().fiscalYear();
      this.level = document.level();
      this.paragraphs = Prose.paragraphs(text);
    }
  }

  private static void report(
      Findings out,
      Paragraph p,
      int start,
      int end,
      String message,
      String expected,
      String actual) {
    Evidence e = p.evidence(start, end);
    out.report(
        Location.at("page " + e.page()),
        message,
        Optional.ofNullable(expected),
        Optional.ofNullable(actual),
        e);
  }

  private static void report(Findings out, Paragraph p, Matcher m, String message) {
    report(out, p, m.start(), m.end(), message, null, m.group());
  }

  /** The checks, with the outline's patterns compiled once. */
  private static final class Checks {
    private static final Pattern CONTENTS = Pattern.compile("目录");
    private static final Pattern LISTED = Pattern.compile("^[一二三四五六七八九十]+、(.+?)[…\\.]*$");
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、(.{1,30})$");
    private static final Pattern NOTE = Pattern.compile("^注[:：]");
    private static final Pattern EMPTY_NOTE = Pattern.compile("空表|无.*预算");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
    private static final Pattern COMPARISON = Pattern.compile("(?:比|与|较)((?:19|20)\\d{2})年");
    private static final Pattern AS_OF =
        Pattern.compile("截至((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern NAME_LABEL =
        Pattern.compile("(编制单位|编制部门|预算单位|预算主管部门)\\s*[：:]\\s*(\\S+)");
    private static final Pattern NAME_IN_TEXT = Pattern.compile("^\\d{4}年，(.+?)收入预算");
    private static final Pattern CHANGE =
        Pattern.compile("(?:比|较)[^，。；]{0,20}?(增加|减少|增长|下降)[\\d,.]+(?:万元|元|%)");

    /**
     * How many paragraphs after a change its reason may come: the 编制说明 states the change of income,
     * then of expenditure, then one reason for both.
     */
    private static final int REASON_REACH = 2;

    private static final Pattern REASON = Pattern.compile("原因(?:是|为|主要是)?[：:]?");
    private static final Pattern EMPTY_REASON = Pattern.compile("原因(?:是|为|主要是)[：:]?(?=[。；，]|$)");
    private static final Pattern DOUBLED = Pattern.compile("([，。、；：！？])\\1");
    private static final Pattern MIXED = Pattern.compile("[，、；：][。！？]|[。！？][，、；：]");
    private static final Pattern MIXED_BRACKET = Pattern.compile("（[^（）()]*\\)|\\([^（）()]*）");
    private static final Pattern GARBLED =
        Pattern.compile(
            "[\\uFFFD\\uE000-\\uF8FF]+|(?:锟斤拷)+|烫{2,}|屯{2,}|[ÃÂâ][\\u0080-\\u00BF€]|[À-ÿ]{3,}");
    private static final Pattern WAN_YUAN = Pattern.compile("\\d万元");
    private static final Pattern YUAN =
        Pattern.compile("(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?元(?![/／每])");
    private static final Pattern OVER_PRECISE = Pattern.compile("(?<![\\d.])\\d[\\d,]*\\.\\d{3,}");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern OVER_PRECISE_TOKEN = Pattern.compile("\\d[\\d,]*\\.\\d{3,}");
    private static final Pattern CODE_ROW =
        Pattern.compile("^\\s*(\\d{3})(?:\\s+(\\d{2}))?(?:\\s+(\\d{2}))?\\s+([^\\s\\d][^\\s]*)");

    private final DocumentOutline outline;
    private final Catalog catalog;
    private final Map<RequiredTable, Pattern> titlePatterns = new LinkedHashMap<>();
    private final Object lock = new Object();
    private BudgetDocument lastDocument;
    private Doc last;
    private final List<Pattern> freeYear;
    private final List<Pattern> placeholders;

    Checks(DocumentOutline outline, Catalog catalog) {
      this.outline = outline;
      this.catalog = catalog;
      this.freeYear = compile(outline.freeYearContexts());
      this.placeholders = compile(outline.placeholders());
      for (RequiredTable t : outline.tables()) {
        titlePatterns.put(t, titlePattern(t));
      }
    }

    /**
     * The document read once for all the rules of one validation: the last document read is kept.
     */
    Optional<Doc> read(BudgetDocument document) {
      if (document.sourceText().isEmpty()) {
        return Optional.empty();
      }
      synchronized (lock) {
        if (lastDocument != document) {
          Doc d = new Doc(document, document.sourceText().get());
          for (Paragraph p : d.paragraphs) {
            if (CONTENTS.matcher(p.text()).matches()) {
              d.contents.add(p.page());
            }
          }
          for (Paragraph p : d.paragraphs) {
            if (d.contents.contains(p.page()) || !p.text().endsWith("表")) {
              continue;
            }
            String text = normalQuotes(p.text());
            for (Map.Entry<RequiredTable, Pattern> t : titlePatterns.entrySet()) {
              if (!d.titles.containsKey(t.getKey()) && t.getValue().matcher(text).matches()) {
                d.titles.put(t.getKey(), p);
              }
            }
          }
          last = d;
          lastDocument = document;
        }
        return Optional.of(last);
      }
    }

    private static List<Pattern> compile(List<String> patterns) {
      List<Pattern> out = new ArrayList<>();
      for (String p : patterns) {
        out.add(Pattern.compile(p));
      }
      return out;
    }

    // ----------------------------------------------------------------- completeness

    /** The pages of the 目录, where listed titles are not the tables and sections themselves. */
    private static Set<Integer> contentsPages(Doc d) {
      return d.contents;
    }

    private Pattern titlePattern(RequiredTable t) {
      StringBuilder prefixes = new StringBuilder();
      for (DisclosureLevel l : DisclosureLevel.values()) {
        for (String p : outline.titlePrefixes(l)) {
          prefixes.append(prefixes.length() == 0 ? "" : "|").append(Pattern.quote(p));
        }
      }
      return Pattern.compile(
          "^(?:(?:19|20)\\d{2}年)?(?:"
              + prefixes
              + ")?"
              + Pattern.quote(normalQuotes(t.title()))
              + "$");
    }

    private static String normalQuotes(String s) {
      return s.replace('"', '“').replace('＂', '“').replaceFirst("“([^“”]*)“", "“$1”");
    }

    /** Where each table's title is printed (outside the 目录), by table, in the outline's order. */
    private Map<RequiredTable, Paragraph> titles(Doc d) {
      Map<RequiredTable, Paragraph> found = new LinkedHashMap<>();
      for (RequiredTable t : outline.tables()) {
        if (d.titles.containsKey(t)) {
          found.put(t, d.titles.get(t));
        }
      }
      return found;
    }

    /** Evidence for something missing: the 目录 line that lists it, else the first line. */
    private static Paragraph listing(Doc d, String name) {
      Set<Integer> contents = contentsPages(d);
      for (Paragraph p : d.paragraphs) {
        if (contents.contains(p.page()) && p.text().contains(name)) {
          return p;
        }
      }
      return d.paragraphs.get(0);
    }

    void tables(Doc d, Findings out) {
      if (d.paragraphs.isEmpty()) {
        return;
      }
      Map<RequiredTable, Paragraph> found = titles(d);
      for (RequiredTable t : outline.tables()) {
        if (!found.containsKey(t)) {
          Paragraph at = listing(d, t.title());
          report(
              out,
              at,
              0,
              at.text().length(),
              "table " + t.title() + " is not printed",
              t.title(),
              null);
        }
      }
    }

    void sections(Doc d, Findings out) {
      if (d.paragraphs.isEmpty()) {
        return;
      }
      Set<Integer> contents = contentsPages(d);
      for (RequiredSection s : outline.sections()) {
        boolean required =
            d.level
                .map(l -> s.levels().contains(l))
                .orElse(s.levels().size() == DisclosureLevel.values().length);
        if (!required) {
          continue;
        }
        if (s.whenListed() && !listed(d, contents, s.name())) {
          continue;
        }
        Pattern heading = Pattern.compile(s.heading());
        boolean present =
            d.paragraphs.stream()
                .anyMatch(p -> !contents.contains(p.page()) && heading.matcher(p.text()).matches());
        if (!present) {
          Paragraph at = listing(d, s.name());
          report(
              out,
              at,
              0,
              at.text().length(),
              "section " + s.name() + " is not printed",
              s.name(),
              null);
        }
      }
    }

    private static boolean listed(Doc d, Set<Integer> contents, String name) {
      for (Paragraph p : d.paragraphs) {
        Matcher m = LISTED.matcher(p.text());
        if (contents.contains(p.page()) && m.matches() && m.group(1).equals(name)) {
          return true;
        }
      }
      return false;
    }

    void emptyTables(Doc d, Findings out) {
      Map<RequiredTable, Paragraph> found = titles(d);
      List<Paragraph> starts = new ArrayList<>(found.values());
      starts.sort(java.util.Comparator.comparingInt(Paragraph::index));
      for (Map.Entry<RequiredTable, Paragraph> e : found.entrySet()) {
        Paragraph title = e.getValue();
        int end = d.paragraphs.size();
        for (Paragraph s : starts) {
          if (s.index() > title.index()) {
            end = s.index();
            break;
          }
        }
        for (int i = title.index() + 1; i < end; i++) {
          if (!d.paragraphs.get(i).table() && HEADING.matcher(d.paragraphs.get(i).text()).matches()
              || d.paragraphs.get(i).text().equals("其他相关情况说明")) {
            end = i;
            break;
          }
        }
        boolean rows = false;
        Paragraph note = null;
        for (int i = title.index() + 1; i < end; i++) {
          Paragraph p = d.paragraphs.get(i);
          if (NOTE.matcher(p.text()).find()) {
            if (EMPTY_NOTE.matcher(p.text()).find()) {
              note = p;
            }
          } else if (DIGIT.matcher(p.text()).find()) {
            rows = true;
          }
        }
        String subject = e.getKey().emptySubject();
        if (rows && note != null) {
          report(
              out,
              note,
              0,
              note.text().length(),
              "table " + e.getKey().title() + " has rows but its 注 says it is empty",
              null,
              note.text());
        } else if (!rows && note == null) {
          report(
              out,
              title,
              0,
              title.text().length(),
              "table " + e.getKey().title() + " is printed empty without a 注 saying why",
              "注: no " + subject + " in " + d.year,
              null);
        } else if (!rows) {
          String text = normalQuotes(note.text());
          if (!text.contains(normalQuotes(subject))) {
            report(
                out,
                note,
                0,
                note.text().length(),
                "the 注 of table " + e.getKey().title() + " does not name " + subject,
                subject,
                note.text());
          }
          Matcher y = YEAR.matcher(text);
          if (y.find() && Integer.parseInt(y.group(1)) != d.year) {
            report(
                out,
                note,
                y.start(),
                y.end(),
                "the 注 of table " + e.getKey().title() + " names another year",
                d.year + "年",
                y.group());
          } else if (!text.contains(d.year + "年")) {
            report(
                out,
                note,
                0,
                note.text().length(),
                "the 注 of table " + e.getKey().title() + " does not name the budget year",
                d.year + "年",
                note.text());
          }
        }
      }
    }

    // ----------------------------------------------------------------- years

    void years(Doc d, Findings out) {
      String section = "";
      for (Paragraph p : d.paragraphs) {
        String t = p.text();
        Matcher h = HEADING.matcher(t);
        if (h.matches()) {
          section = h.group(1);
        }
        boolean freeSection = outline.freeYearSections().stream().anyMatch(section::contains);
        List<int[]> free = new ArrayList<>();
        for (Pattern f : freeYear) {
          Matcher m = f.matcher(t);
          while (m.find()) {
            free.add(new int[] {m.start(), m.end()});
          }
        }
        Matcher m = YEAR.matcher(t);
        while (m.find()) {
          int y = Integer.parseInt(m.group(1));
          int at = m.start();
          boolean isFree = freeSection || free.stream().anyMatch(r -> r[0] <= at && at < r[1]);
          if (!isFree && y != d.year && y != d.year - 1) {
            report(
                out,
                p,
                m.start(),
                m.end(),
                "year "
                    + y
                    + " in a "
                    + d.year
                    + " budget is neither the budget year nor the year"
                    + " before",
                d.year + " or " + (d.year - 1),
                String.valueOf(y));
          }
        }
        Matcher c = COMPARISON.matcher(t);
        while (c.find()) {
          int y = Integer.parseInt(c.group(1));
          if (y != d.year - 1) {
            report(
                out,
                p,
                c.start(),
                c.end(),
                "a comparison in a " + d.year + " budget is with " + y + ", not the year before",
                (d.year - 1) + "年",
                y + "年");
          }
        }
        Matcher a = AS_OF.matcher(t);
        while (a.find()) {
          int y = Integer.parseInt(a.group(1));
          boolean real;
          try {
            LocalDate.of(y, Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
            real = true;
          } catch (DateTimeException e) {
            real = false;
          }
          if (!real || y < d.year - 1 || y > d.year) {
            report(
                out,
                p,
                a.start(),
                a.end(),
                real
                    ? "a 截至 date in a "
                        + d.year
                        + " budget falls outside "
                        + (d.year - 1)
                        + "–"
                        + d.year
                    : "a 截至 date that is not a calendar date",
                null,
                a.group());
          }
        }
      }
    }

    // ----------------------------------------------------------------- wording

    void levelWording(Doc d, Findings out) {
      if (d.level.isEmpty()) {
        return;
      }
      DisclosureLevel level = d.level.get();
      for (Paragraph p : d.paragraphs) {
        for (String phrase : outline.otherLevelPhrases(level)) {
          String target = Prose.compact(phrase);
          int i = p.text().indexOf(target);
          while (i >= 0) {
            report(
                out,
                p,
                i,
                i + target.length(),
                "a " + level.title() + " speaks of itself as a " + level.other().word(),
                level.word(),
                target);
            i = p.text().indexOf(target, i + target.length());
          }
        }
      }
    }

    void unitName(Doc d, Findings out) {
      record Printed(Paragraph paragraph, int start, String name) {}
      List<Printed> names = new ArrayList<>();
      for (Paragraph p : d.paragraphs) {
        for (io.budgetkit.document.TextLine line : p.lines()) {
          Matcher m = NAME_LABEL.matcher(line.text());
          while (m.find()) {
            String name = m.group(2);
            int at = p.text().indexOf(name);
            names.add(new Printed(p, Math.max(at, 0), name));
          }
        }
        Matcher s = NAME_IN_TEXT.matcher(p.text());
        if (!p.table() && s.find()) {
          names.add(new Printed(p, s.start(1), s.group(1)));
        }
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Printed n : names) {
        counts.merge(n.name(), 1, Integer::sum);
      }
      String usual =
          counts.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse("");
      for (Printed n : names) {
        if (!n.name().equals(usual)) {
          report(
              out,
              n.paragraph(),
              n.start(),
              n.start() + n.name().length(),
              "the unit's name is printed as " + n.name() + " here and as " + usual + " elsewhere",
              usual,
              n.name());
        }
      }
    }

    void explanations(Doc d, Findings out) {
      for (int i = 0; i < d.paragraphs.size(); i++) {
        Paragraph p = d.paragraphs.get(i);
        if (p.table()) {
          continue;
        }
        String t = p.text();
        Matcher empty = EMPTY_REASON.matcher(t);
        while (empty.find()) {
          report(out, p, empty, "a reason is announced but not given");
        }
        Matcher c = CHANGE.matcher(t);
        while (c.find()) {
          String direction = c.group(1);
          Matcher r = REASON.matcher(t);
          boolean reasoned = r.find(c.end());
          for (int j = i + 1; !reasoned && j <= i + REASON_REACH && j < d.paragraphs.size(); j++) {
            reasoned = REASON.matcher(d.paragraphs.get(j).text()).find();
          }
          if (!reasoned) {
            report(
                out,
                p,
                c.start(),
                c.end(),
                "a change (" + direction + ") is not followed by its reason",
                null,
                c.group());
            continue;
          }
          if (r.hitEnd() || r.start() < c.end()) {
            continue;
          }
          int stop = t.indexOf('。', r.end());
          String reason = t.substring(r.end(), stop < 0 ? t.length() : stop);
          boolean up = direction.equals("增加") || direction.equals("增长");
          String opposite = up ? "减少" : "增加";
          int next = t.indexOf("比", c.end());
          if (reason.endsWith(opposite) && (next < 0 || next > r.start())) {
            report(
                out,
                p,
                r.start(),
                r.end() + reason.length(),
                "the reason given for a change ("
                    + direction
                    + ") speaks of the opposite ("
                    + opposite
                    + ")",
                null,
                reason);
          }
        }
      }
    }

    // ----------------------------------------------------------------- text quality

    void placeholders(Doc d, Findings out) {
      for (Paragraph p : d.paragraphs) {
        for (Pattern ph : placeholders) {
          Matcher m = ph.matcher(p.text());
          while (m.find()) {
            report(out, p, m, "template wording left in: " + m.group());
          }
        }
      }
    }

    void punctuation(Doc d, Findings out) {
      for (Paragraph p : d.paragraphs) {
        if (p.table()) {
          continue;
        }
        for (Pattern pattern : List.of(DOUBLED, MIXED)) {
          Matcher m = pattern.matcher(p.text());
          while (m.find()) {
            report(out, p, m, "doubled or mixed punctuation " + m.group());
          }
        }
        Matcher b = MIXED_BRACKET.matcher(p.text());
        while (b.find()) {
          report(out, p, b, "a bracket opened in one width and closed in the other");
        }
      }
    }

    void brackets(Doc d, Findings out) {
      String[][] pairs = {{"（(", "）)"}, {"“", "”"}, {"《", "》"}, {"【", "】"}};
      for (Paragraph p : d.paragraphs) {
        if (p.table()) {
          continue;
        }
        String t = p.text();
        for (String[] pair : pairs) {
          int depth = 0;
          int firstUnclosed = -1;
          for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (pair[0].indexOf(ch) >= 0) {
              if (depth == 0) {
                firstUnclosed = i;
              }
              depth++;
            } else if (pair[1].indexOf(ch) >= 0) {
              if (depth == 0) {
                report(
                    out,
                    p,
                    i,
                    i + 1,
                    "a closing " + ch + " without its opening",
                    null,
                    String.valueOf(ch));
              } else {
                depth--;
              }
            }
          }
          if (depth > 0) {
            report(
                out,
                p,
                firstUnclosed,
                firstUnclosed + 1,
                "an opening " + t.charAt(firstUnclosed) + " that is never closed",
                null,
                String.valueOf(t.charAt(firstUnclosed)));
          }
        }
      }
    }

    void sentenceEnd(Doc d, Findings out) {
      for (Paragraph p : d.paragraphs) {
        String t = p.text();
        if (p.table() || t.length() < 20 || t.indexOf('，') < 0) {
          continue;
        }
        char last = t.charAt(t.length() - 1);
        if ("。！？；：…）)”".indexOf(last) < 0) {
          report(
              out,
              p,
              t.length() - 1,
              t.length(),
              "a paragraph ends without a sentence end",
              "。",
              String.valueOf(last));
        }
      }
    }

    void garbled(Doc d, Findings out) {
      for (Paragraph p : d.paragraphs) {
        Matcher m = GARBLED.matcher(p.text());
        while (m.find()) {
          report(
              out,
              p,
              m.start(),
              m.end(),
              "garbled characters",
              null,
              m.group()
                  .codePoints()
                  .mapToObj(cp -> String.format("U+%04X", cp))
                  .collect(java.util.stream.Collectors.joining(" ")));
        }
      }
    }

    void moneyUnits(Doc d, Findings out) {
      for (Paragraph p : d.paragraphs) {
        if (p.table()) {
          continue;
        }
        String t = p.text();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
          if (i == t.length() || "。；".indexOf(t.charAt(i)) >= 0) {
            String sentence = t.substring(start, i);
            Matcher wan = WAN_YUAN.matcher(sentence);
            Matcher yuan = YUAN.matcher(sentence);
            if (wan.find() && yuan.find()) {
              report(
                  out,
                  p,
                  start + yuan.start(),
                  start + yuan.end(),
                  "one sentence states amounts in both 万元 and 元",
                  "万元",
                  yuan.group());
            }
            start = i + 1;
          }
        }
      }
    }

    void amountDecimals(Doc d, Findings out) {
      for (Paragraph p : d.paragraphs) {
        if (p.table()) {
          String raw = p.lines().get(0).text();
          Matcher token = TOKEN.matcher(raw);
          int from = 0;
          while (token.find()) {
            String tok = token.group();
            int at = p.text().indexOf(tok, from);
            if (at >= 0) {
              from = at + tok.length();
            }
            if (OVER_PRECISE_TOKEN.matcher(tok).matches()) {
              int start = Math.max(at, 0);
              report(
                  out,
                  p,
                  start,
                  start + tok.length(),
                  "an amount printed with more than two decimals",
                  null,
                  tok);
            }
          }
          continue;
        }
        Matcher m = OVER_PRECISE.matcher(p.text());
        while (m.find()) {
          String after = p.text().substring(m.end());
          if (after.startsWith("万元") || after.startsWith("元")) {
            report(out, p, m, "an amount printed with more than two decimals");
          }
        }
      }
    }

    void classificationNames(Doc d, Findings out) {
      boolean economic = false;
      for (Paragraph p : d.paragraphs) {
        if (!p.table()) {
          if (p.text().endsWith("表")) {
            economic = p.text().contains("经济分类");
          }
          formerNames(p, out);
          continue;
        }
        formerNames(p, out);
        Matcher m = CODE_ROW.matcher(p.lines().get(0).text());
        if (!m.find()) {
          continue;
        }
        String digits =
            m.group(1)
                + (m.group(2) == null ? "" : " " + m.group(2))
                + (m.group(3) == null ? "" : " " + m.group(3));
        Optional<String> known;
        try {
          known =
              economic
                  ? catalog.name(EconomicCode.parse(digits))
                  : catalog.name(FunctionCode.parse(digits));
        } catch (IllegalArgumentException e) {
          continue;
        }
        String printed = m.group(4);
        if (known.isPresent() && !sameName(known.get(), printed)) {
          int at = Math.max(0, p.text().indexOf(printed));
          report(
              out,
              p,
              at,
              at + printed.length(),
              "code "
                  + digits
                  + " is printed as "
                  + printed
                  + ", the catalog names it "
                  + known.get(),
              known.get(),
              printed);
        }
      }
    }

    private void formerNames(Paragraph p, Findings out) {
      for (Map.Entry<String, String> e : outline.formerClassNames().entrySet()) {
        int i = p.text().indexOf(e.getKey());
        if (i >= 0) {
          report(
              out,
              p,
              i,
              i + e.getKey().length(),
              e.getKey() + " is a retired name; the 类 is now " + e.getValue(),
              e.getValue(),
              e.getKey());
        }
      }
    }

    private static boolean sameName(String a, String b) {
      return widthless(a).equals(widthless(b));
    }

    private static String widthless(String s) {
      return s.replace('(', '（').replace(')', '）');
    }
  }
}
