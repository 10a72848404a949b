package io.budgetkit.examples.bench;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.validation.Validator;
import io.budgetkit.validation.Validators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

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
   * The rules of {@code Validators.document()} without the narrative and document rules (those that
   * compare the seed's narrative figures and projects with its tables): the budget, layout,
   * statement and text rules, guarded exactly as {@code Validators.document()} guards them, since
   * they are its own rule objects.
   */
  static Validator<BudgetDocument> layoutValidator() {
    Set<String> document = Set.of("projects.t7", "t10.vehicle-operation");
    return Validator.of(
        Validators.document().rules().stream()
            .filter(r -> !r.id().startsWith("narrative.") && !document.contains(r.id()))
            .toList());
  }
}
