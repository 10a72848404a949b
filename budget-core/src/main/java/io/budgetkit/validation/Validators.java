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
    for (Rule<BudgetDocument> r : DisclosureRules.all(tolerance)) {
      // the table rules (t1.… to t10.…) read only the ten tables; the others also read the
      // narrative and the facts, and check what they can without tables
      rules.add(
          r.id().matches("t[0-9]+\\..*")
              ? r.requiring(d -> d.published().isPresent(), "published 表1–表10")
              : r);
    }
    for (Rule<BudgetDocument> r : DerivationRules.all()) {
      rules.add(
          r.requiring(d -> d.published().isPresent(), "published 表1–表10")
              .requiring(d -> !d.budget().lines().isEmpty(), "budget lines"));
    }
    for (Rule<BudgetDocument> r : LayoutRules.all()) {
      Rule<BudgetDocument> guarded =
          r.requiring(d -> d.layoutTables().isPresent(), "tables in a layout");
      if (r.id().equals("layout.lines") || r.id().equals("layout.unplaced-lines")) {
        guarded = guarded.requiring(d -> !d.budget().lines().isEmpty(), "budget lines");
      }
      rules.add(guarded);
    }
    for (Rule<BudgetDocument> r : StatementRules.all()) {
      rules.add(r.requiring(d -> !d.statements().isEmpty(), "narrative statements"));
    }
    for (Rule<BudgetDocument> r : TextRules.all()) {
      rules.add(r.requiring(d -> d.sourceText().isPresent(), "printed text"));
    }
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
