package io.budgetkit.pdf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eight corpus PDFs, read once into memory from {@code -Dbudget.corpus=DIR} (default {@code
 * budget-pdf/src/test/resources/corpus}, the reactor root being the working directory).
 */
final class Corpus {
  static final List<String> NAMES =
      List.of(
          "2024_万里街道办事处_部门预算",
          "2024_社会福利院_单位预算",
          "2025_万里街道办事处_部门预算",
          "2025_区人民政府办公室_单位预算",
          "2025_区人民政府办公室_部门预算",
          "2025_商务委员会_单位预算",
          "2025_商务委员会_部门预算",
          "2025_财政局_部门预算");

  private Corpus() {}

  static Path dir() {
    return Path.of(System.getProperty("budget.corpus", "budget-pdf/src/test/resources/corpus"));
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(dir().resolve(name + ".pdf"));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the corpus at " + dir() + " (set -Dbudget.corpus=DIR)", e);
    }
  }

  static Map<String, byte[]> all() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String n : NAMES) {
      out.put(n, bytes(n));
    }
    return out;
  }
}
