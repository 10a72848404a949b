package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A budget of 200,000 lines goes through the streaming writer and reader in one pass each. (The
 * million-line case is a benchmark, not a unit test.)
 */
class LargeBudgetTest {
  private static final int LINES = 200_000;

  static BudgetDocument document(int lines, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    FundSource[] funds = {
      FundSource.GENERAL_PUBLIC_LOCAL, FundSource.GENERAL_PUBLIC_TRANSFER, FundSource.OTHER_INCOME
    };
    List<FunctionCode> functions = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      functions.add(
          FunctionCode.parse(
              String.format(
                  "%03d%02d%02d",
                  201 + random.nextInt(34), 1 + random.nextInt(20), 1 + random.nextInt(99))));
    }
    List<EconomicCode> economics = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      economics.add(
          EconomicCode.parse(
              String.format("3%02d%02d", 1 + random.nextInt(3), 1 + random.nextInt(99))));
    }
    List<BudgetLine> list = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      list.add(
          BudgetLine.builder()
              .function(functions.get(random.nextInt(functions.size())))
              .economic(economics.get(random.nextInt(economics.size())))
              .fund(funds[random.nextInt(funds.length)])
              .kind(ExpenditureKind.values()[random.nextInt(3)])
              .amount(Amount.ofFen(random.nextLong(0, 1_000_000_000_00L)))
              .build());
    }
    UnitBudget budget =
        UnitBudget.builder().profile(SeedSample.profile()).fiscalYear(2023).lines(list).build();
    return BudgetDocument.of(budget);
  }

  @Test
  void twoHundredThousandLinesStreamOutAndBack() throws IOException {
    BudgetDocument document = document(LINES, 2023);
    long start = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream(LINES * 140);
    BudgetJson.write(document, out);
    long written = System.nanoTime();
    BudgetDocument back = BudgetJson.read(new ByteArrayInputStream(out.toByteArray()));
    long read = System.nanoTime();

    assertEquals(LINES, back.budget().lines().size());
    assertEquals(document, back);
    assertEquals(document.budget().total(), back.budget().total());
    int newlines = 0;
    for (byte b : out.toByteArray()) {
      newlines += b == '\n' ? 1 : 0;
    }
    assertTrue(newlines > LINES && newlines < LINES + 100, "one budget line per text line");
    System.out.printf(
        "%,d lines: %,d bytes, write %d ms, read %d ms%n",
        LINES, out.size(), (written - start) / 1_000_000, (read - written) / 1_000_000);
  }
}
