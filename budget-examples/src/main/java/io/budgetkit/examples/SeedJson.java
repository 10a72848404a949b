package io.budgetkit.examples;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.BudgetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed budget as a JSON document in the library's format, shipped as the resource {@value
 * #RESOURCE} and written from {@link SeedBudget#document()}; a test keeps the two identical.
 *
 * <p>Regenerate after changing the seed's code: {@code java -cp budget-examples/target/budget.jar
 * io.budgetkit.examples.SeedJson
 * budget-examples/src/main/resources/io/budgetkit/examples/atushi-hrss-2023.json}.
 */
public final class SeedJson {
  /** The classpath resource holding the document. */
  public static final String RESOURCE = "/io/budgetkit/examples/atushi-hrss-2023.json";

  private SeedJson() {}

  /** The shipped document's text, UTF-8. */
  public static String text() {
    try (InputStream in = SeedJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped document, read back. */
  public static BudgetDocument read() {
    try {
      return BudgetJson.fromJson(text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the seed's document to the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SeedJson FILE.json");
      System.exit(2);
    }
    try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      BudgetJson.write(SeedBudget.document(), out);
    }
  }
}
