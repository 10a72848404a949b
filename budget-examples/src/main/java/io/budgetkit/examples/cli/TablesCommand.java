package io.budgetkit.examples.cli;

import io.budgetkit.code.Catalog;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.Disclosures;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code budget tables FILE.json}: the tables of a document, derived from its lines (only the one
 * asked for, with {@code --table}), or as published when it has no lines.
 */
@Command(
    name = "tables",
    mixinStandardHelpOptions = true,
    description = {
      "Print the tables of a budget document: derived from its lines, or as published when it",
      "has no lines. Text cuts cells wider than 60 columns; CSV and Markdown keep every character."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {BudgetCli.EXIT_OK, BudgetCli.EXIT_UNUSABLE, BudgetCli.EXIT_INTERNAL})
public final class TablesCommand implements Callable<Integer> {
  @ParentCommand BudgetCli cli;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.json", description = "a budget document")
  String file;

  private Integer table;

  @Option(
      names = "--table",
      paramLabel = "N",
      description = "only table N, from 1 to 10 (default: all ten)")
  void table(int n) {
    if (n < 1 || n > 10) {
      throw new ParameterException(
          spec.commandLine(), "--table expects a number from 1 to 10, not " + n);
    }
    table = n;
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, markdown or csv (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  TableRenderer.Format format;

  @Override
  public Integer call() {
    BudgetDocument doc = DocumentInput.read(file, cli.err());
    TableRenderer renderer = TableRenderer.of(format).withUnit(doc.budget().profile().name());
    if (doc.layoutTables().isPresent() && doc.published().isEmpty()) {
      return layoutTables(doc.layoutTables().get(), renderer);
    }
    boolean published = doc.budget().lines().isEmpty() && doc.published().isPresent();
    try {
      if (table == null) {
        Disclosure tables =
            published
                ? doc.published().get()
                : Disclosures.derive(doc.budget(), Catalog.standard());
        for (DisclosureTable t : tables.tables()) {
          cli.out().print(renderer.render(t));
        }
      } else {
        TableId id = TableId.of(table);
        DisclosureTable t =
            published
                ? doc.published()
                    .get()
                    .table(id)
                    .orElseThrow(() -> missing(id, doc.published().get()))
                : Disclosures.deriveTable(id, doc.budget(), Catalog.standard());
        cli.out().print(renderer.render(t));
      }
    } catch (ArithmeticException e) {
      throw new UnusableInputException(file + ": " + e.getMessage());
    }
    return BudgetCli.OK;
  }

  /** The tables of a document held in its own layout, as printed (all, or those numbered N). */
  private int layoutTables(PrintedTables tables, TableRenderer renderer) {
    boolean any = false;
    for (PrintedTable t : tables.tables()) {
      TableSpec spec = tables.spec(t.key());
      if (table != null && spec.number() != table) {
        continue;
      }
      any = true;
      cli.out()
          .print(
              renderer.render(spec.label(), spec.unit(), spec.tableColumns(), t.rows(), t.note()));
    }
    if (!any) {
      throw new UnusableInputException(
          file
              + ": the document prints no table numbered "
              + table
              + " in layout "
              + tables.layout().id());
    }
    return BudgetCli.OK;
  }

  private UnusableInputException missing(TableId id, Disclosure published) {
    List<String> has =
        published.tables().stream().map(t -> t.id().label()).collect(Collectors.toList());
    return new UnusableInputException(
        file
            + ": the document has no lines and its published tables have no "
            + id.label()
            + (has.isEmpty() ? " (it has none)" : " (it has " + String.join(", ", has) + ")"));
  }
}
