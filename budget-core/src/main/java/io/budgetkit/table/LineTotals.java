package io.budgetkit.table;

import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sums every table is built from, taken in one pass over the lines in whole fen.
 *
 * <p>Per function 项 the pass keeps one sum per fund leaf × basic/project and a bit set of the slots
 * that had a line; for 一般公共预算 lines it also keeps basic sums by economic code (表6) and project sums
 * by project and economic 类 (表7). Tables then combine these few sums; no line is visited twice and
 * no JSR 354 arithmetic happens per line. Not thread-safe while filling.
 */
final class LineTotals {
  /** Number of fund sources; slot {@code 2 * ordinal} is basic, {@code 2 * ordinal + 1} project. */
  static final int FUNDS = FundSource.values().length;

  /** Slots per 项: two per fund source. */
  static final int SLOTS = 2 * FUNDS;

  /** 表7's economic columns after the total: 301 … 399, then one for any other or none. */
  static final int ECONOMIC_COLUMNS = 11;

  private static final boolean[] GENERAL_PUBLIC = new boolean[FUNDS];

  static {
    if (SLOTS > Long.SIZE) {
      throw new AssertionError("Slots of " + FUNDS + " fund sources do not fit a long bit set");
    }
    for (FundSource s : FundSource.values()) {
      GENERAL_PUBLIC[s.ordinal()] = s.isWithin(FundSource.GENERAL_PUBLIC);
    }
  }

  /**
   * Sums of one function 项, sparse: only the slots that had a line take memory (a 项 with one kind
   * of line holds one {@code long}, not {@value #SLOTS}).
   */
  static final class Item {
    /** Fen of the present slots, in slot order: slot {@code i} at the rank of bit {@code i}. */
    private long[] sums = new long[1];

    /** Bit {@code i} set when a line fell in slot {@code i}. */
    long present;

    /** Adds {@code fen} to slot {@code slot}. */
    void add(int slot, long fen) {
      long bit = 1L << slot;
      int rank = Long.bitCount(present & (bit - 1));
      if ((present & bit) == 0) {
        int n = Long.bitCount(present);
        if (n == sums.length) {
          sums = java.util.Arrays.copyOf(sums, Math.min(SLOTS, 2 * n));
        }
        System.arraycopy(sums, rank, sums, rank + 1, n - rank);
        sums[rank] = 0;
        present |= bit;
      }
      sums[rank] = Math.addExact(sums[rank], fen);
    }

    /** The fen of slot {@code slot}, zero when no line fell there. */
    long sum(int slot) {
      long bit = 1L << slot;
      return (present & bit) == 0 ? 0 : sums[Long.bitCount(present & (bit - 1))];
    }

    /** The sum over the slots in {@code mask}. */
    long sum(long mask) {
      long s = 0;
      for (long m = mask & present; m != 0; m &= m - 1) {
        s = Math.addExact(s, sums[Long.bitCount(present & ((m & -m) - 1))]);
      }
      return s;
    }

    /** 表7: 一般公共预算 project fen by project name ("" for none) and economic column. */
    Map<String, long[]> projects;
  }

  final Map<FunctionCode, Item> items = new HashMap<>();

  /** 表6: 一般公共预算 basic fen by economic code as carried: [personnel, operating]. */
  final Map<EconomicCode, long[]> basicByEconomic = new HashMap<>();

  private LineTotals() {}

  /** Sums {@code lines} in one pass; the 表6 and 表7 sums only when {@code byEconomicAndProject}. */
  static LineTotals of(Iterable<BudgetLine> lines, boolean byEconomicAndProject) {
    LineTotals t = new LineTotals();
    boolean[] detailed = byEconomicAndProject ? GENERAL_PUBLIC : new boolean[FUNDS];
    Map<FunctionCode, Item> items = t.items;
    for (BudgetLine l : lines) {
      long fen = l.amount().fen();
      FunctionCode function = l.function();
      Item item = items.get(function);
      if (item == null) {
        item = new Item();
        items.put(function, item);
      }
      int fund = l.fund().ordinal();
      ExpenditureKind kind = l.kind();
      int slot = kind == ExpenditureKind.PROJECT ? 2 * fund + 1 : 2 * fund;
      item.add(slot, fen);
      if (detailed[fund]) {
        if (kind == ExpenditureKind.PROJECT) {
          t.addProject(item, l, fen);
        } else if (l.economic().isPresent()) {
          t.addBasic(l.economic().get(), kind, fen);
        }
      }
    }
    return t;
  }

  private void addBasic(EconomicCode code, ExpenditureKind kind, long fen) {
    long[] sums = basicByEconomic.get(code);
    if (sums == null) {
      sums = new long[2];
      basicByEconomic.put(code, sums);
    }
    int i = kind == ExpenditureKind.BASIC_PERSONNEL ? 0 : 1;
    sums[i] = Math.addExact(sums[i], fen);
  }

  private void addProject(Item item, BudgetLine l, long fen) {
    if (item.projects == null) {
      item.projects = new LinkedHashMap<>();
    }
    String name = l.project().orElse("");
    long[] sums = item.projects.get(name);
    if (sums == null) {
      sums = new long[ECONOMIC_COLUMNS];
      item.projects.put(name, sums);
    }
    int column = l.economic().isPresent() ? economicColumn(l.economic().get()) : 10;
    sums[column] = Math.addExact(sums[column], fen);
  }

  /** The index of 表7's column for the economic 类 of {@code code}; 10 for a 类 without one. */
  static int economicColumn(EconomicCode code) {
    String d = code.digits();
    int klass = (d.charAt(0) - '0') * 100 + (d.charAt(1) - '0') * 10 + (d.charAt(2) - '0');
    switch (klass) {
      case 301:
        return 0;
      case 302:
        return 1;
      case 303:
        return 2;
      case 307:
        return 3;
      case 309:
        return 4;
      case 310:
        return 5;
      case 311:
        return 6;
      case 312:
        return 7;
      case 313:
        return 8;
      case 399:
        return 9;
      default:
        return 10;
    }
  }

  /** A bit mask of the slots whose fund lies within {@code group}, for the given kinds. */
  static long mask(FundSource group, boolean basic, boolean project) {
    long m = 0;
    for (FundSource s : FundSource.values()) {
      if (s.isWithin(group)) {
        if (basic) {
          m |= 1L << (2 * s.ordinal());
        }
        if (project) {
          m |= 1L << (2 * s.ordinal() + 1);
        }
      }
    }
    return m;
  }

  /** Every slot. */
  static long all() {
    return (1L << SLOTS) - 1;
  }
}
