package io.budgetkit.examples.cli;

import io.budgetkit.json.BudgetJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code budget schema}: the JSON Schema of the document format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the budget document format.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {BudgetCli.EXIT_OK, BudgetCli.EXIT_INTERNAL})
public final class SchemaCommand implements Callable<Integer> {
  @ParentCommand BudgetCli cli;

  @Override
  public Integer call() {
    cli.out().println(BudgetJson.schema());
    return BudgetCli.OK;
  }
}
