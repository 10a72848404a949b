package io.budgetkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.Comparison;
import io.budgetkit.layout.Statement;
import io.budgetkit.money.Amount;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.PriorYearCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 2025 万里街道 narrative's comparisons with 2024年预算, against the 2024 document itself. */
class PriorYearCheckTest {
  private static final BudgetDocument Y2024 =
      CorpusImportTest.imported("2024_万里街道办事处_部门预算").document();
  private static final BudgetDocument Y2025 =
      CorpusImportTest.imported("2025_万里街道办事处_部门预算").document();

  @Test
  void the2025ComparisonsWith2024AgreeWithThe2024Document() {
    // e.g. p6 财政拨款收入 18,976.76 万元，比2024年预算增加3,355.65万元: 15,621.11 万元, which 2024's
    // 收入预算总表 prints as 156,211,123 元; p30 “三公” 37.91 万元, 比2024年预算减少10万元: 47.91 万元,
    // 2024's “三公” table
    long compared =
        Y2025.statements().stream()
            .filter(s -> s.comparison().map(c -> c.base() == Comparison.Base.BUDGET).orElse(false))
            .count();
    assertTrue(compared >= 8, "comparisons with 2024年预算: " + compared);
    assertEquals(List.of(), PriorYearCheck.check(Y2025, Y2024).findings());
  }

  @Test
  void aChangeMisprintedByOneWanYuanIsFoundAgainstLastYear() {
    List<Statement> statements = new ArrayList<>(Y2025.statements());
    int index = -1;
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.label().contains("三公") && s.comparison().flatMap(Comparison::change).isPresent()) {
        index = i;
        break;
      }
    }
    assertTrue(index >= 0, "the 三公 comparison is read");
    Statement s = statements.get(index);
    Comparison c = s.comparison().get();
    Comparison wrong =
        new Comparison(
            c.base(),
            c.baseYear(),
            c.prior(),
            c.change().map(ch -> ch.minus(Amount.ofWanYuan("1.00"))),
            c.rate(),
            c.flat());
    statements.set(
        index,
        new Statement(
            s.label(),
            s.subject(),
            s.amount(),
            s.count(),
            s.unit(),
            s.decimals(),
            Optional.of(wrong),
            s.share(),
            s.explanation(),
            s.partOf(),
            s.evidence()));
    BudgetDocument broken = BudgetDocument.builder().from(Y2025).statements(statements).build();
    List<Finding> findings = PriorYearCheck.check(broken, Y2024).findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("47.91 万元", findings.get(0).expected().orElseThrow());
    assertEquals("48.91 万元", findings.get(0).actual().orElseThrow());
  }
}
