package io.budgetkit.pdf.cli;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.json.BudgetJsonException;
import io.budgetkit.json.Layouts;
import io.budgetkit.pdf.ImportResult;
import io.budgetkit.pdf.PdfImporter;
import io.budgetkit.pdf.UnreadablePdfException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code budget import FILE.pdf [--layout ID|FILE|auto] [-o FILE.json]} and {@code budget import
 * DIR -o OUTDIR}: imports published disclosure PDFs, prints each import report, and writes the
 * documents as JSON. Exit status: 0 clean, 1 findings, 2 unreadable input, 3 internal error.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import published budget disclosure PDFs (a file, or every PDF in a directory).")
public final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE|DIR", description = "a PDF, or a directory of PDFs")
  Path input;

  @Option(
      names = "--layout",
      defaultValue = "auto",
      description = "a built-in layout id, a layout JSON file, or auto (default)")
  String layout;

  @Option(
      names = {"-o", "--output"},
      description = "the JSON file to write (a directory when importing a directory)")
  Path output;

  @Option(names = "--threads", description = "parallel imports for a directory (default: cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      return run();
    } finally {
      spec.commandLine().getOut().flush();
      spec.commandLine().getErr().flush();
    }
  }

  private int run() {
    Logger.getLogger("org.apache.pdfbox").setLevel(Level.OFF);
    Logger.getLogger("org.apache.fontbox").setLevel(Level.OFF);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PdfImporter importer;
    try {
      importer = importer();
    } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
      err.println("budget import: " + e.getMessage());
      return 2;
    }
    try {
      if (Files.isDirectory(input)) {
        return directory(importer, out, err);
      }
      if (!Files.isRegularFile(input)) {
        err.println("budget import: " + input + ": no such file");
        return 2;
      }
      ImportResult r = importer.importFile(input);
      out.print(r.report());
      if (output != null) {
        write(r.document(), output);
      }
      return r.findings().isEmpty() ? 0 : 1;
    } catch (UnreadablePdfException e) {
      err.println("budget import: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("budget import: cannot write " + output + ": " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      err.println("budget import: internal error: " + e);
      return 3;
    }
  }

  private PdfImporter importer() throws IOException {
    if (layout.equals("auto")) {
      return PdfImporter.auto();
    }
    try {
      return PdfImporter.of(Layouts.load(layout));
    } catch (BudgetJsonException e) {
      throw new IllegalArgumentException("--layout " + layout + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--layout '" + layout + "': expected auto, one of " + Layouts.SHIPPED + " or a file", e);
    }
  }

  private int directory(PdfImporter importer, PrintWriter out, PrintWriter err) throws IOException {
    if (output == null) {
      err.println("budget import: importing a directory needs -o OUTDIR");
      return 2;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(input)) {
      files = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
    }
    Files.createDirectories(output);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<Future<String>> results = new ArrayList<>();
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("import")
            .setInitialMax(files.size())
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .setConsumer(new ProgressLine(err))
            .build()) {
      for (Path f : files) {
        results.add(
            pool.submit(
                () -> {
                  String line;
                  try {
                    ImportResult r = importer.importFile(f);
                    String name = f.getFileName().toString().replaceFirst("(?i)\\.pdf$", ".json");
                    write(r.document(), output.resolve(name));
                    line = r.report();
                  } catch (UnreadablePdfException e) {
                    line = "UNREADABLE " + e.getMessage() + "\n";
                  }
                  bar.step();
                  return line;
                }));
      }
      int status = 0;
      for (Future<String> f : results) {
        String report = f.get();
        out.print(report);
        if (report.startsWith("UNREADABLE")) {
          status = Math.max(status, 2);
        } else if (!report.contains(" 0 findings\n")) {
          status = Math.max(status, 1);
        }
      }
      return status;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 3;
    } catch (java.util.concurrent.ExecutionException e) {
      err.println("budget import: internal error: " + e.getCause());
      return 3;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void write(BudgetDocument document, Path file) throws IOException {
    try (OutputStream o = Files.newOutputStream(file)) {
      BudgetJson.write(document, o);
    }
  }

  /** Runs the command on its own: {@code java … ImportCommand FILE.pdf}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ImportCommand()).execute(args));
  }
}
