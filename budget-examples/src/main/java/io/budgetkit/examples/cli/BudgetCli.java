package io.budgetkit.examples.cli;

import com.google.common.io.CountingInputStream;
import io.budgetkit.code.Catalog;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SeedBudget;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.json.BudgetJsonException;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.Disclosures;
import io.budgetkit.table.TableDiff;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRenderer;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.RuleProfile;
import io.budgetkit.validation.Severity;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validators;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@code budget} command: the seed's tables and validation report, and the tables, validation
 * and schema of any budget document in the library's JSON format.
 *
 * <p>Exit codes: 0 success (for {@code validate}: no finding at error severity); 1 {@code validate}
 * found errors; 2 the command line or the input could not be used. Errors are one line on stderr,
 * never a stack trace.
 */
public final class BudgetCli {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int UNUSABLE = 2;

  private static final String USAGE =
      String.join(
          "\n",
          "usage: budget [demo]",
          "       budget tables FILE.json [--table N] [--format text|markdown|csv]",
          "       budget validate FILE.json [--profile default|strict]",
          "       budget schema",
          "       budget COMMAND --help",
          "",
          "  demo      the seed budget (2023, 阿图什市人力资源和社会保障局): its ten tables",
          "            derived from its lines, compared with the published ones, and its",
          "            validation report",
          "  tables    print the tables of a budget document (derived from its lines, or as",
          "            published when it has no lines)",
          "  validate  one finding per line; exit 0 with no errors, 1 with errors, 2 when the",
          "            input cannot be read",
          "  schema    print the JSON Schema of the budget document format");

  private final PrintStream out;
  private final PrintStream err;

  BudgetCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new BudgetCli(out, err).run(args));
  }

  /** Runs {@code args} and returns the exit status. */
  int run(String... args) {
    Deque<String> rest = new ArrayDeque<>(List.of(args));
    String command = rest.isEmpty() ? "demo" : rest.poll();
    try {
      switch (command) {
        case "demo":
          return help(rest, "usage: budget demo") ? OK : demo(rest);
        case "tables":
          return help(
                  rest, "usage: budget tables FILE.json [--table N] [--format text|markdown|csv]")
              ? OK
              : tables(rest);
        case "validate":
          return help(rest, "usage: budget validate FILE.json [--profile default|strict]")
              ? OK
              : validate(rest);
        case "schema":
          return help(rest, "usage: budget schema") ? OK : schema(rest);
        case "-h":
        case "--help":
        case "help":
          out.println(USAGE);
          return OK;
        default:
          throw new UsageException("unknown command '" + command + "'");
      }
    } catch (UsageException e) {
      err.println("budget: " + e.getMessage() + " (see budget --help)");
      return UNUSABLE;
    } catch (InputException e) {
      err.println("budget: " + e.getMessage());
      return UNUSABLE;
    }
  }

  private boolean help(Deque<String> rest, String usage) {
    if (rest.contains("--help") || rest.contains("-h")) {
      out.println(usage);
      return true;
    }
    return false;
  }

  private int demo(Deque<String> rest) {
    noMoreArguments(rest);
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
              differences.forEach(d -> out.println("  " + d));
              out.println();
            });
    ValidationReport report = Validators.document().validate(seed, RuleProfile.DEFAULT);
    out.println("Validation report (" + report.findings().size() + " findings)");
    out.print(report.toText());
    return OK;
  }

  private int tables(Deque<String> rest) {
    Path file = file(rest);
    Integer table = null;
    String format = "text";
    while (!rest.isEmpty()) {
      String flag = rest.poll();
      switch (flag) {
        case "--table":
          String n = value(rest, flag);
          try {
            table = Integer.valueOf(n);
          } catch (NumberFormatException e) {
            throw new UsageException("--table expects a number from 1 to 10, not '" + n + "'");
          }
          if (table < 1 || table > 10) {
            throw new UsageException("--table expects a number from 1 to 10, not " + table);
          }
          break;
        case "--format":
          format = value(rest, flag);
          if (!List.of("text", "markdown", "csv").contains(format)) {
            throw new UsageException(
                "--format expects text, markdown or csv, not '" + format + "'");
          }
          break;
        default:
          throw new UsageException("unknown option '" + flag + "'");
      }
    }
    BudgetDocument doc = read(file);
    Disclosure disclosure =
        doc.budget().lines().isEmpty() && doc.published().isPresent()
            ? doc.published().get()
            : Disclosures.derive(doc.budget(), Catalog.standard());
    TableRenderer renderer =
        TableRenderer.of(TableRenderer.Format.valueOf(format.toUpperCase(Locale.ROOT)))
            .withUnit(doc.budget().profile().name());
    for (DisclosureTable t : disclosure.tables()) {
      if (table == null || t.id() == TableId.of(table)) {
        out.print(renderer.render(t));
      }
    }
    return OK;
  }

  private int validate(Deque<String> rest) {
    Path file = file(rest);
    RuleProfile profile = RuleProfile.DEFAULT;
    while (!rest.isEmpty()) {
      String flag = rest.poll();
      if (!flag.equals("--profile")) {
        throw new UsageException("unknown option '" + flag + "'");
      }
      String name = value(rest, flag);
      try {
        profile = RuleProfile.named(name);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    BudgetDocument doc = read(file);
    RuleProfile chosen = profile;
    long started = System.nanoTime();
    ValidationReport report;
    try {
      report =
          withProgress(
              () ->
                  String.format(
                      Locale.ROOT,
                      "validating %,d lines: %d s",
                      doc.budget().lines().size(),
                      (System.nanoTime() - started) / 1_000_000_000L),
              () -> Validators.document().validate(doc, chosen));
    } catch (IOException e) {
      throw new AssertionError("validation reads no input", e);
    }
    for (Finding f : report.findings()) {
      out.println(line(f));
    }
    err.println(
        report.findings(Severity.ERROR).size()
            + " errors, "
            + report.findings(Severity.WARNING).size()
            + " warnings, "
            + report.findings(Severity.INFO).size()
            + " notes (profile "
            + profile.name()
            + ")");
    return report.hasErrors() ? FINDINGS : OK;
  }

  /** One finding as a tab-free line: severity, rule, location, expected, actual, message. */
  static String line(Finding f) {
    return String.format(
        Locale.ROOT,
        "%s %s %s expected=%s actual=%s %s",
        f.severity(),
        f.ruleId(),
        f.location(),
        f.expected().orElse("-"),
        f.actual().orElse("-"),
        f.message());
  }

  private int schema(Deque<String> rest) {
    noMoreArguments(rest);
    out.println(BudgetJson.schema());
    return OK;
  }

  private static Path file(Deque<String> rest) {
    if (rest.isEmpty() || rest.peek().startsWith("--")) {
      throw new UsageException("missing FILE.json");
    }
    return Path.of(rest.poll());
  }

  private static String value(Deque<String> rest, String flag) {
    if (rest.isEmpty()) {
      throw new UsageException(flag + " needs a value");
    }
    return rest.poll();
  }

  private static void noMoreArguments(Deque<String> rest) {
    if (!rest.isEmpty()) {
      throw new UsageException("unexpected argument '" + rest.peek() + "'");
    }
  }

  /** Reads a document, telling stderr how far it has got when reading takes over a second. */
  private BudgetDocument read(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
    try (InputStream raw = Files.newInputStream(file);
        CountingInputStream in = new CountingInputStream(raw)) {
      return withProgress(
          () ->
              String.format(
                  Locale.ROOT,
                  "reading %s: %d%% of %,d bytes",
                  file,
                  size == 0 ? 100 : in.getCount() * 100 / size,
                  size),
          () -> BudgetJson.read(in));
    } catch (BudgetJsonException e) {
      throw new InputException(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** A step that may take a while. */
  private interface Step<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code step}; if it takes more than a second, prints {@code status} on stderr after the
   * first second and every two seconds after that.
   */
  private <T> T withProgress(java.util.function.Supplier<String> status, Step<T> step)
      throws IOException {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "budget-progress");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleAtFixedRate(() -> err.println(status.get()), 1, 2, TimeUnit.SECONDS);
    try {
      return step.run();
    } finally {
      timer.shutdownNow();
    }
  }

  /** A command line that cannot be used. */
  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** An input that cannot be read. */
  private static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }
}
