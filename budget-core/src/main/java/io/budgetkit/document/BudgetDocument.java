package io.budgetkit.document;

import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.Statement;
import io.budgetkit.model.UnitBudget;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit budget and, where the user has them, the tables as its disclosure published them, in the
 * document's layout.
 *
 * <p>A finance system that holds lines has only the budget; a data team reading PDFs has the
 * published tables and whatever of the budget it can recover. The validator checks the budget, the
 * published tables, and the one against the other. Immutable.
 */
@Value.Immutable
public abstract class BudgetDocument {
  /** The budget: profile, lines, projects and disclosed facts. */
  public abstract UnitBudget budget();

  /**
   * The tables as published in the document's own layout (a region's, level's and year's shape), if
   * known; the generated identities of the layout are checked on them.
   */
  public abstract Optional<PrintedTables> layoutTables();

  /**
   * The document's printed text with pages and positions, when it was read from a printed source
   * such as a PDF; text-level rules read it.
   */
  public abstract Optional<SourceText> sourceText();

  /**
   * Whether the document is a 单位预算 or a 部门预算, where known; rules on the document's wording need it.
   */
  public abstract Optional<DisclosureLevel> level();

  /**
   * For a 部门预算, the units whose budgets it consolidates, as the document names them (empty when not
   * stated, and for a 单位预算).
   */
  public abstract List<String> units();

  /**
   * The narrative's figures as printed, for a document held in a layout: what each measures, its
   * comparison with last year and its explanation. Checked against the layout tables and each
   * other.
   */
  public abstract List<Statement> statements();

  /** A document of {@code budget} alone. */
  public static BudgetDocument of(UnitBudget budget) {
    return builder().budget(budget).build();
  }

  /** A document of {@code budget} and its tables as published in their layout. */
  public static BudgetDocument of(UnitBudget budget, PrintedTables published) {
    return builder().budget(budget).layoutTables(published).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetDocument}. */
  public static final class Builder extends ImmutableBudgetDocument.Builder {}
}
