package io.budgetkit.examples.cli;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.json.BudgetJsonException;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.pdf.cli.ProgressLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** What the commands over many documents share: finding the documents, reading one, progress. */
final class Batch {
  private Batch() {}

  /**
   * The documents {@code names} name: a file as given, a directory's {@code *.json} files in name
   * order (not its subdirectories).
   *
   * @throws UnusableInputException if a name is neither a file nor a directory, or a directory
   *     holds no document
   */
  static List<Path> documents(List<String> names) {
    List<Path> out = new ArrayList<>();
    for (String name : names) {
      Path p = DocumentInput.path(name);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          List<Path> found =
              s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                  .filter(Files::isRegularFile)
                  .sorted()
                  .toList();
          if (found.isEmpty()) {
            throw new UnusableInputException(p + ": no *.json documents in this directory");
          }
          out.addAll(found);
        } catch (IOException e) {
          throw new UnusableInputException(p + ": cannot list the directory: " + e.getMessage());
        }
      } else if (Files.exists(p)) {
        out.add(p);
      } else {
        throw new UnusableInputException(p + ": no such file or directory");
      }
    }
    return out;
  }

  /**
   * Reads one document.
   *
   * @throws UnusableInputException with one line naming the file if it cannot be read
   */
  static BudgetDocument read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return BudgetJson.read(in);
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

  /** A progress bar on {@code err} for {@code total} steps, redrawn in place. */
  static ProgressBar progress(String task, int total, PrintStream err) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(200)
        .setConsumer(
            new ProgressLine(
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true)))
        .build();
  }

  /** The unit named on the command line: yuan or 元, wan or 万元. */
  static MoneyUnit unit(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "yuan":
      case "元":
        return MoneyUnit.YUAN;
      case "wan":
      case "wan-yuan":
      case "万元":
        return MoneyUnit.WAN_YUAN;
      default:
        throw new IllegalArgumentException("Unknown unit '" + name + "': expected yuan or wan");
    }
  }
}
