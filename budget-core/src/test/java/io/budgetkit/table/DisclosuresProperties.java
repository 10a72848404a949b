package io.budgetkit.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of derived tables over random line sets. */
class DisclosuresProperties {
  private static final List<String> PROJECTS = List.of("光纤费", "仲裁工作经费", "人社工作经费");

  private static final List<FunctionCode> ITEMS =
      List.of(
              "201 32 99",
              "208 01 01",
              "208 01 04",
              "208 01 50",
              "208 07 99",
              "208 99 99",
              "213 08 99",
              "221 02 01",
              "218 01 01")
          .stream()
          .map(FunctionCode::parse)
          .collect(Collectors.toList());

  private static final List<Optional<EconomicCode>> ECONOMICS =
      List.of("", "301", "301 01", "302 31", "303 02", "310 02", "304 01").stream()
          .map(
              c ->
                  c.isEmpty() ? Optional.<EconomicCode>empty() : Optional.of(EconomicCode.parse(c)))
          .collect(Collectors.toList());

  private static final List<FundSource> LEAVES =
      Arrays.stream(FundSource.values()).filter(FundSource::isLeaf).collect(Collectors.toList());

  /** Basic personnel, basic operating, unnamed project, or one of the named projects. */
  private static Gen<Optional<String>> projects() {
    List<Optional<String>> kinds = new ArrayList<>();
    kinds.add(Optional.of("BASIC_PERSONNEL"));
    kinds.add(Optional.of("BASIC_OPERATING"));
    kinds.add(Optional.empty());
    PROJECTS.forEach(p -> kinds.add(Optional.of(p)));
    return arbitrary().pick(kinds);
  }

  private static Gen<BudgetLine> lines() {
    return arbitrary()
        .pick(ITEMS)
        .zip(
            arbitrary().pick(ECONOMICS),
            arbitrary().pick(LEAVES),
            projects(),
            longs().between(0, 10_000_000_000L),
            (function, economic, fund, kind, fen) -> {
              BudgetLine.Builder b =
                  BudgetLine.builder()
                      .function(function)
                      .economic(economic)
                      .fund(fund)
                      .amount(Amount.ofFen(fen));
              if (kind.isEmpty()) {
                b.kind(ExpenditureKind.PROJECT);
              } else if (kind.get().startsWith("BASIC_")) {
                b.kind(ExpenditureKind.valueOf(kind.get()));
              } else {
                b.forProject(kind.get());
              }
              return b.build();
            });
  }

  private static Gen<UnitBudget> budgets() {
    return lists().of(lines()).ofSizeBetween(0, 40).map(DisclosuresProperties::budget);
  }

  private static UnitBudget budget(List<BudgetLine> lines) {
    UnitBudget.Builder b = ExampleBudget.withProfile().addAllLines(lines);
    for (String p : PROJECTS) {
      b.project(x -> ExampleBudget.project(x, p, "1.00"));
    }
    return b.build();
  }

  private static long sum(List<BudgetLine> lines) {
    return lines.stream().mapToLong(l -> l.amount().fen()).sum();
  }

  /** Every 类 and 款 row equals the sum of the rows directly under it, in every column. */
  private static void assertSubtotalsAddUp(DisclosureTable t) {
    for (TableRow r : t.rows()) {
      if (!(r.key() instanceof RowKey.Function f) || f.code().level() == CodeLevel.ITEM) {
        continue;
      }
      for (Column c : t.columns()) {
        long children = 0;
        for (TableRow x : t.rows()) {
          FunctionCode code = code(x.key());
          boolean direct =
              code != null
                  && code.parent().equals(Optional.of(f.code()))
                  && !(f.code().level() == CodeLevel.SECTION && hasProjectRows(t));
          boolean projectUnderSection =
              code != null
                  && f.code().level() == CodeLevel.SECTION
                  && hasProjectRows(t)
                  && code.level() == CodeLevel.ITEM
                  && f.code().isAncestorOf(code);
          if (direct || projectUnderSection) {
            children += x.amount(c).fen();
          }
        }
        assertEquals(r.amount(c).fen(), children, t.id().label() + " " + r.key() + " " + c);
      }
    }
    for (Column c : t.columns()) {
      long classes =
          t.rows().stream()
              .filter(r -> r.key().level().equals(Optional.of(CodeLevel.CLASS)))
              .mapToLong(r -> r.amount(c).fen())
              .sum();
      assertEquals(t.amount(Rows.TOTAL, c).fen(), classes, t.id().label() + " 合计 " + c);
    }
  }

  private static boolean hasProjectRows(DisclosureTable t) {
    return t.id() == TableId.T7;
  }

  private static FunctionCode code(RowKey key) {
    if (key instanceof RowKey.Function f) {
      return f.code();
    }
    if (key instanceof RowKey.Project p) {
      return p.code();
    }
    return null;
  }

  @Test
  void subtotalsAddUpInEveryFunctionTable() {
    qt().withExamples(300)
        .forAll(budgets())
        .checkAssert(
            budget -> {
              Disclosure d = Disclosures.derive(budget);
              for (TableId id :
                  List.of(TableId.T2, TableId.T3, TableId.T5, TableId.T7, TableId.T8, TableId.T9)) {
                assertSubtotalsAddUp(d.table(id).orElseThrow());
              }
            });
  }

