package io.budgetkit.validation;

import static io.budgetkit.table.Columns.BASIC;
import static io.budgetkit.table.Columns.E301;
import static io.budgetkit.table.Columns.E302;
import static io.budgetkit.table.Columns.E303;
import static io.budgetkit.table.Columns.E307;
import static io.budgetkit.table.Columns.E309;
import static io.budgetkit.table.Columns.E310;
import static io.budgetkit.table.Columns.E311;
import static io.budgetkit.table.Columns.E312;
import static io.budgetkit.table.Columns.E313;
import static io.budgetkit.table.Columns.E399;
import static io.budgetkit.table.Columns.FISCAL;
import static io.budgetkit.table.Columns.FISCAL_CARRYOVER;
import static io.budgetkit.table.Columns.GENERAL_PUBLIC;
import static io.budgetkit.table.Columns.GENERAL_PUBLIC_TRANSFER;
import static io.budgetkit.table.Columns.GOVERNMENT_FUND;
import static io.budgetkit.table.Columns.GOVERNMENT_FUND_TRANSFER;
import static io.budgetkit.table.Columns.NON_FISCAL_CARRYOVER;
import static io.budgetkit.table.Columns.OPERATING;
import static io.budgetkit.table.Columns.PERSONNEL;
import static io.budgetkit.table.Columns.PROJECT;
import static io.budgetkit.table.Columns.SPECIAL_ACCOUNT;
import static io.budgetkit.table.Columns.STATE_CAPITAL;
import static io.budgetkit.table.Columns.STATE_CAPITAL_TRANSFER;
import static io.budgetkit.table.Columns.TOTAL;
import static io.budgetkit.table.Columns.UNIT_FUNDS;
import static io.budgetkit.validation.BudgetRules.wan;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.FundSource;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.table.Column;
import io.budgetkit.table.Columns;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The identities within and across the published tables (domain §4). Every finding is located at a
 * cell, and its message lists the cells of the other side of the identity.
 */
final class TableRules {
  static final RowKey TOTAL_ROW = RowKey.total();
  static final RowKey INCOME_TOTAL = RowKey.label("收入总计");
  static final RowKey EXPENDITURE_TOTAL = RowKey.label("支出总计");
  static final RowKey CURRENT_INCOME = RowKey.label("本年收入");
  static final RowKey FISCAL_INCOME = RowKey.label("财政拨款（补助）");

  /** 表2's fund-source columns that make up 总计, and those that make up 财政拨款 小计. */
  static final ImmutableList<Column> T2_TOTAL_PARTS =
      ImmutableList.of(FISCAL, SPECIAL_ACCOUNT, UNIT_FUNDS, FISCAL_CARRYOVER, NON_FISCAL_CARRYOVER);

  static final ImmutableList<Column> T2_FISCAL_PARTS =
      ImmutableList.of(
          GENERAL_PUBLIC,
          GENERAL_PUBLIC_TRANSFER,
          GOVERNMENT_FUND,
          GOVERNMENT_FUND_TRANSFER,
          STATE_CAPITAL,
          STATE_CAPITAL_TRANSFER);

  static final ImmutableList<Column> T7_PARTS =
      ImmutableList.of(E301, E302, E303, E307, E309, E310, E311, E312, E313, E399);

  static final ImmutableList<Column> KIND_PARTS = ImmutableList.of(BASIC, PROJECT);

  static final ImmutableList<Column> FUND_KIND_PARTS =
      ImmutableList.of(GENERAL_PUBLIC, GOVERNMENT_FUND, STATE_CAPITAL);

