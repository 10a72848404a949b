package io.budgetkit.table;

import io.budgetkit.code.Catalog;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Times deriving all ten tables of 1,000,000 lines against a hand-written single pass that sums fen
 * by function 项 and fund source in a {@link HashMap}. Run by hand, not by the test suite: {@code
 * java -cp <test classpath> io.budgetkit.table.DerivationBenchmark [lines]}.
 */
final class DerivationBenchmark {
  private DerivationBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    UnitBudget budget = budget(n, new Random(42));
    long[] baseline = new long[15];
    long[] derive = new long[15];
    long check = 0;
    for (int i = 0; i < baseline.length; i++) {
      long t0 = System.nanoTime();
      check += handWritten(budget.lines());
      long t1 = System.nanoTime();
      Disclosure d = Disclosures.derive(budget, Catalog.standard());
      long t2 = System.nanoTime();
      check += d.tables().size();
      baseline[i] = t1 - t0;
      derive[i] = t2 - t1;
    }
    // the first five runs are warm-up
    long b = median(Arrays.copyOfRange(baseline, 5, baseline.length));
    long d = median(Arrays.copyOfRange(derive, 5, derive.length));
    System.out.printf(
        "%,d lines: hand-written pass %.1f ms, ten tables %.1f ms, ratio %.2f (check %d)%n",
        n, b / 1e6, d / 1e6, (double) d / b, check);
  }

  private static long handWritten(List<BudgetLine> lines) {
    Map<FunctionCode, long[]> sums = new HashMap<>();
    int funds = FundSource.values().length;
    for (BudgetLine l : lines) {
      long[] s = sums.computeIfAbsent(l.function(), k -> new long[funds]);
      s[l.fund().ordinal()] += l.amount().fen();
    }
    return sums.size();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static UnitBudget budget(int n, Random random) {
    List<FunctionCode> items = new ArrayList<>();
    for (FunctionCode c : Catalog.standard().functionNames().keySet()) {
      if (c.level() == io.budgetkit.code.CodeLevel.ITEM) {
        items.add(c);
      }
    }
    List<EconomicCode> economics = new ArrayList<>(Catalog.standard().economicNames().keySet());
    FundSource[] leaves =
        Arrays.stream(FundSource.values()).filter(FundSource::isLeaf).toArray(FundSource[]::new);
    UnitBudget.Builder b = ExampleBudget.withProfile();
    List<String> projects = new ArrayList<>();
    for (int p = 0; p < 20; p++) {
      String name = "项目" + p;
      projects.add(name);
      b.project(x -> ExampleBudget.project(x, name, "1.00"));
    }
    List<BudgetLine> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // half the lines in 一般公共预算, as in the seed most money is
      FundSource fund =
          random.nextBoolean()
              ? FundSource.GENERAL_PUBLIC_LOCAL
              : leaves[random.nextInt(leaves.length)];
      int kind = random.nextInt(3);
      BudgetLine.Builder l =
          BudgetLine.builder()
              .function(items.get(random.nextInt(items.size())))
              .economic(
                  random.nextInt(10) == 0
                      ? Optional.empty()
                      : Optional.of(economics.get(random.nextInt(economics.size()))))
              .fund(fund)
              .amount(Amount.ofFen(random.nextInt(100_000_000)));
      if (kind == 2) {
        l.kind(ExpenditureKind.PROJECT);
        if (random.nextInt(5) > 0) {
          l.project(projects.get(random.nextInt(projects.size())));
        }
      } else {
        l.kind(kind == 0 ? ExpenditureKind.BASIC_PERSONNEL : ExpenditureKind.BASIC_OPERATING);
      }
      lines.add(l.build());
    }
    return b.addAllLines(lines).build();
  }
}
