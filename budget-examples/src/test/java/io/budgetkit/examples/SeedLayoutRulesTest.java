package io.budgetkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.Identities;
import io.budgetkit.layout.Identity;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.Term;
import io.budgetkit.money.Amount;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.Rows;
import io.budgetkit.table.TableRow;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.LayoutRules;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken tables of the seed, found by the layout's generated identities: for each family of the
 * identities the seed's tables were once checked by, written by hand per table ({@code
 * t1.hierarchy}, {@code t2-t4.fiscal} …), one published figure of the seed's ten tables is raised
 * by 1.00 万元 where that family's planted error stood, and
 *
 * <ul>
 *   <li>an identity the layout generates that reads the changed cell fails, reported by its {@code
 *       layout.*} rule at the identity's whole, and
 *   <li>{@code layout.lines} reports the changed cell itself against the lines.
 * </ul>
 */
class SeedLayoutRulesTest {
  private static final Validator<BudgetDocument> RULES = Validator.of(LayoutRules.all());
  private static final Amount OFFSET = Amount.ofWanYuan("1.00");

  /** Where a family's planted error stood: a table, a column and the rows it was planted in. */
  record Planting(String family, String table, String column, Predicate<TableRow> rows) {
    @Override
    public String toString() {
      return family;
    }
  }

  private static Predicate<TableRow> is(RowKey key) {
    return r -> r.key().equals(key);
  }

  private static Predicate<TableRow> function(CodeLevel level) {
    return r -> r.key() instanceof RowKey.Function f && f.code().level() == level;
  }

  private static Predicate<TableRow> economic(CodeLevel level) {
    return r -> r.key() instanceof RowKey.Economic e && e.code().level() == level;
  }

  private static final Predicate<TableRow> PROJECT = r -> r.key() instanceof RowKey.Project;

  /** The families of the former table rules and the cells their broken documents changed. */
  static Stream<Planting> families() {
    Predicate<TableRow> total = is(Rows.TOTAL);
    return Stream.of(
        new Planting("t1.hierarchy", "t1", "amount", is(Rows.EXPENDITURE_TOTAL)),
        new Planting("t1.income", "t1", "amount", is(Rows.INCOME_THIS_YEAR)),
        new Planting("t1.balance", "t1", "amount", is(Rows.INCOME_TOTAL)),
        new Planting("t2.hierarchy", "t2", "fiscal", total),
        new Planting("t2.row-columns", "t2", "unitFunds", function(CodeLevel.ITEM)),
        new Planting("t3.hierarchy", "t3", "basic", total),
        new Planting("t3.row-columns", "t3", "basic", function(CodeLevel.ITEM)),
        new Planting("t4.hierarchy", "t4", "generalPublic", is(Rows.EXPENDITURE_TOTAL)),
        new Planting("t4.row-columns", "t4", "stateCapital", function(CodeLevel.CLASS)),
        new Planting("t4.income", "t4", "total", is(Rows.FISCAL_INCOME)),
        new Planting("t4.balance", "t4", "total", is(Rows.INCOME_TOTAL)),
        new Planting("t5.hierarchy", "t5", "basic", total),
        new Planting("t5.row-columns", "t5", "project", function(CodeLevel.ITEM)),
        new Planting("t6.hierarchy", "t6", "total", economic(CodeLevel.CLASS)),
        new Planting("t6.row-columns", "t6", "total", economic(CodeLevel.SECTION)),
        new Planting("t6.personnel-operating", "t6", "personnel", total),
        new Planting("t7.hierarchy", "t7", "e302", function(CodeLevel.CLASS)),
        new Planting("t7.row-columns", "t7", "e399", PROJECT),
        // the seed prints 表8 and 表9 empty, with their 合计 row alone
        new Planting("t8.hierarchy", "t8", "basic", total),
        new Planting("t8.row-columns", "t8", "project", total),
        new Planting("t8.totals", "t8", "total", total),
        new Planting("t9.hierarchy", "t9", "basic", total),
        new Planting("t9.row-columns", "t9", "project", total),
        new Planting("t9.totals", "t9", "total", total),
        new Planting("t10.row-columns", "t10", "stateCapital", is(Rows.RECEPTION)),
        new Planting("t10.parts", "t10", "total", is(Rows.OVERSEAS_TRAVEL)),
        new Planting("t1-t2.class-totals", "t2", "total", total),
        new Planting("t1-t3.class-totals", "t3", "total", function(CodeLevel.CLASS)),
        new Planting("t2-t3.row-totals", "t3", "total", function(CodeLevel.ITEM)),
        new Planting("t1-t2.sources", "t2", "specialAccount", total),
        new Planting("t2-t4.fiscal", "t4", "governmentFund", function(CodeLevel.CLASS)),
        new Planting("t4-t5.general-public", "t5", "total", function(CodeLevel.CLASS)),
        new Planting("t5-t6.basic", "t6", "total", total),
        new Planting("t5-t7.projects", "t7", "total", PROJECT),
        new Planting("lines.published-tables", "t3", "total", function(CodeLevel.ITEM)));
  }