  /** The 表2 columns that a 表1 income row of each source corresponds to. */
  static final Map<FundSource, List<Column>> T2_COLUMNS_OF_SOURCE =
      Map.ofEntries(
          Map.entry(FundSource.FISCAL, List.of(FISCAL)),
          Map.entry(FundSource.GENERAL_PUBLIC, List.of(GENERAL_PUBLIC, GENERAL_PUBLIC_TRANSFER)),
          Map.entry(FundSource.GENERAL_PUBLIC_LOCAL, List.of(GENERAL_PUBLIC)),
          Map.entry(FundSource.GENERAL_PUBLIC_TRANSFER, List.of(GENERAL_PUBLIC_TRANSFER)),
          Map.entry(FundSource.GOVERNMENT_FUND, List.of(GOVERNMENT_FUND, GOVERNMENT_FUND_TRANSFER)),
          Map.entry(FundSource.GOVERNMENT_FUND_LOCAL, List.of(GOVERNMENT_FUND)),
          Map.entry(FundSource.GOVERNMENT_FUND_TRANSFER, List.of(GOVERNMENT_FUND_TRANSFER)),
          Map.entry(FundSource.STATE_CAPITAL, List.of(STATE_CAPITAL, STATE_CAPITAL_TRANSFER)),
          Map.entry(FundSource.STATE_CAPITAL_LOCAL, List.of(STATE_CAPITAL)),
          Map.entry(FundSource.STATE_CAPITAL_TRANSFER, List.of(STATE_CAPITAL_TRANSFER)),
          Map.entry(FundSource.SPECIAL_ACCOUNT, List.of(SPECIAL_ACCOUNT)),
          Map.entry(FundSource.UNIT_FUNDS, List.of(UNIT_FUNDS)),
          Map.entry(FundSource.CARRYOVER, List.of(FISCAL_CARRYOVER, NON_FISCAL_CARRYOVER)),
          Map.entry(FundSource.FISCAL_CARRYOVER, List.of(FISCAL_CARRYOVER)),
          Map.entry(FundSource.NON_FISCAL_CARRYOVER, List.of(NON_FISCAL_CARRYOVER)));

  /** The current-year sources at the top of 表1's income side. */
  static final ImmutableList<FundSource> CURRENT_SOURCES =
      ImmutableList.of(FundSource.FISCAL, FundSource.SPECIAL_ACCOUNT, FundSource.UNIT_FUNDS);

  private final Amount tolerance;
  private final String toleranceText;

  private TableRules(Amount tolerance) {
    this.tolerance = tolerance;
    this.toleranceText =
        tolerance.isZero()
            ? "none: printed figures in 万元 agree to the fen"
            : "±" + tolerance.format(MoneyUnit.WAN_YUAN) + " 万元 per identity";
  }

  /** The table rules, allowing {@code tolerance} between the two sides of a sum identity. */
  static ImmutableList<Rule<Disclosure>> all(Amount tolerance) {
    return new TableRules(tolerance).rules();
  }

