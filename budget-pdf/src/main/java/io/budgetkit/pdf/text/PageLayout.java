package io.budgetkit.pdf.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of one page, top to bottom, built from its glyphs: glyphs on one baseline (within a
 * third of the font size) form a line; within a line, a gap wider than {@link #RUN_GAP} of the font
 * size, or a space, starts a new run. Immutable.
 *
 * @param page the page, counting from 1
 * @param lines the lines, top to bottom
 */
public record PageLayout(int page, ImmutableList<Line> lines) {
  /** The gap between two glyphs, as a fraction of the font size, that separates two runs. */
  public static final float RUN_GAP = 0.45f;

  /** Builds the lines of {@code page} from its glyphs, in any order. */
  public static PageLayout of(int page, List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = new ArrayList<>();
    float rowBaseline = Float.NaN;
    for (Glyph g : sorted) {
      float tolerance = Math.max(1f, g.height() / 3);
      if (!row.isEmpty() && Math.abs(g.baseline() - rowBaseline) > tolerance) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty()) {
        rowBaseline = g.baseline();
      }
      row.add(g);
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    for (List<Glyph> r : rows) {
      r.sort(Comparator.comparingDouble(Glyph::x));
      List<Run> runs = runs(r);
      if (!runs.isEmpty()) {
        lines.add(new Line(page, r.get(0).baseline(), ImmutableList.copyOf(runs)));
      }
    }
    return new PageLayout(page, lines.build());
  }

  private static List<Run> runs(List<Glyph> row) {
    List<Run> runs = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    Glyph previous = null;
    for (Glyph g : row) {
      boolean blank = g.text().isBlank();
      if (previous != null && sameGlyph(previous, g)) {
        continue; // overprinted for a bold effect
      }
      boolean gap =
          previous != null && g.x() - previous.right() > RUN_GAP * Math.max(g.height(), 1f);
      if ((blank || gap) && !current.isEmpty()) {
        runs.add(Run.of(current));
        current = new ArrayList<>();
      }
      if (!blank) {
        current.add(g);
      }
      previous = g;
    }
    if (!current.isEmpty()) {
      runs.add(Run.of(current));
    }
    return runs;
  }

  private static boolean sameGlyph(Glyph a, Glyph b) {
    return a.text().equals(b.text())
        && Math.abs(a.x() - b.x()) < 0.5f
        && Math.abs(a.baseline() - b.baseline()) < 0.5f;
  }
}
