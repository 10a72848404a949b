package io.budgetkit.examples.cli;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.Catalog;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.table.TableRenderer;
import io.budgetkit.validation.BudgetRules;
import io.budgetkit.validation.Validator;
import java.util.List;
import java.util.Optional;
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
 * {@code budget tables FILE.json}: the tables of a document, derived from its lines in its layout
 * (the seed's ten tables for a document without one; only the one asked for, with {@code --table}),
 * or as published when it has no lines. {@code --layout ID|FILE} derives them in another layout:
 * the seed's lines in the 上海普陀 layout, say.
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

  @Option(names = "--layout", paramLabel = "ID|FILE", description = LayoutChoice.DESCRIPTION)
  String layoutOption;

  @Override
  public Integer call() {
    Optional<Layout> asked = LayoutChoice.load(layoutOption);
    BudgetDocument doc = DocumentInput.read(file, cli.err());
    TableRenderer renderer = TableRenderer.of(format).withUnit(doc.budget().profile().name());
    if (doc.budget().lines().isEmpty() && doc.layoutTables().isPresent()) {
      Layout printed = doc.layoutTables().get().layout();
      if (asked.isPresent() && !asked.get().equals(printed)) {
        throw new UnusableInputException(
            file
                + ": has no budget lines to derive tables from, and its printed tables are in"
                + " layout "
                + LayoutChoice.other(printed, asked.get()));
      }
      return print(doc.layoutTables().get(), renderer);
    }
    // derived from the lines, in the layout asked for, else the document's own (else the seed's)
    Layout layout =
        asked.orElseGet(
            () ->
                doc.layoutTables()
                    .map(PrintedTables::layout)
                    .orElseGet(() -> Layouts.byId(Layouts.SEED).orElseThrow()));
    PrintedTables derived;
    try {
      if (table == null) {
        derived = LayoutDerivation.derive(layout, doc.budget());
      } else {
        // only the table asked for is derived
        ImmutableList.Builder<PrintedTable> only = ImmutableList.builder();
        for (TableSpec spec : layout.tables()) {
          if (spec.number() == table) {
            only.add(LayoutDerivation.table(spec, doc.budget(), Catalog.standard()));
          }
        }
        derived = new PrintedTables(layout, only.build());
      }
    } catch (ArithmeticException e) {
      throw new UnusableInputException(file + ": " + overflow(doc.budget()));
    }
    return print(derived, renderer);
  }

  /**
   * Why the tables of {@code budget} cannot be derived: where its lines leave an amount's range.
   */
  private static String overflow(UnitBudget budget) {
    Validator<UnitBudget> total =
        Validator.of(BudgetRules.all().stream().filter(r -> r.id().equals("line.total")).toList());
    return total.validate(budget).findings().stream()
        .findFirst()
        .map(
            f ->
                "the lines add up beyond the range of an amount at "
                    + f.location()
                    + ", so the tables cannot be derived: "
                    + f.message())
        .orElse("the lines' sums leave the range of an amount, so the tables cannot be derived");
  }

  /** The tables of a document in its layout (all, or those numbered N). */
  private int print(PrintedTables tables, TableRenderer renderer) {
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
      boolean inLayout = tables.layout().tables().stream().anyMatch(t -> t.number() == table);
      List<TableSpec> has =
          inLayout
              ? tables.tables().stream().map(t -> tables.spec(t.key())).toList()
              : tables.layout().tables();
      throw new UnusableInputException(
          file
              + (inLayout ? ": the document prints no table numbered " : ": no table numbered ")
              + table
              + " in layout "
              + tables.layout().id()
              + " (it has "
              + has.stream().map(t -> "表" + t.number()).distinct().collect(Collectors.joining(", "))
              + ")");
    }
    return BudgetCli.OK;
  }
}
