package io.budgetkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SeedJson;
import io.budgetkit.examples.SyntheticBudgets;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.table.Disclosures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetCliTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new BudgetCli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path seedFile() throws IOException {
    Path file = dir.resolve("seed.json");
    Files.writeString(file, SeedJson.text(), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void demoIsTheDefaultAndPrintsTheTenTablesAndTheReport() {
    assertEquals(0, run());
    String text = out();
    for (int n = 1; n <= 10; n++) {
      assertTrue(text.contains("表" + n + " "), "表" + n);
    }
    assertTrue(text.contains("14,941.05"));
    assertTrue(text.contains("equal the published tables in every cell"));
    assertTrue(text.contains("ERROR narrative.share"));
  }

  @Test
  void validateGivesOneFindingPerLineAndExitsOneOnErrors() throws IOException {
    assertEquals(1, run("validate", seedFile().toString()));
    String[] lines = out().strip().split("\n");
    assertEquals(4, lines.length, out());
    assertTrue(lines[0].startsWith("ERROR project.allocation-sum "), lines[0]);
    assertTrue(out().contains("expected=1.65% actual=1.66%"));
    assertTrue(err().contains("3 errors, 0 warnings, 1 notes"));
  }

  @Test
  void validateExitsZeroForAConsistentDocument() throws IOException {
    UnitBudget budget = SyntheticBudgets.generate(200, 7L);
    Path file = dir.resolve("consistent.json");
    Files.writeString(
        file, BudgetJson.toJson(BudgetDocument.of(budget, Disclosures.derive(budget))));
    assertEquals(0, run("validate", file.toString()), out());
    assertEquals("", out());
    assertTrue(err().contains("0 errors"), err());
  }

  @Test
  void theStrictProfileReportsTheSeedsNoteUnchangedAndItsErrorsStill() throws IOException {
    assertEquals(1, run("validate", seedFile().toString(), "--profile", "strict"));
    assertTrue(err().contains("3 errors, 0 warnings, 1 notes (profile strict)"), err());
  }

  @Test
  void tablesPrintsOneTableInTheChosenFormat() throws IOException {
    assertEquals(0, run("tables", seedFile().toString(), "--table", "3", "--format", "csv"));
    String csv = out();
    assertTrue(csv.contains("单位支出总体情况表"));
    assertTrue(csv.contains("14,941.05") || csv.contains("\"14,941.05\""), csv);
    assertFalse(csv.contains("单位收支总体情况表"));
  }

  @Test
  void schemaPrintsTheJsonSchema() {
    assertEquals(0, run("schema"));
    assertEquals(BudgetJson.schema().strip(), out().strip());
  }

  @Test
  void helpIsAvailableForEachCommand() {
    for (String command : new String[] {"demo", "tables", "validate", "schema"}) {
      out.reset();
      assertEquals(0, run(command, "--help"), command);
      assertTrue(out().startsWith("usage: budget " + command), out());
    }
    out.reset();
    assertEquals(0, run("--help"));
    assertTrue(out().contains("budget validate FILE.json"));
  }

  @Test
  void aMissingFileIsOneLineOnStderrAndExitTwo() {
    assertEquals(2, run("validate", dir.resolve("nothing.json").toString()));
    assertEquals(1, err().strip().lines().count(), err());
    assertTrue(err().contains("no such file"), err());
    assertEquals("", out());
  }

  @Test
  void aMalformedDocumentIsOneLineNamingWhereAndExitTwo() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, SeedJson.text().replaceFirst("\"14694.77\"|\"110.94\"", "110.94"));
    assertEquals(2, run("validate", file.toString()));
    assertEquals(1, err().strip().lines().count(), err());
    assertTrue(err().contains("line "), err());
    assertFalse(err().contains("\tat "), err());
  }

  @Test
  void badFlagsAreRejectedWithExitTwo() throws IOException {
    Path file = seedFile();
    assertEquals(2, run("tables", file.toString(), "--table", "11"));
    assertEquals(2, run("tables", file.toString(), "--format", "pdf"));
    assertEquals(2, run("validate", file.toString(), "--profile", "lenient"));
    assertEquals(2, run("validate"));
    assertEquals(2, run("frobnicate"));
    assertEquals(5, err().strip().lines().count(), err());
  }
}
