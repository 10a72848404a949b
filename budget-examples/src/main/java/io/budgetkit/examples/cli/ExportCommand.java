package io.budgetkit.examples.cli;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.Exports;
import io.budgetkit.json.FindingsExport;
import io.budgetkit.layout.Layout;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.validation.RuleProfile;
import io.budgetkit.validation.Validators;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code budget export FILE|DIR… --what lines|tables|findings --format csv|jsonl}: one file of
 * records for data tools, from one document or many.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export budget documents for data tools: one record per line, a header row (CSV) and",
      "nothing else, amounts exact in the stated unit (the column name says which).",
      "  lines     one record per budget line (document, unit, code, year, function, economic,",
      "            fund, kind, project, owner, amount)",
      "  tables    one record per printed cell (document, unit, year, table, row, name,",
      "            column, amount): the tables as printed, or with --layout the tables derived",
      "            from the lines in that layout",
      "  findings  one record per finding of the validator (document, rule, severity, table,",
      "            row, column, place, message, expected, actual, page, box, snippet)",
      "A document that cannot be read is reported on stderr and skipped; the others are",
      "exported, and the exit status is 2."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {" 0:success", BudgetCli.EXIT_UNUSABLE, BudgetCli.EXIT_INTERNAL})
public final class ExportCommand implements Callable<Integer> {
  /** What to export. */
  enum What {
    lines,
    tables,
    findings
  }

  /** The file format. */
  enum Format {
    csv,
    jsonl
  }

  @ParentCommand BudgetCli cli;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "a budget document, several, or a directory of them (*.json)")
  List<String> files;

  @Option(
      names = "--what",
      required = true,
      paramLabel = "WHAT",
      description = "lines, tables or findings")
  What what;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "csv or jsonl (JSON Lines); default: ${DEFAULT-VALUE}",
      defaultValue = "csv")
  Format format;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      description = "yuan (元) or wan (万元) for amounts; default: ${DEFAULT-VALUE}",
      defaultValue = "yuan")
  String unit;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description = "for findings: default or strict; default: ${DEFAULT-VALUE}",
      defaultValue = "default",
      converter = ValidateCommand.ProfileConverter.class)
  RuleProfile profile;

  @Option(
      names = "--layout",
      paramLabel = "ID|FILE",
      description = {
        "a shipped layout id (see budget layouts) or a layout file. For tables: the cells",
        "derived from each document's lines in this layout (a document without lines must be",
        "printed in it). For findings: documents without printed tables are held in it, as",
        "validate --layout does. Not for lines, which are the same in every layout."
      })
  String layoutOption;

  private Optional<Layout> chosen = Optional.empty();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "the file to write (default: standard output)")
  Path output;

  @Override
  public Integer call() throws IOException {
    MoneyUnit moneyUnit;
    try {
      moneyUnit = Batch.unit(unit);
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException("--unit: " + e.getMessage());
    }
    chosen = LayoutChoice.load(layoutOption);
    if (chosen.isPresent() && what == What.lines) {
      throw new UnusableInputException(
          "--layout applies to --what tables and findings; lines are the same in every layout");
    }
    List<Path> documents = Batch.documents(files);
    int status = BudgetCli.OK;
    int unreadable = 0;
    Writer writer =
        output == null
            ? new OutputStreamWriter(cli.out(), StandardCharsets.UTF_8)
            : Files.newBufferedWriter(output);
    try (ProgressBar bar =
        documents.size() > 1 ? Batch.progress("export", documents.size(), cli.err()) : null) {
      if (what == What.findings) {
        try (FindingsExport export =
            FindingsExport.of(
                format == Format.csv ? FindingsExport.Format.CSV : FindingsExport.Format.JSON_LINES,
                writer)) {
          for (Path file : documents) {
            BudgetDocument doc = readOrReport(file);
            if (doc == null) {
              unreadable++;
            } else {
              export.write(
                  file.toString(), Validators.document().validate(doc, profile).findings());
            }
            step(bar);
          }
        }
      } else {
        try (Exports export =
            Exports.open(
                what == What.lines ? Exports.What.LINES : Exports.What.TABLES,
                format == Format.csv ? Exports.Format.CSV : Exports.Format.JSONL,
                moneyUnit,
                writer)) {
          for (Path file : documents) {
            BudgetDocument doc = readOrReport(file);
            if (doc == null) {
              unreadable++;
            } else {
              export.add(file.toString(), doc);
            }
            step(bar);
          }
        }
      }
    } finally {
      if (output != null) {
        writer.close();
      } else {
        writer.flush();
      }
    }
    if (unreadable > 0) {
      cli.err()
          .println(
              String.format(
                  Locale.ROOT,
                  "%,d of %,d documents could not be read and were skipped",
                  unreadable,
                  documents.size()));
      status = BudgetCli.UNUSABLE;
    }
    return status;
  }

  private static void step(ProgressBar bar) {
    if (bar != null) {
      bar.step();
    }
  }

  private BudgetDocument readOrReport(Path file) {
    try {
      BudgetDocument doc = Batch.read(file);
      if (chosen.isEmpty()) {
        return doc;
      }
      Layout layout = chosen.get();
      if (what == What.findings) {
        return LayoutChoice.hold(doc, layout, file.toString());
      }
      if (!doc.budget().lines().isEmpty()) {
        return BudgetDocument.builder()
            .from(doc)
            .layoutTables(LayoutChoice.derive(layout, doc, file.toString()))
            .build();
      }
      if (doc.layoutTables().isPresent() && !doc.layoutTables().get().layout().equals(layout)) {
        throw new UnusableInputException(
            file
                + ": has no budget lines to derive tables from, and its printed tables are in"
                + " layout "
                + LayoutChoice.other(doc.layoutTables().get().layout(), layout));
      }
      return doc;
    } catch (UnusableInputException e) {
      cli.err().println("budget export: " + TerminalText.line(e.getMessage()));
      return null;
    }
  }
}
