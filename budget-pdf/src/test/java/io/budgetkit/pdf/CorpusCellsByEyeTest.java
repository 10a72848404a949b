package io.budgetkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.Evidence;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Cells of every table of every corpus document, each read by eye on the page as {@code pdftoppm}
 * renders it (resource {@code corpus-cells/by-eye.tsv}), against the importer's reading: the
 * figure's printed text (so {@code 0}, {@code 0.00} and blank stay apart), its amount and decimals,
 * and the page its evidence points to. Tables printed empty are pinned with their 注.
 */
class CorpusCellsByEyeTest {
  private record Pin(
      int line, String doc, String table, String row, String column, String printed, int page) {
    @Override
    public String toString() {
      return "line "
          + line
          + ": "
          + String.join(" | ", doc, table, row, column, printed)
          + " @"
          + page;
    }
  }

  private static List<Pin> pins() throws IOException {
    List<Pin> pins = new ArrayList<>();
    try (InputStream in =
        CorpusCellsByEyeTest.class.getResourceAsStream("/corpus-cells/by-eye.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        assertEquals(6, f.length, "line " + (i + 1) + ": " + line);
        pins.add(new Pin(i + 1, f[0], f[1], f[2], f[3], f[4], Integer.parseInt(f[5])));
      }
    }
    return pins;
  }

  /** The text of a 注 without its "注:" and without spaces, for comparison with what the eye read. */
  private static String noteText(String note) {
    return note.replaceFirst("^\\s*注\\s*[:：]", "").replaceAll("\\s+", "");
  }

  private static MoneyUnit unitOf(String table) {
    // the “三公” table is printed in 万元, every other table of the layout in 元
    return table.equals("t9") ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
  }

  private static int decimalsOf(String printed) {
    int dot = printed.indexOf('.');
    return dot < 0 ? 0 : printed.length() - dot - 1;
  }

  /** What is wrong with the importer's reading of {@code pin}, or empty if it agrees. */
  private static Optional<String> check(Pin pin) {
    PrintedTable t = CorpusImportTest.table(pin.doc(), pin.table());
    switch (pin.row()) {
      case "empty":
        if (!t.isEmpty()) {
          return Optional.of("table not empty: " + t.rows());
        }
      // fall through: an empty table is pinned by its 注
      case "note":
        String note = t.note().map(CorpusCellsByEyeTest::noteText).orElse("(none)");
        return note.equals(noteText(pin.printed()))
            ? Optional.empty()
            : Optional.of("note read as " + note);
      default:
        break;
    }
    RowKey key = RowKey.parse(pin.row());
    Optional<TableRow> row = t.row(key);
    if (row.isEmpty()) {
      return Optional.of("row missing");
    }
    CellRef cell = new CellRef(key, pin.column());
    Optional<Amount> amount = t.cell(cell);
    Evidence e = t.evidence().get(cell);
    if (pin.printed().equals("-")) {
      if (amount.isPresent() || e != null) {
        return Optional.of("blank read as " + amount.orElseThrow());
      }
      // the row's printed figures, if any, are on the page the eye saw it on
      for (String column : row.get().cells().keySet()) {
        Evidence other = t.evidence().get(new CellRef(key, column));
        if (other != null && other.page() != pin.page()) {
          return Optional.of("row's " + column + " evidence on page " + other.page());
        }
      }
      return Optional.empty();
    }
    if (amount.isEmpty() || e == null) {
      return Optional.of("read as blank");
    }
    List<String> wrong = new ArrayList<>();
    if (!e.snippet().equals(pin.printed())) {
      wrong.add("printed text read as '" + e.snippet() + "'");
    }
    if (!amount.get().equals(Amount.parse(pin.printed(), unitOf(pin.table())))) {
      wrong.add("amount read as " + amount.get());
    }
    if (t.decimalsOf(cell) != decimalsOf(pin.printed())) {
      wrong.add("decimals read as " + t.decimalsOf(cell));
    }
    if (e.page() != pin.page()) {
      wrong.add("evidence on page " + e.page());
    }
    if (e.box().isEmpty()) {
      wrong.add("evidence without a box");
    }
    return wrong.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", wrong));
  }

  @Test
  void everyCellReadByEyeReadsTheSameFromTheImporter() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Pin pin : pins()) {
      check(pin).ifPresent(w -> wrong.add(pin + " -> " + w));
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyTableOfEveryDocumentHasCellsCheckedByEye() throws IOException {
    Set<String> pinned = new TreeSet<>();
    List<Pin> pins = pins();
    pins.forEach(p -> pinned.add(p.doc() + " " + p.table()));
    Set<String> expected = new TreeSet<>();
    for (String doc : CorpusImportTest.CORPUS) {
      for (TableSpec table : CorpusImportTest.imported(doc).layout().tables()) {
        expected.add(doc + " " + table.key());
      }
    }
    assertEquals(expected, pinned);
    // a table with figures has more than one cell checked: a figure and a total or a blank
    for (String docTable : expected) {
      long n = pins.stream().filter(p -> docTable.equals(p.doc() + " " + p.table())).count();
      boolean empty =
          pins.stream()
              .anyMatch(p -> docTable.equals(p.doc() + " " + p.table()) && p.row().equals("empty"));
      assertTrue(empty || n >= 2, docTable + " has " + n + " cells");
    }
  }

  @Test
  void theCheckFailsOnAFigureTheEyeDidNotSee() {
    // the pins are not vacuous: a wrong figure, a wrong page and a blank for a figure are caught
    Pin right = new Pin(0, "2025_财政局_部门预算", "t2", "f:221 02 03", "fiscal", "2,687,760.00", 11);
    assertEquals(Optional.empty(), check(right));
    assertTrue(
        check(new Pin(0, right.doc(), "t2", right.row(), "fiscal", "2,687,760", 11)).isPresent());
    assertTrue(
        check(new Pin(0, right.doc(), "t2", right.row(), "fiscal", "2,687,760.00", 10))
            .isPresent());
    assertTrue(check(new Pin(0, right.doc(), "t2", right.row(), "fiscal", "-", 11)).isPresent());
    assertTrue(check(new Pin(0, right.doc(), "t2", right.row(), "business", "0", 11)).isPresent());
  }
}
