package io.budgetkit.validation;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.DisclosureLevel;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus documents' text as {@code pdftotext -layout} printed it (test resources under {@code
 * io/budgetkit/corpus/shanghai-putuo}): pages split on form feeds, one {@link TextLine} per line,
 * no boxes.
 */
final class CorpusText {
  private CorpusText() {}

  /** The text of the resource {@code name}, e.g. {@code 2025-shangwu-unit}. */
  static SourceText load(String name) {
    String path = "/io/budgetkit/corpus/shanghai-putuo/" + name + ".txt";
    try (InputStream in = CorpusText.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No corpus text " + path);
      }
      return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text with pages separated by form feeds. */
  static SourceText of(String text) {
    List<TextLine> lines = new ArrayList<>();
    String[] pages = text.split("\f", -1);
    for (int p = 0; p < pages.length; p++) {
      for (String line : pages[p].split("\n", -1)) {
        if (!line.isEmpty()) {
          lines.add(TextLine.of(p + 1, line));
        }
      }
    }
    return SourceText.of(lines);
  }

  /** A document of {@code unit}'s {@code year} budget at {@code level} with {@code text} only. */
  static BudgetDocument document(String unit, int year, DisclosureLevel level, SourceText text) {
    UnitBudget budget =
        UnitBudget.builder()
            .profile(
                UnitProfile.builder()
                    .name(unit)
                    .staffing(Staffing.builder().authorized(0).actual(0).build())
                    .build())
            .fiscalYear(year)
            .build();
    return BudgetDocument.builder().budget(budget).sourceText(text).level(level).build();
  }

  /** The corpus document {@code name} (its year and level read from the name). */
  static BudgetDocument corpus(String name) {
    int year = Integer.parseInt(name.substring(0, 4));
    DisclosureLevel level =
        name.endsWith("unit") ? DisclosureLevel.UNIT : DisclosureLevel.DEPARTMENT;
    return document("", year, level, load(name));
  }

  /** The names of the eight corpus documents. */
  static final List<String> ALL =
      List.of(
          "2024-wanli-department",
          "2024-fuliyuan-unit",
          "2025-wanli-department",
          "2025-zhengfuban-unit",
          "2025-zhengfuban-department",
          "2025-shangwu-unit",
          "2025-shangwu-department",
          "2025-caizheng-department");
}
