package io.budgetkit.pdf.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.Catalog;
import io.budgetkit.document.Box;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.layout.Figure;
import io.budgetkit.layout.Statement;
import io.budgetkit.layout.Subject;
import io.budgetkit.money.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped 上海普陀 patterns on small texts: joining lines and pages, and reporting in part. */
class NarrativeReaderTest {
  private static final NarrativeReader READER =
      NarrativeReader.of(NarrativePatterns.forLayout("shanghai-putuo-unit").orElseThrow());

  private static NarrativeReader.Result read(String... pagesAndLines) {
    List<TextLine> lines = new ArrayList<>();
    int page = 1;
    double y = 100;
    for (String s : pagesAndLines) {
      if (s.equals("|")) {
        page++;
        y = 100;
        continue;
      }
      lines.add(new TextLine(page, s, Optional.of(new Box(60, y, 500, 12))));
      y += 17;
    }
    return READER.read(SourceText.of(lines), Optional.empty(), Catalog.standard(), Map.of());
  }

  @Test
  void aFigureWrappedOverAPageIsReadWithThePageWhereItStarts() {
    NarrativeReader.Result r =
        read(
            "其他相关情况说明",
            "一、2025年“三公”经费预算情况说明",
            "  2025年“三公”经费预算数为1,",
            "|",
            "234.50万元，比2024年预算减少0.50万元。其中：");
    assertEquals(1, r.statements().size(), r.toString());
    Statement s = r.statements().get(0);
    assertEquals(Subject.of(Figure.THREE_PUBLIC_TOTAL), s.subject());
    assertEquals(Optional.of(Amount.ofWanYuan("1,234.50")), s.amount());
    assertEquals(1, s.evidence().orElseThrow().page());
    assertEquals(
        Optional.of(Amount.ofWanYuan("0.50").negated()), s.comparison().orElseThrow().change());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void aComparisonInOtherWordsIsReportedAndTheFigureKeptWithoutIt() {
    NarrativeReader.Result r =
        read("其他相关情况说明", "二、机关运行经费预算", "2025年本单位财政拨款的机关运行经费预算为171.01万元，比2024年预算增长5.2%。");
    assertEquals(1, r.statements().size());
    assertEquals(Optional.empty(), r.statements().get(0).comparison());
    assertEquals(1, r.findings().size());
    assertEquals(NarrativeReader.PARTIAL, r.findings().get(0).ruleId());
    assertTrue(r.findings().get(0).message().contains("机关运行经费预算为171.01万元"));
  }

  @Test
  void aSentenceOfAKnownKindWithoutItsFigureIsReported() {
    NarrativeReader.Result r = read("其他相关情况说明", "三、政府采购预算情况", "2025年度本单位政府采购预算约三十万元。");
    assertEquals(List.of(), r.statements());
    assertEquals(1, r.findings().size());
  }

  @Test
  void textOutsideTheNarrativeSectionsIsNotRead() {
    NarrativeReader.Result r = read("名词解释", "（一）公务接待费1.00万元");
    assertEquals(List.of(), r.statements());
    assertEquals(List.of(), r.findings());
  }
}