  @Test
  void totalsOfTables1And3AreTheSumOfAllLines() {
    qt().withExamples(300)
        .forAll(budgets())
        .checkAssert(
            budget -> {
              Disclosure d = Disclosures.derive(budget);
              long all = sum(budget.lines());
              DisclosureTable t1 = d.table(TableId.T1).orElseThrow();
              DisclosureTable t3 = d.table(TableId.T3).orElseThrow();
              assertEquals(all, t3.amount(Rows.TOTAL, Columns.TOTAL).fen());
              assertEquals(all, t1.amount(Rows.INCOME_TOTAL, Columns.AMOUNT).fen());
              assertEquals(all, t1.amount(Rows.EXPENDITURE_TOTAL, Columns.AMOUNT).fen());
              assertEquals(
                  all,
                  t1.amount(Rows.INCOME_THIS_YEAR, Columns.AMOUNT)
                      .plus(t1.amount(RowKey.fund(FundSource.CARRYOVER), Columns.AMOUNT))
                      .fen());
              long classes =
                  t1.rows().stream()
                      .filter(r -> r.key() instanceof RowKey.Function)
                      .mapToLong(r -> r.amount(Columns.AMOUNT).fen())
                      .sum();
              assertEquals(all, classes);
            });
  }

  @Test
  void eachRowsTotalIsTheSumOfItsParts() {
    qt().withExamples(300)
        .forAll(budgets())
        .checkAssert(
            budget -> {
              Disclosure d = Disclosures.derive(budget);
              for (TableId id : List.of(TableId.T3, TableId.T5, TableId.T8, TableId.T9)) {
                for (TableRow r : d.table(id).orElseThrow().rows()) {
                  assertEquals(
                      r.amount(Columns.TOTAL),
                      r.amount(Columns.BASIC).plus(r.amount(Columns.PROJECT)));
                }
              }
              for (TableRow r : d.table(TableId.T6).orElseThrow().rows()) {
                assertEquals(
                    r.amount(Columns.TOTAL),
                    r.amount(Columns.PERSONNEL).plus(r.amount(Columns.OPERATING)));
              }
              for (TableRow r : d.table(TableId.T2).orElseThrow().rows()) {
                Amount parts = Amount.zero();
                for (Column c :
                    List.of(
                        Columns.FISCAL,
                        Columns.SPECIAL_ACCOUNT,
                        Columns.UNIT_FUNDS,
                        Columns.FISCAL_CARRYOVER,
                        Columns.NON_FISCAL_CARRYOVER)) {
                  parts = parts.plus(r.amount(c));
                }
                assertEquals(r.amount(Columns.TOTAL), parts, r.key().id());
              }
            });
  }

  @Test
  void tablesAgreeWithEachOther() {
    qt().withExamples(300)
        .forAll(budgets())
        .checkAssert(
            budget -> {
              Disclosure d = Disclosures.derive(budget);
              DisclosureTable t1 = d.table(TableId.T1).orElseThrow();
              DisclosureTable t2 = d.table(TableId.T2).orElseThrow();
              DisclosureTable t4 = d.table(TableId.T4).orElseThrow();
              DisclosureTable t5 = d.table(TableId.T5).orElseThrow();
              DisclosureTable t7 = d.table(TableId.T7).orElseThrow();
              Amount generalPublic =
                  t1.amount(RowKey.fund(FundSource.GENERAL_PUBLIC), Columns.AMOUNT);
              assertEquals(generalPublic, t5.amount(Rows.TOTAL, Columns.TOTAL));
              assertEquals(
                  generalPublic, t4.amount(Rows.EXPENDITURE_TOTAL, Columns.GENERAL_PUBLIC));
              assertEquals(
                  t2.amount(Rows.TOTAL, Columns.FISCAL),
                  t4.amount(Rows.EXPENDITURE_TOTAL, Columns.TOTAL));
              assertEquals(
                  t5.amount(Rows.TOTAL, Columns.PROJECT), t7.amount(Rows.TOTAL, Columns.TOTAL));
            });
  }

  @Test
  void eachTableAloneEqualsItsPartOfTheWholeDisclosure() {
    qt().withExamples(100)
        .forAll(budgets())
        .checkAssert(
            budget -> {
              Disclosure all = Disclosures.derive(budget);
              for (TableId id : TableId.values()) {
                assertEquals(
                    all.table(id).orElseThrow(),
                    Disclosures.deriveTable(id, budget, io.budgetkit.code.Catalog.standard()));
              }
            });
  }

  @Test
  void derivationDoesNotDependOnLineOrder() {
    qt().withExamples(200)
        .forAll(lists().of(lines()).ofSizeBetween(0, 40), integers().all())
        .checkAssert(
            (lines, seed) -> {
              List<BudgetLine> shuffled = new ArrayList<>(lines);
              Collections.shuffle(shuffled, new Random(seed));
              Disclosure a = Disclosures.derive(budget(lines));
              Disclosure b = Disclosures.derive(budget(shuffled));
              assertEquals(a, b);
              assertEquals(List.of(), a.diff(b));
            });
  }

  @Test
  void aChangedLineShowsInTheDiffAndTheDiffIsSymmetric() {
    qt().withExamples(200)
        .forAll(lists().of(lines()).ofSizeBetween(1, 30), longs().between(1, 1_000_000))
        .checkAssert(
            (lines, extra) -> {
              List<BudgetLine> changed = new ArrayList<>(lines);
              BudgetLine first = changed.get(0);
              changed.set(
                  0,
                  BudgetLine.builder()
                      .from(first)
                      .amount(first.amount().plus(Amount.ofFen(extra)))
                      .build());
              Disclosure a = Disclosures.derive(budget(lines));
              Disclosure b = Disclosures.derive(budget(changed));
              List<CellDifference> ab = a.diff(b);
              List<CellDifference> ba = b.diff(a);
              assertFalse(ab.isEmpty());
              assertEquals(ab.size(), ba.size());
              for (CellDifference x : ab) {
                assertEquals(Amount.ofFen(-extra), x.delta(), x.toString());
              }
            });
  }
}
