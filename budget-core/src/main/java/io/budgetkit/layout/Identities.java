package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generates the identities that hold between the cells of a document's tables, from its layout's
 * slices and the rows the document prints. No identity is written per table:
 *
 * <ul>
 *   <li>{@link Identity.Kind#ROWS}: a printed 类 (款) row equals the sum of the printed 款 (项) rows
 *       under it, where the table prints that finer level and at least one such row; a labelled row
 *       that restricts nothing (合计) equals the sum of the rows at the broadest printed code level.
 *   <li>{@link Identity.Kind#COLUMNS}: in every row, a column equals the sum of other columns of
 *       the table whose slices are disjoint and together make up its slice, using the covers with
 *       the fewest columns (合计 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费).
 *   <li>{@link Identity.Kind#LABELLED_ROWS}: the same, for labelled rows within a column (收入总计 =
 *       财政拨款收入 + 事业收入 + …).
 *   <li>{@link Identity.Kind#ACROSS}: two cells in different tables that sum the same lines (the
 *       same code, or every code, and the same fund sources, kinds and economic classes after the
 *       table, row and column slices are applied) are equal; a code row a table omits at a level it
 *       prints counts as zero.
 *   <li>{@link Identity.Kind#SUMS}: the layout's explicit sums.
 * </ul>
 *
 * <p>Slices are compared as sets of atoms (leaf fund source × kind × economic class named anywhere
 * in the layout, or any other), so two slices written differently but holding the same lines
 * compare equal. Figure cells take part only in explicit sums.
 *
 * <p>What depends on the layout alone (the atoms of each slice, the exact covers of columns and
 * labelled rows) is worked out once per layout and kept, so checking many documents of one layout
 * pays for it once. Thread-safe.
 */
public final class Identities {
  private Identities() {}

  private static final List<FundSource> LEAVES =
      java.util.Arrays.stream(FundSource.values()).filter(FundSource::isLeaf).toList();
  private static final ExpenditureKind[] KINDS = ExpenditureKind.values();

  /** Geometry of the layouts in use, by identity (a layout's instance is usually shared). */
  private static final Cache<Layout, Geometry> BY_INSTANCE =
      CacheBuilder.newBuilder().weakKeys().build();

  /** Geometry by value, for equal layouts read into separate instances; a few at most. */
  private static final ConcurrentHashMap<Layout, Geometry> BY_VALUE = new ConcurrentHashMap<>();

  private static final int MAX_BY_VALUE = 32;

  /** The identities of {@code tables}, in table order, each family after the other. */
  public static List<Identity> of(PrintedTables tables) {
    requireNonNull(tables, "tables");
    return new Generator(tables).generate(null);
  }

  /**
   * The identities of one family of {@code tables}: those of {@link #of(PrintedTables)} whose kind
   * is {@code kind}, in the same order.
   */
  public static List<Identity> of(PrintedTables tables, Identity.Kind kind) {
    requireNonNull(tables, "tables");
    requireNonNull(kind, "kind");
    return new Generator(tables).generate(kind);
  }

  /**
   * Twice the rounding slack of a printed figure, in fen: the unit of its last printed digit (a
   * figure printed to 0.01 万元 may be off by 50 元, so this is 100 元 = 10,000 fen). Supplied by the
   * caller, which knows how the document's figures were rounded; a blank cell has no slack.
   */
  @FunctionalInterface
  public interface Slack {
    /**
     * Twice the slack of a figure of {@code table} printed with {@code decimals} decimals ({@link
     * PrintedTable#decimalsOf}); called once per table for two decimals and kept.
     */
    long twice(PrintedTable table, int decimals);
  }

  /**
   * An identity that does not hold within the printed rounding.
   *
   * @param identity the identity
   * @param whole the whole's printed figure in fen (0 where blank or absent)
   * @param sum the sum of the parts' printed figures in fen (0 for blanks); where the sum
   *     overflows, the sum of the parts whose addition did not overflow
   * @param slackTwice twice the sum of the figures' slack, in fen: the identity holds when |whole −
   *     sum| ≤ slackTwice / 2 (rounded down to the fen)
   * @param overflow whether the parts' sum leaves the range of a {@code long} of fen
   */
  public record Discrepancy(
      Identity identity, long whole, long sum, long slackTwice, boolean overflow) {
    /** Checks the identity. */
    public Discrepancy {
      requireNonNull(identity, "identity");
    }
  }

  /**
   * The identities of one family of {@code tables} that do not hold: those of {@link
   * #of(PrintedTables, Identity.Kind)}, in the same order, whose whole differs from the sum of its
   * parts (blank or absent cells count as zero, sums exact) by more than half the sum of {@code
   * slack} over the printed figures involved, or whose parts' sum overflows. Identities that hold
   * are evaluated as they are generated and never built, which makes checking a document much
   * cheaper than listing its identities.
   */
  public static List<Discrepancy> discrepancies(
      PrintedTables tables, Identity.Kind kind, Slack slack) {
    requireNonNull(tables, "tables");
    requireNonNull(kind, "kind");
    requireNonNull(slack, "slack");
    Evaluation evaluation = new Evaluation(slack);
    new Generator(tables, evaluation).generate(kind);
    return evaluation.found;
  }

  /**
   * Evaluates one identity at a time: {@link #whole} starts it, {@link #part} adds each part, then
   * {@link #fails} tells whether it holds; the same arithmetic as checking a built identity.
   */
  private static final class Evaluation {
    private final Slack slack;
    final List<Discrepancy> found = new ArrayList<>();

    /** The tables met so far and twice the slack of a two-decimal figure in each. */
    private PrintedTable[] slackTables = new PrintedTable[0];

    private long[] slackOfTwoDecimals = new long[0];
    private long whole;
    private long sum;
    private long slackTwice;
    private boolean overflow;

    Evaluation(Slack slack) {
      this.slack = slack;
    }

    void whole(PrintedTable t, RowKey row, String column) {
      whole(t, t == null ? null : t.rowOrNull(row), row, column);
    }

    /**
     * {@link #whole(PrintedTable, RowKey, String)} of printed row {@code r} (null: not printed).
     */
    void whole(PrintedTable t, TableRow r, RowKey row, String column) {
      Amount printed = r == null ? null : r.cells().get(column);
      whole = printed == null ? 0L : printed.fen();
      sum = 0;
      overflow = false;
      slackTwice = printed == null ? 0L : slackTwice(t, row, column);
    }

    void part(PrintedTable t, RowKey row, String column) {
      part(t, t == null ? null : t.rowOrNull(row), row, column);
    }

    /** {@link #part(PrintedTable, RowKey, String)} of printed row {@code r} (null: not printed). */
    void part(PrintedTable t, TableRow r, RowKey row, String column) {
      Amount printed = r == null ? null : r.cells().get(column);
      try {
        sum = Math.addExact(sum, printed == null ? 0L : printed.fen());
      } catch (ArithmeticException e) {
        overflow = true;
      }
      slackTwice += printed == null ? 0L : slackTwice(t, row, column);
    }

    private long slackTwice(PrintedTable t, RowKey row, String column) {
      if (!t.decimals().isEmpty()) {
        return slack.twice(t, t.decimalsOf(new CellRef(row, column)));
      }
      if (t == lastTable) {
        return lastSlack;
      }
      lastTable = t;
      lastSlack = twoDecimalSlack(t);
      return lastSlack;
    }

    /** The table whose two-decimal slack was asked for last, and that slack. */
    private PrintedTable lastTable;

    private long lastSlack;

    private long twoDecimalSlack(PrintedTable t) {
      for (int i = 0; i < slackTables.length; i++) {
        if (slackTables[i] == t) {
          return slackOfTwoDecimals[i];
        }
      }
      int n = slackTables.length;
      slackTables = java.util.Arrays.copyOf(slackTables, n + 1);
      slackOfTwoDecimals = java.util.Arrays.copyOf(slackOfTwoDecimals, n + 1);
      slackTables[n] = t;
      slackOfTwoDecimals[n] = slack.twice(t, 2);
      return slackOfTwoDecimals[n];
    }

    boolean fails() {
      return overflow || !withinSlack(whole, sum, slackTwice / 2);
    }

    Discrepancy discrepancy(Identity id) {
      return new Discrepancy(id, whole, sum, slackTwice, overflow);
    }
  }

  /**
   * Whether {@code whole} and {@code sum} (fen) differ by at most {@code slack} (fen), exactly: the
   * difference of two longs may overflow a long, and is then compared as a big integer.
   */
  public static boolean withinSlack(long whole, long sum, long slack) {
    long diff = whole - sum;
    boolean overflowed = ((whole ^ sum) & (whole ^ diff)) < 0;
    if (!overflowed && diff != Long.MIN_VALUE) {
      return Math.abs(diff) <= slack;
    }
    BigInteger exact = BigInteger.valueOf(whole).subtract(BigInteger.valueOf(sum)).abs();
    return exact.compareTo(BigInteger.valueOf(slack)) <= 0;
  }

  /**
   * The printed cells that sum exactly the lines {@code subject} names: a code row of that code in
   * a table printing its level, or (without a code) a labelled row over every code, whose table,
   * row and column slices together hold the same lines as the subject's slice within the layout's
   * tables; or the cells printing the subject's {@link Figure}. Empty for a {@link Fact}, or where
   * no table prints such a cell.
   */
  public static List<Term> cellsFor(PrintedTables tables, Subject subject) {
    requireNonNull(tables, "tables");
    requireNonNull(subject, "subject");
    List<Term> out = new ArrayList<>();
    if (subject.figure().isPresent()) {
      Figure figure = subject.figure().get();
      for (PrintedTable t : tables.tables()) {
        TableSpec spec = tables.spec(t.key());
        for (ColumnSpec c : spec.columns()) {
          if (c.figure().equals(Optional.of(figure))) {
            for (TableRow r : t.rows()) {
              out.add(new Term(t.key(), new CellRef(r.key(), c.id())));
            }
          }
        }
        for (LabelledRow r : spec.rows().labelled()) {
          if (r.figure().equals(Optional.of(figure)) && t.row(r.key()).isPresent()) {
            for (ColumnSpec c : spec.columns()) {
              out.add(new Term(t.key(), new CellRef(r.key(), c.id())));
            }
          }
        }
      }
      return out;
    }
    if (!subject.isSlice()) {
      return out;
    }
    Geometry g = geometry(tables.layout());
    Map<String, List<Candidate>> candidates = g.candidates(subject);
    for (PrintedTable t : tables.tables()) {
      List<Candidate> inTable = candidates.get(t.key());
      if (inTable == null) {
        continue;
      }
      for (Candidate c : inTable) {
        if (!c.rowMustBePrinted() || t.rowOrNull(c.term().cell().row()) != null) {
          out.add(c.term());
        }
      }
    }
    return out;
  }

  /**
   * A cell of a layout's table that sums a subject's lines; a labelled row's cell counts only where
   * the document prints the row.
   */
  private record Candidate(Term term, boolean rowMustBePrinted) {}

  /**
   * Per table key of {@code layout}, the cells that sum exactly the lines of the slice subject
   * {@code subject}, in column order (then labelled-row order); see {@link #cellsFor}.
   */
  private static Map<String, List<Candidate>> candidates(
      Geometry g, List<TableSpec> specs, Subject subject) {
    Map<String, List<Candidate>> out = new HashMap<>();
    BitSet wanted = g.atoms(subject.slice());
    wanted.and(g.universe);
    if (wanted.isEmpty()) {
      return out;
    }
    for (TableSpec spec : specs) {
      TableGeometry tg = g.table(spec);
      List<Candidate> inTable = new ArrayList<>();
      for (int ci = 0; ci < tg.sliceColumns.size(); ci++) {
        ColumnSpec c = tg.sliceColumns.get(ci);
        if (subject.function().isPresent()) {
          RowKey code = new RowKey.Function(subject.function().get());
          if (prints(spec, code) && tg.columnSets.get(ci).equals(wanted)) {
            inTable.add(new Candidate(new Term(spec.key(), new CellRef(code, c.id())), false));
          }
        } else {
          List<LabelledRow> labelled = tg.labelled;
          for (int ri = 0; ri < labelled.size(); ri++) {
            LabelledRow r = labelled.get(ri);
            if (r.figure().isEmpty() && r.prints(c.id()) && tg.cellSets[ci][ri].equals(wanted)) {
              inTable.add(new Candidate(new Term(spec.key(), new CellRef(r.key(), c.id())), true));
            }
          }
        }
      }
      if (!inTable.isEmpty()) {
        out.put(spec.key(), List.copyOf(inTable));
      }
    }
    return out;
  }

  /**
   * Whether the slices {@code parts} are disjoint and together hold exactly the lines of {@code
   * whole}, within the layout's tables: the parts printed after 其中 then add up to the whole.
   */
  public static boolean partition(Layout layout, Slice whole, List<Slice> parts) {
    requireNonNull(layout, "layout");
    Geometry g = geometry(layout);
    BitSet target = g.atoms(whole);
    target.and(g.universe);
    BitSet covered = new BitSet();
    for (Slice p : parts) {
      BitSet a = g.atoms(p);
      a.and(g.universe);
      if (a.intersects(covered)) {
        return false;
      }
      covered.or(a);
    }
    return !target.isEmpty() && covered.equals(target);
  }

  private static Geometry geometry(Layout layout) {
    Geometry g = BY_INSTANCE.getIfPresent(layout);
    if (g != null) {
      return g;
    }
    g = BY_VALUE.get(layout);
    if (g == null) {
      g = new Geometry(layout);
      if (BY_VALUE.size() >= MAX_BY_VALUE) {
        BY_VALUE.clear();
      }
      Geometry raced = BY_VALUE.putIfAbsent(layout, g);
      if (raced != null) {
        g = raced;
      }
    }
    BY_INSTANCE.put(layout, g);
    return g;
  }

  /**
   * What the identities of a layout's documents depend on besides the printed rows: the atoms of
   * the slices and the exact covers. Immutable once built; the bit sets are never modified.
   */
  private static final class Geometry {
    private final List<EconomicCode> buckets;
    private final BitSet universe;
    private final Map<String, TableGeometry> tables = new HashMap<>();

    /**
     * The layout's tables (not the layout: a geometry is the value of a cache weakly keyed by its
     * layout, and must not keep it alive).
     */
    private final List<TableSpec> specs;

    /** {@link Identities#candidates} by subject; cleared when it grows past a bound. */
    private final ConcurrentHashMap<Subject, Map<String, List<Candidate>>> candidates =
        new ConcurrentHashMap<>();

    private static final int MAX_CANDIDATES = 4_096;

    Map<String, List<Candidate>> candidates(Subject subject) {
      Map<String, List<Candidate>> found = candidates.get(subject);
      if (found == null) {
        found = Identities.candidates(this, specs, subject);
        if (candidates.size() >= MAX_CANDIDATES) {
          candidates.clear();
        }
        candidates.putIfAbsent(subject, found);
      }
      return found;
    }

    /** Distinct atom sets of cells, numbered in the order first met. */
    private final Map<BitSet, Integer> setIds = new HashMap<>();

    Geometry(Layout layout) {
      this.specs = layout.tables();
      Set<EconomicCode> named = new TreeSet<>();
      for (TableSpec t : layout.tables()) {
        named.addAll(t.slice().economic());
        for (ColumnSpec c : t.columns()) {
          named.addAll(c.slice().economic());
        }
        for (LabelledRow r : t.rows().labelled()) {
          named.addAll(r.slice().economic());
        }
      }
      this.buckets = new ArrayList<>(named);
      BitSet all = new BitSet();
      for (TableSpec spec : layout.tables()) {
        all.or(atoms(spec.slice()));
      }
      this.universe = all;
      for (TableSpec spec : layout.tables()) {
        tables.put(spec.key(), new TableGeometry(this, spec));
      }
      // which atom sets more than one table has, among code-row cells (a column's set) and among
      // labelled cells: only their cells can agree across tables
      Map<Integer, Set<String>> columnTables = new HashMap<>();
      Map<Integer, Set<String>> cellTables = new HashMap<>();
      for (TableGeometry tg : tables.values()) {
        for (int ci = 0; ci < tg.columnSetIds.length; ci++) {
          columnTables.computeIfAbsent(tg.columnSetIds[ci], k -> new HashSet<>()).add(tg.key);
          for (int ri = 0; ri < tg.cellSetIds[ci].length; ri++) {
            if (tg.cellSets[ci][ri] != null) {
              cellTables.computeIfAbsent(tg.cellSetIds[ci][ri], k -> new HashSet<>()).add(tg.key);
            }
          }
        }
      }
      for (TableGeometry tg : tables.values()) {
        for (int ci = 0; ci < tg.columnSetIds.length; ci++) {
          tg.columnShared[ci] = columnTables.get(tg.columnSetIds[ci]).size() > 1;
          for (int ri = 0; ri < tg.cellSetIds[ci].length; ri++) {
            tg.cellShared[ci][ri] =
                tg.cellSets[ci][ri] != null && cellTables.get(tg.cellSetIds[ci][ri]).size() > 1;
          }
        }
      }
    }

    TableGeometry table(TableSpec spec) {
      return tables.get(spec.key());
    }

    int id(BitSet set) {
      int id = setIds.computeIfAbsent(set, k -> setIds.size());
      if (id >= 65_536) {
        throw new IllegalStateException("A layout with more than 65,536 distinct cell slices");
      }
      return id;
    }

    /** How many distinct atom sets {@link #id} has numbered. */
    int setCount() {
      return setIds.size();
    }

    private int atomCount() {
      return LEAVES.size() * KINDS.length * (buckets.size() + 1);
    }

    /** A new set of the atoms of {@code slice}; the caller may modify it. */
    BitSet atoms(Slice slice) {
      BitSet set = new BitSet(atomCount());
      int b = buckets.size() + 1;
      for (int f = 0; f < LEAVES.size(); f++) {
        if (!fundIn(LEAVES.get(f), slice)) {
          continue;
        }
        for (int k = 0; k < KINDS.length; k++) {
          if (!slice.kinds().isEmpty() && !slice.kinds().contains(KINDS[k])) {
            continue;
          }
          for (int e = 0; e < b; e++) {
            if (bucketIn(e, slice)) {
              set.set((f * KINDS.length + k) * b + e);
            }
          }
        }
      }
      return set;
    }

    private static boolean fundIn(FundSource leaf, Slice slice) {
      if (slice.funds().isEmpty()) {
        return true;
      }
      for (FundSource f : slice.funds()) {
        if (leaf.isWithin(f)) {
          return true;
        }
      }
      return false;
    }

    /** Whether bucket {@code e} (a named code, or the last: any other) lies in the slice. */
    private boolean bucketIn(int e, Slice slice) {
      if (slice.economic().isEmpty()) {
        return true;
      }
      if (e == buckets.size()) {
        return false;
      }
      EconomicCode code = buckets.get(e);
      for (EconomicCode s : slice.economic()) {
        if (s.equals(code) || s.isAncestorOf(code)) {
          return true;
        }
      }
      return false;
    }

    BitSet atoms(Slice a, Slice b, Slice c) {
      BitSet s = atoms(a);
      s.and(atoms(b));
      s.and(atoms(c));
      return s;
    }
  }

  /** One table's part of a {@link Geometry}. */
  private static final class TableGeometry {
    /** The columns that sum a slice (not a figure), in order. */
    final List<ColumnSpec> sliceColumns;

    /** Per slice column: the atoms of table × column. */
    final List<BitSet> columnSets;

    /** Per slice column: its minimal exact covers by other columns. */
    final List<List<List<Integer>>> columnCovers;

    /** The labelled rows that sum a slice (not a figure), in order. */
    final List<LabelledRow> sliceRows;

    /** Per slice row: the atoms of table × row. */
    final List<BitSet> rowSets;

    /** Per slice row: its minimal exact covers by other slice rows. */
    final List<List<List<Integer>>> rowCovers;

    /** The table's key. */
    final String key;

    /** Every labelled row, leading then trailing. */
    final List<LabelledRow> labelled;

    /** Per slice column: whether another table of the layout has a column with its atom set. */
    final boolean[] columnShared;

    /**
     * Per slice column and labelled row: whether another table of the layout has a labelled cell
     * with its atom set.
     */
    final boolean[][] cellShared;

    /** The first labelled row of each key. */
    final Map<RowKey, LabelledRow> labelledByKey = new HashMap<>();

    /** The keys of labelled rows that print a figure. */
    final Set<RowKey> figureRows = new java.util.HashSet<>();

    /** Per slice column and labelled row: the atoms of table × row × column (null for figures). */
    final BitSet[][] cellSets;

    /** Per slice column: the number of {@link #columnSets}' set in {@link Geometry#id}. */
    final int[] columnSetIds;

    /** The same, for {@link #cellSets}. */
    final int[][] cellSetIds;

    TableGeometry(Geometry g, TableSpec spec) {
      key = spec.key();
      labelled = spec.rows().labelled();
      sliceColumns = Generator.sliceColumns(spec);
      columnSets = new ArrayList<>();
      for (ColumnSpec c : sliceColumns) {
        columnSets.add(g.atoms(spec.slice(), c.slice(), Slice.ALL));
      }
      columnCovers = new ArrayList<>();
      for (int w = 0; w < sliceColumns.size(); w++) {
        columnCovers.add(minimalCovers(w, columnSets));
      }
      sliceRows = spec.rows().labelled().stream().filter(r -> r.figure().isEmpty()).toList();
      rowSets = new ArrayList<>();
      for (LabelledRow r : sliceRows) {
        rowSets.add(g.atoms(spec.slice(), r.slice(), Slice.ALL));
      }
      rowCovers = new ArrayList<>();
      for (int w = 0; w < sliceRows.size(); w++) {
        rowCovers.add(minimalCovers(w, rowSets));
      }
      for (LabelledRow r : spec.rows().labelled()) {
        labelledByKey.putIfAbsent(r.key(), r);
        if (r.figure().isPresent()) {
          figureRows.add(r.key());
        }
      }
      List<LabelledRow> labelled = spec.rows().labelled();
      cellSets = new BitSet[sliceColumns.size()][labelled.size()];
      cellSetIds = new int[sliceColumns.size()][labelled.size()];
      columnSetIds = new int[sliceColumns.size()];
      columnShared = new boolean[sliceColumns.size()];
      cellShared = new boolean[sliceColumns.size()][labelled.size()];
      for (int ci = 0; ci < sliceColumns.size(); ci++) {
        columnSetIds[ci] = g.id(columnSets.get(ci));
        for (int ri = 0; ri < labelled.size(); ri++) {
          LabelledRow r = labelled.get(ri);
          if (r.figure().isEmpty()) {
            cellSets[ci][ri] = g.atoms(spec.slice(), r.slice(), sliceColumns.get(ci).slice());
            cellSetIds[ci][ri] = g.id(cellSets[ci][ri]);
          }
        }
      }
    }

    /**
     * The covers of set {@code w} by other sets that are disjoint and together equal it, keeping
     * those with the fewest members (more than one member: equal sets are not covers here).
     */
    private static List<List<Integer>> minimalCovers(int w, List<BitSet> sets) {
      BitSet whole = sets.get(w);
      if (whole.isEmpty()) {
        return List.of();
      }
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < sets.size(); i++) {
        BitSet s = sets.get(i);
        if (i == w || s.isEmpty() || s.equals(whole)) {
          continue;
        }
        BitSet outside = (BitSet) s.clone();
        outside.andNot(whole);
        if (outside.isEmpty()) {
          candidates.add(i);
        }
      }
      List<List<Integer>> covers = new ArrayList<>();
      search(whole, new BitSet(), candidates, 0, new ArrayList<>(), sets, covers);
      int best = covers.stream().mapToInt(List::size).min().orElse(0);
      return covers.stream().filter(c -> c.size() == best && c.size() > 1).toList();
    }

    private static void search(
        BitSet whole,
        BitSet covered,
        List<Integer> candidates,
        int from,
        List<Integer> chosen,
        List<BitSet> sets,
        List<List<Integer>> covers) {
      if (covered.equals(whole)) {
        covers.add(List.copyOf(chosen));
        return;
      }
      if (covers.size() >= 64) {
        return;
      }
      for (int i = from; i < candidates.size(); i++) {
        BitSet s = sets.get(candidates.get(i));
        if (s.intersects(covered)) {
          continue;
        }
        BitSet next = (BitSet) covered.clone();
        next.or(s);
        chosen.add(candidates.get(i));
        search(whole, next, candidates, i + 1, chosen, sets, covers);
        chosen.remove(chosen.size() - 1);
      }
    }
  }

  /** Whether a table of {@code spec} prints rows of {@code code}'s kind and level. */
  static boolean prints(TableSpec spec, RowKey code) {
    RowSpec rs = spec.rows();
    if (code instanceof RowKey.Function f) {
      return rs.codes() == RowSpec.Codes.FUNCTION && rs.levels().contains(f.code().level());
    }
    if (code instanceof RowKey.Economic e) {
      return rs.codes() == RowSpec.Codes.ECONOMIC && rs.levels().contains(e.code().level());
    }
    return false;
  }

  private static final class Generator {
    private final PrintedTables tables;
    private final Geometry geometry;

    /** The tables by key. */
    private final Map<String, PrintedTable> printed = new HashMap<>();

    private final List<Identity> out = new ArrayList<>();

    /** Where identities are evaluated instead of listed; null to list every identity. */
    private final Evaluation evaluation;

    Generator(PrintedTables tables) {
      this(tables, null);
    }

    Generator(PrintedTables tables, Evaluation evaluation) {
      this.tables = tables;
      this.evaluation = evaluation;
      this.geometry = geometry(tables.layout());
      for (PrintedTable t : tables.tables()) {
        printed.put(t.key(), t);
      }
    }

    private boolean isPrinted(String table, RowKey row) {
      PrintedTable t = printed.get(table);
      return t != null && t.rowOrNull(row) != null;
    }

    /** The identities of {@code kind}, or of every kind in order where it is null. */
    List<Identity> generate(Identity.Kind kind) {
      if (kind == null || kind == Identity.Kind.ROWS) {
        for (PrintedTable t : tables.tables()) {
          rows(tables.spec(t.key()), t);
        }
      }
      if (kind == null || kind == Identity.Kind.COLUMNS) {
        for (PrintedTable t : tables.tables()) {
          columns(tables.spec(t.key()), t);
        }
      }
      if (kind == null || kind == Identity.Kind.LABELLED_ROWS) {
        for (PrintedTable t : tables.tables()) {
          labelledRows(tables.spec(t.key()), t);
        }
      }
      if (kind == null || kind == Identity.Kind.ACROSS) {
        across();
      }
      if (kind == null || kind == Identity.Kind.SUMS) {
        for (PrintedTable t : tables.tables()) {
          sums(tables.spec(t.key()), t);
        }
      }
      return out;
    }

    // ---- rows: hierarchy and totals

    private void rows(TableSpec spec, PrintedTable t) {
      RowSpec rs = spec.rows();
      if (rs.codes() == RowSpec.Codes.NONE) {
        return;
      }
      TreeSet<CodeLevel> levels = new TreeSet<>(rs.levels());
      if (rs.projects()) {
        levels.add(CodeLevel.ITEM); // project rows and unnamed 项 rows stand at the 项 level
      }
      List<CodeLevel> printedLevels = new ArrayList<>(levels);
      List<ColumnSpec> columns = geometry.table(spec).sliceColumns;
      for (int i = 0; i + 1 < printedLevels.size(); i++) {
        CodeLevel level = printedLevels.get(i);
        CodeLevel finer = printedLevels.get(i + 1);
        // the printed rows at the finer level under each code of this level, in printed order
        Map<RowKey, List<TableRow>> under = new HashMap<>();
        for (TableRow child : t.rows()) {
          if (levelOf(child.key()) == finer) {
            RowKey parent = ancestorAt(child.key(), level);
            if (parent != null) {
              under.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
            }
          }
        }
        if (under.isEmpty()) {
          continue;
        }
        for (TableRow parent : t.rows()) {
          if (levelOf(parent.key()) != level) {
            continue;
          }
          List<TableRow> children = under.get(parent.key());
          if (children == null) {
            continue;
          }
          for (ColumnSpec c : columns) {
            addRows(Identity.Kind.ROWS, t, parent, children, c.id());
          }
        }
      }
      CodeLevel top = printedLevels.get(0);
      List<TableRow> tops = new ArrayList<>();
      for (TableRow r : t.rows()) {
        if (levelOf(r.key()) == top) {
          tops.add(r);
        }
      }
      for (LabelledRow r : rs.labelled()) {
        TableRow total = r.figure().isEmpty() && r.slice().isAll() ? t.rowOrNull(r.key()) : null;
        if (total != null) {
          for (ColumnSpec c : columns) {
            if (r.prints(c.id())) {
              addRows(Identity.Kind.ROWS, t, total, tops, c.id());
            }
          }
        }
      }
    }

    /**
     * The identity: in {@code t}'s column {@code column}, row {@code whole} = Σ rows {@code parts}.
     */
    private void add(
        Identity.Kind kind, PrintedTable t, RowKey whole, List<RowKey> parts, String column) {
      if (evaluation != null) {
        evaluation.whole(t, whole, column);
        for (RowKey p : parts) {
          evaluation.part(t, p, column);
        }
        if (!evaluation.fails()) {
          return;
        }
      }
      String table = t.key();
      ImmutableList.Builder<Term> terms = ImmutableList.builderWithExpectedSize(parts.size());
      for (RowKey p : parts) {
        terms.add(new Term(table, new CellRef(p, column)));
      }
      emit(new Identity(kind, new Term(table, new CellRef(whole, column)), terms.build()));
    }

    /**
     * The identity: in {@code t}'s printed row {@code printed}, column {@code whole} = Σ columns {@code
     */
    private void addColumns(
        Identity.Kind kind, PrintedTable t, TableRow printed, String whole, List<String> parts) {
      RowKey row = printed.key();
      if (evaluation != null) {
        evaluation.whole(t, printed, row, whole);
        for (String p : parts) {
          evaluation.part(t, printed, row, p);
        }
        if (!evaluation.fails()) {
          return;
        }
      }
      String table = t.key();
      ImmutableList.Builder<Term> terms = ImmutableList.builderWithExpectedSize(parts.size());
      for (String p : parts) {
        terms.add(new Term(table, new CellRef(row, p)));
      }
      emit(new Identity(kind, new Term(table, new CellRef(row, whole)), terms.build()));
    }

    /** {@link #add} of printed rows: in column {@code column}, {@code whole} = Σ {@code parts}. */
    private void addRows(
        Identity.Kind kind, PrintedTable t, TableRow whole, List<TableRow> parts, String column) {
      if (evaluation != null) {
        evaluation.whole(t, whole, whole.key(), column);
        for (TableRow p : parts) {
          evaluation.part(t, p, p.key(), column);
        }
        if (!evaluation.fails()) {
          return;
        }
      }
      String table = t.key();
      ImmutableList.Builder<Term> terms = ImmutableList.builderWithExpectedSize(parts.size());
      for (TableRow p : parts) {
        terms.add(new Term(table, new CellRef(p.key(), column)));
      }
      emit(new Identity(kind, new Term(table, new CellRef(whole.key(), column)), terms.build()));
    }

    /** An identity that is generated, or that failed when evaluating. */
    private void emit(Identity id) {
      if (evaluation == null) {
        out.add(id);
      } else {
        evaluation.found.add(evaluation.discrepancy(id));
      }
    }

    /** The level of a code or project row (a project row stands at 项), or null. */
    private static CodeLevel levelOf(RowKey key) {
      if (key instanceof RowKey.Function f) {
        return f.code().level();
      }
      if (key instanceof RowKey.Economic e) {
        return e.code().level();
      }
      if (key instanceof RowKey.Project) {
        return CodeLevel.ITEM;
      }
      return null;
    }

    /**
     * The code row at {@code level} that strictly encloses the code of {@code child} (a project row
     * lies under the function codes enclosing its 项), or null where there is none.
     */
    private static RowKey ancestorAt(RowKey child, CodeLevel level) {
      if (child instanceof RowKey.Function c) {
        return c.code().level().compareTo(level) > 0
            ? new RowKey.Function(c.code().at(level))
            : null;
      }
      if (child instanceof RowKey.Economic c) {
        return c.code().level().compareTo(level) > 0
            ? new RowKey.Economic(c.code().at(level))
            : null;
      }
      if (child instanceof RowKey.Project c) {
        return c.code().level().compareTo(level) > 0
            ? new RowKey.Function(c.code().at(level))
            : null;
      }
      return null;
    }

    static List<ColumnSpec> sliceColumns(TableSpec spec) {
      return spec.columns().stream().filter(c -> c.figure().isEmpty()).toList();
    }

    // ---- columns and labelled rows: minimal exact covers

    private void columns(TableSpec spec, PrintedTable t) {
      TableGeometry tg = geometry.table(spec);
      List<ColumnSpec> columns = tg.sliceColumns;
      for (int w = 0; w < columns.size(); w++) {
        String whole = columns.get(w).id();
        for (List<Integer> cover : tg.columnCovers.get(w)) {
          List<String> partIds = new ArrayList<>(cover.size());
          for (int p : cover) {
            partIds.add(columns.get(p).id());
          }
          for (TableRow r : t.rows()) {
            if (!tg.figureRows.isEmpty() && tg.figureRows.contains(r.key())) {
              continue;
            }
            LabelledRow labelled = tg.labelledByKey.get(r.key());
            if (labelled != null && !printsAll(labelled, columns, w, cover)) {
              continue;
            }
            addColumns(Identity.Kind.COLUMNS, t, r, whole, partIds);
          }
        }
      }
    }

    /** Whether {@code row} prints column {@code w} and every column of {@code cover}. */
    private static boolean printsAll(
        LabelledRow row, List<ColumnSpec> columns, int w, List<Integer> cover) {
      if (!row.prints(columns.get(w).id())) {
        return false;
      }
      for (int p : cover) {
        if (!row.prints(columns.get(p).id())) {
          return false;
        }
      }
      return true;
    }

    private void labelledRows(TableSpec spec, PrintedTable t) {
      TableGeometry tg = geometry.table(spec);
      List<LabelledRow> rows = tg.sliceRows;
      for (int w = 0; w < rows.size(); w++) {
        if (!isPrinted(t.key(), rows.get(w).key())) {
          continue;
        }
        for (List<Integer> cover : tg.rowCovers.get(w)) {
          List<RowKey> parts = new ArrayList<>();
          for (int p : cover) {
            parts.add(rows.get(p).key());
          }
          for (ColumnSpec c : tg.sliceColumns) {
            boolean printed =
                rows.get(w).prints(c.id())
                    && cover.stream().allMatch(p -> rows.get(p).prints(c.id()));
            if (printed) {
              add(Identity.Kind.LABELLED_ROWS, t, rows.get(w).key(), parts, c.id());
            }
          }
        }
      }
    }

    // ---- across tables

    /**
     * A cell of table {@code table}, row {@code row} ({@code printed}, or null where not printed).
     */
    private record Cell(PrintedTable table, RowKey row, TableRow printed, String column) {}

    private void across() {
      // slice key (row code or every code, atoms) -> cells, in table order; the key is the
      // number of the atom set and 1 + the number of the code row in allCodeRows (0: every code);
      // the groups are kept in the order first met
      List<List<Cell>> groups = new ArrayList<>();
      // every code row printed anywhere, the tables taken in the order of a HashMap of their keys
      // (the order the identities have always been listed in)
      Map<String, List<RowKey>> codeRowsByTable = new HashMap<>();
      for (PrintedTable t : tables.tables()) {
        List<RowKey> codeRows = new ArrayList<>();
        for (TableRow r : t.rows()) {
          if (levelOf(r.key()) != null) {
            codeRows.add(r.key());
          }
        }
        codeRowsByTable.put(t.key(), codeRows);
      }
      Set<RowKey> allCodeRows = new LinkedHashSet<>();
      codeRowsByTable.values().forEach(allCodeRows::addAll);
      Groups slots = new Groups(geometry.setCount(), allCodeRows.size() + 1, groups);
      for (PrintedTable t : tables.tables()) {
        TableSpec spec = tables.spec(t.key());
        TableGeometry tg = geometry.table(spec);
        List<RowKey> codes = null; // the code rows this table's kind and levels print
        List<TableRow> codeRows = null; // the same, as printed here (null where not printed)
        List<Integer> codeNumbers = null; // their numbers, from 1, in allCodeRows
        List<LabelledRow> labelled = tg.labelled;
        TableRow[] labelledRows = new TableRow[labelled.size()];
        for (int ri = 0; ri < labelled.size(); ri++) {
          labelledRows[ri] = t.rowOrNull(labelled.get(ri).key());
        }
        for (int ci = 0; ci < tg.sliceColumns.size(); ci++) {
          ColumnSpec c = tg.sliceColumns.get(ci);
          for (int ri = 0; ri < labelled.size(); ri++) {
            LabelledRow r = labelled.get(ri);
            if (r.figure().isPresent() || labelledRows[ri] == null || !r.prints(c.id())) {
              continue;
            }
            // a cell whose atom set no other table has agrees with nothing across tables
            if (tg.cellShared[ci][ri] && !tg.cellSets[ci][ri].isEmpty()) {
              slots
                  .get(tg.cellSetIds[ci][ri], 0)
                  .add(new Cell(t, r.key(), labelledRows[ri], c.id()));
            }
          }
          if (!tg.columnShared[ci] || tg.columnSets.get(ci).isEmpty()) {
            continue;
          }
          if (codes == null) {
            codes = new ArrayList<>();
            codeRows = new ArrayList<>();
            codeNumbers = new ArrayList<>();
            int number = 0;
            for (RowKey code : allCodeRows) {
              number++;
              if (prints(spec, code)) {
                codes.add(code);
                codeRows.add(t.rowOrNull(code));
                codeNumbers.add(number);
              }
            }
          }
          int atoms = tg.columnSetIds[ci];
          for (int k = 0; k < codes.size(); k++) {
            slots
                .get(atoms, codeNumbers.get(k))
                .add(new Cell(t, codes.get(k), codeRows.get(k), c.id()));
          }
        }
      }
      for (List<Cell> cells : groups) {
        // one identity per pair of tables: the first cell of each table against the first table's
        Cell first = cells.get(0);
        if (cells.size() == 1) {
          continue;
        }
        List<PrintedTable> seen = new ArrayList<>(cells.size());
        seen.add(first.table());
        boolean firstPrinted = first.printed() != null;
        for (int i = 1; i < cells.size(); i++) {
          Cell other = cells.get(i);
          if (containsTable(seen, other.table())) {
            continue;
          }
          seen.add(other.table());
          if (!firstPrinted && other.printed() == null) {
            continue;
          }
          if (evaluation != null) {
            evaluation.whole(first.table(), first.printed(), first.row(), first.column());
            evaluation.part(other.table(), other.printed(), other.row(), other.column());
            if (!evaluation.fails()) {
              continue;
            }
          }
          emit(
              new Identity(
                  Identity.Kind.ACROSS,
                  new Term(first.table().key(), new CellRef(first.row(), first.column())),
                  ImmutableList.of(
                      new Term(other.table().key(), new CellRef(other.row(), other.column())))));
        }
      }
    }

    /** Whether {@code tables} holds {@code table} itself (keys are unique among a document's). */
    private static boolean containsTable(List<PrintedTable> tables, PrintedTable table) {
      for (PrintedTable t : tables) {
        if (t == table) {
          return true;
        }
      }
      return false;
    }

    /**
     * The groups of cells by atom set number and code row number (0: none), each created when first
     * asked for and then appended to the list of groups in that order.
     */
    private static final class Groups {
      private final List<Cell>[][] byAtoms;
      private final int codes;
      private final List<List<Cell>> inOrder;

      @SuppressWarnings("unchecked")
      Groups(int atomSets, int codes, List<List<Cell>> inOrder) {
        this.byAtoms = (List<Cell>[][]) new List<?>[atomSets][];
        this.codes = codes;
        this.inOrder = inOrder;
      }

      @SuppressWarnings("unchecked")
      List<Cell> get(int atoms, int code) {
        List<Cell>[] byCode = byAtoms[atoms];
        if (byCode == null) {
          byCode = (List<Cell>[]) new List<?>[codes];
          byAtoms[atoms] = byCode;
        }
        List<Cell> group = byCode[code];
        if (group == null) {
          group = new ArrayList<>(4);
          byCode[code] = group;
          inOrder.add(group);
        }
        return group;
      }
    }

    // ---- explicit sums

    private void sums(TableSpec spec, PrintedTable t) {
      for (Sum s : spec.sums()) {
        if (spec.column(s.whole()).isPresent()) {
          for (TableRow r : t.rows()) {
            addColumns(Identity.Kind.SUMS, t, r, s.whole(), s.parts());
          }
        } else {
          RowKey whole = RowKey.parse(s.whole());
          List<RowKey> parts = s.parts().stream().map(RowKey::parse).toList();
          for (ColumnSpec c : spec.columns()) {
            add(Identity.Kind.SUMS, t, whole, parts, c.id());
          }
        }
      }
    }
  }
}
