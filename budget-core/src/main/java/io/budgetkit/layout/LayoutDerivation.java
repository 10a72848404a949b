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
 * <p>Each sum adds its lines in the budget's order with overflow-checked arithmetic, so a sum that
 * would overflow fails with {@link ArithmeticException} at the same line however the work is
 * arranged. Which slices a line lies in depends only on its fund source, kind and economic code, so
 * it is worked out once per such combination, not once per line.
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
    requireNonNull(layout, "layout");
    requireNonNull(budget, "budget");
    requireNonNull(catalog, "catalog");
    ImmutableList.Builder<PrintedTable> tables = ImmutableList.builder();
    Lines lines = null;
    for (TableSpec spec : layout.tables()) {
      requireNonNull(spec, "spec");
      if (lines == null) {
        lines = new Lines(budget);
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
        lines = new Lines(budget);
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
    return table(spec, budget, catalog, new Lines(budget));
  }

  /**
   * A budget's lines as arrays of what slices look at (fund source, kind, economic code) and their
   * amounts, with each slice's verdict on each fund source, kind and economic code worked out once,
   * and the codes' enclosing codes.
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
    private final Map<FunctionCode, FunctionCode[]> functionAt = new HashMap<>();
    private final Map<EconomicCode, EconomicCode[]> economicAt = new HashMap<>();

    Lines(UnitBudget budget) {
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

    /**
     * The function codes the tables may print, in code order: each line's code, the codes enclosing
     * it and the catalog's 类.
     */
    private List<FunctionCode> ranked;

    /** Per index of {@link #functions}, the rank in {@link #ranked} at each level, or -1. */
    private int[][] rankAt;

    private Map<FunctionCode, Integer> rankOf;
    private String[] names;

    private void rank(Catalog catalog) {
      if (ranked != null) {
        return;
      }
      java.util.Set<FunctionCode> all = new java.util.HashSet<>(classes(catalog));
      for (FunctionCode f : functions) {
        for (FunctionCode a : at(f)) {
          if (a != null) {
            all.add(a);
          }
        }
      }
      ranked = new ArrayList<>(all);
      java.util.Collections.sort(ranked);
      rankOf = new HashMap<>(ranked.size() * 2);
      for (int r = 0; r < ranked.size(); r++) {
        rankOf.put(ranked.get(r), r);
      }
      rankAt = new int[functions.size()][CodeLevel.values().length];
      for (int f = 0; f < functions.size(); f++) {
        FunctionCode[] at = at(functions.get(f));
        for (int l = 0; l < at.length; l++) {
          rankAt[f][l] = at[l] == null ? -1 : rankOf.get(at[l]);
        }
      }
      names = new String[ranked.size()];
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
    FunctionCode[] at(FunctionCode code) {
      FunctionCode[] at = functionAt.get(code);
      if (at == null) {
        at = new FunctionCode[CodeLevel.values().length];
        for (CodeLevel l : CodeLevel.values()) {
          if (l.compareTo(code.level()) <= 0) {
            at[l.ordinal()] = code.at(l);
          }
        }
        functionAt.put(code, at);
      }
      return at;
    }

    /** The same, for an economic code. */
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
    Optional<String> note = Optional.empty();
    if (lines.length == 0 && spec.emptyNote().isPresent() && hasSliceColumns(columns)) {
      note =
          Optional.of(
              spec.emptyNote()
                  .get()
                  .replace("{year}", Integer.toString(budget.fiscalYear()))
                  .replace("{unit}", budget.profile().name()));
    }
    return new Derived(rows, note);
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
          Map<String, Integer> order = new HashMap<>();
          if (rowSpec.projects()) {
            for (int i = 0; i < budget.projects().size(); i++) {
              order.put(budget.projects().get(i).name(), i);
            }
          }
          int[] levelOrdinals = new int[levels.size()];
          for (int l = 0; l < levelOrdinals.length; l++) {
            levelOrdinals[l] = levels.get(l).ordinal();
          }
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
              BudgetLine line = all.lines.get(i);
              int index = line.project().map(p -> order.getOrDefault(p, -1)).orElse(-1);
              int item = all.rankOf.get(line.function());
              long[] target =
                  projectRows
                      .computeIfAbsent(item, k -> new TreeMap<>())
                      .computeIfAbsent(index, k -> new long[width]);
              add(target, fen, j, columnIn);
            }
          }
          if (rowSpec.everyClass() && levels.contains(CodeLevel.CLASS)) {
            for (FunctionCode c : classes(catalog)) {
              int r = all.rankOf.get(c);
              if (sums[r] == null) {
                sums[r] = new long[width];
              }
            }
          }
          for (int r = 0; r < sums.length; r++) {
            long[] values = sums[r];
            TreeMap<Integer, long[]> items = projectRows.get(r);
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
          List<EconomicCode> codes = new ArrayList<>(sums.keySet());
          java.util.Collections.sort(codes);
          for (EconomicCode code : codes) {
            out.add(
                new DerivedRow(
                    new RowKey.Economic(code), catalog.name(code).orElse(""), -1, sums.get(code)));
          }
          return out;
        }
      default:
        throw new AssertionError(rowSpec.codes());
    }
  }
}
