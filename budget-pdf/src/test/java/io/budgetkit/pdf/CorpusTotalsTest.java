package io.budgetkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.table.RowKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The total of every table of every corpus document, as an independent extractor (poppler's {@code
 * pdftotext -layout}, not PDFBox) prints it, against the importer's reading: 86 tables, from 收入总计
 * of 财务收支预算总表 to the “三公” 合计 (the 2024 documents title their “三公” table without a year, which the
 * list leaves out). A blank 合计 (an empty table) must stay blank.
 */
class CorpusTotalsTest {
  @Test
  void everyTablesTotalReadsAsPopplerPrintsIt() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    try (InputStream in = CorpusTotalsTest.class.getResourceAsStream("/corpus-totals/totals.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        PrintedTable table = CorpusImportTest.table(f[0], f[1]);
        Optional<Amount> read = table.cell(new CellRef(RowKey.parse(f[2]), f[3]));
        Optional<Amount> printed =
            f[4].equals("-")
                ? Optional.empty()
                : Optional.of(Amount.parse(f[4], MoneyUnit.ofLabel(f[5])));
        if (!read.equals(printed)) {
          wrong.add(line + " read as " + read);
        }
        checked++;
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(86, checked);
  }
}
