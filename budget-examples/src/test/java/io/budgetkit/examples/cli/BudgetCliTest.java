package io.budgetkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SeedJson;
import io.budgetkit.examples.SyntheticBudgets;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.model.UnitBudget;
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
        file,
        BudgetJson.toJson(
            BudgetDocument.of(
                budget,
                LayoutDerivation.derive(Layouts.byId(Layouts.SEED).orElseThrow(), budget))));
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
      assertTrue(out().startsWith("Usage: budget " + command), out());
      assertTrue(out().contains("Exit codes:"), out());
    }
    out.reset();
    assertEquals(0, run("--help"));
    assertTrue(out().contains("validate"), out());
    assertTrue(out().contains(" 2   unusable command line"), out());
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

  private Path write(String name, BudgetDocument document) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, BudgetJson.toJson(document), StandardCharsets.UTF_8);
    return file;
  }

  private static UnitBudget.Builder small() {
    return UnitBudget.builder()
        .profile(io.budgetkit.testkit.BudgetGenerators.seedProfile())
        .fiscalYear(2023);
  }

  private static UnitBudget.Builder basicLine(UnitBudget.Builder b, String wanYuan) {
    return b.line(
        l ->
            l.function("208 01 01")
                .economic("301 01")
                .fund(io.budgetkit.model.FundSource.GENERAL_PUBLIC_LOCAL)
                .basicPersonnel()
                .wanYuan(wanYuan));
  }

  @Test
  void tablesOfLinesBeyondTheRangeOfAnAmountIsOneLineAndExitTwo() throws IOException {
    UnitBudget budget =
        basicLine(basicLine(small(), "9000000000000.00"), "9000000000000.00").build();
    Path file = write("huge.json", BudgetDocument.of(budget));
    assertEquals(2, run("tables", file.toString()));
    assertEquals(1, err().strip().lines().count(), err());
    assertTrue(err().contains("beyond the range of an amount at line 1"), err());
    assertEquals(1, run("validate", file.toString()), err());
    assertTrue(out().startsWith("ERROR line.total line 1 (208 01 01)"), out());
  }

  @Test
  void aNameWithALineBreakCannotForgeAFindingLine() throws IOException {
    String forged = "光纤费\nERROR project.lines project 伪造 expected=0 actual=0 \u001b[31m";
    UnitBudget budget =
        basicLine(small(), "1.00")
            .project(
                p ->
                    p.name(forged)
                        .policyBasis("依据")
                        .scale("30.00")
                        .undertaker("单位")
                        .executionPeriod("全年")
                        .part("一", "20.00"))
            .build();
    Path file = write("forged.json", BudgetDocument.of(budget));
    assertEquals(1, run("validate", file.toString()));
    for (String line : out().split("\n")) {
      assertTrue(
          line.startsWith("ERROR ") || line.startsWith("WARNING ") || line.startsWith("INFO "),
          line);
    }
    assertTrue(out().contains("光纤费\\u000AERROR project.lines project 伪造"), out());
    assertFalse(out().contains("\u001b"), out());
  }

  @Test
  void optionsMayComeBeforeTheFile() throws IOException {
    assertEquals(1, run("validate", "--profile", "strict", seedFile().toString()));
    assertTrue(err().contains("(profile strict)"), err());
  }

  @Test
  void aTableThePublishedDocumentLacksIsOneLineAndExitTwo() throws IOException {
    var all =
        LayoutDerivation.derive(
            Layouts.byId(Layouts.SEED).orElseThrow(), SyntheticBudgets.generate(20, 3L));
    var onlyT1 =
        new io.budgetkit.layout.PrintedTables(
            all.layout(),
            com.google.common.collect.ImmutableList.of(all.table("t1").orElseThrow()));
    Path file = write("t1.json", BudgetDocument.of(small().build(), onlyT1));
    assertEquals(2, run("tables", file.toString(), "--table", "3"));
    assertEquals("", out());
    assertEquals(
        "budget: "
            + file
            + ": the document prints no table numbered 3 in layout xinjiang-atushi-2023-unit"
            + " (it has 表1)",
        err().strip());
  }

  @Test
  void aFileNameThePlatformCannotUseIsOneLineAndExitTwo() {
    assertEquals(2, run("validate", "bad\0name.json"));
    assertEquals(1, err().strip().lines().count(), err());
    assertTrue(err().contains("cannot use this file name"), err());
  }

  @Test
  void aParseErrorQuotingALineBreakIsStillOneLine() throws IOException {
    Path file = dir.resolve("break.json");
    Files.writeString(file, SeedJson.text().replaceFirst("\"110.94\"", "\"110\\\\n.94\""));
    assertEquals(2, run("validate", file.toString()));
    assertEquals(1, err().strip().lines().count(), err());
  }

  /** An output stream that fails as a full disk does. */
  private static final class FullDisk extends java.io.OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void outputThatCannotBeWrittenExitsThreeNotZero() {
    int status =
        new BudgetCli(
                new PrintStream(new FullDisk(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run("schema");
    assertEquals(3, status);
    assertEquals(
        "budget: cannot write the output (disk full, or the reader went away?)", err().strip());
  }

  /** An output stream that fails as the JVM does when it runs out of memory. */
  private static final class Failing extends java.io.OutputStream {
    private final Throwable failure;

    Failing(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public void write(int b) {
      if (failure instanceof Error e) {
        throw e;
      }
      throw (RuntimeException) failure;
    }
  }

  @Test
  void anUnexpectedErrorOrExceptionIsOneLineAndExitThree() {
    for (Throwable t :
        new Throwable[] {
          new OutOfMemoryError("Java heap space"), new IllegalStateException("bug")
        }) {
      err.reset();
      int status =
          new BudgetCli(
                  new PrintStream(new Failing(t), true, StandardCharsets.UTF_8),
                  new PrintStream(err, true, StandardCharsets.UTF_8))
              .run("schema");
      assertEquals(3, status, t.toString());
      assertEquals(1, err().strip().lines().count(), err());
      assertFalse(err().contains("\tat "), err());
    }
  }

  @Test
  void importThenTablesAndValidateOnAPublishedPdf() throws Exception {
    Path pdf = Path.of(BudgetCliTest.class.getResource("/corpus/2025_商务委员会_单位预算.pdf").toURI());
    Path json = dir.resolve("sw.json");
    assertEquals(0, run("import", pdf.toString(), "-o", json.toString()), err());
    assertTrue(out().contains("layout shanghai-putuo-unit, 22 pages, 9/9 tables"), out());
    out.reset();
    // page 21 prints the 三公 table in 万元: 合计 1.00, 公务接待费 1.00, 机关运行经费 171.01
    assertEquals(0, run("tables", json.toString(), "--table", "9"), err());
    assertTrue(out().contains("单位：万元"), out());
    assertTrue(out().matches("(?s).*1\\.00\\s+1\\.00\\s+171\\.01.*"), out());
    out.reset();
    // page 10 prints 支出预算总表 in 元: 合计 371,514,655.00 = 19,830,655.00 + 351,684,000.00
    assertEquals(0, run("tables", json.toString(), "--table", "3", "--format", "csv"), err());
    assertTrue(out().contains("371514655.00") || out().contains("371,514,655.00"), out());
    assertEquals(2, run("tables", json.toString(), "--table", "10"));
    assertTrue(err().contains("no table numbered 10"), err());
    out.reset();
    // the only findings are warnings (brackets opened full-width, closed half-width, page 8)
    assertEquals(0, run("validate", json.toString()), err());
    assertTrue(out().contains("text.punctuation page 8"), out());
  }

  @Test
  void everyCommandThatReadsDocumentsTakesALayout() throws Exception {
    // the seed's lines in the 上海普陀 单位 layout, in 元: 208 社会保障和就业支出 is the seed's own
    // 14,565.15 万元 less its 203.80 万元 of 结转 lines, which that layout has no place for:
    // 143,613,500.00 元
    assertEquals(0, run("demo", "--layout", "shanghai-putuo-unit"), err());
    assertTrue(out().contains("财务收支预算总表"), out());
    assertTrue(out().contains("143,613,500.00"), out());
    assertTrue(out().contains("not compared cell by cell"), out());
    // its 专户 line and its two 结转 lines have no place in that layout, and are named
    assertTrue(out().contains("line 3 (201 32 99, SPECIAL_ACCOUNT) lies in no table"), out());
    assertTrue(out().contains("ERROR narrative.share"), out());
    out.reset();
    Path seed = seedFile();
    assertEquals(
        0, run("tables", seed.toString(), "--layout", "shanghai-putuo-unit", "--table", "1"));
    assertTrue(out().contains("单位：元") && out().contains("143,613,500.00"), out());
    out.reset();
    assertEquals(
        0,
        run(
            "export",
            seed.toString(),
            "--what",
            "tables",
            "--layout",
            "shanghai-putuo-unit",
            "--format",
            "csv"));
    assertTrue(out().contains("t1.expenditure,f:208,社会保障和就业支出,total,143613500.00"), out());
    out.reset();
    // lines are the same in every layout
    assertEquals(2, run("export", seed.toString(), "--what", "lines", "--layout", Layouts.SEED));
    assertTrue(err().contains("--layout applies to --what tables and findings"), err());
    err.reset();
    // a document printed in one layout is not validated in another
    assertEquals(2, run("validate", seed.toString(), "--layout", "shanghai-putuo-department"));
    assertTrue(
        err()
            .contains("printed in layout xinjiang-atushi-2023-unit, not shanghai-putuo-department"),
        err());
    err.reset();
    // a user's copy of the seed's layout under the same id, with a table retitled, is another
    // layout: the document's printed tables are not taken as printed in it
    assertEquals(0, run("layouts", "--show", Layouts.SEED));
    Path copy = dir.resolve("retitled.json");
    Files.writeString(copy, out().replace("单位收支总体情况表", "收支总表"), StandardCharsets.UTF_8);
    out.reset();
    assertEquals(2, run("validate", seed.toString(), "--layout", copy.toString()));
    assertTrue(
        err()
            .contains(
                "printed in layout xinjiang-atushi-2023-unit as the document holds it, not the"
                    + " different xinjiang-atushi-2023-unit given"),
        err());
    err.reset();
    assertEquals(2, run("tables", seed.toString(), "--layout", "no-such-layout"));
    assertTrue(err().startsWith("budget: --layout no-such-layout: No layout"), err());
    assertEquals(1, err().strip().lines().count(), err());
  }

  @Test
  void aDocumentWithoutPrintedTablesIsHeldInTheLayoutAskedFor() throws IOException {
    // one 专户 line: the 上海普陀 layout has no table for it, so validate names it
    UnitBudget budget =
        small()
            .line(
                l ->
                    l.function("208 01 01")
                        .economic("301 01")
                        .fund(io.budgetkit.model.FundSource.SPECIAL_ACCOUNT)
                        .basicPersonnel()
                        .wanYuan("1.00"))
            .build();
    Path file = write("lines.json", BudgetDocument.of(budget));
    assertEquals(1, run("validate", file.toString(), "--layout", "shanghai-putuo-unit"), err());
    assertTrue(out().contains("layout.unplaced-lines"), out());
    out.reset();
    assertEquals(0, run("validate", file.toString(), "--layout", Layouts.SEED), err());
    assertFalse(out().contains("layout.unplaced-lines"), out());
  }

  @Test
  void theCountsOfAPdfIncludeTheImportsOwnFindings() throws Exception {
    // page 22 describes a project whose 年度预算安排 prints no figure: one note of the import
    // the corpus of the PDF module, in the same checkout (tests run in the module's directory)
    Path pdf = Path.of("../budget-pdf/src/test/resources/corpus/2025_区人民政府办公室_部门预算.pdf");
    assertTrue(Files.isRegularFile(pdf), pdf.toAbsolutePath().toString());
    assertEquals(0, run("validate", pdf.toString()), err());
    assertTrue(out().startsWith("INFO pdf.project-partial"), out());
    assertTrue(err().contains("0 errors, 0 warnings, 1 notes"), err());
  }

  @Test
  void layoutsListsTheShippedLayoutsAndChecksAUserFile() throws IOException {
    assertEquals(0, run("layouts"));
    assertTrue(out().contains("shanghai-putuo-unit"), out());
    assertTrue(out().contains("shanghai-putuo-department"), out());
    out.reset();
    assertEquals(0, run("layouts", "--show", "shanghai-putuo-unit"));
    Path copy = dir.resolve("mine.json");
    Files.writeString(copy, out().replace("\"shanghai-putuo-unit\"", "\"mine\""));
    out.reset();
    assertEquals(0, run("layouts", "--check", copy.toString()), err());
    assertTrue(out().startsWith("mine  "), out());
    Files.writeString(copy, "{\"layoutFormat\":\"1.0\",\"id\":\"x\"}");
    assertEquals(2, run("layouts", "--check", copy.toString()));
    assertTrue(err().contains("$.tables"), err());
  }

  @Test
  void validateReadsAPdfAndWritesAnAnnotatedCopy() throws Exception {
    Path pdf = Path.of(BudgetCliTest.class.getResource("/corpus/2025_商务委员会_单位预算.pdf").toURI());
    Path annotated = dir.resolve("annotated.pdf");
    byte[] before = Files.readAllBytes(pdf);
    assertEquals(0, run("validate", pdf.toString(), "--annotate", annotated.toString()), err());
    assertTrue(out().contains("text.punctuation page 8"), out());
    assertTrue(err().contains("annotated copy: " + annotated + " (8 highlighted"), err());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(annotated.toFile())) {
      assertEquals(23, doc.getNumberOfPages()); // 22 pages and the list of findings before them
    }
    assertTrue(
        java.util.Arrays.equals(before, Files.readAllBytes(pdf)), "the original is untouched");
    assertEquals(2, run("validate", seedFile().toString(), "--annotate", annotated.toString()));
    assertTrue(err().contains("--annotate needs a PDF"), err());
  }
}
