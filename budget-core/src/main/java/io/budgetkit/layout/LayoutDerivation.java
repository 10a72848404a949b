package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.Catalog;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives the tables of any {@link Layout} from a budget's lines in one generic pass: each cell is
 * the sum of the lines in the table's slice, the row's (a code, or a labelled row's slice) and the
 * column's.
 *
 * <p>Conventions: amounts are exact (whole fen, overflow-checked); a zero cell is blank (absent);
 * code rows are printed for the codes that have lines in the table's slice, in code order, named
 * from the catalog; a line without an economic code counts in an economic table's labelled rows but
 * in none of its code rows; a {@link Figure} cell prints the budget's stated figure where the other
 * axis covers 一般公共预算 (the “三公” costs and 机关运行经费 are 一般公共预算 财政拨款), blank otherwise; a table without
 * lines in its slice carries the layout's empty-table 注 with {@code {year}} and {@code {unit}}
 * filled in. Thread-safe: no state is kept between calls but the list of each catalog's 类.
 *
 * <p>How: which slices a line lies in depends only on its fund source, kind and which of the
 * layout's sets of economic codes hold its economic code, so the lines are sorted into such classes
 * once per budget, each class summed once, and each slice's verdict taken once per class. A
 * labelled cell adds the sums of the classes in it; a code row's cells add each line once at its
 * own code, then roll up from 项 to 款 and 类. The work is thus one pass over the lines per table plus
 * work per class and per printed row, not per line and cell.
 *
 * <p>Overflow: every addition is overflow-checked. Amounts are never negative, so a partial sum
 * leaves the range of a long only where some cell's sum does; where any does, the table is derived
 * again line by line in the budget's order, which fails with {@link ArithmeticException} at the
 * same line however the classes fell.
 */
public final class LayoutDerivation {
  private LayoutDerivation() {}

  /**
   * Per slice in use (by identity, held weakly), its verdict on each fund source and each kind;
   * never modified once kept.
   */
  private static final Cache<Slice, boolean[][]> FUNDS_AND_KINDS =
      CacheBuilder.newBuilder().weakKeys().build();

  /** The function 类 of each catalog in use, in code order. */
  private static final Cache<Catalog, List<FunctionCode>> CLASSES =
      CacheBuilder.newBuilder().weakKeys().build();

  /** Every table of {@code layout} for {@code budget}, named from {@link Catalog#standard()}. */
  public static PrintedTables derive(Layout layout, UnitBudget budget) {
    return derive(layout, budget, Catalog.standard());
  }

  /**
   * Every table of {@code layout} for {@code budget}, with code names from {@code catalog}.
   *
   * @throws ArithmeticException naming the layout and table, if a sum of the lines leaves the range
   *     of an {@link Amount} (the rule {@code line.total} names the lines)
   */
  public static PrintedTables derive(Layout layout, UnitBudget budget, Catalog catalog) {
    return derive(layout, budget, catalog, false);
  }

  /**
   * The same as {@link #derive(Layout, UnitBudget, Catalog)}, every sum taken line by line: the
   * reference that the derivation by classes of lines is tested against.
   */
  static PrintedTables deriveLineByLine(Layout layout, UnitBudget budget, Catalog catalog) {
    return derive(layout, budget, catalog, true);
  }

  private static PrintedTables derive(
      Layout layout, UnitBudget budget, Catalog catalog, boolean lineByLine) {
    requireNonNull(layout, "layout");
    requireNonNull(budget, "budget");
    requireNonNull(catalog, "catalog");
    ImmutableList.Builder<PrintedTable> tables = ImmutableList.builder();
    Lines lines = null;
    for (TableSpec spec : layout.tables()) {
      requireNonNull(spec, "spec");
      if (lines == null) {
        lines = new Lines(budget, lineByLine ? List.of() : layout.tables());
      }
      try {
        tables.add(table(spec, budget, catalog, lines));
      } catch (ArithmeticException e) {
        throw overflow(layout.id(), spec, e);
      }
    }
    return new PrintedTables(layout, tables.build());
  }

  /**
   * The figures of every table of {@code layout} for {@code budget}: the same rows and figures as
   * {@link #derive(Layout, UnitBudget)}, without building or naming the rows.
   *
   * @throws ArithmeticException naming the layout and table, if a sum of the lines leaves the range
   *     of an {@link Amount}
   * @throws IllegalArgumentException where a table would print a row twice (two projects of one
   *     name under one 项), as {@link #derive(Layout, UnitBudget)} does
   */
  public static DerivedFigures figures(Layout layout, UnitBudget budget) {
    requireNonNull(layout, "layout");
    requireNonNull(budget, "budget");
    Catalog catalog = Catalog.standard();
    DerivedFigures.Builder figures = new DerivedFigures.Builder();
    Lines lines = null;
    for (TableSpec spec : layout.tables()) {
      requireNonNull(spec, "spec");
      if (lines == null) {
        lines = new Lines(budget, layout.tables());
      }
      Derived derived;
      try {
        derived = derivedRows(spec, budget, catalog, lines);
      } catch (ArithmeticException e) {
        throw overflow(layout.id(), spec, e);
      }
      figures.table(spec.key());
      for (DerivedRow r : derived.rows) {
        if (!figures.add(spec.key(), r.key, r.values)) {
          // as PrintedTable refuses a derived table that repeats a row
          String name = r.name != null ? r.name : lines.name(r.rank, catalog);
          throw new IllegalArgumentException(
              "Table " + spec.key() + " repeats row " + r.key.id() + " ('" + name + "')");
        }
      }
    }
    return figures.build(layout);
  }

  private static ArithmeticException overflow(
      String layout, TableSpec spec, ArithmeticException e) {
    ArithmeticException clear =
        new ArithmeticException(
            "Cannot derive "
                + spec.label()
                + " of layout "
                + layout
                + ": a sum of the budget's lines leaves the range of an amount (a long of fen);"
                + " the rule line.total names the lines");
    clear.initCause(e);
    return clear;
  }

  /**
   * One table of a layout for {@code budget}.
   *
   * @throws ArithmeticException if a sum overflows the range of {@link Amount}
   */
  public static PrintedTable table(TableSpec spec, UnitBudget budget, Catalog catalog) {
    requireNonNull(spec, "spec");
    requireNonNull(budget, "budget");
    requireNonNull(catalog, "catalog");
    return table(spec, budget, catalog, new Lines(budget, List.of(spec)));
  }

  /**
   * A budget's lines as arrays of what slices look at (fund source, kind, economic code) and their
   * amounts, with each slice's verdict on each fund source, kind and economic code worked out once,
   * the codes' enclosing codes and ranks, and the lines' classes ({@link #classify()}).
   */
  private static final class Lines {
    private static final FundSource[] FUNDS = FundSource.values();
    private static final ExpenditureKind[] KINDS = ExpenditureKind.values();

    final List<BudgetLine> lines;
    final long[] fen;
    private final int[] fund;
    private final int[] kind;

    /** Index into {@link #codes}, or {@code codes.size()} for a line without an economic code. */
    private final int[] economic;

    /** Index into {@link #functions} of each line's function code. */
    private final int[] function;

    private final List<FunctionCode> functions = new ArrayList<>();
    private final List<EconomicCode> codes = new ArrayList<>();
    private final Map<Slice, boolean[][]> verdicts = new IdentityHashMap<>();
    private final Map<EconomicCode, EconomicCode[]> economicAt = new HashMap<>();

    /**
     * The tables whose slices the classes of lines must tell apart; none where every sum is to be
     * taken line by line.
     */
    private final List<TableSpec> specs;

    Lines(UnitBudget budget, List<TableSpec> specs) {
      this.specs = specs;
      this.lines = budget.lines();
      int n = lines.size();
      fen = new long[n];
      fund = new int[n];
      kind = new int[n];
      economic = new int[n];
      function = new int[n];
      Map<FunctionCode, Integer> functionIndex = new HashMap<>();
      Map<EconomicCode, Integer> index = new HashMap<>();
      for (int i = 0; i < n; i++) {
        BudgetLine line = lines.get(i);
        fen[i] = line.amount().fen();
        fund[i] = line.fund().ordinal();
        kind[i] = line.kind().ordinal();
        Integer f = functionIndex.get(line.function());
        if (f == null) {
          f = functions.size();
          functionIndex.put(line.function(), f);
          functions.add(line.function());
        }
        function[i] = f;
        EconomicCode code = line.economic().orElse(null);
        if (code == null) {
          economic[i] = -1;
        } else {
          Integer e = index.get(code);
          if (e == null) {
            e = codes.size();
            index.put(code, e);
            codes.add(code);
          }
          economic[i] = e;
        }
      }
      for (int i = 0; i < n; i++) {
        if (economic[i] < 0) {
          economic[i] = codes.size();
        }
      }
    }

    /** Number of classes of lines, or -1 before {@link #classify()}. */
    int classes = -1;

    /** Per line, its class: the lines of one class lie in the same slices of every table. */
    int[] lineClass;

    /** Per class, one of its lines. */
    int[] classLine;

    /** Per class, the number of its lines. */
    int[] classLines;

    /** Per class, the sum of its lines' amounts in fen. */
    long[] classFen;

    private boolean classed;

    /**
     * Sorts the lines into classes by fund source, kind and which of the tables' sets of economic
     * codes hold their economic code, and sums each class; whether that succeeded: false where a
     * class's sum leaves the range of a long or the tables name more than 63 sets of economic
     * codes, so that the line-by-line derivation decides.
     */
    boolean classify() {
      if (classes >= 0) {
        return classed;
      }
      classes = 0;
      // each distinct non-empty set of economic codes the tables restrict to, by its index
      restrictions = new HashMap<>();
      for (TableSpec spec : specs) {
        restriction(spec.slice());
        for (ColumnSpec c : spec.columns()) {
          restriction(c.slice());
        }
        for (LabelledRow r : spec.rows().labelled()) {
          restriction(r.slice());
        }
      }
      if (specs.isEmpty() || restrictions.size() > 63) {
        return classed = false;
      }
      // per code named in a set, the bits of the sets that name it
      Map<EconomicCode, Long> bits = new HashMap<>();
      for (Map.Entry<Set<EconomicCode>, Integer> r : restrictions.entrySet()) {
        for (EconomicCode code : r.getKey()) {
          bits.merge(code, 1L << r.getValue(), (x, y) -> x | y);
        }
      }
      // per economic index (the last: none), its class by the sets that hold it
      int[] economicClass = new int[codes.size() + 1];
      long[] signatures = new long[codes.size() + 1];
      Map<Long, Integer> bySignature = new HashMap<>();
      for (int e = 0; e <= codes.size(); e++) {
        long signature = 0;
        if (e < codes.size()) {
          // a set holds a code where it names the code or a code enclosing it
          EconomicCode code = codes.get(e);
          for (CodeLevel l : CodeLevel.values()) {
            if (l.compareTo(code.level()) <= 0) {
              signature |= bits.getOrDefault(code.at(l), 0L);
            }
          }
        }
        Integer c = bySignature.putIfAbsent(signature, bySignature.size());
        economicClass[e] = c == null ? bySignature.size() - 1 : c;
        signatures[e] = signature;
      }
      int economicClasses = bySignature.size();
      int[] classOf = new int[FUNDS.length * KINDS.length * economicClasses];
      java.util.Arrays.fill(classOf, -1);
      int n = fen.length;
      lineClass = new int[n];
      int[] first = new int[16];
      int[] count = new int[16];
      long[] sum = new long[16];
      for (int i = 0; i < n; i++) {
        int key = (fund[i] * KINDS.length + kind[i]) * economicClasses + economicClass[economic[i]];
        int c = classOf[key];
        if (c < 0) {
          c = classes++;
          classOf[key] = c;
          if (c == first.length) {
            first = java.util.Arrays.copyOf(first, c * 2);
            count = java.util.Arrays.copyOf(count, c * 2);
            sum = java.util.Arrays.copyOf(sum, c * 2);
          }
          first[c] = i;
        }
        lineClass[i] = c;
        count[c]++;
        long s = sum[c] + fen[i];
        if (s < 0 || fen[i] < 0) { // amounts are not negative: a sum below zero has overflowed
          return classed = false;
        }
        sum[c] = s;
      }
      classLine = first;
      classLines = count;
      classFen = sum;
      classSignature = new long[classes];
      for (int c = 0; c < classes; c++) {
        classSignature[c] = signatures[economic[first[c]]];
      }
      return classed = true;
    }

    /** Per class, the sets of {@link #restrictions} that hold its lines' economic code, as bits. */
    private long[] classSignature;

    /** Each set of economic codes the tables restrict to, with its bit in the signatures. */
    private Map<Set<EconomicCode>, Integer> restrictions;

    private final Map<Slice, boolean[]> classVerdicts = new IdentityHashMap<>();

    /** Per class, whether its lines lie in {@code slice} (a slice of the tables classified). */
    boolean[] in(Slice slice) {
      boolean[] in = classVerdicts.get(slice);
      if (in == null) {
        boolean[][] v = fundsAndKinds(slice);
        long bit = slice.economic().isEmpty() ? 0 : 1L << restrictions.get(slice.economic());
        in = new boolean[classes];
        for (int c = 0; c < classes; c++) {
          int i = classLine[c];
          in[c] = v[0][fund[i]] && v[1][kind[i]] && (bit == 0 || (classSignature[c] & bit) != 0);
        }
        classVerdicts.put(slice, in);
      }
      return in;
    }

    private void restriction(Slice slice) {
      if (!slice.economic().isEmpty()) {
        restrictions.putIfAbsent(slice.economic(), restrictions.size());
      }
    }

    /**
     * The function codes the tables may print, in code order: each line's code, the codes enclosing
     * it and the catalog's 类.
     */
    private List<FunctionCode> ranked;

    /** Per index of {@link #functions}, the rank in {@link #ranked} at each level, or -1. */
    private int[][] rankAt;

    private String[] names;

    /** Per 类 of {@link #classes(Catalog)}, its rank in {@link #ranked}. */
    private int[] classRank;

    /**
     * Ranks the codes by sorting the lines' distinct codes and the catalog's 类 on a numeric key and
     * emitting each code's enclosing codes just before its first descendant: the same order as
     * sorting every such code by its digits, without sorting the enclosing codes.
     */
    private void rank(Catalog catalog) {
      if (ranked != null) {
        return;
      }
      List<FunctionCode> classes = classes(catalog);
      int lineCodes = functions.size();
      int count = lineCodes + classes.size();
      long[] keys = new long[count];
      for (int i = 0; i < count; i++) {
        FunctionCode c = i < lineCodes ? functions.get(i) : classes.get(i - lineCodes);
        keys[i] = (sortKey(c) << 32) | i;
      }
      java.util.Arrays.sort(keys);
      int levels = CodeLevel.values().length;
      ranked = new ArrayList<>(count * 2);
      rankAt = new int[lineCodes][];
      classRank = new int[classes.size()];
      long[] lastKey = new long[levels];
      int[] lastRank = new int[levels];
      java.util.Arrays.fill(lastKey, -1);
      for (long packed : keys) {
        int i = (int) packed;
        FunctionCode code = i < lineCodes ? functions.get(i) : classes.get(i - lineCodes);
        int level = code.level().ordinal();
        long padded = (packed >>> 32) / 3;
        for (int l = 0; l <= level; l++) {
          // the enclosing code's key: the padded digits cut to its level's
          long key = (padded - padded % ENCLOSING[l]) * 3 + l;
          if (key != lastKey[l]) {
            lastKey[l] = key;
            lastRank[l] = ranked.size();
            ranked.add(l == level ? code : code.at(CodeLevel.values()[l]));
          }
        }
        if (i < lineCodes) {
          int[] ranks = new int[levels];
          java.util.Arrays.fill(ranks, -1);
          System.arraycopy(lastRank, 0, ranks, 0, level + 1);
          rankAt[i] = ranks;
        } else {
          classRank[i - lineCodes] = lastRank[level];
        }
      }
      names = new String[ranked.size()];
    }

    /** Per level, the power of ten that its digits padded to 7 are a multiple of. */
    private static final long[] ENCLOSING = {10_000, 100, 1};

    /**
     * A key ordering function codes as their digits do: the digits padded with zeros to 7, times 3,
     * plus the level's depth (so 201 precedes 20100, which precedes 2010000).
     */
    private static long sortKey(FunctionCode code) {
      String digits = code.digits();
      long v = 0;
      for (int i = 0; i < 7; i++) {
        v = v * 10 + (i < digits.length() ? digits.charAt(i) - '0' : 0);
      }
      return v * 3 + code.level().ordinal();
    }

    /** The rank of the code of line {@code i} itself. */
    int rankOfLine(int i) {
      int f = function[i];
      return rankAt[f][functions.get(f).level().ordinal()];
    }

    /** The catalog's name of the code of rank {@code r}, or "". */
    String name(int r, Catalog catalog) {
      if (names[r] == null) {
        names[r] = catalog.name(ranked.get(r)).orElse("");
      }
      return names[r];
    }

    /** Whether line {@code i} lies in {@code slice}. */
    boolean in(Slice slice, int i) {
      boolean[][] v = verdicts(slice);
      return v[0][fund[i]] && v[1][kind[i]] && v[2][economic[i]];
    }

    /**
     * Per fund source, kind and economic code of the lines (the last: none), the slice's verdict.
     */
    private boolean[][] verdicts(Slice slice) {
      boolean[][] v = verdicts.get(slice);
      if (v == null) {
        boolean[][] fundsAndKinds = fundsAndKinds(slice);
        boolean[] economics;
        if (slice.economic().isEmpty()) {
          economics = anyEconomic(); // no economic restriction
        } else {
          economics = new boolean[codes.size() + 1];
          for (int e = 0; e < codes.size(); e++) {
            economics[e] = slice.containsEconomic(codes.get(e));
          }
          economics[codes.size()] = slice.containsEconomic((EconomicCode) null);
        }
        v = new boolean[][] {fundsAndKinds[0], fundsAndKinds[1], economics};
        verdicts.put(slice, v);
      }
      return v;
    }

    /** The slice's verdict on each fund source and each kind, by ordinal. */
    private static boolean[][] fundsAndKinds(Slice slice) {
      boolean[][] fundsAndKinds = FUNDS_AND_KINDS.getIfPresent(slice);
      if (fundsAndKinds == null) {
        boolean[] funds = new boolean[FUNDS.length];
        for (int f = 0; f < funds.length; f++) {
          funds[f] = slice.containsFund(FUNDS[f]);
        }
        boolean[] kinds = new boolean[KINDS.length];
        for (int k = 0; k < kinds.length; k++) {
          kinds[k] = slice.containsKind(KINDS[k]);
        }
        fundsAndKinds = new boolean[][] {funds, kinds};
        FUNDS_AND_KINDS.put(slice, fundsAndKinds);
      }
      return fundsAndKinds;
    }

    private boolean[] anyEconomic;

    /** The verdicts of a slice without economic codes: every code and none pass; never modified. */
    private boolean[] anyEconomic() {
      if (anyEconomic == null) {
        anyEconomic = new boolean[codes.size() + 1];
        java.util.Arrays.fill(anyEconomic, true);
      }
      return anyEconomic;
    }

    /** Per line of {@code table} (indices into the lines), whether it lies in {@code slice}. */
    boolean[] in(Slice slice, int[] table) {
      boolean[][] v = verdicts(slice);
      boolean[] in = new boolean[table.length];
      for (int j = 0; j < table.length; j++) {
        int i = table[j];
        in[j] = v[0][fund[i]] && v[1][kind[i]] && v[2][economic[i]];
      }
      return in;
    }

    /** The code enclosing {@code code} at each level (by ordinal), or null below its own. */
    EconomicCode[] at(EconomicCode code) {
      EconomicCode[] at = economicAt.get(code);
      if (at == null) {
        at = new EconomicCode[CodeLevel.values().length];
        for (CodeLevel l : CodeLevel.values()) {
          if (l.compareTo(code.level()) <= 0) {
            at[l.ordinal()] = code.at(l);
          }
        }
        economicAt.put(code, at);
      }
      return at;
    }
  }

  private static PrintedTable table(TableSpec spec, UnitBudget budget, Catalog catalog, Lines all) {
    Derived derived = derivedRows(spec, budget, catalog, all);
    List<ColumnSpec> columns = spec.columns();
    ImmutableList.Builder<TableRow> rows =
        ImmutableList.builderWithExpectedSize(derived.rows.size());
    for (DerivedRow r : derived.rows) {
      ImmutableMap.Builder<String, Amount> cells =
          ImmutableMap.builderWithExpectedSize(r.values.length);
      for (int i = 0; i < r.values.length; i++) {
        if (r.values[i] != 0) {
          cells.put(columns.get(i).id(), Amount.ofFen(r.values[i]));
        }
      }
      String name = r.name != null ? r.name : all.name(r.rank, catalog);
      rows.add(new TableRow(r.key, name, cells.build()));
    }
    return new PrintedTable(
        spec.key(), rows.build(), derived.note, ImmutableMap.of(), ImmutableMap.of());
  }

  /**
   * One derived row: its key, its name (or null where it is the catalog's name of the code of rank
   * {@code rank}, looked up only when the row is built), and its figures in fen by column index, 0
   * for a blank cell.
   */
  private record DerivedRow(RowKey key, String name, int rank, long[] values) {}

  /** A table's derived rows in printed order and its note. */
  private record Derived(List<DerivedRow> rows, Optional<String> note) {}

  private static Derived derivedRows(
      TableSpec spec, UnitBudget budget, Catalog catalog, Lines all) {
    if (all.classify()) {
      Derived derived = classedRows(spec, budget, catalog, all);
      if (derived != null) {
        return derived;
      }
    }
    return lineByLineRows(spec, budget, catalog, all);
  }

  /**
   * One table's rows from the classes of lines ({@link Lines#classify()}): each slice's verdict is
   * taken once per class; a labelled cell adds the sums of its classes; code rows add each line
   * once, at its own code, then roll up to the printed levels. Amounts are never negative, so a
   * partial sum here overflows only where a cell's sum does. Returns null where the line-by-line
   * derivation must decide (a sum overflows, or a line has no code at a printed level), so that the
   * error is the one it reports.
   */
  private static Derived classedRows(
      TableSpec spec, UnitBudget budget, Catalog catalog, Lines all) {
    int classes = all.classes;
    boolean[] tableIn = all.in(spec.slice());
    int count = 0;
    for (int c = 0; c < classes; c++) {
      if (tableIn[c]) {
        count += all.classLines[c];
      }
    }
    List<ColumnSpec> columns = spec.columns();
    int width = columns.size();
    boolean[][] columnIn = new boolean[width][];
    for (int ci = 0; ci < width; ci++) {
      ColumnSpec column = columns.get(ci);
      if (column.figure().isEmpty()) {
        boolean[] inColumn = all.in(column.slice());
        boolean[] in = new boolean[classes];
        for (int c = 0; c < classes; c++) {
          in[c] = tableIn[c] && inColumn[c];
        }
        columnIn[ci] = in;
      }
    }
    // per class of the table, the columns that hold its lines
    int[][] columnsOf = new int[classes][];
    int[] buffer = new int[width];
    for (int c = 0; c < classes; c++) {
      if (tableIn[c]) {
        int n = 0;
        for (int ci = 0; ci < width; ci++) {
          if (columnIn[ci] != null && columnIn[ci][c]) {
            buffer[n++] = ci;
          }
        }
        columnsOf[c] = java.util.Arrays.copyOf(buffer, n);
      }
    }
    List<DerivedRow> rows = new ArrayList<>();
    try {
      for (LabelledRow r : spec.rows().leading()) {
        rows.add(classedLabelled(r, spec, tableIn, columnIn, all, budget));
      }
      if (!classedCodeRows(spec, tableIn, columnsOf, all, catalog, budget, rows)) {
        return null;
      }
      for (LabelledRow r : spec.rows().trailing()) {
        rows.add(classedLabelled(r, spec, tableIn, columnIn, all, budget));
      }
    } catch (ArithmeticException e) {
      return null;
    }
    return new Derived(rows, note(spec, count, budget));
  }

  private static DerivedRow classedLabelled(
      LabelledRow row,
      TableSpec spec,
      boolean[] tableIn,
      boolean[][] columnIn,
      Lines all,
      UnitBudget budget) {
    List<ColumnSpec> columns = spec.columns();
    long[] values = new long[columns.size()];
    boolean[] rowIn = null;
    for (int ci = 0; ci < columns.size(); ci++) {
      ColumnSpec c = columns.get(ci);
      if (!row.prints(c.id())) {
        continue;
      }
      if (row.figure().isPresent()) {
        values[ci] = fen(figureCell(row.figure().get(), c.slice(), budget));
      } else if (c.figure().isPresent()) {
        values[ci] = fen(figureCell(c.figure().get(), row.slice(), budget));
      } else {
        if (rowIn == null) {
          boolean[] inRow = all.in(row.slice());
          rowIn = new boolean[tableIn.length];
          for (int k = 0; k < rowIn.length; k++) {
            rowIn[k] = tableIn[k] && inRow[k];
          }
        }
        boolean[] colIn = columnIn[ci];
        long sum = 0;
        for (int k = 0; k < rowIn.length; k++) {
          if (rowIn[k] && colIn[k]) {
            sum = Math.addExact(sum, all.classFen[k]);
          }
        }
        values[ci] = sum;
      }
    }
    return new DerivedRow(row.key(), row.label(), -1, values);
  }

  private static long fen(Optional<Amount> amount) {
    return amount.isPresent() ? amount.get().fen() : 0;
  }

  /**
   * Adds the code rows of a table to {@code out}, from the classes of lines; false where a line has
   * no code at a printed level.
   *
   * @throws ArithmeticException if a sum overflows
   */
  private static boolean classedCodeRows(
      TableSpec spec,
      boolean[] tableIn,
      int[][] columnsOf,
      Lines all,
      Catalog catalog,
      UnitBudget budget,
      List<DerivedRow> out) {
    RowSpec rowSpec = spec.rows();
    int width = spec.columns().size();
    List<CodeLevel> levels = rowSpec.levels();
    int n = all.fen.length;
    int[] lineClass = all.lineClass;
    switch (rowSpec.codes()) {
      case NONE:
        return true;
      case FUNCTION:
        {
          all.rank(catalog);
          int codes = all.functions.size();
          // each line added once, at its own code
          long[] own = new long[codes * width];
          boolean[] touched = new boolean[codes];
          for (int i = 0; i < n; i++) {
            int c = lineClass[i];
            if (!tableIn[c]) {
              continue;
            }
            int f = all.function[i];
            touched[f] = true;
            int base = f * width;
            long fen = all.fen[i];
            for (int col : columnsOf[c]) {
              own[base + col] = Math.addExact(own[base + col], fen);
            }
          }
          // rolled up to each printed level
          long[][] sums = new long[all.ranked.size()][];
          int[] levelOrdinals = ordinals(levels);
          for (int f = 0; f < codes; f++) {
            if (!touched[f]) {
              continue;
            }
            int[] ranks = all.rankAt[f];
            int base = f * width;
            for (int level : levelOrdinals) {
              int r = ranks[level];
              if (r < 0) {
                return false;
              }
              long[] target = sums[r];
              if (target == null) {
                target = new long[width];
                sums[r] = target;
              }
              for (int col = 0; col < width; col++) {
                long v = own[base + col];
                if (v != 0) {
                  target[col] = Math.addExact(target[col], v);
                }
              }
            }
          }
          Map<Integer, TreeMap<Integer, long[]>> projectRows = new HashMap<>();
          if (rowSpec.projects()) {
            Map<String, Integer> order = projectOrder(budget);
            for (int i = 0; i < n; i++) {
              int c = lineClass[i];
              if (!tableIn[c]) {
                continue;
              }
              long[] target = projectRow(projectRows, order, all, i, width);
              long fen = all.fen[i];
              for (int col : columnsOf[c]) {
                target[col] = Math.addExact(target[col], fen);
              }
            }
          }
          functionRows(rowSpec, sums, projectRows, all, catalog, budget, width, out);
          return true;
        }
      case ECONOMIC:
        {
          int codes = all.codes.size();
          long[] own = new long[codes * width];
          boolean[] touched = new boolean[codes];
          for (int i = 0; i < n; i++) {
            int c = lineClass[i];
            int e = all.economic[i];
            if (!tableIn[c] || e == codes) {
              continue;
            }
            touched[e] = true;
            int base = e * width;
            long fen = all.fen[i];
            for (int col : columnsOf[c]) {
              own[base + col] = Math.addExact(own[base + col], fen);
            }
          }
          Map<EconomicCode, long[]> sums = new HashMap<>();
          for (int e = 0; e < codes; e++) {
            if (!touched[e]) {
              continue;
            }
            EconomicCode code = all.codes.get(e);
            EconomicCode[] at = all.at(code);
            int base = e * width;
            for (CodeLevel level : levels) {
              if (code.level().compareTo(level) >= 0) {
                long[] target = sums.computeIfAbsent(at[level.ordinal()], k -> new long[width]);
                for (int col = 0; col < width; col++) {
                  long v = own[base + col];
                  if (v != 0) {
                    target[col] = Math.addExact(target[col], v);
                  }
                }
              }
            }
          }
          economicRows(sums, catalog, out);
          return true;
        }
      default:
        throw new AssertionError(rowSpec.codes());
    }
  }

  /** The table's empty-table note, where it has no lines and sums slices. */
  private static Optional<String> note(TableSpec spec, int lines, UnitBudget budget) {
    if (lines == 0 && spec.emptyNote().isPresent() && hasSliceColumns(spec.columns())) {
      return Optional.of(
          spec.emptyNote()
              .get()
              .replace("{year}", Integer.toString(budget.fiscalYear()))
              .replace("{unit}", budget.profile().name()));
    }
    return Optional.empty();
  }

  private static int[] ordinals(List<CodeLevel> levels) {
    int[] ordinals = new int[levels.size()];
    for (int l = 0; l < ordinals.length; l++) {
      ordinals[l] = levels.get(l).ordinal();
    }
    return ordinals;
  }

  /** Each project's index in the budget's order, by name. */
  private static Map<String, Integer> projectOrder(UnitBudget budget) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < budget.projects().size(); i++) {
      order.put(budget.projects().get(i).name(), i);
    }
    return order;
  }

  /**
   * The sums of the project row of line {@code i}: under the rank of the line's 项, keyed by the
   * index of its project (-1 for none).
   */
  private static long[] projectRow(
      Map<Integer, TreeMap<Integer, long[]>> projectRows,
      Map<String, Integer> order,
      Lines all,
      int i,
      int width) {
    BudgetLine line = all.lines.get(i);
    int index = line.project().map(p -> order.getOrDefault(p, -1)).orElse(-1);
    int item = all.rankOfLine(i);
    return projectRows
        .computeIfAbsent(item, k -> new TreeMap<>())
        .computeIfAbsent(index, k -> new long[width]);
  }

  /**
   * Function code rows in code order, from the sums by rank, each 项's project rows after it; with
   * every catalog 类 where the table prints them.
   */
  private static void functionRows(
      RowSpec rowSpec,
      long[][] sums,
      Map<Integer, TreeMap<Integer, long[]>> projectRows,
      Lines all,
      Catalog catalog,
      UnitBudget budget,
      int width,
      List<DerivedRow> out) {
    if (rowSpec.everyClass() && rowSpec.levels().contains(CodeLevel.CLASS)) {
      for (int r : all.classRank) {
        if (sums[r] == null) {
          sums[r] = new long[width];
        }
      }
    }
    for (int r = 0; r < sums.length; r++) {
      long[] values = sums[r];
      TreeMap<Integer, long[]> items = projectRows.isEmpty() ? null : projectRows.get(r);
      if (values == null && items == null) {
        continue;
      }
      FunctionCode code = all.ranked.get(r);
      if (values != null) {
        out.add(new DerivedRow(new RowKey.Function(code), null, r, values));
      }
      if (items != null) {
        for (Map.Entry<Integer, long[]> e : items.entrySet()) {
          int index = e.getKey();
          if (index < 0) {
            out.add(new DerivedRow(new RowKey.Function(code), null, r, e.getValue()));
          } else {
            String name = budget.projects().get(index).tableName();
            out.add(new DerivedRow(new RowKey.Project(code, name), name, -1, e.getValue()));
          }
        }
      }
    }
  }

  /** Economic code rows in code order. */
  private static void economicRows(
      Map<EconomicCode, long[]> sums, Catalog catalog, List<DerivedRow> out) {
    List<EconomicCode> codes = new ArrayList<>(sums.keySet());
    java.util.Collections.sort(codes);
    for (EconomicCode code : codes) {
      out.add(
          new DerivedRow(
              new RowKey.Economic(code), catalog.name(code).orElse(""), -1, sums.get(code)));
    }
  }

  /**
   * One table's rows line by line: the reference derivation, which the classed one must equal, and
   * which decides the errors.
   */
  private static Derived lineByLineRows(
      TableSpec spec, UnitBudget budget, Catalog catalog, Lines all) {
    int count = 0;
    int[] lines = new int[all.fen.length];
    for (int i = 0; i < lines.length; i++) {
      if (all.in(spec.slice(), i)) {
        lines[count++] = i;
      }
    }
    lines = java.util.Arrays.copyOf(lines, count);
    List<ColumnSpec> columns = spec.columns();
    // per column that sums a slice, whether each line of the table lies in it; null for a figure
    boolean[][] columnIn = new boolean[columns.size()][];
    for (int i = 0; i < columnIn.length; i++) {
      ColumnSpec c = columns.get(i);
      if (c.figure().isEmpty()) {
        columnIn[i] = all.in(c.slice(), lines);
      }
    }
    List<DerivedRow> rows = new ArrayList<>();
    for (LabelledRow r : spec.rows().leading()) {
      rows.add(labelled(r, spec, lines, all, columnIn, budget));
    }
    rows.addAll(codeRows(spec, lines, all, columnIn, catalog, budget));
    for (LabelledRow r : spec.rows().trailing()) {
      rows.add(labelled(r, spec, lines, all, columnIn, budget));
    }
    return new Derived(rows, note(spec, lines.length, budget));
  }

  private static boolean hasSliceColumns(List<ColumnSpec> columns) {
    return columns.stream().anyMatch(c -> c.figure().isEmpty());
  }

  private static DerivedRow labelled(
      LabelledRow row,
      TableSpec spec,
      int[] lines,
      Lines all,
      boolean[][] columnIn,
      UnitBudget budget) {
    List<ColumnSpec> columns = spec.columns();
    long[] values = new long[columns.size()];
    boolean[] rowIn = null;
    for (int ci = 0; ci < columns.size(); ci++) {
      ColumnSpec c = columns.get(ci);
      if (!row.prints(c.id())) {
        continue;
      }
      Optional<Amount> value;
      if (row.figure().isPresent()) {
        value = figureCell(row.figure().get(), c.slice(), budget);
      } else if (c.figure().isPresent()) {
        value = figureCell(c.figure().get(), row.slice(), budget);
      } else {
        if (rowIn == null) {
          rowIn = all.in(row.slice(), lines);
        }
        boolean[] colIn = columnIn[ci];
        long sum = 0;
        for (int j = 0; j < lines.length; j++) {
          if (rowIn[j] && colIn[j]) {
            sum = Math.addExact(sum, all.fen[lines[j]]);
          }
        }
        value = sum == 0 ? Optional.empty() : Optional.of(Amount.ofFen(sum));
      }
      if (value.isPresent()) {
        values[ci] = value.get().fen();
      }
    }
    return new DerivedRow(row.key(), row.label(), -1, values);
  }

  private static Optional<Amount> figureCell(Figure figure, Slice other, UnitBudget budget) {
    boolean generalPublic =
        other.funds().isEmpty()
            || other.funds().stream().anyMatch(FundSource.GENERAL_PUBLIC_LOCAL::isWithin);
    return generalPublic ? figure.of(budget) : Optional.empty();
  }

  /**
   * Adds the amount of the table's {@code j}-th line to each accumulator of {@code targets} in the
   * columns that hold the line; a line adds nothing to the other columns.
   */
  private static void add(long[][] targets, long fen, int j, boolean[][] columnIn) {
    for (long[] target : targets) {
      add(target, fen, j, columnIn);
    }
  }

  private static void add(long[] target, long fen, int j, boolean[][] columnIn) {
    for (int i = 0; i < target.length; i++) {
      boolean[] in = columnIn[i];
      if (in != null && in[j]) {
        target[i] = Math.addExact(target[i], fen);
      }
    }
  }

  private static List<FunctionCode> classes(Catalog catalog) {
    List<FunctionCode> classes = CLASSES.getIfPresent(catalog);
    if (classes == null) {
      List<FunctionCode> found = new ArrayList<>();
      for (FunctionCode c : catalog.functionNames().keySet()) {
        if (c.level() == CodeLevel.CLASS) {
          found.add(c);
        }
      }
      classes = List.copyOf(found);
      CLASSES.put(catalog, classes);
    }
    return classes;
  }

  private static List<DerivedRow> codeRows(
      TableSpec spec,
      int[] lines,
      Lines all,
      boolean[][] columnIn,
      Catalog catalog,
      UnitBudget budget) {
    RowSpec rowSpec = spec.rows();
    List<ColumnSpec> columns = spec.columns();
    int width = columns.size();
    List<CodeLevel> levels = rowSpec.levels();
    List<DerivedRow> out = new ArrayList<>();
    switch (rowSpec.codes()) {
      case NONE:
        return out;
      case FUNCTION:
        {
          all.rank(catalog);
          // per rank of a code, its row's sums
          long[][] sums = new long[all.ranked.size()][];
          // rank of a line's 项 → rows at the 项 level when the table lists projects: "" (no
          // project) first, then each project in the budget's order
          Map<Integer, TreeMap<Integer, long[]>> projectRows = new HashMap<>();
          Map<String, Integer> order = rowSpec.projects() ? projectOrder(budget) : Map.of();
          int[] levelOrdinals = ordinals(levels);
          for (int j = 0; j < lines.length; j++) {
            int i = lines[j];
            int[] ranks = all.rankAt[all.function[i]];
            long fen = all.fen[i];
            for (int l = 0; l < levelOrdinals.length; l++) {
              int r = ranks[levelOrdinals[l]];
              if (r < 0) {
                all.lines.get(i).function().at(levels.get(l)); // fails: no code at this level
                throw new AssertionError();
              }
              if (sums[r] == null) {
                sums[r] = new long[width];
              }
              add(sums[r], fen, j, columnIn);
            }
            if (rowSpec.projects()) {
              add(projectRow(projectRows, order, all, i, width), fen, j, columnIn);
            }
          }
          functionRows(rowSpec, sums, projectRows, all, catalog, budget, width, out);
          return out;
        }
      case ECONOMIC:
        {
          Map<EconomicCode, long[]> sums = new HashMap<>();
          Map<EconomicCode, long[][]> targets = new HashMap<>();
          for (int j = 0; j < lines.length; j++) {
            BudgetLine line = all.lines.get(lines[j]);
            if (line.economic().isEmpty()) {
              continue;
            }
            EconomicCode code = line.economic().get();
            long[][] rowsOfLine = targets.get(code);
            if (rowsOfLine == null) {
              EconomicCode[] at = all.at(code);
              List<long[]> found = new ArrayList<>();
              for (CodeLevel level : levels) {
                if (code.level().compareTo(level) >= 0) {
                  found.add(sums.computeIfAbsent(at[level.ordinal()], k -> new long[width]));
                }
              }
              rowsOfLine = found.toArray(new long[0][]);
              targets.put(code, rowsOfLine);
            }
            add(rowsOfLine, all.fen[lines[j]], j, columnIn);
          }
          economicRows(sums, catalog, out);
          return out;
        }
      default:
        throw new AssertionError(rowSpec.codes());
    }
  }
}
