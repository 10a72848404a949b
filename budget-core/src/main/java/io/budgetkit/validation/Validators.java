package io.budgetkit.validation;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;

/** Ready-made validators. */
public final class Validators {
  private Validators() {}

  /**
   * A validator of whole documents: {@link BudgetRules#all()} on the budget, then {@link
   * DisclosureRules#all()} on the published tables, the narrative and the disclosed facts, then
   * {@code lines.published-tables}: where the document has both lines and published tables, every
   * published cell must equal the cell derived from the lines; then {@link #text()}, which reads
   * the document's printed text and gives no finding on a document without one.
   */
  public static Validator<BudgetDocument> document() {
    return document(Amount.zero());
  }

  /** As {@link #document()}, allowing {@code tolerance} in sums of table figures. */
  public static Validator<BudgetDocument> document(Amount tolerance) {
    ImmutableList.Builder<Rule<BudgetDocument>> rules = ImmutableList.builder();
    for (Rule<UnitBudget> r : BudgetRules.all()) {
      rules.add(r.on(BudgetDocument::budget));
    }
    rules.addAll(DisclosureRules.all(tolerance));
    rules.addAll(DerivationRules.all());
    rules.addAll(LayoutRules.all());
    rules.addAll(TextRules.all());
    return Validator.of(rules.build());
  }

  /**
   * A validator of a document's printed text ({@link TextRules#all()}): completeness, empty tables,
   * years, level wording, explanations and text quality, each finding with its evidence. Documents
   * without source text give no finding.
   */
  public static Validator<BudgetDocument> text() {
    return Validator.of(TextRules.all());
  }
}
