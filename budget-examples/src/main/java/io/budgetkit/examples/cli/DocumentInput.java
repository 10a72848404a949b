package io.budgetkit.examples.cli;

import com.google.common.io.CountingInputStream;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.json.BudgetJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Reads the document a command names, with progress on stderr when reading takes a while. */
final class DocumentInput {
  private DocumentInput() {}

  /**
   * The path named {@code name} on the command line.
   *
   * @throws UnusableInputException if the platform cannot represent the name (a non-ASCII name
   *     under {@code LANG=C}, say)
   */
  static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UnusableInputException(
          name
              + ": cannot use this file name: "
              + e.getReason()
              + " (the file-name encoding is "
              + System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name())
              + "; a UTF-8 locale such as LANG=C.UTF-8 reads any name)");
    }
  }

  /** Reads the document in {@code name}, telling {@code err} how far it has got after a second. */
  static BudgetDocument read(String name, PrintStream err) {
    Path file = path(name);
    long size;
    boolean regular;
    try {
      regular = Files.isRegularFile(file);
      size = regular ? Files.size(file) : -1;
    } catch (IOException e) {
      throw new UnusableInputException(file + ": cannot read: " + e.getMessage());
    }
    try (InputStream raw = Files.newInputStream(file);
        CountingInputStream in = new CountingInputStream(raw)) {
      return Progress.during(
          err,
          () -> {
            long count = in.getCount();
            if (!regular) {
              return String.format(Locale.ROOT, "reading %s: %,d bytes so far", file, count);
            }
            // nothing read yet (the JVM still starting up) is not "0%"
            return count == 0
                ? null
                : String.format(
                    Locale.ROOT, "reading %s: %d%% of %,d bytes", file, count * 100 / size, size);
          },
          () -> BudgetJson.read(in));
    } catch (NoSuchFileException e) {
      throw new UnusableInputException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UnusableInputException(file + ": permission denied");
    } catch (BudgetJsonException e) {
      throw new UnusableInputException(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UnusableInputException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** Progress of a step that may take a while. */
  static final class Progress {
    private Progress() {}

    /** A step that may take a while. */
    interface Step<T> {
      T run() throws IOException;
    }

    /**
     * Runs {@code step}; if it takes more than a second, prints {@code status} (when not null) on
     * {@code err} after the first second and every two seconds after that.
     */
    static <T> T during(PrintStream err, Supplier<String> status, Step<T> step) throws IOException {
      ScheduledExecutorService timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "budget-progress");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleAtFixedRate(
          () -> {
            String s = status.get();
            if (s != null) {
              err.println(TerminalText.line(s));
            }
          },
          1,
          2,
          TimeUnit.SECONDS);
      try {
        return step.run();
      } finally {
        timer.shutdownNow();
      }
    }
  }
}
