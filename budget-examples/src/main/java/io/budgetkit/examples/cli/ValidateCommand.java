package io.budgetkit.examples.cli;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.RuleProfile;
import io.budgetkit.validation.Severity;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validators;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code budget validate FILE.json}: one finding per line, exit 1 when any is an error. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate a budget document: one finding per line on stdout (severity, rule, place,",
      "expected, actual, message; control characters from the document escaped as \\uXXXX),",
      "a count on stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      BudgetCli.EXIT_OK,
      BudgetCli.EXIT_FINDINGS,
      BudgetCli.EXIT_UNUSABLE,
      BudgetCli.EXIT_INTERNAL
    })
public final class ValidateCommand implements Callable<Integer> {
  @ParentCommand BudgetCli cli;

  @Parameters(index = "0", paramLabel = "FILE.json", description = "a budget document")
  String file;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description = "default or strict (warnings as errors); default: ${DEFAULT-VALUE}",
      defaultValue = "default",
      converter = ProfileConverter.class)
  RuleProfile profile;

  /** Reads a built-in profile by name. */
  static final class ProfileConverter implements ITypeConverter<RuleProfile> {
    @Override
    public RuleProfile convert(String name) {
      try {
        return RuleProfile.named(name);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    BudgetDocument doc = DocumentInput.read(file, cli.err());
    long started = System.nanoTime();
    ValidationReport report =
        DocumentInput.Progress.during(
            cli.err(),
            () ->
                String.format(
                    Locale.ROOT,
                    "validating %,d lines: %d s",
                    doc.budget().lines().size(),
                    (System.nanoTime() - started) / 1_000_000_000L),
            () -> Validators.document().validate(doc, profile));
    for (Finding f : report.findings()) {
      cli.out().println(line(f));
    }
    cli.err()
        .println(
            report.findings(Severity.ERROR).size()
                + " errors, "
                + report.findings(Severity.WARNING).size()
                + " warnings, "
                + report.findings(Severity.INFO).size()
                + " notes (profile "
                + profile.name()
                + ")");
    return report.hasErrors() ? BudgetCli.FINDINGS : BudgetCli.OK;
  }

  /**
   * One finding as one line: severity, rule, location, expected, actual, message, with control
   * characters from the document escaped so that no name can start a line of its own.
   */
  static String line(Finding f) {
    return TerminalText.line(
        String.format(
            Locale.ROOT,
            "%s %s %s expected=%s actual=%s %s",
            f.severity(),
            f.ruleId(),
            f.location(),
            f.expected().orElse("-"),
            f.actual().orElse("-"),
            f.message()));
  }
}
