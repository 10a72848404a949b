package io.budgetkit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.budgetkit.code.Catalog;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.json.LayoutJson;
import io.budgetkit.json.Layouts;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.testkit.BudgetGenerators;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link LayoutDerivation#derive} sums classes of lines (lines alike in fund source, kind and which
 * of the layout's economic sets hold them) and rolls each table's code rows up from each line's own
 * code. It must give exactly the tables, and exactly the errors, of summing every cell line by line
 * ({@link LayoutDerivation#deriveLineByLine}).
 */
class ClassedDerivationTest {

  /** The shipped layouts, and the seed's with economic 款 beside 类 in its economic sets. */
  private static List<Layout> layouts() throws Exception {
    List<Layout> layouts = new ArrayList<>(Layouts.shipped());
    String seed = LayoutJson.toJson(Layouts.byId(Layouts.SEED).orElseThrow());
    String sections =
        seed.replace("\"301\"", "\"30101\", \"30102\"")
            .replace("\"302\"", "\"30201\"")
            .replace("\"xinjiang-atushi-2023-unit\"", "\"test-economic-sections\"");
    layouts.add(LayoutJson.read(new StringReader(sections)));
    return layouts;
  }

  /** The tables, or the error's class and message. */
  private static String outcome(java.util.function.Supplier<PrintedTables> derive) {
    try {
      PrintedTables t = derive.get();
      return t.tables().toString();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static void assertSameAsLineByLine(Layout layout, UnitBudget budget) {
    assertEquals(
        outcome(() -> LayoutDerivation.deriveLineByLine(layout, budget, Catalog.standard())),
        outcome(() -> LayoutDerivation.derive(layout, budget)),
        layout.id());
  }

  @Test
  void consistentBudgetsWithProjectsDeriveAsLineByLine() throws Exception {
    for (Layout layout : layouts()) {
      qt().withExamples(60)
          .forAll(BudgetGenerators.budgets(12, 4))
          .checkAssert(budget -> assertSameAsLineByLine(layout, budget));
    }
  }

  /**
   * Lines of every kind, fund source, economic code or none, and amount up to the edge of the
   * range, so that sums overflow in some tables and not in others.
   */
  @Test
  void anyLinesDeriveAsLineByLineErrorsIncluded() throws Exception {
    long[] outcomes = new long[2]; // derived, failed
    for (Layout layout : layouts()) {
      qt().withExamples(150)
          .forAll(lists().of(anyLines()).ofSizeBetween(0, 24))
          .checkAssert(
              lines -> {
                UnitBudget budget =
                    UnitBudget.builder()
                        .profile(BudgetGenerators.seedProfile())
                        .fiscalYear(2023)
                        .lines(lines)
                        .build();
                assertSameAsLineByLine(layout, budget);
                outcomes[
                    outcome(() -> LayoutDerivation.derive(layout, budget)).startsWith("[")
                        ? 0
                        : 1]++;
              });
    }
    // both outcomes were compared
    org.junit.jupiter.api.Assertions.assertTrue(
        outcomes[0] > 0 && outcomes[1] > 0, outcomes[0] + " derived, " + outcomes[1] + " failed");
  }

  private static Gen<BudgetLine> anyLines() {
    return BudgetGenerators.itemCodes()
        .zip(
            BudgetGenerators.economicCodes().toOptionals(20),
            BudgetGenerators.fundLeaves(),
            Generate.enumValues(ExpenditureKind.class),
            (function, economic, fund, kind) -> line(function, economic, fund, kind))
        .zip(amountsToTheEdge(), (line, amount) -> line.amount(amount).build());
  }

  private static BudgetLine.Builder line(
      FunctionCode function,
      Optional<EconomicCode> economic,
      FundSource fund,
      ExpenditureKind kind) {
    return BudgetLine.builder().function(function).economic(economic).fund(fund).kind(kind);
  }

  /** Amounts in 万元 cents, and a fifth from an eighth of the largest long of fen to a half. */
  private static Gen<Amount> amountsToTheEdge() {
    return Generate.frequency(
        Pair.of(4, BudgetGenerators.wanYuanAmounts()),
        Pair.of(1, BudgetGenerators.amounts(Long.MAX_VALUE / 8, Long.MAX_VALUE / 2)));
  }

  @Test
  void overflowAcrossClassesIsTheLineByLineError() {
    // one 一般公共预算 line and one 单位资金 line, each half the range: each class's sum fits, 表1's
    // total of both does not
    UnitBudget budget =
        UnitBudget.builder()
            .profile(BudgetGenerators.seedProfile())
            .fiscalYear(2023)
            .addLines(
                basic("2080101", FundSource.GENERAL_PUBLIC_LOCAL, Long.MAX_VALUE / 2 + 1),
                basic("2080101", FundSource.BUSINESS_INCOME, Long.MAX_VALUE / 2 + 1))
            .build();
    Layout seed = Layouts.byId(Layouts.SEED).orElseThrow();
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> LayoutDerivation.derive(seed, budget));
    assertEquals(
        "Cannot derive 表1 单位收支总体情况表 of layout xinjiang-atushi-2023-unit: a sum of the budget's"
            + " lines leaves the range of an amount (a long of fen); the rule line.total names the"
            + " lines",
        e.getMessage());
    assertSameAsLineByLine(seed, budget);
  }

  private static BudgetLine basic(String function, FundSource fund, long fen) {
    return BudgetLine.builder()
        .function(FunctionCode.parse(function))
        .economic(EconomicCode.parse("30101"))
        .fund(fund)
        .kind(ExpenditureKind.BASIC_PERSONNEL)
        .amount(Amount.ofFen(fen))
        .build();
  }
}
