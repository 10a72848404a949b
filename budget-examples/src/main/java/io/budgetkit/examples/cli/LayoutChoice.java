package io.budgetkit.examples.cli;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.BudgetJsonException;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTables;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The {@code --layout ID|FILE} of the commands that read JSON documents: the layout a document's
 * tables are derived in or held in. A shipped id ({@code budget layouts} lists them) or a layout
 * file of the user's own.
 */
final class LayoutChoice {
  private LayoutChoice() {}

  /** The option's description, shared by the commands. */
  static final String DESCRIPTION =
      "a shipped layout id (see budget layouts) or a layout file: the layout to derive the"
          + " tables in (default: the document's own)";

  /**
   * The layout named on the command line, if one was.
   *
   * @throws UnusableInputException naming the option and why, when it names no shipped layout and
   *     no readable layout file
   */
  static Optional<Layout> load(String idOrFile) {
    if (idOrFile == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Layouts.load(idOrFile));
    } catch (BudgetJsonException | IllegalArgumentException | UncheckedIOException e) {
      throw new UnusableInputException("--layout " + idOrFile + ": " + e.getMessage());
    }
  }

  /**
   * {@code doc} held in {@code layout}, for validation: a document whose tables are printed in that
   * layout is returned as it is; a document without printed tables gets the tables derived from its
   * lines in that layout, so that the layout's rules can say which lines have no place in it.
   *
   * @throws UnusableInputException if the document's tables are printed in another layout (its
   *     printed figures cannot be moved to another layout) or it has neither lines nor tables
   */
  static BudgetDocument hold(BudgetDocument doc, Layout layout, String file) {
    if (doc.layoutTables().isPresent()) {
      Layout own = doc.layoutTables().get().layout();
      if (!own.equals(layout)) {
        throw new UnusableInputException(
            file
                + ": its tables are printed in layout "
                + other(own, layout)
                + "; --layout can only choose the layout of a PDF or of a document without"
                + " printed tables");
      }
      return doc;
    }
    if (doc.budget().lines().isEmpty()) {
      throw new UnusableInputException(
          file + ": has neither budget lines nor printed tables to hold in layout " + layout.id());
    }
    return BudgetDocument.builder().from(doc).layoutTables(derive(layout, doc, file)).build();
  }

  /**
   * How layout {@code own} differs from {@code asked}, for a message: "A, not B", or, for a file
   * that reuses a shipped id with other content, "A as the document holds it, not the file's A".
   */
  static String other(Layout own, Layout asked) {
    return own.id().equals(asked.id())
        ? own.id() + " as the document holds it, not the different " + asked.id() + " given"
        : own.id() + ", not " + asked.id();
  }

  /**
   * The tables of {@code doc}'s lines in {@code layout}.
   *
   * @throws UnusableInputException if the lines' sums leave the range of an amount
   */
  static PrintedTables derive(Layout layout, BudgetDocument doc, String file) {
    try {
      return LayoutDerivation.derive(layout, doc.budget());
    } catch (ArithmeticException e) {
      throw new UnusableInputException(
          file + ": the lines' sums leave the range of an amount, so the tables cannot be derived");
    }
  }
}
