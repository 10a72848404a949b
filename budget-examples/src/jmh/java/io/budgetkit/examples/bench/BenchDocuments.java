package io.budgetkit.examples.bench;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.validation.BudgetRules;
import io.budgetkit.validation.LayoutRules;
import io.budgetkit.validation.Rule;
import io.budgetkit.validation.StatementRules;
import io.budgetkit.validation.TextRules;
import io.budgetkit.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** The layout, documents and validator the benchmarks share. */
final class BenchDocuments {
  private BenchDocuments() {}

  /** The seed's ten tables, in 万元: the layout every benchmark derives and checks. */
  static final Layout SEED_LAYOUT = Layouts.byId("xinjiang-atushi-2023-unit").orElseThrow();

  /** {@code budget} with its tables derived in {@link #SEED_LAYOUT} as the printed tables. */
  static BudgetDocument document(UnitBudget budget) {
    return BudgetDocument.builder()
        .budget(budget)
        .layoutTables(LayoutDerivation.derive(SEED_LAYOUT, budget))
        .build();
  }

  /** {@link BudgetJson#write} of {@code document}. */
  static byte[] json(BudgetDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BudgetJson.write(document, out);
    return out.toByteArray();
  }

  /**
   * The rules of a document held in a layout: {@link BudgetRules#all()} on the budget, {@link
   * LayoutRules#all()} on the layout tables, {@link StatementRules#all()} on the statements and
   * {@link TextRules#all()} on the printed text, each guarded as {@code Validators.document()}
   * guards it (a rule whose input the document lacks is skipped).
   */
  static Validator<BudgetDocument> layoutValidator() {
    ImmutableList.Builder<Rule<BudgetDocument>> rules = ImmutableList.builder();
    for (Rule<UnitBudget> r : BudgetRules.all()) {
      rules.add(r.on(BudgetDocument::budget));
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
}
