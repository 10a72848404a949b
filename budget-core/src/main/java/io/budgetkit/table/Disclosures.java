package io.budgetkit.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.Catalog;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.project.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the ten disclosure tables from a line-level budget, laid out as the document prints them.
 *
 * <p>{@code Disclosures.derive(budget, Catalog.standard())} gives 表1–表10 of {@code budget}; the
 * tables compare cell by cell with tables entered as published ({@link TableDiff}). Conventions
 * follow the seed disclosure:
 *
 * <ul>
 *   <li>Amounts are exact (whole fen); a zero cell is blank, that is absent from the row.
 *   <li>Function and economic rows are named from the catalog (blank where it has no name); 表7
 *       names a project row {@link Project#tableName()}.
 *   <li>表1 and 表4 list every function 类 of {@link Catalog#standard()} (201–234), blank when zero,
 *       plus any other 类 that has lines; the other tables list only codes that have lines, 类 then 款
 *       then 项, with 合计 last.
 *   <li>表2's 一般公共预算, 政府性基金预算 and 国有资本经营预算 columns are the 本级 sources; 表4, 表5, 表8 and 表9 count
 *       current-year 财政拨款 only (no 上年结转).
 *   <li>表6 lists 一般公共预算 basic lines by the economic code they carry; basic lines without an
 *       economic code cannot be placed there and are left out of 表6 (its 合计 included).
 *   <li>表7 lists 一般公共预算 project lines: 类 and 款 subtotals, then one row per project under its 项 in
 *       the budget's project order, preceded by a 项 row for project lines naming no project.
 *       Economic 类 outside 表7's columns, and lines without an economic code, count in 合计 only.
 *   <li>表8 and 表9 without lines print a blank 合计 and the 备注 of {@link #emptyTableNote}.
 *   <li>表10 prints {@link UnitBudget#threePublicCosts()}, all under 一般公共预算; blank when absent.
 * </ul>
 *
 * <p>All tables come from one pass over the lines that sums whole fen in hash maps; the cost is
 * linear in the number of lines. Thread-safe: no state is kept between calls.
 */
public final class Disclosures {
  private Disclosures() {}

  private static final ImmutableList<FunctionCode> STANDARD_CLASSES =
      Catalog.standard().functionNames().keySet().stream()
          .filter(c -> c.level() == CodeLevel.CLASS)
          .collect(ImmutableList.toImmutableList());

  private static final long ALL = LineTotals.all();
  private static final long BASIC = maskAll(true, false);
  private static final long PROJECT = maskAll(false, true);

  /** The ten tables of {@code budget}, named from {@link Catalog#standard()}. */
  public static Disclosure derive(UnitBudget budget) {
    return derive(budget, Catalog.standard());
  }

  /** The ten tables of {@code budget}, with code names from {@code catalog}. */
  public static Disclosure derive(UnitBudget budget, Catalog catalog) {
    return derive(budget, catalog, EnumSet.allOf(TableId.class));
  }

  /**
   * The tables {@code ids} of {@code budget}, in table order, from a single pass over its lines.
   */
  public static Disclosure derive(UnitBudget budget, Catalog catalog, Iterable<TableId> ids) {
    requireNonNull(ids, "ids");
    EnumSet<TableId> wanted = EnumSet.noneOf(TableId.class);
    for (TableId id : ids) {
      wanted.add(requireNonNull(id, "id"));
    }
    Derivation d = new Derivation(budget, catalog, wanted);
    Disclosure.Builder result = Disclosure.builder();
    for (TableId id : wanted) {
      result.addTable(d.table(id));
    }
    return result.build();
  }

  /** Table {@code id} of {@code budget}, with code names from {@code catalog}. */
  public static DisclosureTable deriveTable(TableId id, UnitBudget budget, Catalog catalog) {
    requireNonNull(id, "id");
    return new Derivation(budget, catalog, EnumSet.of(id)).table(id);
  }

  /**
   * The 备注 under an empty 表8 or 表9, worded as the seed prints it: {@code 备注：阿图什市人力资源和社会保障局 2023
   * 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。}
   *
   * @throws IllegalArgumentException if {@code id} is neither 表8 nor 表9
   */
  public static String emptyTableNote(TableId id, String unit, int year) {
    requireNonNull(id, "id");
    requireNonNull(unit, "unit");
    String kind;
    if (id == TableId.T8) {
      kind = "政府性基金预算";
    } else if (id == TableId.T9) {
      kind = "国有资本经营预算";
    } else {
      throw new IllegalArgumentException(
          "No empty-table note for " + id.label() + ": expected 表8 or 表9");
    }
    return "备注：" + unit + " " + year + " 年没有使用" + kind + "拨款安排的支出，" + id.title() + "为空表。";
  }

  private static long maskAll(boolean basic, boolean project) {
    long m = 0;
    for (FundSource s : FundSource.values()) {
      if (s.parent().isEmpty()) {
        m |= LineTotals.mask(s, basic, project);
      }
    }
    return m;
  }

  /** One derivation: the budget, the catalog and the sums of one pass. */
  private static final class Derivation {
    private final UnitBudget budget;
    private final Catalog catalog;
    private final LineTotals totals;
    private final SortedMap<FunctionCode, LineTotals.Item> items;

    /** Sums the lines once, as far as {@code wanted} needs them (表10 needs none). */
    Derivation(UnitBudget budget, Catalog catalog, EnumSet<TableId> wanted) {
      this.budget = requireNonNull(budget, "budget");
      this.catalog = requireNonNull(catalog, "catalog");
      checkTotal(budget);
      boolean detailed = wanted.contains(TableId.T6) || wanted.contains(TableId.T7);
      this.totals =
          wanted.equals(EnumSet.of(TableId.T10))
              ? LineTotals.of(List.of(), false)
              : LineTotals.of(budget.lines(), detailed);
      this.items = new TreeMap<>(totals.items);
    }

    /**
     * Amounts are never negative, so every sum of a table is at most the sum of all lines: when
     * that fits, no table's sum can overflow, and when it does not the error names the figures.
     */
    private static void checkTotal(UnitBudget budget) {
      Amount sum = Amount.zero();
      for (int i = 0; i < budget.lines().size(); i++) {
        try {
          sum = sum.plus(budget.lines().get(i).amount());
        } catch (ArithmeticException e) {
          throw new ArithmeticException(
              "Cannot derive the tables: the lines add up beyond the range of an amount at line "
                  + i
                  + " ("
                  + budget.lines().get(i).function()
                  + "): "
                  + e.getMessage());
        }
      }
    }

    DisclosureTable table(TableId id) {
      switch (id) {
        case T1:
          return t1();
        case T2:
          return functionTable(
              id,
              ALL,
              new long[] {
                ALL,
                fund(FundSource.FISCAL),
                fund(FundSource.GENERAL_PUBLIC_LOCAL),
                fund(FundSource.GENERAL_PUBLIC_TRANSFER),
                fund(FundSource.GOVERNMENT_FUND_LOCAL),
                fund(FundSource.GOVERNMENT_FUND_TRANSFER),
                fund(FundSource.STATE_CAPITAL_LOCAL),
                fund(FundSource.STATE_CAPITAL_TRANSFER),
                fund(FundSource.SPECIAL_ACCOUNT),
                fund(FundSource.UNIT_FUNDS),
                fund(FundSource.FISCAL_CARRYOVER),
                fund(FundSource.NON_FISCAL_CARRYOVER)
              });
        case T3:
          return functionTable(id, ALL, new long[] {ALL, BASIC, PROJECT});
        case T4:
          return t4();
        case T5:
          return byKind(id, FundSource.GENERAL_PUBLIC);
        case T6:
          return t6();
        case T7:
          return t7();
        case T8:
          return byKind(id, FundSource.GOVERNMENT_FUND);
        case T9:
          return byKind(id, FundSource.STATE_CAPITAL);
        case T10:
          return t10();
        default:
          throw new AssertionError(id);
      }
    }

    private static long fund(FundSource group) {
      return LineTotals.mask(group, true, true);
    }

    /** 表3-shaped: total, basic, project of the lines funded by {@code group}. */
    private DisclosureTable byKind(TableId id, FundSource group) {
      DisclosureTable t =
          functionTable(
              id,
              fund(group),
              new long[] {
                fund(group),
                LineTotals.mask(group, true, false),
                LineTotals.mask(group, false, true)
              });
      if (t.rows().size() == 1 && (id == TableId.T8 || id == TableId.T9)) {
        return DisclosureTable.builder(id)
            .addAllRows(t.rows())
            .note(emptyTableNote(id, budget.profile().name(), budget.fiscalYear()))
            .build();
      }
      return t;
    }

    /**
     * Function 类/款/项 rows for the 项 that have a line in {@code rowMask}, one column per mask, then
     * 合计.
     */
    private DisclosureTable functionTable(TableId id, long rowMask, long[] columnMasks) {
      TreeMap<FunctionCode, long[]> rows = new TreeMap<>();
      long[] total = new long[columnMasks.length];
      for (Map.Entry<FunctionCode, LineTotals.Item> e : items.entrySet()) {
        LineTotals.Item item = e.getValue();
        if ((item.present & rowMask) == 0) {
          continue;
        }
        long[] values = new long[columnMasks.length];
        for (int c = 0; c < values.length; c++) {
          values[c] = item.sum(columnMasks[c]);
        }
        FunctionCode code = e.getKey();
        add(rows, code, values);
        for (FunctionCode ancestor : code.ancestors()) {
          add(rows, ancestor, values);
        }
        addInto(total, values);
      }
      DisclosureTable.Builder b = DisclosureTable.builder(id);
      List<Column> columns = id.columns();
      rows.forEach(
          (code, values) -> b.addRow(row(new RowKey.Function(code), name(code), columns, values)));
      b.addRow(row(Rows.TOTAL, "合计", columns, total));
      return b.build();
    }

    private DisclosureTable t1() {
      long[] byFund = new long[LineTotals.FUNDS];
      Map<FunctionCode, long[]> byClass = new HashMap<>();
      long total = 0;
      for (Map.Entry<FunctionCode, LineTotals.Item> e : items.entrySet()) {
        LineTotals.Item item = e.getValue();
        long itemTotal = 0;
        for (int f = 0; f < LineTotals.FUNDS; f++) {
          long fundTotal = Math.addExact(item.sum(2 * f), item.sum(2 * f + 1));
          byFund[f] = Math.addExact(byFund[f], fundTotal);
          itemTotal = Math.addExact(itemTotal, fundTotal);
        }
        add(byClass, e.getKey().at(CodeLevel.CLASS), new long[] {itemTotal});
        total = Math.addExact(total, itemTotal);
      }
      List<Column> columns = TableId.T1.columns();
      DisclosureTable.Builder b = DisclosureTable.builder(TableId.T1);
      long thisYear = 0;
      for (FundSource s : FundSource.values()) {
        if (s.isCurrentYear()) {
          thisYear = Math.addExact(thisYear, byFund[s.ordinal()]);
        }
      }
      b.addRow(row(Rows.INCOME_THIS_YEAR, "一、本年收入", columns, thisYear));
      for (FundSource s : FundSource.values()) {
        if (s == FundSource.FISCAL) {
          continue;
        }
        long sum = 0;
        for (FundSource leaf : FundSource.values()) {
          if (leaf.isWithin(s)) {
            sum = Math.addExact(sum, byFund[leaf.ordinal()]);
          }
        }
        b.addRow(row(new RowKey.Fund(s), Rows.incomeName(s), columns, sum));
      }
      for (FunctionCode klass : classes(byClass.keySet())) {
        long[] v = byClass.get(klass);
        b.addRow(row(new RowKey.Function(klass), name(klass), columns, v == null ? 0 : v[0]));
      }
      b.addRow(row(Rows.INCOME_TOTAL, "收入总计", columns, total));
      b.addRow(row(Rows.EXPENDITURE_TOTAL, "支出总计", columns, total));
      return b.build();
    }

    private DisclosureTable t4() {
      long[] masks = {
        fund(FundSource.FISCAL),
        fund(FundSource.GENERAL_PUBLIC),
        fund(FundSource.GOVERNMENT_FUND),
        fund(FundSource.STATE_CAPITAL)
      };
      Map<FunctionCode, long[]> byClass = new HashMap<>();
      long[] total = new long[masks.length];
      for (Map.Entry<FunctionCode, LineTotals.Item> e : items.entrySet()) {
        LineTotals.Item item = e.getValue();
        if ((item.present & masks[0]) == 0) {
          continue;
        }
        long[] values = new long[masks.length];
        for (int c = 0; c < masks.length; c++) {
          values[c] = item.sum(masks[c]);
        }
        add(byClass, e.getKey().at(CodeLevel.CLASS), values);
        addInto(total, values);
      }
      List<Column> columns = TableId.T4.columns();
      DisclosureTable.Builder b = DisclosureTable.builder(TableId.T4);
      b.addRow(row(Rows.FISCAL_INCOME, Rows.incomeName(FundSource.FISCAL), columns, total[0]));
      b.addRow(row(new RowKey.Fund(FundSource.GENERAL_PUBLIC), "一般公共预算", columns, total[1]));
      b.addRow(row(new RowKey.Fund(FundSource.GOVERNMENT_FUND), "政府性基金预算", columns, total[2]));
      b.addRow(row(new RowKey.Fund(FundSource.STATE_CAPITAL), "国有资本经营预算", columns, total[3]));
      for (FunctionCode klass : classes(byClass.keySet())) {
        long[] v = byClass.get(klass);
        b.addRow(
            row(new RowKey.Function(klass), name(klass), columns, v == null ? new long[4] : v));
      }
      b.addRow(row(Rows.INCOME_TOTAL, "收入总计", columns, total[0]));
      b.addRow(row(Rows.EXPENDITURE_TOTAL, "支出总计", columns, total));
      return b.build();
    }

    private DisclosureTable t6() {
      TreeMap<EconomicCode, long[]> rows = new TreeMap<>();
      long[] total = new long[3];
      totals.basicByEconomic.forEach(
          (code, sums) -> {
            long[] values = {Math.addExact(sums[0], sums[1]), sums[0], sums[1]};
            add(rows, code, values);
            for (EconomicCode ancestor : code.ancestors()) {
              add(rows, ancestor, values);
            }
            addInto(total, values);
          });
      List<Column> columns = TableId.T6.columns();
      DisclosureTable.Builder b = DisclosureTable.builder(TableId.T6);
      rows.forEach(
          (code, values) ->
              b.addRow(
                  row(new RowKey.Economic(code), catalog.name(code).orElse(""), columns, values)));
      b.addRow(row(Rows.TOTAL, "合计", columns, total));
      return b.build();
    }

    private DisclosureTable t7() {
      Map<String, Integer> order = new HashMap<>();
      Map<String, String> tableNames = new HashMap<>();
      List<Project> projects = budget.projects();
      for (int i = 0; i < projects.size(); i++) {
        order.put(projects.get(i).name(), i);
        tableNames.put(projects.get(i).name(), projects.get(i).tableName());
      }
      // "" (no project) first, then the budget's project order
      Comparator<String> byOrder =
          Comparator.comparingInt((String name) -> name.isEmpty() ? -1 : order.get(name));
      TreeMap<FunctionCode, long[]> subtotals = new TreeMap<>();
      TreeMap<FunctionCode, Map<RowKey, long[]>> projectRows = new TreeMap<>();
      Map<RowKey, String> names = new HashMap<>();
      long[] total = new long[LineTotals.ECONOMIC_COLUMNS];
      for (Map.Entry<FunctionCode, LineTotals.Item> e : items.entrySet()) {
        Map<String, long[]> byProject = e.getValue().projects;
        if (byProject == null) {
          continue;
        }
        FunctionCode code = e.getKey();
        List<String> keys = new ArrayList<>(byProject.keySet());
        keys.sort(byOrder);
        Map<RowKey, long[]> rows = new LinkedHashMap<>();
        for (String project : keys) {
          long[] sums = byProject.get(project);
          // 合计, then 301 … 399; the last sum (other 类, or none) counts in 合计 only
          long[] values = new long[LineTotals.ECONOMIC_COLUMNS];
          for (int i = 0; i < LineTotals.ECONOMIC_COLUMNS; i++) {
            values[0] = Math.addExact(values[0], sums[i]);
            if (i + 1 < values.length) {
              values[i + 1] = sums[i];
            }
          }
          RowKey key;
          if (project.isEmpty()) {
            key = new RowKey.Function(code);
            names.put(key, name(code));
          } else {
            String tableName = tableNames.get(project);
            key = new RowKey.Project(code, tableName);
            names.put(key, tableName);
          }
          add(rows, key, values);
          for (FunctionCode ancestor : code.ancestors()) {
            add(subtotals, ancestor, values);
          }
          addInto(total, values);
        }
        projectRows.put(code, rows);
      }
      TreeSet<FunctionCode> codes = new TreeSet<>(subtotals.keySet());
      codes.addAll(projectRows.keySet());
      List<Column> columns = TableId.T7.columns();
      DisclosureTable.Builder b = DisclosureTable.builder(TableId.T7);
      for (FunctionCode code : codes) {
        if (code.level() == CodeLevel.ITEM) {
          projectRows
              .get(code)
              .forEach((key, values) -> b.addRow(row(key, names.get(key), columns, values)));
        } else {
          b.addRow(row(new RowKey.Function(code), name(code), columns, subtotals.get(code)));
        }
      }
      b.addRow(row(Rows.TOTAL, "合计", columns, total));
      return b.build();
    }

    private DisclosureTable t10() {
      ThreePublicCosts costs = budget.threePublicCosts().orElse(ThreePublicCosts.none());
      List<Column> columns = TableId.T10.columns();
      DisclosureTable.Builder b = DisclosureTable.builder(TableId.T10);
      b.addRow(generalPublic(Rows.TOTAL, "合计", columns, costs.total()));
      b.addRow(generalPublic(Rows.OVERSEAS_TRAVEL, "因公出国（境）费", columns, costs.overseasTravel()));
      b.addRow(generalPublic(Rows.RECEPTION, "公务接待费", columns, costs.reception()));
      b.addRow(generalPublic(Rows.VEHICLES, "公务用车购置及运行费（小计）", columns, costs.vehicles()));
      b.addRow(
          generalPublic(Rows.VEHICLE_PURCHASE, "其中：公务用车购置费", columns, costs.vehiclePurchase()));
      b.addRow(generalPublic(Rows.VEHICLE_OPERATION, "公务用车运行费", columns, costs.vehicleOperation()));
      return b.build();
    }

    private static TableRow generalPublic(
        RowKey key, String name, List<Column> columns, Amount amount) {
      return row(key, name, columns, amount.fen(), amount.fen());
    }

    /** The standard 类 201–234 and any other 类 in {@code used}, in document order. */
    private static List<FunctionCode> classes(Iterable<FunctionCode> used) {
      TreeSet<FunctionCode> all = new TreeSet<>(STANDARD_CLASSES);
      used.forEach(all::add);
      return new ArrayList<>(all);
    }

    private String name(FunctionCode code) {
      return catalog.name(code).orElse("");
    }
  }

  private static <K> void add(Map<K, long[]> sums, K key, long[] values) {
    long[] target = sums.get(key);
    if (target == null) {
      sums.put(key, values.clone());
    } else {
      addInto(target, values);
    }
  }

  private static void addInto(long[] target, long[] values) {
    for (int i = 0; i < values.length; i++) {
      target[i] = Math.addExact(target[i], values[i]);
    }
  }

  /** A row with cells for the non-zero values, column by column; zero is blank. */
  private static TableRow row(RowKey key, String name, List<Column> columns, long... values) {
    ImmutableMap.Builder<String, Amount> cells = ImmutableMap.builder();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != 0) {
        cells.put(columns.get(i).id(), Amount.ofFen(values[i]));
      }
    }
    return new TableRow(key, name, cells.build());
  }
}
