package io.budgetkit.examples.bench;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SyntheticBudgets;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.model.UnitBudget;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the memory a loaded budget retains per line, with JOL's object-graph walk: everything
 * reachable from the {@link UnitBudget} (lines, amounts, codes, projects, list spines) divided by
 * the number of lines. Interned codes shared by many lines count once, as they do on the heap. Each
 * size is measured twice: the budget as generated, and the same budget read back by {@link
 * BudgetJson#read} from its JSON, as an application loads it.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf -cp budget-examples/target/benchmarks.jar
 * io.budgetkit.examples.bench.MemoryFootprint}. JOL reads record fields through its "magic field
 * offset" path, switched on here, since {@code Unsafe} refuses field offsets of records.
 */
public final class MemoryFootprint {
  private MemoryFootprint() {}

  /** Prints bytes retained per line at 10^3, 10^5 and 10^6 lines. */
  public static void main(String[] args) throws IOException {
    System.setProperty("jol.magicFieldOffset", "true");
    int[] sizes = args.length == 0 ? new int[] {1_000, 100_000, 1_000_000} : parse(args);
    System.out.println("lines,budget,total_bytes,bytes_per_line");
    for (int n : sizes) {
      UnitBudget budget = SyntheticBudgets.generate(n, 2023L);
      print(n, "generated", budget);
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      BudgetJson.write(BudgetDocument.of(budget), json);
      UnitBudget loaded = BudgetJson.read(new ByteArrayInputStream(json.toByteArray())).budget();
      json = null;
      budget = null;
      print(n, "read from JSON", loaded);
    }
  }

  private static void print(int n, String what, UnitBudget budget) {
    long total = GraphLayout.parseInstance(budget).totalSize();
    System.out.printf(Locale.ROOT, "%d,%s,%d,%.1f%n", n, what, total, (double) total / n);
  }

  private static int[] parse(String[] args) {
    int[] sizes = new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i]);
    }
    return sizes;
  }
}
