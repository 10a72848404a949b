package io.budgetkit.examples.cli;

import io.budgetkit.code.Catalog;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SeedBudget;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.Disclosures;
import io.budgetkit.table.TableDiff;
import io.budgetkit.table.TableRenderer;
import io.budgetkit.validation.RuleProfile;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validators;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code budget demo}: the seed's ten tables, compared with the published ones, and its report. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "The seed budget (2023, 阿图什市人力资源和社会保障局): its ten tables derived from its lines,",
      "compared with the published ones, and its validation report."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {BudgetCli.EXIT_OK, BudgetCli.EXIT_INTERNAL})
public final class DemoCommand implements Callable<Integer> {
  @ParentCommand BudgetCli cli;

  @Override
  public Integer call() {
    return run(cli);
  }

  int run(BudgetCli cli) {
    PrintStream out = cli.out();
    BudgetDocument seed = SeedBudget.document();
    Disclosure derived = Disclosures.derive(seed.budget(), Catalog.standard());
    out.println(seed.budget().profile().name() + " " + seed.budget().fiscalYear() + " 年单位预算");
    out.println();
    out.print(TableRenderer.text().withUnit(seed.budget().profile().name()).render(derived));
    seed.published()
        .ifPresent(
            published -> {
              var differences = TableDiff.exact().between(derived, published);
              out.println(
                  differences.isEmpty()
                      ? "The ten tables derived from the budget's lines equal the published tables in every cell."
                      : differences.size()
                          + " cells differ between the derived and the published tables:");
              differences.forEach(d -> out.println("  " + TerminalText.line(d.toString())));
              out.println();
            });
    ValidationReport report = Validators.document().validate(seed, RuleProfile.DEFAULT);
    out.println("Validation report (" + report.findings().size() + " findings)");
    out.print(report.toText());
    return BudgetCli.OK;
  }
}
