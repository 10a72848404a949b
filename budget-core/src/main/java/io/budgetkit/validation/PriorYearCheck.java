package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.Comparison;
import io.budgetkit.layout.Identities;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.Statement;
import io.budgetkit.layout.Term;
import io.budgetkit.money.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks this year's narrative against last year's published document: each statement compared with
 * 上年预算 (base {@link Comparison.Base#BUDGET}, naming last year) implies a prior-year figure (stated,
 * or this year's figure less the change, or equal for 持平), and that figure must be the cell of last
 * year's tables that sums the same lines.
 *
 * <p>Comparisons with 上年执行数 or 决算 are skipped: a budget document does not print them. The tolerance
 * is each printed figure's rounding (50 元 for 0.01 万元) plus the table figure's. Findings use rule
 * id {@value #RULE} and name both documents' figures.
 */
public final class PriorYearCheck {
  private PriorYearCheck() {}

  /** The rule id of the findings. */
  public static final String RULE = "statement.prior-year";

  /**
   * The findings of {@code current}'s statements against {@code prior}, last year's document of the
   * same unit; both must be held in a layout.
   *
   * @throws IllegalArgumentException if {@code prior} is not of the year before {@code current}
   */
  public static ValidationReport check(BudgetDocument current, BudgetDocument prior) {
    requireNonNull(current, "current");
    requireNonNull(prior, "prior");
    int year = current.budget().fiscalYear();
    if (prior.budget().fiscalYear() != year - 1) {
      throw new IllegalArgumentException(
          "Last year's document is of "
              + prior.budget().fiscalYear()
              + ", not "
              + (year - 1)
              + " before a "
              + year
              + " budget");
    }
    List<Finding> findings = new ArrayList<>();
    if (current.layoutTables().isEmpty() || prior.layoutTables().isEmpty()) {
      return ValidationReport.of(
          "prior-year", findings, Map.of(RULE, "no tables in a layout in one of the documents"));
    }
    PrintedTables last = prior.layoutTables().get();
    List<Statement> statements = current.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.amount().isEmpty() || s.comparison().isEmpty()) {
        continue;
      }
      Comparison c = s.comparison().get();
      if (c.base() != Comparison.Base.BUDGET || c.baseYear() != year - 1) {
        continue;
      }
      Optional<Amount> implied =
          c.prior()
              .or(() -> c.change().map(ch -> s.amount().get().minus(ch)))
              .or(() -> c.flat() ? s.amount() : Optional.empty());
      if (implied.isEmpty()) {
        continue;
      }
      List<Term> cells = Identities.cellsFor(last, s.subject());
      if (cells.isEmpty()) {
        continue;
      }
      Term cell = cells.get(0);
      Amount printed =
          last.table(cell.table()).flatMap(t -> t.cell(cell.cell())).orElse(Amount.zero());
      long slack =
          slack(s) * (c.prior().isPresent() || c.flat() ? 1 : 2)
              + LayoutRules.slackTwice(last, cell) / 2;
      if (implied.get().minus(printed).abs().fen() > slack) {
        String unit = " " + s.unit().label();
        findings.add(
            Finding.builder()
                .ruleId(RULE)
                .severity(Severity.ERROR)
                .location(Location.at("narrative " + (i + 1) + " " + s.label()))
                .message(
                    s.label()
                        + ": the comparison with "
                        + c.baseYear()
                        + "年预算 implies "
                        + implied.get().format(s.unit())
                        + unit
                        + " last year, but "
                        + c.baseYear()
                        + "'s "
                        + LayoutRules.describe(last, cell)
                        + " prints "
                        + printed.format(last.spec(cell.table()).unit())
                        + " "
                        + last.spec(cell.table()).unit().label())
                .expected(printed.format(s.unit()) + unit)
                .actual(implied.get().format(s.unit()) + unit)
                .evidence(s.evidence())
                .build());
      }
    }
    return ValidationReport.of("prior-year", findings);
  }

  private static long slack(Statement s) {
    long lastDigit = s.unit().yuan() * 100;
    for (int i = 0; i < s.decimals() && lastDigit > 1; i++) {
      lastDigit /= 10;
    }
    return lastDigit <= 1 ? 0 : lastDigit / 2;
  }
}
