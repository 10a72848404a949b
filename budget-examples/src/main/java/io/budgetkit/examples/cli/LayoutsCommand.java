package io.budgetkit.examples.cli;

import io.budgetkit.json.BudgetJsonException;
import io.budgetkit.json.LayoutJson;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.TableSpec;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code budget layouts}: the shipped layouts, one line each; {@code --show ID|FILE} prints one as
 * a layout file to copy and change; {@code --check FILE} reads a user's layout file and lists its
 * tables, or says in one line what is wrong with it.
 */
@Command(
    name = "layouts",
    mixinStandardHelpOptions = true,
    description = {
      "List the shipped layouts (how a region prints its disclosure), print one as a file to copy",
      "(--show), or check a layout file of your own (--check)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {BudgetCli.EXIT_OK, BudgetCli.EXIT_UNUSABLE, BudgetCli.EXIT_INTERNAL})
public final class LayoutsCommand implements Callable<Integer> {
  @ParentCommand BudgetCli cli;

  @Option(names = "--show", paramLabel = "ID|FILE", description = "print this layout's file")
  String show;

  @Option(names = "--check", paramLabel = "FILE", description = "read a layout file and list it")
  String check;

  @Override
  public Integer call() {
    if (show != null) {
      cli.out().print(LayoutJson.toJson(load(show)));
      cli.out().println();
      return BudgetCli.OK;
    }
    if (check != null) {
      Layout layout = load(check);
      cli.out().println(TerminalText.line(summary(layout)));
      for (TableSpec t : layout.tables()) {
        cli.out()
            .println(
                TerminalText.line(
                    "  "
                        + t.key()
                        + "  "
                        + t.label()
                        + " ("
                        + t.unit().label()
                        + ", "
                        + t.columns().size()
                        + " columns)"));
      }
      return BudgetCli.OK;
    }
    for (Layout l : Layouts.shipped()) {
      cli.out().println(TerminalText.line(summary(l)));
    }
    return BudgetCli.OK;
  }

  private static String summary(Layout l) {
    return l.id()
        + "  "
        + l.name()
        + " ("
        + l.level().title()
        + ", "
        + l.tables().stream().mapToInt(TableSpec::number).distinct().count()
        + " tables)";
  }

  private static Layout load(String idOrFile) {
    try {
      return Layouts.load(DocumentInput.path(idOrFile).toString());
    } catch (BudgetJsonException e) {
      throw new UnusableInputException(idOrFile + ": " + e.getMessage());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UnusableInputException(e.getMessage());
    }
  }
}
