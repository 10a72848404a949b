package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
 */
public final class Identities {
  private Identities() {}

  private static final List<FundSource> LEAVES =
      java.util.Arrays.stream(FundSource.values()).filter(FundSource::isLeaf).toList();
  private static final ExpenditureKind[] KINDS = ExpenditureKind.values();

  /** The identities of {@code tables}, in table order, each family after the other. */
  public static List<Identity> of(PrintedTables tables) {
    requireNonNull(tables, "tables");
    return new Generator(tables).generate();
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
    Generator g = new Generator(tables);
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
    BitSet universe = new BitSet();
    for (TableSpec spec : tables.layout().tables()) {
      universe.or(g.atoms(spec.slice()));
    }
    BitSet wanted = g.atoms(subject.slice());
    wanted.and(universe);
    if (wanted.isEmpty()) {
      return out;
    }
    for (PrintedTable t : tables.tables()) {
      TableSpec spec = tables.spec(t.key());
      for (ColumnSpec c : Generator.sliceColumns(spec)) {
        if (subject.function().isPresent()) {
          RowKey code = new RowKey.Function(subject.function().get());
          if (Generator.prints(spec, code)
              && g.atoms(spec.slice(), c.slice(), Slice.ALL).equals(wanted)) {
            out.add(new Term(t.key(), new CellRef(code, c.id())));
          }
        } else {
          for (LabelledRow r : spec.rows().labelled()) {
            if (r.figure().isEmpty()
                && t.row(r.key()).isPresent()
                && g.atoms(spec.slice(), r.slice(), c.slice()).equals(wanted)) {
              out.add(new Term(t.key(), new CellRef(r.key(), c.id())));
            }
          }
        }
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
    Generator g = new Generator(new PrintedTables(layout, ImmutableList.of()));
    BitSet universe = new BitSet();
    for (TableSpec spec : layout.tables()) {
      universe.or(g.atoms(spec.slice()));
    }
    BitSet target = g.atoms(whole);
    target.and(universe);
    BitSet covered = new BitSet();
    for (Slice p : parts) {
      BitSet a = g.atoms(p);
      a.and(universe);
      if (a.intersects(covered)) {
        return false;
      }
      covered.or(a);
    }
    return !target.isEmpty() && covered.equals(target);
  }

  private static final class Generator {
    private final PrintedTables tables;
    private final List<EconomicCode> buckets;
    private final List<Identity> out = new ArrayList<>();

    Generator(PrintedTables tables) {
      this.tables = tables;
      Set<EconomicCode> named = new TreeSet<>();
      for (TableSpec t : tables.layout().tables()) {
        named.addAll(t.slice().economic());
        for (ColumnSpec c : t.columns()) {
          named.addAll(c.slice().economic());
        }
        for (LabelledRow r : t.rows().labelled()) {
          named.addAll(r.slice().economic());
        }
      }
      this.buckets = new ArrayList<>(named);
    }

    List<Identity> generate() {
      for (PrintedTable t : tables.tables()) {
        rows(tables.spec(t.key()), t);
      }
      for (PrintedTable t : tables.tables()) {
        columns(tables.spec(t.key()), t);
      }
      for (PrintedTable t : tables.tables()) {
        labelledRows(tables.spec(t.key()), t);
      }
      across();
      for (PrintedTable t : tables.tables()) {
        sums(tables.spec(t.key()), t);
      }
      return out;
    }

    // ---- atoms

    private int atomCount() {
      return LEAVES.size() * KINDS.length * (buckets.size() + 1);
    }

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

    // ---- rows: hierarchy and totals

    private void rows(TableSpec spec, PrintedTable t) {
      RowSpec rs = spec.rows();
      if (rs.codes() == RowSpec.Codes.NONE) {
        return;
      }
      List<CodeLevel> printed = new ArrayList<>(new TreeSet<>(rs.levels()));
      List<ColumnSpec> columns = sliceColumns(spec);
      for (int i = 0; i + 1 < printed.size(); i++) {
        CodeLevel level = printed.get(i);
        CodeLevel finer = printed.get(i + 1);
        for (TableRow parent : t.rows()) {
          if (levelOf(parent.key()).orElse(null) != level) {
            continue;
          }
          List<RowKey> children = new ArrayList<>();
          for (TableRow child : t.rows()) {
            if (levelOf(child.key()).orElse(null) == finer && isUnder(child.key(), parent.key())) {
              children.add(child.key());
            }
          }
          if (children.isEmpty()) {
            continue;
          }
          for (ColumnSpec c : columns) {
            add(Identity.Kind.ROWS, t.key(), parent.key(), children, c.id());
          }
        }
      }
      CodeLevel top = printed.get(0);
      List<RowKey> tops = new ArrayList<>();
      for (TableRow r : t.rows()) {
        if (levelOf(r.key()).orElse(null) == top) {
          tops.add(r.key());
        }
      }
      for (LabelledRow r : rs.labelled()) {
        if (r.figure().isEmpty() && r.slice().isAll() && t.row(r.key()).isPresent()) {
          for (ColumnSpec c : columns) {
            add(Identity.Kind.ROWS, t.key(), r.key(), tops, c.id());
          }
        }
      }
    }

    private void add(
        Identity.Kind kind, String table, RowKey whole, List<RowKey> parts, String column) {
      ImmutableList.Builder<Term> terms = ImmutableList.builder();
      for (RowKey p : parts) {
        terms.add(new Term(table, new CellRef(p, column)));
      }
      out.add(new Identity(kind, new Term(table, new CellRef(whole, column)), terms.build()));
    }

    private static Optional<CodeLevel> levelOf(RowKey key) {
      if (key instanceof RowKey.Function f) {
        return Optional.of(f.code().level());
      }
      if (key instanceof RowKey.Economic e) {
        return Optional.of(e.code().level());
      }
      return Optional.empty();
    }

    private static boolean isUnder(RowKey child, RowKey parent) {
      if (child instanceof RowKey.Function c && parent instanceof RowKey.Function p) {
        return p.code().isAncestorOf(c.code());
      }
      if (child instanceof RowKey.Economic c && parent instanceof RowKey.Economic p) {
        return p.code().isAncestorOf(c.code());
      }
      return false;
    }

    static List<ColumnSpec> sliceColumns(TableSpec spec) {
      return spec.columns().stream().filter(c -> c.figure().isEmpty()).toList();
    }

    // ---- columns and labelled rows: minimal exact covers

    private void columns(TableSpec spec, PrintedTable t) {
      List<ColumnSpec> columns = sliceColumns(spec);
      List<BitSet> sets = new ArrayList<>();
      for (ColumnSpec c : columns) {
        sets.add(atoms(spec.slice(), c.slice(), Slice.ALL));
      }
      for (int w = 0; w < columns.size(); w++) {
        for (List<Integer> cover : minimalCovers(w, sets)) {
          for (TableRow r : t.rows()) {
            if (isFigureRow(spec, r.key())) {
              continue;
            }
            ImmutableList.Builder<Term> parts = ImmutableList.builder();
            for (int p : cover) {
              parts.add(new Term(t.key(), new CellRef(r.key(), columns.get(p).id())));
            }
            out.add(
                new Identity(
                    Identity.Kind.COLUMNS,
                    new Term(t.key(), new CellRef(r.key(), columns.get(w).id())),
                    parts.build()));
          }
        }
      }
    }

    private static boolean isFigureRow(TableSpec spec, RowKey key) {
      return spec.rows().labelled().stream()
          .anyMatch(r -> r.key().equals(key) && r.figure().isPresent());
    }

    private void labelledRows(TableSpec spec, PrintedTable t) {
      List<LabelledRow> rows =
          spec.rows().labelled().stream().filter(r -> r.figure().isEmpty()).toList();
      List<BitSet> sets = new ArrayList<>();
      for (LabelledRow r : rows) {
        sets.add(atoms(spec.slice(), r.slice(), Slice.ALL));
      }
      for (int w = 0; w < rows.size(); w++) {
        if (t.row(rows.get(w).key()).isEmpty()) {
          continue;
        }
        for (List<Integer> cover : minimalCovers(w, sets)) {
          List<RowKey> parts = new ArrayList<>();
          for (int p : cover) {
            parts.add(rows.get(p).key());
          }
          for (ColumnSpec c : sliceColumns(spec)) {
            add(Identity.Kind.LABELLED_ROWS, t.key(), rows.get(w).key(), parts, c.id());
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

    // ---- across tables

    private record Cell(String table, RowKey row, String column) {}

    private void across() {
      // slice key (row code or "all", atoms) -> cells, in table order
      Map<List<Object>, List<Cell>> groups = new LinkedHashMap<>();
      Map<String, Set<RowKey>> codeRowsByTable = new HashMap<>();
      for (PrintedTable t : tables.tables()) {
        TableSpec spec = tables.spec(t.key());
        Set<RowKey> codeRows = new LinkedHashSet<>();
        for (TableRow r : t.rows()) {
          if (levelOf(r.key()).isPresent()) {
            codeRows.add(r.key());
          }
        }
        codeRowsByTable.put(t.key(), codeRows);
      }
      // every code row printed anywhere, per kind
      Set<RowKey> allCodeRows = new LinkedHashSet<>();
      codeRowsByTable.values().forEach(allCodeRows::addAll);
      for (PrintedTable t : tables.tables()) {
        TableSpec spec = tables.spec(t.key());
        for (ColumnSpec c : sliceColumns(spec)) {
          for (LabelledRow r : spec.rows().labelled()) {
            if (r.figure().isPresent() || t.row(r.key()).isEmpty()) {
              continue;
            }
            BitSet atoms = atoms(spec.slice(), r.slice(), c.slice());
            if (!atoms.isEmpty()) {
              groups
                  .computeIfAbsent(List.of("all", atoms), k -> new ArrayList<>())
                  .add(new Cell(t.key(), r.key(), c.id()));
            }
          }
          BitSet atoms = atoms(spec.slice(), c.slice(), Slice.ALL);
          if (atoms.isEmpty()) {
            continue;
          }
          for (RowKey code : allCodeRows) {
            if (prints(spec, code)) {
              groups
                  .computeIfAbsent(List.of(code, atoms), k -> new ArrayList<>())
                  .add(new Cell(t.key(), code, c.id()));
            }
          }
        }
      }
      for (List<Cell> cells : groups.values()) {
        // one identity per pair of tables: the first cell of each table against the first table's
        Cell first = cells.get(0);
        Set<String> seen = new LinkedHashSet<>();
        seen.add(first.table());
        for (Cell other : cells.subList(1, cells.size())) {
          if (!seen.add(other.table())) {
            continue;
          }
          boolean printedSomewhere =
              tables.table(first.table()).flatMap(x -> x.row(first.row())).isPresent()
                  || tables.table(other.table()).flatMap(x -> x.row(other.row())).isPresent();
          if (!printedSomewhere) {
            continue;
          }
          out.add(
              new Identity(
                  Identity.Kind.ACROSS,
                  new Term(first.table(), new CellRef(first.row(), first.column())),
                  ImmutableList.of(
                      new Term(other.table(), new CellRef(other.row(), other.column())))));
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

    // ---- explicit sums

    private void sums(TableSpec spec, PrintedTable t) {
      for (Sum s : spec.sums()) {
        if (spec.column(s.whole()).isPresent()) {
          for (TableRow r : t.rows()) {
            ImmutableList.Builder<Term> parts = ImmutableList.builder();
            for (String p : s.parts()) {
              parts.add(new Term(t.key(), new CellRef(r.key(), p)));
            }
            out.add(
                new Identity(
                    Identity.Kind.SUMS,
                    new Term(t.key(), new CellRef(r.key(), s.whole())),
                    parts.build()));
          }
        } else {
          RowKey whole = RowKey.parse(s.whole());
          List<RowKey> parts = s.parts().stream().map(RowKey::parse).toList();
          for (ColumnSpec c : spec.columns()) {
            add(Identity.Kind.SUMS, t.key(), whole, parts, c.id());
          }
        }
      }
    }
  }
}
