package io.budgetkit.pdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.pdf.PdfImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ImportCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int status = cl.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path copy(String name) throws IOException {
    Path p = dir.resolve("in").resolve(name + ".pdf");
    Files.createDirectories(p.getParent());
    try (InputStream in = getClass().getResourceAsStream("/corpus/" + name + ".pdf")) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void cleanFileExitsZeroAndItsJsonReadsBackEqual() throws IOException {
    Path pdf = copy("2025_商务委员会_部门预算");
    Path json = dir.resolve("out.json");
    Run r = run(pdf.toString(), "--layout", "shanghai-putuo-department", "-o", json.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("9/9 tables"), r.out());
    // pages 23–26 print four 专项经费情况说明; the summary line counts the projects read
    assertTrue(r.out().contains("155 rows, 4 projects, 0 findings"), r.out());
    BudgetDocument back;
    try (InputStream in = Files.newInputStream(json)) {
      back = BudgetJson.read(in);
    }
    assertEquals(PdfImporter.auto().importFile(pdf).document(), back);
    assertEquals("上海市普陀区商务委员会", back.budget().profile().name());
    assertEquals(43, back.statements().size());
    assertEquals(4, back.budget().projects().size());
    assertEquals(2025, back.budget().fiscalYear());
  }

  @Test
  void directoryImportsInParallelWithProgressAndExitsOneOnFindings() throws IOException {
    copy("2025_财政局_部门预算");
    copy("2024_社会福利院_单位预算");
    Path out = dir.resolve("out");
    Run r = run(dir.resolve("in").toString(), "-o", out.toString(), "--threads", "2");
    assertEquals(1, r.status(), r.out() + r.err());
    assertTrue(r.err().contains("2/2"), r.err());
    assertTrue(r.err().contains("import 100%"), r.err());
    assertTrue(Files.exists(out.resolve("2025_财政局_部门预算.json")));
    assertTrue(Files.exists(out.resolve("2024_社会福利院_单位预算.json")));
  }

  @Test
  void unreadableInputIsOneLineAndExitTwo() throws IOException {
    Path bad = dir.resolve("bad.pdf");
    Files.writeString(bad, "not a pdf");
    Run r = run(bad.toString());
    assertEquals(2, r.status());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("not a PDF"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