  @SuppressWarnings("unchecked") // generic varargs of ImmutableList.Builder.add, read-only
  private ImmutableList<Rule<Disclosure>> rules() {
    ImmutableList.Builder<Rule<Disclosure>> rules = ImmutableList.builder();
    rules.add(
        hierarchy(TableId.T1, Columns.AMOUNT, EXPENDITURE_TOTAL),
        rule(
            "t1.income",
            "表1: each source group is the sum of its members, 本年收入 the sum of the sources, "
                + "收入总计 = 本年收入 + 上年结转结余",
            TableId.T1,
            (t, out) -> checkIncome(t, Columns.AMOUNT, out)),
        rule(
            "t1.balance",
            "表1: 收入总计 = 支出总计",
            TableId.T1,
            (t, out) -> checkBalance(t, Columns.AMOUNT, out)),
        hierarchy(TableId.T2, TOTAL, TOTAL_ROW),
        rowColumns(
            TableId.T2,
            "总计 = 财政拨款小计 + 财政专户 + 单位资金 + 两项结转; 小计 = its six 预算拨款 columns",
            Map.of(TOTAL, T2_TOTAL_PARTS, FISCAL, T2_FISCAL_PARTS)),
        hierarchy(TableId.T3, TOTAL, TOTAL_ROW),
        rowColumns(TableId.T3, "合计 = 基本支出 + 项目支出", Map.of(TOTAL, KIND_PARTS)),
        hierarchy(TableId.T4, TOTAL, EXPENDITURE_TOTAL),
        rowColumns(TableId.T4, "合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算", Map.of(TOTAL, FUND_KIND_PARTS)),
        rule(
            "t4.income",
            "表4: 财政拨款（补助） is the sum of the three 预算拨款 kinds, 收入总计 that plus 结转",
            TableId.T4,
            (t, out) -> checkFiscalIncome(t, out)),
        rule("t4.balance", "表4: 收入总计 = 支出总计", TableId.T4, (t, out) -> checkBalance(t, TOTAL, out)),
        hierarchy(TableId.T5, TOTAL, TOTAL_ROW),
        rowColumns(TableId.T5, "合计 = 基本支出 + 项目支出", Map.of(TOTAL, KIND_PARTS)),
        hierarchy(TableId.T6, TOTAL, TOTAL_ROW),
        rowColumns(TableId.T6, "合计 = 人员经费 + 公用经费", Map.of(TOTAL, List.of(PERSONNEL, OPERATING))),
        rule(
            "t6.personnel-operating",
            "表6: 人员经费 is classes 301 and 303, 公用经费 the other classes (302 in the standard form)",
            TableId.T6,
            this::checkPersonnelOperating),
        hierarchy(TableId.T7, TOTAL, TOTAL_ROW),
        rowColumns(TableId.T7, "项目支出合计 = the ten economic-class columns", Map.of(TOTAL, T7_PARTS)),
        hierarchy(TableId.T8, TOTAL, TOTAL_ROW),
        rowColumns(TableId.T8, "合计 = 基本支出 + 项目支出", Map.of(TOTAL, KIND_PARTS)),
        hierarchy(TableId.T9, TOTAL, TOTAL_ROW),
        rowColumns(TableId.T9, "合计 = 基本支出 + 项目支出", Map.of(TOTAL, KIND_PARTS)),
        rowColumns(TableId.T10, "合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算", Map.of(TOTAL, FUND_KIND_PARTS)),
        rule(
            "t10.parts",
            "表10: 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费; the last = 购置费 + 运行费",
            TableId.T10,
            this::checkThreePublicParts));
    rules.add(
        cross(
            "t1-t2.class-totals",
            "表1 expenditure by 类 and 支出总计 equal 表2 总计 by 类 and 合计",
            (d, out) ->
                compareTables(
                    d,
                    TableId.T1,
                    Columns.AMOUNT,
                    EXPENDITURE_TOTAL,
                    TableId.T2,
                    List.of(TOTAL),
                    false,
                    out)),
        cross(
            "t1-t3.class-totals",
            "表1 expenditure by 类 and 支出总计 equal 表3 合计 by 类 and 合计",
            (d, out) ->
                compareTables(
                    d,
                    TableId.T1,
                    Columns.AMOUNT,
                    EXPENDITURE_TOTAL,
                    TableId.T3,
                    List.of(TOTAL),
                    false,
                    out)),
        cross(
            "t2-t3.row-totals",
            "表3 合计 equals 表2 总计 on every function row and in 合计",
            (d, out) ->
                compareTables(
                    d, TableId.T3, TOTAL, TOTAL_ROW, TableId.T2, List.of(TOTAL), true, out)),
        cross("t1-t2.sources", "表1's income sources equal 表2's column totals", this::checkSources),
        cross(
            "t2-t4.fiscal",
            "表4 is the 财政拨款 part of 表2: by 类 and in total, column by column",
            this::checkFiscalPart),
        cross(
            "t4-t5.general-public",
            "表5 合计 by 类 and in total equals 表4's 一般公共预算 column",
            (d, out) ->
                compareTables(
                    d,
                    TableId.T5,
                    TOTAL,
                    TOTAL_ROW,
                    TableId.T4,
                    List.of(GENERAL_PUBLIC),
                    false,
                    out)),
        cross("t5-t6.basic", "表6 合计 equals 表5 基本支出 合计", this::checkBasic),
        cross(
            "t5-t7.projects",
            "表5 项目支出 by 类, 款, 项 and in total equals 表7 (a 项 being the sum of its projects)",
            this::checkProjects),
        cross(
            "t8.totals",
            "表8 by function and in total equals the 政府性基金 columns of 表2 and 表4",
            (d, out) ->
                checkFundTable(
                    d,
                    TableId.T8,
                    List.of(GOVERNMENT_FUND, GOVERNMENT_FUND_TRANSFER),
                    GOVERNMENT_FUND,
                    out)),
        cross(
            "t9.totals",
            "表9 by function and in total equals the 国有资本经营 columns of 表2 and 表4",
            (d, out) ->
                checkFundTable(
                    d,
                    TableId.T9,
                    List.of(STATE_CAPITAL, STATE_CAPITAL_TRANSFER),
                    STATE_CAPITAL,
                    out)));
    return rules.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Rule construction

  private Rule<Disclosure> rule(
      String id, String description, TableId table, BiConsumer<TableView, Findings> check) {
    return Rule.of(
        id,
        description,
        Severity.ERROR,
        Optional.of(toleranceText),
        (d, out) -> d.table(table).ifPresent(t -> check.accept(new TableView(t), out)));
  }

  private Rule<Disclosure> cross(
      String id, String description, BiConsumer<Disclosure, Findings> check) {
    return Rule.of(id, description, Severity.ERROR, Optional.of(toleranceText), check);
  }

  private Rule<Disclosure> hierarchy(TableId table, Column anyColumn, RowKey totalRow) {
    String rows = table == TableId.T6 ? "a 类 = the sum of its 款" : "a 类 = Σ 款, a 款 = Σ 项";
    if (table == TableId.T7) {
      rows = "a 类 = Σ 款, a 款 = Σ its project rows";
    }
    String total = totalRow.equals(TOTAL_ROW) ? "合计" : "支出总计";
    return rule(
        "t" + table.number() + ".hierarchy",
        table.label() + ": " + rows + ", " + total + " = Σ 类, in every column",
        table,
        (t, out) -> checkHierarchy(t, totalRow, out));
  }

  private Rule<Disclosure> rowColumns(
      TableId table, String identity, Map<Column, List<Column>> parts) {
    return rule(
        "t" + table.number() + ".row-columns",
        table.label() + ": in every row " + identity,
        table,
        (t, out) -> checkRowColumns(t, parts, out));
  }

  // ---------------------------------------------------------------------------------------------
  // Within a table

  private void checkHierarchy(TableView t, RowKey totalRow, Findings out) {
    List<Column> columns = t.id() == TableId.T1 ? List.of(Columns.AMOUNT) : t.table().columns();
    for (TableRow r : t.codedRows()) {
      String path = TableView.path(r.key()).orElseThrow();
      for (Column c : columns) {
        List<Cell> parts = t.parts(path, c);
        if (!parts.isEmpty()) {
          sum(out, new Cell(t.id(), r.key(), c, r.amount(c)), parts, "the rows below it");
        }
      }
    }
    Optional<TableRow> total = t.row(totalRow);
    if (total.isPresent()) {
      for (Column c : columns) {
        List<Cell> parts = t.parts(TableView.ROOT, c);
        if (!parts.isEmpty()) {
          sum(out, new Cell(t.id(), totalRow, c, total.get().amount(c)), parts, "the 类 rows");
        }
      }
    }
  }

  private void checkRowColumns(TableView t, Map<Column, List<Column>> identities, Findings out) {
    for (TableRow r : t.table().rows()) {
      for (Map.Entry<Column, List<Column>> e : identities.entrySet()) {
        List<Cell> parts = new ArrayList<>();
        for (Column c : e.getValue()) {
          r.cell(c).ifPresent(a -> parts.add(new Cell(t.id(), r.key(), c, a)));
        }
        if (parts.isEmpty() && !isExpenditureRow(t.id(), r.key())) {
          continue;
        }
        Column whole = e.getKey();
        if (parts.isEmpty() && r.cell(whole).isEmpty()) {
          continue;
        }
        sum(out, new Cell(t.id(), r.key(), whole, r.amount(whole)), parts, "its columns");
      }
    }
  }

  /** Rows that carry the component columns; 表4's income rows carry 合计 alone. */
  private static boolean isExpenditureRow(TableId table, RowKey key) {
    if (table != TableId.T4) {
      return true;
    }
    return key instanceof RowKey.Function || key.equals(EXPENDITURE_TOTAL);
  }

  private void checkIncome(TableView t, Column c, Findings out) {
    checkFundGroups(t, c, out);
    Optional<TableRow> current = t.row(CURRENT_INCOME);
    List<Cell> sources = new ArrayList<>();
    for (FundSource s : CURRENT_SOURCES) {
      sources.addAll(fundCells(t, s, c));
    }
    if (current.isPresent() && !sources.isEmpty()) {
      sum(out, new Cell(t.id(), CURRENT_INCOME, c, current.get().amount(c)), sources, "sources");
    }
    Optional<TableRow> total = t.row(INCOME_TOTAL);
    if (total.isPresent()) {
      List<Cell> parts = new ArrayList<>();
      if (current.isPresent()) {
        parts.add(new Cell(t.id(), CURRENT_INCOME, c, current.get().amount(c)));
      } else {
        parts.addAll(sources);
      }
      parts.addAll(fundCells(t, FundSource.CARRYOVER, c));
      sum(out, new Cell(t.id(), INCOME_TOTAL, c, total.get().amount(c)), parts, "本年收入 + 上年结转结余");
    }
  }

  private void checkFiscalIncome(TableView t, Findings out) {
    checkFundGroups(t, TOTAL, out);
    Optional<TableRow> fiscal = t.row(FISCAL_INCOME);
    List<Cell> kinds = new ArrayList<>();
    for (FundSource s :
        List.of(FundSource.GENERAL_PUBLIC, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL)) {
      kinds.addAll(fundCells(t, s, TOTAL));
    }
    if (fiscal.isPresent() && !kinds.isEmpty()) {
      sum(out, new Cell(t.id(), FISCAL_INCOME, TOTAL, fiscal.get().amount(TOTAL)), kinds, "kinds");
    }
    Optional<TableRow> total = t.row(INCOME_TOTAL);
    if (total.isPresent()) {
      List<Cell> parts = new ArrayList<>();
      if (fiscal.isPresent()) {
        parts.add(new Cell(t.id(), FISCAL_INCOME, TOTAL, fiscal.get().amount(TOTAL)));
      } else {
        parts.addAll(kinds);
      }
      parts.addAll(fundCells(t, FundSource.CARRYOVER, TOTAL));
      sum(out, new Cell(t.id(), INCOME_TOTAL, TOTAL, total.get().amount(TOTAL)), parts, "income");
    }
  }

  /** Each printed source group equals the sum of its printed members. */
  private void checkFundGroups(TableView t, Column c, Findings out) {
    for (TableRow r : t.table().rows()) {
      if (r.key() instanceof RowKey.Fund f) {
        List<Cell> members = t.fundParts(f.source(), c);
        if (!members.isEmpty()) {
          sum(out, new Cell(t.id(), r.key(), c, r.amount(c)), members, "its members");
        }
      }
    }
  }

  /** The printed cells that stand for a source: its own row, or its members' rows. */
  private static List<Cell> fundCells(TableView t, FundSource s, Column c) {
    RowKey key = new RowKey.Fund(s);
    Optional<TableRow> r = t.row(key);
    if (r.isPresent()) {
      return List.of(new Cell(t.id(), key, c, r.get().amount(c)));
    }
    return t.fundParts(s, c);
  }

  private void checkBalance(TableView t, Column c, Findings out) {
    Optional<TableRow> income = t.row(INCOME_TOTAL);
    Optional<TableRow> spending = t.row(EXPENDITURE_TOTAL);
    if (income.isPresent() && spending.isPresent()) {
      sum(
          out,
          new Cell(t.id(), INCOME_TOTAL, c, income.get().amount(c)),
          List.of(new Cell(t.id(), EXPENDITURE_TOTAL, c, spending.get().amount(c))),
          "支出总计");
    }
  }

  private void checkPersonnelOperating(TableView t, Findings out) {
    List<Cell> personnel = new ArrayList<>();
    List<Cell> operating = new ArrayList<>();
    for (String klass : t.children(TableView.ROOT)) {
      boolean isPersonnel = klass.equals("e301") || klass.equals("e303");
      Optional<RowKey> key = t.keyOf(klass);
      List<Cell> cells =
          key.isPresent()
              ? List.of(new Cell(t.id(), key.get(), TOTAL, t.amount(key.get(), TOTAL)))
              : t.parts(klass, TOTAL);
      (isPersonnel ? personnel : operating).addAll(cells);
    }
    for (TableRow r : t.codedRows()) {
      if (r.key() instanceof RowKey.Economic e) {
        String klass = e.code().digits().substring(0, 3);
        boolean isPersonnel = klass.equals("301") || klass.equals("303");
        Column wrong = isPersonnel ? OPERATING : PERSONNEL;
        if (!r.amount(wrong).isZero()) {
          out.report(
              Location.cell(t.id(), r.key(), wrong),
              "Economic class "
                  + klass
                  + (isPersonnel ? " belongs to 人员经费" : " belongs to 公用经费")
                  + ", yet this row has "
                  + wrong.label(),
              wan(Amount.zero()),
              wan(r.amount(wrong)));
        }
      }
    }
    Optional<TableRow> total = t.row(TOTAL_ROW);
    if (total.isPresent() && !(personnel.isEmpty() && operating.isEmpty())) {
      sum(
          out,
          new Cell(t.id(), TOTAL_ROW, PERSONNEL, total.get().amount(PERSONNEL)),
          personnel,
          "classes 301 and 303");
      sum(
          out,
          new Cell(t.id(), TOTAL_ROW, OPERATING, total.get().amount(OPERATING)),
          operating,
          "the classes other than 301 and 303");
    }
  }

  private void checkThreePublicParts(TableView t, Findings out) {
    RowKey vehicles = RowKey.label("公务用车购置及运行费");
    RowKey purchase = RowKey.label("公务用车购置费");
    RowKey operation = RowKey.label("公务用车运行费");
    List<RowKey> parts = List.of(RowKey.label("因公出国（境）费"), RowKey.label("公务接待费"), vehicles);
    for (Column c : t.table().columns()) {
      List<Cell> vehicleParts = printed(t, List.of(purchase, operation), c);
      Optional<TableRow> v = t.row(vehicles);
      if (v.isPresent() && !vehicleParts.isEmpty()) {
        sum(out, new Cell(t.id(), vehicles, c, v.get().amount(c)), vehicleParts, "购置费 + 运行费");
      }
      Optional<TableRow> total = t.row(TOTAL_ROW);
      if (total.isPresent()) {
        List<Cell> cells = printed(t, parts, c);
        if (v.isEmpty()) {
          cells.addAll(vehicleParts);
        }
        if (!cells.isEmpty()) {
          sum(out, new Cell(t.id(), TOTAL_ROW, c, total.get().amount(c)), cells, "its parts");
        }
      }
    }
  }

  private static List<Cell> printed(TableView t, List<RowKey> keys, Column c) {
    List<Cell> cells = new ArrayList<>();
    for (RowKey k : keys) {
      t.row(k).ifPresent(r -> cells.add(new Cell(t.id(), k, c, r.amount(c))));
    }
    return cells;
  }

  // ---------------------------------------------------------------------------------------------
  // Across tables

  /**
   * Compares {@code table}'s {@code column} with the sum of {@code otherColumns} of {@code other},
   * node by node: the 类 of either table (every printed function row too when {@code allRows}), and
   * the total row. Findings are located in {@code table}.
   */
  private void compareTables(
      Disclosure d,
      TableId table,
      Column column,
      RowKey totalRow,
      TableId other,
      List<Column> otherColumns,
      boolean allRows,
      Findings out) {
    Optional<DisclosureTable> a = d.table(table);
    Optional<DisclosureTable> b = d.table(other);
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    TableView here = new TableView(a.get());
    TableView there = new TableView(b.get());
    for (String path : functionNodes(here, there, allRows)) {
      RowKey key = functionKey(path);
      List<Cell> expected = new ArrayList<>();
      for (Column c : otherColumns) {
        expected.add(new Cell(other, there.keyOf(path).orElse(key), c, there.value(path, c)));
      }
      sum(out, new Cell(table, key, column, here.value(path, column)), expected, other.label());
    }
    RowKey otherTotal = totalRowOf(other);
    if (here.row(totalRow).isPresent()) {
      List<Cell> expected = new ArrayList<>();
      for (Column c : otherColumns) {
        expected.add(new Cell(other, otherTotal, c, columnTotal(there, otherTotal, c)));
      }
      sum(
          out,
          new Cell(table, totalRow, column, here.amount(totalRow, column)),
          expected,
          other.label());
    }
  }

  /** The 类 of both tables (and with {@code allRows} every printed function row), in code order. */
  private static List<String> functionNodes(TableView a, TableView b, boolean allRows) {
    Set<String> nodes = new java.util.TreeSet<>();
    for (TableView t : List.of(a, b)) {
      for (String c : t.children(TableView.ROOT)) {
        if (!c.startsWith("e")) {
          nodes.add(c);
        }
      }
      if (allRows) {
        for (TableRow r : t.codedRows()) {
          if (r.key() instanceof RowKey.Function f) {
            nodes.add(f.code().digits());
          }
        }
      }
    }
    return new ArrayList<>(nodes);
  }

  static RowKey functionKey(String path) {
    return new RowKey.Function(FunctionCode.parse(path));
  }

  static RowKey totalRowOf(TableId table) {
    return table == TableId.T1 || table == TableId.T4 ? EXPENDITURE_TOTAL : TOTAL_ROW;
  }

  /** A column's total: the printed total row, else the sum of the 类. */
  static Amount columnTotal(TableView t, RowKey totalRow, Column c) {
    return t.row(totalRow).map(r -> r.amount(c)).orElseGet(() -> t.value(TableView.ROOT, c));
  }

  private void checkSources(Disclosure d, Findings out) {
    Optional<DisclosureTable> t1 = d.table(TableId.T1);
    Optional<DisclosureTable> t2 = d.table(TableId.T2);
    if (t1.isEmpty() || t2.isEmpty()) {
      return;
    }
    TableView two = new TableView(t2.get());
    for (TableRow r : t1.get().rows()) {
      List<Column> columns = null;
      if (r.key() instanceof RowKey.Fund f) {
        columns = T2_COLUMNS_OF_SOURCE.get(f.source());
      } else if (r.key().equals(CURRENT_INCOME)) {
        columns = List.of(FISCAL, SPECIAL_ACCOUNT, UNIT_FUNDS);
      } else if (r.key().equals(INCOME_TOTAL)) {
        columns = List.of(TOTAL);
      }
      if (columns == null) {
        continue;
      }
      List<Cell> expected = new ArrayList<>();
      for (Column c : columns) {
        expected.add(new Cell(TableId.T2, TOTAL_ROW, c, columnTotal(two, TOTAL_ROW, c)));
      }
      sum(
          out,
          new Cell(TableId.T1, r.key(), Columns.AMOUNT, r.amount(Columns.AMOUNT)),
          expected,
          "表2 column totals");
    }
  }

  private void checkFiscalPart(Disclosure d, Findings out) {
    Optional<DisclosureTable> t2 = d.table(TableId.T2);
    Optional<DisclosureTable> t4 = d.table(TableId.T4);
    if (t2.isEmpty() || t4.isEmpty()) {
      return;
    }
    TableView two = new TableView(t2.get());
    TableView four = new TableView(t4.get());
    Map<Column, List<Column>> columns =
        Map.of(
            TOTAL, List.of(FISCAL),
            GENERAL_PUBLIC, List.of(GENERAL_PUBLIC, GENERAL_PUBLIC_TRANSFER),
            GOVERNMENT_FUND, List.of(GOVERNMENT_FUND, GOVERNMENT_FUND_TRANSFER),
            STATE_CAPITAL, List.of(STATE_CAPITAL, STATE_CAPITAL_TRANSFER));
    for (Column c4 : t4.get().columns()) {
      for (String path : functionNodes(four, two, false)) {
        RowKey key = functionKey(path);
        List<Cell> expected = new ArrayList<>();
        for (Column c2 : columns.get(c4)) {
          expected.add(new Cell(TableId.T2, two.keyOf(path).orElse(key), c2, two.value(path, c2)));
        }
        sum(out, new Cell(TableId.T4, key, c4, four.value(path, c4)), expected, "表2");
      }
      if (four.row(EXPENDITURE_TOTAL).isPresent()) {
        List<Cell> expected = new ArrayList<>();
        for (Column c2 : columns.get(c4)) {
          expected.add(new Cell(TableId.T2, TOTAL_ROW, c2, columnTotal(two, TOTAL_ROW, c2)));
        }
        sum(
            out,
            new Cell(TableId.T4, EXPENDITURE_TOTAL, c4, four.amount(EXPENDITURE_TOTAL, c4)),
            expected,
            "表2 column totals");
      }
    }
    Map<RowKey, List<Column>> income =
        Map.of(
            FISCAL_INCOME,
            List.of(FISCAL),
            new RowKey.Fund(FundSource.GENERAL_PUBLIC),
            List.of(GENERAL_PUBLIC, GENERAL_PUBLIC_TRANSFER),
            new RowKey.Fund(FundSource.GOVERNMENT_FUND),
            List.of(GOVERNMENT_FUND, GOVERNMENT_FUND_TRANSFER),
            new RowKey.Fund(FundSource.STATE_CAPITAL),
            List.of(STATE_CAPITAL, STATE_CAPITAL_TRANSFER));
    for (TableRow r : t4.get().rows()) {
      List<Column> cols = income.get(r.key());
      if (cols == null) {
        continue;
      }
      List<Cell> expected = new ArrayList<>();
      for (Column c2 : cols) {
        expected.add(new Cell(TableId.T2, TOTAL_ROW, c2, columnTotal(two, TOTAL_ROW, c2)));
      }
      sum(out, new Cell(TableId.T4, r.key(), TOTAL, r.amount(TOTAL)), expected, "表2 column totals");
    }
  }

  private void checkBasic(Disclosure d, Findings out) {
    Optional<DisclosureTable> t5 = d.table(TableId.T5);
    Optional<DisclosureTable> t6 = d.table(TableId.T6);
    if (t5.isEmpty() || t6.isEmpty()) {
      return;
    }
    TableView five = new TableView(t5.get());
    TableView six = new TableView(t6.get());
    sum(
        out,
        new Cell(TableId.T6, TOTAL_ROW, TOTAL, columnTotal(six, TOTAL_ROW, TOTAL)),
        List.of(new Cell(TableId.T5, TOTAL_ROW, BASIC, columnTotal(five, TOTAL_ROW, BASIC))),
        "表5 基本支出");
  }

  private void checkProjects(Disclosure d, Findings out) {
    Optional<DisclosureTable> t5 = d.table(TableId.T5);
    Optional<DisclosureTable> t7 = d.table(TableId.T7);
    if (t5.isEmpty() || t7.isEmpty()) {
      return;
    }
    TableView five = new TableView(t5.get());
    TableView seven = new TableView(t7.get());
    Set<String> nodes = new java.util.TreeSet<>();
    for (TableView t : List.of(five, seven)) {
      for (TableRow r : t.codedRows()) {
        if (r.key() instanceof RowKey.Function f) {
          nodes.add(f.code().digits());
        } else if (r.key() instanceof RowKey.Project p) {
          for (FunctionCode c : p.code().ancestors()) {
            nodes.add(c.digits());
          }
          nodes.add(p.code().digits());
        }
      }
    }
    for (String path : nodes) {
      RowKey key = functionKey(path);
      List<Cell> projects =
          seven.isPrinted(path)
              ? List.of(new Cell(TableId.T7, key, TOTAL, seven.value(path, TOTAL)))
              : seven.parts(path, TOTAL);
      sum(out, new Cell(TableId.T5, key, PROJECT, five.value(path, PROJECT)), projects, "表7");
    }
    if (five.row(TOTAL_ROW).isPresent() || seven.row(TOTAL_ROW).isPresent()) {
      sum(
          out,
          new Cell(TableId.T5, TOTAL_ROW, PROJECT, columnTotal(five, TOTAL_ROW, PROJECT)),
          List.of(new Cell(TableId.T7, TOTAL_ROW, TOTAL, columnTotal(seven, TOTAL_ROW, TOTAL))),
          "表7 合计");
    }
  }

  private void checkFundTable(
      Disclosure d, TableId table, List<Column> t2Columns, Column t4Column, Findings out) {
    Optional<DisclosureTable> t = d.table(table);
    if (t.isEmpty()) {
      return;
    }
    TableView view = new TableView(t.get());
    Optional<DisclosureTable> t2 = d.table(TableId.T2);
    if (t2.isPresent()) {
      TableView two = new TableView(t2.get());
      for (String path : functionNodes(view, two, false)) {
        RowKey key = functionKey(path);
        List<Cell> expected = new ArrayList<>();
        for (Column c : t2Columns) {
          expected.add(new Cell(TableId.T2, two.keyOf(path).orElse(key), c, two.value(path, c)));
        }
        sum(out, new Cell(table, key, TOTAL, view.value(path, TOTAL)), expected, "表2");
      }
      List<Cell> expected = new ArrayList<>();
      for (Column c : t2Columns) {
        expected.add(new Cell(TableId.T2, TOTAL_ROW, c, columnTotal(two, TOTAL_ROW, c)));
      }
      sum(
          out,
          new Cell(table, TOTAL_ROW, TOTAL, columnTotal(view, TOTAL_ROW, TOTAL)),
          expected,
          "表2 column totals");
    }
    Optional<DisclosureTable> t4 = d.table(TableId.T4);
    if (t4.isPresent()) {
      TableView four = new TableView(t4.get());
      sum(
          out,
          new Cell(table, TOTAL_ROW, TOTAL, columnTotal(view, TOTAL_ROW, TOTAL)),
          List.of(
              new Cell(
                  TableId.T4,
                  EXPENDITURE_TOTAL,
                  t4Column,
                  columnTotal(four, EXPENDITURE_TOTAL, t4Column))),
          "表4 支出总计");
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Reports at {@code actual}'s cell if it differs from the sum of {@code parts} beyond tolerance.
   */
  private void sum(Findings out, Cell actual, List<Cell> parts, String what) {
    Amount expected = Cell.total(parts);
    if (expected.minus(actual.amount()).abs().isGreaterThan(tolerance)) {
      out.report(
          actual.location(),
          actual.location()
              + " is not the sum of "
              + what
              + ": "
              + Cell.sum(parts)
              + finer(expected, actual.amount()),
          wan(expected),
          wan(actual.amount()));
    }
  }

  /** The exact difference in 元, where the two amounts print alike in 万元. */
  static String finer(Amount expected, Amount actual) {
    if (!wan(expected).equals(wan(actual))) {
      return "";
    }
    return " (they differ by " + expected.minus(actual).toYuan().toPlainString() + " 元)";
  }
}
