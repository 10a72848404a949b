package io.budgetkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SeedJson;
import io.budgetkit.examples.SyntheticBudgets;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code budget validate DIR} over 1,000 documents with a corrupt one among them, and {@code budget
 * export}: a summary line per document, one findings file, the worst document's exit status.
 */
class BatchCommandsTest {
  @TempDir static Path dir;
  static Path docs;
  static long lines;

  /** 998 generated documents (derived tables: no finding), the seed (3 errors), a corrupt file. */
  @BeforeAll
  static void writeDocuments() throws IOException {
    docs = Files.createDirectory(dir.resolve("docs"));
    for (int i = 0; i < 998; i++) {
      var budget = SyntheticBudgets.generate(20 + i % 40, i);
      lines += budget.lines().size();
      try (OutputStream o = Files.newOutputStream(docs.resolve(String.format("d%04d.json", i)))) {
        BudgetJson.write(
            BudgetDocument.of(
                budget, LayoutDerivation.derive(Layouts.byId(Layouts.SEED).orElseThrow(), budget)),
            o);
      }
    }
    Files.writeString(docs.resolve("seed.json"), SeedJson.text(), StandardCharsets.UTF_8);
    lines += SeedJson.read().budget().lines().size();
    Files.writeString(
        docs.resolve("broken.json"),
        "{\"formatVersion\": \"1.0\", \"budget\": [",
        StandardCharsets.UTF_8);
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return new BudgetCli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  static List<Map<String, String>> csv(Path file) throws IOException {
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      return it.readAll();
    }
  }

  @Test
  void validatesAThousandDocumentsReportsTheCorruptOneAndWritesOneFindingsFile()
      throws IOException {
    Path findings = dir.resolve("findings.csv");
    assertEquals(2, run("validate", docs.toString(), "--findings", findings.toString()));
    List<String> summary = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(1000, summary.size());
    assertEquals(1, summary.stream().filter(l -> l.startsWith("UNREADABLE ")).count());
    assertTrue(
        summary.stream()
            .anyMatch(l -> l.startsWith("UNREADABLE " + docs.resolve("broken.json") + ": ")),
        summary.toString());
    assertEquals(
        "FINDINGS " + docs.resolve("seed.json") + ": 3 errors, 0 warnings, 1 notes",
        summary.stream().filter(l -> l.contains("seed.json")).findFirst().orElseThrow());
    assertEquals(998, summary.stream().filter(l -> l.startsWith("OK ")).count());
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("validate"), e); // the progress bar's task name
    assertTrue(
        e.contains(
            "1,000 documents: 998 without errors, 1 with errors, 1 unreadable, 0 failed"
                + " (profile default); 4 findings written to "
                + findings),
        e);
    List<Map<String, String>> records = csv(findings);
    assertEquals(4, records.size());
    assertEquals(
        List.of("narrative.share", "narrative.share", "project.allocation-sum", "subsidy.period"),
        records.stream().map(r -> r.get("rule")).sorted().toList());
    assertTrue(records.stream().allMatch(r -> r.get("document").endsWith("seed.json")));
  }

  @Test
  void oneThreadGivesTheSameSummaryAsTwo() {
    run("validate", docs.toString(), "--threads", "2");
    String two = out.toString(StandardCharsets.UTF_8);
    run("validate", docs.toString(), "--threads", "1");
    assertEquals(two, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void exportsEveryLineOfTheReadableDocumentsExactly() throws IOException {
    Path file = dir.resolve("lines.csv");
    assertEquals(2, run("export", docs.toString(), "--what", "lines", "-o", file.toString()));
    List<Map<String, String>> records = csv(file);
    assertEquals(lines, records.size());
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .contains("1 of 1,000 documents could not be read and were skipped"));
    BigDecimal seedTotal =
        records.stream()
            .filter(r -> r.get("document").endsWith("seed.json"))
            .map(r -> new BigDecimal(r.get("amount_yuan")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    // the seed's 收支总预算: 14,941.05 万元
    assertEquals(Amount.ofWanYuan("14941.05"), Amount.of(seedTotal, MoneyUnit.YUAN));
  }

  @Test
  void exportsTheSeedsFindingsAsJsonLines() {
    assertEquals(
        0,
        run(
            "export",
            docs.resolve("seed.json").toString(),
            "--what",
            "findings",
            "--format",
            "jsonl"));
    List<String> records = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(4, records.size());
    assertTrue(records.get(0).startsWith("{\"document\":"), records.get(0));
  }

  @Test
  void everyCommandHasHelpWithItsExitCodes() {
    for (String command : List.of("validate", "export")) {
      assertEquals(0, run(command, "--help"));
      String help = out.toString(StandardCharsets.UTF_8);
      assertTrue(help.contains("Exit codes:"), help);
      assertTrue(help.contains(" 2   unusable"), help);
    }
  }
}
