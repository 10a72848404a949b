package io.budgetkit.validation;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.Box;
import io.budgetkit.document.Evidence;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document's printed lines joined into paragraphs, the unit that text rules judge: a sentence
 * wrapped over two lines (or over a page break) is one paragraph, a table row is a paragraph of its
 * own. Each paragraph keeps its lines, so that a place in its text leads back to a page and a box.
 */
final class Prose {
  /** A run of three or more spaces inside a line: the gap between two columns of a table. */
  private static final Pattern COLUMN_GAP = Pattern.compile("\\S\\s{3,}\\S");

  /** The start of a numbered item or heading: 一、 （一） 1、 1. （1）. */
  private static final Pattern NUMBERED =
      Pattern.compile("^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d+[、.．]\\D|（\\d+）|注[:：])");

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

  /** Lines shorter than this end a paragraph: titles, headings, the last line of a paragraph. */
  private static final int FULL_LINE = 20;

  /**
   * One paragraph.
   *
   * @param text its characters, lines joined and whitespace removed
   * @param lines the lines it was printed on
   * @param starts where each line's characters start in {@code text}
   * @param table whether it is a row of a table (columns separated by wide gaps)
   * @param index its position among the document's paragraphs
   */
  record Paragraph(
      String text, ImmutableList<TextLine> lines, int[] starts, boolean table, int index) {
    /** The page it starts on. */
    int page() {
      return lines.get(0).page();
    }

    /** Evidence for its characters from {@code start} to {@code end}, with some context. */
    Evidence evidence(int start, int end) {
      int first = lineAt(start);
      int last = lineAt(Math.max(start, end - 1));
      Optional<Box> box = Optional.empty();
      for (int i = first; i <= last; i++) {
        TextLine l = lines.get(i);
        if (l.page() != lines.get(first).page() || l.box().isEmpty()) {
          continue;
        }
        box = Optional.of(box.map(b -> b.union(l.box().get())).orElse(l.box().get()));
      }
      int from = Math.max(0, start - 12);
      int to = Math.min(text.length(), Math.max(end, start + 1) + 12);
      String snippet =
          (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
      return new Evidence(lines.get(first).page(), box, snippet);
    }

    /** Evidence for the whole paragraph. */
    Evidence evidence() {
      return evidence(0, text.length());
    }

    private int lineAt(int offset) {
      int i = 0;
      while (i + 1 < starts.length && starts[i + 1] <= offset) {
        i++;
      }
      return i;
    }
  }

  private Prose() {}

  /** The paragraphs of {@code text}, in reading order. */
  static ImmutableList<Paragraph> paragraphs(SourceText text) {
    List<Paragraph> out = new ArrayList<>();
    List<TextLine> lines = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    String previous = null;
    for (TextLine line : text.lines()) {
      String raw = line.text();
      String compact = compact(raw);
      if (compact.isEmpty()) {
        continue;
      }
      boolean table = COLUMN_GAP.matcher(raw.strip()).find();
      boolean startsNew =
          previous == null
              || table
              || NUMBERED.matcher(compact).find()
              || previous.length() < FULL_LINE
              || endsSentence(previous);
      if (startsNew && !lines.isEmpty()) {
        out.add(paragraph(joined, lines, starts, false, out.size()));
        lines = new ArrayList<>();
        joined = new StringBuilder();
        starts = new ArrayList<>();
      }
      if (table) {
        out.add(paragraph(new StringBuilder(compact), List.of(line), List.of(0), true, out.size()));
        previous = null;
        continue;
      }
      starts.add(joined.length());
      joined.append(compact);
      lines.add(line);
      previous = compact;
    }
    if (!lines.isEmpty()) {
      out.add(paragraph(joined, lines, starts, false, out.size()));
    }
    return ImmutableList.copyOf(out);
  }

  /** The characters of {@code s} without whitespace. */
  static String compact(String s) {
    return WHITESPACE.matcher(s).replaceAll("");
  }

  /** Whether {@code s} ends a sentence, or a title (…预算表). */
  private static boolean endsSentence(String s) {
    char c = s.charAt(s.length() - 1);
    return c == '。' || c == '！' || c == '？' || c == '表';
  }

  private static Paragraph paragraph(
      StringBuilder text, List<TextLine> lines, List<Integer> starts, boolean table, int index) {
    int[] s = starts.stream().mapToInt(Integer::intValue).toArray();
    return new Paragraph(text.toString(), ImmutableList.copyOf(lines), s, table, index);
  }
}
