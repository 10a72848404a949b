package io.budgetkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's walkthrough gives what the README says it gives. */
class WalkthroughTest {
  private final UnitBudget budget = Walkthrough.build();

  @Test
  void tasteComputesTheSeedsShare() {
    assertEquals("76.40%", Walkthrough.taste());
  }

  @Test
  void rollUpsGiveTheCommentedTotals() {
    assertEquals(Amount.ofWanYuan("143.34"), Walkthrough.rollUp(budget));
    assertEquals(
        Map.of(FunctionCode.parse("208"), Amount.ofWanYuan("143.34")),
        budget.rollUp(CodeLevel.CLASS));
    assertEquals(Amount.ofWanYuan("113.34"), budget.lineSet().basic().total());
  }

  @Test
  void tablesRenderTheBudget() {
    String out = Walkthrough.tables(budget);
    assertTrue(out.contains("单位支出总体情况表"));
    assertTrue(out.contains("143.34"));
  }

  @Test
  void theSmallBudgetIsConsistent() {
    assertEquals(
        false, Walkthrough.validate(budget).hasErrors(), Walkthrough.validate(budget)::toText);
  }

  @Test
  void jsonRoundTrips(@TempDir Path dir) throws IOException {
    BudgetDocument doc =
        BudgetDocument.of(
            budget, LayoutDerivation.derive(Layouts.byId(Layouts.SEED).orElseThrow(), budget));
    assertEquals(doc, Walkthrough.json(doc, dir.resolve("budget.json")));
  }

  @Test
  void theLayoutsSnippetImportsTheCommissionsPdfAndFindsItsMixedBrackets() throws Exception {
    Path pdf = Path.of(WalkthroughTest.class.getResource("/corpus/2025_商务委员会_单位预算.pdf").toURI());
    var report = Walkthrough.layouts(Walkthrough.build(), pdf);
    // page 8 prints eight brackets opened full-width and closed half-width: （款)
    assertEquals(8, report.findingsOf("text.punctuation").size(), report::toText);
    assertEquals(8, report.findings().get(0).evidence().orElseThrow().page());
    assertTrue(report.notRun().containsKey("layout.lines"), report::toText);
  }
}