  @ParameterizedTest
  @MethodSource("families")
  void aFigureRaisedWhereTheFamilysErrorStoodBreaksAGeneratedIdentity(Planting p) {
    PrintedTables seed = SeedBudget.tables();
    TableRow row =
        seed.table(p.table()).orElseThrow().rows().stream()
            .filter(p.rows())
            .findFirst()
            .orElseThrow(() -> new AssertionError(p.family() + ": no such row in the seed"));
    Term planted = new Term(p.table(), new CellRef(row.key(), p.column()));
    PrintedTables broken = withCell(seed, planted, row.amount(column(p)).plus(OFFSET));
    BudgetDocument doc = BudgetDocument.of(SeedBudget.budget(), broken);
    ValidationReport report = RULES.validate(doc);

    // an identity that reads the changed cell fails, at its whole
    List<Identity> reading = new ArrayList<>();
    for (Identity id : Identities.of(broken)) {
      if (id.whole().equals(planted) || id.parts().contains(planted)) {
        reading.add(id);
      }
    }
    assertTrue(!reading.isEmpty(), p.family() + ": no generated identity reads " + planted);
    boolean found =
        reading.stream()
            .anyMatch(
                id ->
                    report.findingsOf(id.kind().ruleId()).stream()
                        .anyMatch(f -> at(f, id.whole())));
    assertTrue(found, () -> p.family() + " at " + planted + ":\n" + report.toText());

    // and the lines disagree with exactly that cell
    List<Finding> lines = report.findingsOf("layout.lines");
    assertEquals(1, lines.size(), report::toText);
    assertTrue(at(lines.get(0), planted), report::toText);
  }

  private static io.budgetkit.table.Column column(Planting p) {
    return new io.budgetkit.table.Column(p.column(), p.column());
  }

  private static boolean at(Finding f, Term term) {
    return f.figures().map(x -> x.cell().equals(term)).orElse(false);
  }

  /** {@code tables} with the cell {@code term} set to {@code value}. */
  private static PrintedTables withCell(PrintedTables tables, Term term, Amount value) {
    ImmutableList.Builder<PrintedTable> out = ImmutableList.builder();
    for (PrintedTable t : tables.tables()) {
      if (!t.key().equals(term.table())) {
        out.add(t);
        continue;
      }
      List<TableRow> rows = new ArrayList<>();
      for (TableRow r : t.rows()) {
        if (r.key().equals(term.cell().row())) {
          Map<String, Amount> cells = new LinkedHashMap<>(r.cells());
          cells.put(term.cell().column(), value);
          r = new TableRow(r.key(), r.name(), ImmutableMap.copyOf(cells));
        }
        rows.add(r);
      }
      out.add(
          new PrintedTable(
              t.key(), ImmutableList.copyOf(rows), t.note(), t.decimals(), t.evidence()));
    }
    return new PrintedTables(tables.layout(), out.build());
  }
}
