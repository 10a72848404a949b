package io.budgetkit.examples.cli;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.FindingsExport;
import io.budgetkit.layout.Layout;
import io.budgetkit.pdf.ImportResult;
import io.budgetkit.pdf.PdfImporter;
import io.budgetkit.pdf.UnreadablePdfException;
import io.budgetkit.pdf.annotate.AnnotateOption;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.RuleProfile;
import io.budgetkit.validation.Severity;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validators;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code budget validate FILE.json}: one finding per line, exit 1 when any is an error; {@code
 * budget validate DIR|FILES…}: many documents in parallel, one summary line per document, every
 * finding to one file ({@code --findings}), exit status of the worst document.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate a budget document: one finding per line on stdout (severity, rule, place,",
      "expected, actual, message; control characters from the document escaped as \\uXXXX),",
      "a count on stderr.",
      "Given a directory (its *.json files) or several files: validate them in parallel,",
      "a progress bar on stderr, one summary line per document on stdout (OK, FINDINGS,",
      "UNREADABLE or FAILED, name, counts), every finding to the --findings file; a document",
      "that cannot be read is reported and skipped, the others still run. The exit status is",
      "that of the worst document."
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

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "a budget document, several, or a directory of them (*.json)")
  List<String> files;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "documents validated at once (default: the cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--findings",
      paramLabel = "FILE",
      description = "write every finding of every document to FILE, one record per finding")
  Path findingsFile;

  @Option(
      names = "--findings-format",
      paramLabel = "FORMAT",
      description = "csv or jsonl (default: jsonl for a FILE ending .jsonl or .json, else csv)")
  String findingsFormat;

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

  @Mixin AnnotateOption annotate;

  @Option(
      names = "--layout",
      paramLabel = "ID|FILE|auto",
      description = {
        "the layout (a shipped id, see budget layouts, or a layout file) to read a PDF with,",
        "and to hold a JSON document without printed tables in: its tables are derived from its",
        "lines in that layout and lines without a place in it are findings. A JSON document",
        "printed in another layout is refused. Default: ${DEFAULT-VALUE} (a PDF's layout",
        "recognised from its table titles; a JSON document's own)"
      },
      defaultValue = "auto")
  String layout;

  /** The layout asked for, or empty for auto. */
  private Optional<Layout> chosen = Optional.empty();

  @Override
  public Integer call() throws IOException {
    if (!layout.equals("auto")) {
      chosen = LayoutChoice.load(layout);
    }
    if (threads < 1) {
      throw new UnusableInputException("--threads " + threads + ": expected at least 1");
    }
    if (files.size() == 1 && !Files.isDirectory(DocumentInput.path(files.get(0)))) {
      return single(files.get(0));
    }
    return batch(Batch.documents(files));
  }

  private int single(String file) throws IOException {
    boolean pdf = file.toLowerCase(Locale.ROOT).endsWith(".pdf");
    if (annotate.target().isPresent() && !pdf) {
      throw new UnusableInputException("--annotate needs a PDF to annotate, not " + file);
    }
    List<Finding> imported = List.of();
    BudgetDocument doc;
    if (pdf) {
      ImportResult result = importPdf(file);
      doc = result.document();
      imported = result.findings();
    } else {
      BudgetDocument read = DocumentInput.read(file, cli.err());
      doc = chosen.map(l -> LayoutChoice.hold(read, l, file)).orElse(read);
    }
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
    List<Finding> all = new java.util.ArrayList<>(imported);
    all.addAll(report.findings());
    for (Finding f : all) {
      cli.out().println(line(f));
    }
    cli.err()
        .println(
            count(all, Severity.ERROR)
                + " errors, "
                + count(all, Severity.WARNING)
                + " warnings, "
                + count(all, Severity.INFO)
                + " notes (profile "
                + profile.name()
                + ")");
    if (findingsFile != null) {
      try (Writer w = Files.newBufferedWriter(findingsFile);
          FindingsExport export = FindingsExport.of(format(), w)) {
        export.write(file, all);
      }
    }
    int annotated =
        annotate.write(
            DocumentInput.path(file),
            all,
            new java.io.PrintWriter(cli.err(), true),
            new java.io.PrintWriter(cli.err(), true));
    if (annotated != 0) {
      return BudgetCli.UNUSABLE;
    }
    boolean errors = all.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return errors ? BudgetCli.FINDINGS : BudgetCli.OK;
  }

  /** How many of {@code findings}, the import's and the validator's, are of {@code severity}. */
  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** Imports the PDF {@code file} with the layout asked for; a PDF it cannot read is exit 2. */
  private ImportResult importPdf(String file) {
    java.util.logging.Logger.getLogger("org.apache.pdfbox").setLevel(java.util.logging.Level.OFF);
    java.util.logging.Logger.getLogger("org.apache.fontbox").setLevel(java.util.logging.Level.OFF);
    try {
      PdfImporter importer = chosen.map(PdfImporter::of).orElseGet(PdfImporter::auto);
      return importer.importFile(DocumentInput.path(file));
    } catch (UnreadablePdfException e) {
      throw new UnusableInputException(file + ": " + e.getMessage());
    } catch (java.io.UncheckedIOException e) {
      throw new UnusableInputException(file + ": cannot read: " + e.getMessage());
    }
  }

  private FindingsExport.Format format() {
    if (findingsFormat != null) {
      try {
        return FindingsExport.Format.parse(findingsFormat);
      } catch (IllegalArgumentException e) {
        throw new UnusableInputException("--findings-format: " + e.getMessage());
      }
    }
    String name = findingsFile.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".json")
        ? FindingsExport.Format.JSON_LINES
        : FindingsExport.Format.CSV;
  }

  /** One document's outcome in a batch. */
  private record Outcome(Path file, int status, String summary, List<Finding> findings) {}

  private int batch(List<Path> documents) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, documents.size()));
    List<Future<Outcome>> outcomes = new ArrayList<>();
    int worst = BudgetCli.OK;
    int[] counts = new int[4];
    long findingsWritten = 0;
    Writer findingsWriter = findingsFile == null ? null : Files.newBufferedWriter(findingsFile);
    try (FindingsExport export =
            findingsWriter == null ? null : FindingsExport.of(format(), findingsWriter);
        ProgressBar bar = Batch.progress("validate", documents.size(), cli.err())) {
      for (Path file : documents) {
        outcomes.add(
            pool.submit(
                () -> {
                  try {
                    return validate(file);
                  } finally {
                    bar.step();
                  }
                }));
      }
      for (Future<Outcome> f : outcomes) {
        Outcome o;
        try {
          o = f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted");
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
        worst = Math.max(worst, o.status());
        counts[o.status()]++;
        cli.out().println(TerminalText.line(o.summary()));
        if (export != null && !o.findings().isEmpty()) {
          export.write(o.file().toString(), o.findings());
          findingsWritten += o.findings().size();
        }
      }
    } finally {
      pool.shutdownNow();
      if (findingsWriter != null) {
        findingsWriter.close();
      }
    }
    cli.err()
        .println(
            String.format(
                Locale.ROOT,
                "%,d documents: %,d without errors, %,d with errors, %,d unreadable, %,d failed"
                    + " (profile %s)%s",
                documents.size(),
                counts[BudgetCli.OK],
                counts[BudgetCli.FINDINGS],
                counts[BudgetCli.UNUSABLE],
                counts[BudgetCli.INTERNAL],
                profile.name(),
                findingsFile == null
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        "; %,d findings written to %s",
                        findingsWritten,
                        findingsFile)));
    return worst;
  }

  /** Reads and validates one document of a batch; nothing it meets escapes as an exception. */
  private Outcome validate(Path file) {
    BudgetDocument doc;
    try {
      BudgetDocument read = Batch.read(file);
      doc = chosen.map(l -> LayoutChoice.hold(read, l, file.toString())).orElse(read);
    } catch (UnusableInputException e) {
      return new Outcome(file, BudgetCli.UNUSABLE, "UNREADABLE " + e.getMessage(), List.of());
    } catch (RuntimeException | OutOfMemoryError e) {
      return new Outcome(
          file, BudgetCli.INTERNAL, "FAILED " + file + ": internal error: " + e, List.of());
    }
    try {
      ValidationReport report = Validators.document().validate(doc, profile);
      String counts =
          report.findings(Severity.ERROR).size()
              + " errors, "
              + report.findings(Severity.WARNING).size()
              + " warnings, "
              + report.findings(Severity.INFO).size()
              + " notes";
      return report.hasErrors()
          ? new Outcome(
              file, BudgetCli.FINDINGS, "FINDINGS " + file + ": " + counts, report.findings())
          : new Outcome(file, BudgetCli.OK, "OK " + file + ": " + counts, report.findings());
    } catch (RuntimeException | OutOfMemoryError e) {
      return new Outcome(
          file, BudgetCli.INTERNAL, "FAILED " + file + ": internal error: " + e, List.of());
    }
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
