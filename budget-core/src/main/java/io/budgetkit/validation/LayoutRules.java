package io.budgetkit.validation;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.Evidence;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.ColumnSpec;
import io.budgetkit.layout.DerivedFigures;
import io.budgetkit.layout.Identities;
import io.budgetkit.layout.Identity;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.RowSpec;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.layout.Term;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The rules that check a document's tables in its own layout: every identity {@link Identities}
 * generates, and the printed tables against the tables derived from the budget's lines.
 *
 * <p>Tolerance comes from the printing: each figure may be off by half a unit of its last printed
 * digit (nothing for a figure printed to the fen in 元; 0.50 元 for a figure printed in whole 元; 50 元
 * for one printed to 0.01 万元), and an identity allows the sum of its figures' slack, rounded down
 * to the fen. The rules run only on documents that carry {@link BudgetDocument#layoutTables()}.
 */
public final class LayoutRules {
  private LayoutRules() {}

  /** The rules, one per family of generated identities, then the lines check. */
  public static ImmutableList<Rule<BudgetDocument>> all() {
    ImmutableList.Builder<Rule<BudgetDocument>> rules = ImmutableList.builder();
    for (Identity.Kind kind : Identity.Kind.values()) {
      rules.add(
          Rule.of(
              kind.ruleId(),
              description(kind),
              Severity.ERROR,
              Optional.of("half a unit of each figure's last printed digit"),
              (document, out) -> document.layoutTables().ifPresent(t -> check(kind, t, out))));
    }
    rules.add(
        Rule.of(
            "layout.lines",
            "the published tables equal the tables derived from the budget's lines",
            Severity.ERROR,
            Optional.of("half a unit of each figure's last printed digit"),
            LayoutRules::checkLines));
    rules.add(
        Rule.of(
            "layout.unplaced-lines",
            "every line with money has a place in the layout: in some table, and in an economic"
                + " table at its finest printed level",
            Severity.ERROR,
            Optional.empty(),
            LayoutRules::checkPlacement));
    return rules.build();
  }

  private static String description(Identity.Kind kind) {
    switch (kind) {
      case ROWS:
        return "a code row equals the sum of its printed children; 合计 the sum of the top rows";
      case COLUMNS:
        return "a column equals the sum of the columns that partition its slice";
      case LABELLED_ROWS:
        return "a labelled row equals the sum of the labelled rows that partition its slice";
      case ACROSS:
        return "cells that sum the same lines agree across tables";
      case SUMS:
        return "the layout's explicit sums (the “三公” parts)";
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * The index of the tables this thread checked last: the family rules and the lines rule of one
   * validation read the same tables, which are immutable, so they are indexed once. Held weakly.
   */
  private static final ThreadLocal<WeakReference<Cells>> LAST = new ThreadLocal<>();

  /** The index of {@code tables}: this thread's last one if it indexes the same instance. */
  private static Cells cells(PrintedTables tables) {
    WeakReference<Cells> last = LAST.get();
    Cells cells = last == null ? null : last.get();
    if (cells == null || cells.tables != tables) {
      cells = new Cells(tables);
      LAST.set(new WeakReference<>(cells));
    }
    return cells;
  }

  private static void check(Identity.Kind kind, PrintedTables tables, Findings out) {
    Cells cells = cells(tables);
    Identities.Slack slack =
        (t, decimals) -> slackOf(cells.unit(t.key()), decimals, tables.layout().wholeYuan());
    for (Identities.Discrepancy d : Identities.discrepancies(tables, kind, slack)) {
      Identity id = d.identity();
      long whole = d.whole();
      long sum = d.sum();
      long slackTwice = d.slackTwice();
      if (d.overflow()) {
        out.report(
            location(tables, id.whole()),
            "the parts of "
                + describe(tables, id.whole())
                + " overflow when summed: "
                + terms(tables, id),
            (String) null,
            (String) null,
            evidence(tables, id.whole()));
        continue;
      }
      MoneyUnit unit = cells.unit(id.whole().table());
      String message;
      if (kind == Identity.Kind.ACROSS) {
        Term other = id.parts().get(0);
        message =
            describe(tables, id.whole())
                + " prints "
                + Amount.ofFen(whole).format(unit)
                + " but "
                + describe(tables, other)
                + ", which sums the same lines, prints "
                + Amount.ofFen(sum).format(tables.spec(other.table()).unit());
      } else {
        message =
            describe(tables, id.whole())
                + " is not the sum of its parts: "
                + terms(tables, id)
                + " (differs by "
                + Amount.ofFen(whole).minus(Amount.ofFen(sum)).abs().format(unit)
                + " "
                + unit.label()
                + ")";
      }
      out.report(
          location(tables, id.whole()),
          message,
          Amount.ofFen(sum).format(unit),
          Amount.ofFen(whole).format(unit),
          evidence(tables, id.whole()),
          new Figures(
              id.whole(), Amount.ofFen(sum), Amount.ofFen(whole), Amount.ofFen(slackTwice / 2)));
    }
  }

  /**
   * The printed tables indexed by table key with each table's unit and slack, for rules that read
   * many cells; {@link #slackTwice(String, RowKey, String, Amount)} answers as {@link
   * LayoutRules#slackTwice(PrintedTables, Term)} does.
   */
  private static final class Cells {
    private final PrintedTables tables;
    private final Map<String, Indexed> byKey = new HashMap<>();

    /** One table (its rows indexed by key), its unit and the slack of a two-decimal figure. */
    private static final class Indexed {
      final PrintedTable table;
      MoneyUnit unit;
      long slackTwiceOfTwoDecimals = -1;

      Indexed(PrintedTable table) {
        this.table = table;
      }
    }

    Cells(PrintedTables tables) {
      this.tables = tables;
      for (PrintedTable t : tables.tables()) {
        byKey.put(t.key(), new Indexed(t));
      }
    }

    MoneyUnit unit(String table) {
      Indexed index = byKey.get(table);
      if (index == null) {
        return tables.spec(table).unit();
      }
      if (index.unit == null) {
        index.unit = tables.spec(table).unit();
      }
      return index.unit;
    }

    /**
     * Twice the slack, in fen, of the figure {@code printed} (null: blank) at row {@code row},
     * column {@code column} of table {@code table}.
     */
    long slackTwice(String table, RowKey row, String column, Amount printed) {
      if (printed == null) {
        return 0; // blank: nothing printed, nothing rounded
      }
      Indexed index = byKey.get(table);
      if (index.table.decimals().isEmpty()) {
        return slackTwiceOfTwoDecimals(index, table);
      }
      int decimals = index.table.decimalsOf(new CellRef(row, column));
      return slackOf(unit(table), decimals, tables.layout().wholeYuan());
    }

    private long slackTwiceOfTwoDecimals(Indexed index, String table) {
      if (index.slackTwiceOfTwoDecimals < 0) {
        index.slackTwiceOfTwoDecimals = slackOf(unit(table), 2, tables.layout().wholeYuan());
      }
      return index.slackTwiceOfTwoDecimals;
    }
  }

  private static String terms(PrintedTables tables, Identity id) {
    StringJoiner j = new StringJoiner(" + ");
    for (Term p : id.parts()) {
      j.add(Amount.ofFen(value(tables, p)).format(tables.spec(p.table()).unit()));
    }
    return Amount.ofFen(value(tables, id.whole())).format(tables.spec(id.whole().table()).unit())
        + " ≠ "
        + j;
  }

  private static long value(PrintedTables tables, Term term) {
    return tables.table(term.table()).flatMap(t -> t.cell(term.cell())).map(Amount::fen).orElse(0L);
  }

  /** Twice the slack of one printed figure, in fen: the unit of its last digit, in fen. */
  static long slackTwice(PrintedTables tables, Term term) {
    Optional<PrintedTable> table = tables.table(term.table());
    if (table.isEmpty() || table.get().cell(term.cell()).isEmpty()) {
      return 0; // blank: nothing printed, nothing rounded
    }
    int decimals = table.get().decimalsOf(term.cell());
    MoneyUnit unit = tables.spec(term.table()).unit();
    return slackOf(unit, decimals, tables.layout().wholeYuan());
  }

  /** Twice the slack of a figure printed in {@code unit} with {@code decimals}, in fen. */
  private static long slackOf(MoneyUnit unit, int decimals, boolean wholeYuan) {
    if (unit == MoneyUnit.YUAN && wholeYuan) {
      return 0; // whole 元 amounts: printed to the 元 or the fen, the figure is exact
    }
    long lastDigit = unit.yuan() * 100;
    for (int i = 0; i < decimals && lastDigit > 1; i++) {
      lastDigit /= 10;
    }
    // a figure printed to the fen (or finer) is exact: amounts are whole fen
    return lastDigit <= 1 ? 0 : lastDigit;
  }

  private static Location location(PrintedTables tables, Term term) {
    return new Location(
        Optional.of(tables.spec(term.table()).label()),
        Optional.of(term.cell().row().id()),
        Optional.of(term.cell().column()),
        Optional.empty());
  }

  private static Evidence evidence(PrintedTables tables, Term term) {
    return tables.table(term.table()).map(t -> t.evidence().get(term.cell())).orElse(null);
  }

  /** 表3 支出预算总表 row 201 column 基本支出. */
  static String describe(PrintedTables tables, Term term) {
    TableSpec spec = tables.spec(term.table());
    String column =
        spec.column(term.cell().column()).map(ColumnSpec::label).orElse(term.cell().column());
    return spec.label()
        + " row "
        + rowName(tables, term.table(), term.cell())
        + " column "
        + column;
  }

  private static String rowName(PrintedTables tables, String table, CellRef cell) {
    String id = cell.row().id();
    Optional<TableRow> row = tables.table(table).flatMap(t -> t.row(cell.row()));
    return row.map(r -> id + " (" + r.name() + ")").orElse(id);
  }

  private static void checkPlacement(BudgetDocument document, Findings out) {
    if (document.layoutTables().isEmpty()) {
      return;
    }
    Layout layout = document.layoutTables().get().layout();
    List<BudgetLine> lines = document.budget().lines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      if (line.amount().isZero()) {
        continue;
      }
      boolean inSome = false;
      for (TableSpec t : layout.tables()) {
        if (!t.slice().contains(line)) {
          continue;
        }
        inSome = true;
        if (t.rows().codes() == RowSpec.Codes.ECONOMIC) {
          CodeLevel finest = Collections.max(t.rows().levels());
          boolean placeable =
              line.economic().map(e -> e.level().compareTo(finest) >= 0).orElse(false);
          if (!placeable) {
            out.report(
                Location.at("line " + (i + 1)),
                "line "
                    + (i + 1)
                    + " ("
                    + line.function()
                    + ", "
                    + line.economic().map(e -> "economic " + e).orElse("no economic code")
                    + ") lies in "
                    + t.label()
                    + " but cannot be printed in its "
                    + finest.label()
                    + " rows");
          }
        }
      }
      if (!inSome) {
        out.report(
            Location.at("line " + (i + 1)),
            "line "
                + (i + 1)
                + " ("
                + line.function()
                + ", "
                + line.fund()
                + ") lies in no table of layout "
                + layout.id()
                + ", so its documents cannot show it");
      }
    }
  }

  private static void checkLines(BudgetDocument document, Findings out) {
    if (document.layoutTables().isEmpty() || document.budget().lines().isEmpty()) {
      return;
    }
    PrintedTables published = document.layoutTables().get();
    DerivedFigures derived;
    try {
      derived = LayoutDerivation.figures(published.layout(), document.budget());
    } catch (ArithmeticException e) {
      out.report(
          Location.at("lines"),
          "the lines' sums overflow the largest amount, so the tables cannot be derived");
      return;
    }
    Cells printedCells = cells(published);
    for (PrintedTable p : published.tables()) {
      TableSpec spec = published.spec(p.key());
      List<ColumnSpec> columns = spec.columns();
      // the printed rows, then the derived rows the table does not print
      List<TableRow> printedRows = p.rows();
      List<DerivedFigures.Row> derivedRows = derived.rows(p.key());
      List<DerivedFigures.Row> unprinted = new ArrayList<>();
      for (DerivedFigures.Row r : derivedRows) {
        if (p.row(r.key()).isEmpty()) {
          unprinted.add(r);
        }
      }
      int count = printedRows.size() + unprinted.size();
      // every figure of a table without recorded decimals has the same slack
      long uniformSlack =
          p.decimals().isEmpty() ? slackOf(spec.unit(), 2, published.layout().wholeYuan()) / 2 : -1;
      for (int i = 0; i < count; i++) {
        TableRow printedRow = i < printedRows.size() ? printedRows.get(i) : null;
        RowKey key =
            printedRow != null ? printedRow.key() : unprinted.get(i - printedRows.size()).key();
        DerivedFigures.Row derivedRow =
            printedRow != null
                ? derived.row(p.key(), key).orElse(null)
                : unprinted.get(i - printedRows.size());
        for (int ci = 0; ci < columns.size(); ci++) {
          ColumnSpec c = columns.get(ci);
          Amount printedAmount = printedRow == null ? null : printedRow.cells().get(c.id());
          long printed = printedAmount == null ? 0L : printedAmount.fen();
          long lines = derivedRow == null ? 0L : derivedRow.fen(ci);
          long slack =
              printedAmount == null
                  ? 0L
                  : uniformSlack >= 0
                      ? uniformSlack
                      : printedCells.slackTwice(p.key(), key, c.id(), printedAmount) / 2;
          if (!Identities.withinSlack(printed, lines, slack)) {
            Term term = new Term(p.key(), new CellRef(key, c.id()));
            out.report(
                location(published, term),
                describe(published, term)
                    + " prints "
                    + Amount.ofFen(printed).format(spec.unit())
                    + " but the lines sum to "
                    + Amount.ofFen(lines).format(spec.unit()),
                Amount.ofFen(lines).format(spec.unit()),
                Amount.ofFen(printed).format(spec.unit()),
                evidence(published, term),
                new Figures(term, Amount.ofFen(lines), Amount.ofFen(printed), Amount.ofFen(slack)));
          }
        }
      }
    }
  }
}
