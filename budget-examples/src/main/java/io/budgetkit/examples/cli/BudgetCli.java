package io.budgetkit.examples.cli;

import io.budgetkit.pdf.cli.ImportCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code budget} command: the seed's tables and validation report, and the tables, validation
 * and schema of any budget document in the library's JSON format.
 *
 * <p>Exit codes: {@value #OK} success (for {@code validate}: no finding at error severity); {@value
 * #FINDINGS} {@code validate} found errors; {@value #UNUSABLE} the command line or the input could
 * not be used; {@value #INTERNAL} an internal error (including running out of memory) or output
 * that could not be written. Every error is one line on stderr, never a stack trace.
 *
 * <p>A subcommand is a picocli {@link Command} class listed in {@code subcommands} below: adding
 * one (an {@code import}, say) is one line there. A subcommand signals input it cannot use by
 * throwing {@link UnusableInputException}; it returns its exit status from {@code call()}.
 */
@Command(
    name = "budget",
    mixinStandardHelpOptions = true,
    version = "budget 0.1.0",
    description = {
      "Tables, validation, exports and schema of budget disclosure documents (单位预算公开).",
      "Without a command: the demo."
    },
    subcommands = {
      DemoCommand.class,
      TablesCommand.class,
      ValidateCommand.class,
      ExportCommand.class,
      SchemaCommand.class,
      ImportCommand.class,
      LayoutsCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      BudgetCli.EXIT_OK,
      BudgetCli.EXIT_FINDINGS,
      BudgetCli.EXIT_UNUSABLE,
      BudgetCli.EXIT_INTERNAL
    })
public final class BudgetCli implements Callable<Integer> {
  /** Success; for {@code validate}, no finding at error severity. */
  public static final int OK = 0;

  /** {@code validate} found at least one finding at error severity. */
  public static final int FINDINGS = 1;

  /** The command line or the input could not be used. */
  public static final int UNUSABLE = 2;

  /** An internal error, running out of memory, or output that could not be written. */
  public static final int INTERNAL = 3;

  static final String EXIT_OK = " 0:success (validate: no finding at error severity)";
  static final String EXIT_FINDINGS = " 1:validate found findings at error severity";
  static final String EXIT_UNUSABLE = " 2:unusable command line, or input that cannot be read";
  static final String EXIT_INTERNAL = " 3:internal error, out of memory, or output not written";

  /** Longest error line, in characters; a longer message is cut and says how long it was. */
  static final int MAX_ERROR_LENGTH = 2_000;

  private final PrintStream out;
  private final PrintStream err;

  @Spec CommandSpec spec;

  /** A command writing to standard output and standard error, checked for write errors. */
  public BudgetCli() {
    this(
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }

  BudgetCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(new BudgetCli().run(args));
  }

  /** Where a command writes its results. */
  PrintStream out() {
    return out;
  }

  /** Where a command writes errors and progress. */
  PrintStream err() {
    return err;
  }

  /** Without a command: the demo. */
  @Override
  public Integer call() {
    return new DemoCommand().run(this);
  }

  /**
   * Runs {@code args} and returns the exit status; whatever happens, at most one line on stderr
   * says what went wrong.
   */
  int run(String... args) {
    int status;
    try {
      status = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      status = fail(INTERNAL, "out of memory (the input may be too large for this heap; see -Xmx)");
    } catch (StackOverflowError e) {
      status = fail(INTERNAL, "internal error: stack overflow");
    } catch (Throwable e) { // the last line of defence: nothing may escape as a stack trace
      status = fail(INTERNAL, "internal error: " + e);
    }
    out.flush();
    if (out.checkError()) {
      return fail(INTERNAL, "cannot write the output (disk full, or the reader went away?)");
    }
    return status;
  }

  private CommandLine commandLine() {
    CommandLine cmd = new CommandLine(this);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cmd.setParameterExceptionHandler(this::usageError);
    cmd.setExecutionExceptionHandler(
        (e, parsed, result) -> {
          if (e instanceof UnusableInputException) {
            return fail(UNUSABLE, e.getMessage());
          }
          return fail(INTERNAL, "internal error: " + e);
        });
    return cmd;
  }

  private int usageError(ParameterException e, String[] args) {
    String name = e.getCommandLine().getCommandSpec().qualifiedName();
    return fail(UNUSABLE, e.getMessage() + " (see " + name + " --help)");
  }

  /** Writes {@code message} as one line on stderr, escaped for a terminal, and returns status. */
  private int fail(int status, String message) {
    String line = TerminalText.line(String.valueOf(message));
    if (line.length() > MAX_ERROR_LENGTH) {
      line = line.substring(0, MAX_ERROR_LENGTH - 100) + "… (" + line.length() + " characters)";
    }
    err.println("budget: " + line);
    err.flush();
    return status;
  }
}
