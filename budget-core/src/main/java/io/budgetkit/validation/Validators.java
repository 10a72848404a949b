package io.budgetkit.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.UnitBudget;

/** Ready-made validators. */
public final class Validators {
  private Validators() {}

  /** The narrative and document rules that read nothing but table cells beside the budget. */
  private static final ImmutableSet<String> READ_TABLES =
      ImmutableSet.of(
          "narrative.amount",
          "narrative.operating-costs",
          "narrative.three-public-costs",
          "projects.t7",
          "t10.vehicle-operation");

  /**
   * A validator of whole documents: {@link BudgetRules#all()} on the budget; the narrative figures
   * and the projects against the document's layout tables (ids {@code narrative.…}, {@code
   * projects.t7}, {@code t10.vehicle-operation}); {@link LayoutRules#all()} on the layout tables:
   * every identity generated from the layout, and the tables against those derived from the lines
   * ({@code layout.lines}); {@link StatementRules#all()} on the narrative statements; then {@link
   * #text()}, which reads the document's printed text. A rule that needs what the document lacks
   * (layout tables, lines, statements, printed text) is reported as not run.
   */
  public static Validator<BudgetDocument> document() {
    ImmutableList.Builder<Rule<BudgetDocument>> rules = ImmutableList.builder();
    for (Rule<UnitBudget> r : BudgetRules.all()) {
      rules.add(r.on(BudgetDocument::budget));
    }
    // the narrative and project rules that compare with table cells need tables to compare with
    for (Rule<BudgetDocument> r : Iterables.concat(NarrativeRules.all(), DocumentRules.all())) {
      rules.add(
          READ_TABLES.contains(r.id())
              ? r.requiring(d -> d.layoutTables().isPresent(), "tables in a layout")
              : r);
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
