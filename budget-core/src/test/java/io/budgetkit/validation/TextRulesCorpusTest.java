package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every text finding on the eight 上海普陀 documents, as {@code rule@page}, each judged real by reading
 * the page (docs/rules.md lists them with their text). A new finding or a lost one fails here until
 * it has been judged.
 */
class TextRulesCorpusTest {
  private static final Map<String, List<String>> JUDGED =
      Map.of(
          "2024-wanli-department",
          List.of("text.empty-tables@31", "text.explanations@6"),
          "2024-fuliyuan-unit",
          List.of(
              "text.explanations@16",
              "text.placeholders@16",
              "text.classification-names@6",
              "text.classification-names@7",
              "text.classification-names@10",
              "text.classification-names@14",
              "text.classification-names@14",
              "text.classification-names@14",
              "text.classification-names@14",
              "text.classification-names@14"),
          "2025-wanli-department",
          List.of(),
          "2025-zhengfuban-unit",
          List.of(),
          "2025-zhengfuban-department",
          List.of(),
          "2025-shangwu-unit",
          Collections.nCopies(8, "text.punctuation@8"),
          "2025-shangwu-department",
          concat(Collections.nCopies(8, "text.punctuation@8"), List.of("text.sentence-end@24")),
          "2025-caizheng-department",
          List.of(
              "text.empty-tables@18",
              "text.years@23",
              "text.level-wording@22",
              "text.level-wording@22"));

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
  }

  @Test
  void theCorpusDocumentsGiveExactlyTheJudgedTextFindings() {
    for (String name : CorpusText.ALL) {
      ValidationReport report = Validators.text().validate(CorpusText.corpus(name));
      List<String> found =
          report.findings().stream()
              .map(f -> f.ruleId() + "@" + f.evidence().orElseThrow().page())
              .sorted()
              .collect(Collectors.toList());
      List<String> judged = JUDGED.get(name).stream().sorted().collect(Collectors.toList());
      assertEquals(judged, found, name + ":\n" + report.toText());
    }
  }

  @Test
  void everyTextFindingCarriesEvidence() {
    for (String name : CorpusText.ALL) {
      for (Finding f : Validators.document().validate(CorpusText.corpus(name)).findings()) {
        if (f.ruleId().startsWith("text.")) {
          assertTrue(f.evidence().isPresent(), f.toString());
          assertTrue(!f.evidence().get().snippet().isBlank(), f.toString());
        }
      }
    }
  }
}
