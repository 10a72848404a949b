package io.budgetkit.examples.cli;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SeedBudget;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.table.TableRenderer;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.LayoutRules;
import io.budgetkit.validation.RuleProfile;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validator;
import io.budgetkit.validation.Validators;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--layout",
      paramLabel = "ID|FILE",
      description =
          "a shipped layout id (see budget layouts) or a layout file: derive the seed's tables in"
              + " this layout instead of its own")
  String layoutOption;

  @Override
  public Integer call() {
    return run(cli);
  }

  int run(BudgetCli cli) {
    PrintStream out = cli.out();
    BudgetDocument seed = SeedBudget.document();
    PrintedTables published = seed.layoutTables().orElseThrow();
    Layout layout = LayoutChoice.load(layoutOption).orElse(published.layout());
    boolean own = layout.equals(published.layout());
    PrintedTables derived = LayoutChoice.derive(layout, seed, "the seed");
    out.println(seed.budget().profile().name() + " " + seed.budget().fiscalYear() + " 年单位预算");
    out.println();
    TableRenderer renderer = TableRenderer.text().withUnit(seed.budget().profile().name());
    for (PrintedTable t : derived.tables()) {
      TableSpec spec = derived.spec(t.key());
      if (t != derived.tables().get(0)) {
        out.println();
      }
      out.print(
          renderer.render(spec.label(), spec.unit(), spec.tableColumns(), t.rows(), t.note()));
    }
    if (!own) {
      out.println();
      out.println(
          "The tables above are derived from the budget's lines in layout "
              + layout.id()
              + "; the published tables are in layout "
              + published.layout().id()
              + ", so they are not compared cell by cell.");
      // lines the other layout has no place for are named, not silently left out
      Validator<BudgetDocument> placement =
          Validator.of(
              LayoutRules.all().stream()
                  .filter(r -> r.id().equals("layout.unplaced-lines"))
                  .toList());
      List<Finding> unplaced =
          placement
              .validate(BudgetDocument.builder().from(seed).layoutTables(derived).build())
              .findings();
      unplaced.forEach(f -> out.println("  " + TerminalText.line(f.message())));
      out.println();
      return report(out, seed);
    }
    // layout.lines: every published cell against the same cell derived from the lines
    Validator<BudgetDocument> lines =
        Validator.of(
            LayoutRules.all().stream().filter(r -> r.id().equals("layout.lines")).toList());
    List<Finding> differences = lines.validate(seed).findings();
    out.println(
        differences.isEmpty()
            ? "The ten tables derived from the budget's lines equal the published tables in every cell."
            : differences.size() + " cells differ between the derived and the published tables:");
    differences.forEach(d -> out.println("  " + TerminalText.line(d.message())));
    out.println();
    return report(out, seed);
  }

  private static int report(PrintStream out, BudgetDocument seed) {
    ValidationReport report = Validators.document().validate(seed, RuleProfile.DEFAULT);
    out.println("Validation report (" + report.findings().size() + " findings)");
    out.print(report.toText());
    return BudgetCli.OK;
  }
}
