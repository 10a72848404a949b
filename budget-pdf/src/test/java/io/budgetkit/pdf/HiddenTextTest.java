package io.budgetkit.pdf;

import static io.budgetkit.pdf.CorpusImportTest.imported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.TextLine;
import io.budgetkit.layout.Slice;
import io.budgetkit.layout.Statement;
import io.budgetkit.layout.Subject;
import io.budgetkit.model.FundSource;
import io.budgetkit.money.Amount;
import io.budgetkit.pdf.narrative.NarrativeReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Text a page carries but does not show is not read. 2025 财政局's 编制说明 overflows page 7: the page's
 * text layer goes on to item 11 below its print area, clipped away, and page 8 draws the whole
 * paragraph again shifted up, clipped to items 9–11. The rendered pages ({@code pdftoppm -r 80})
 * show items 1–8 on page 7 and 9–11 on page 8, and that is where the evidence points. The 商务委员会
 * documents' 主要职能 overflow pages 3 and 4 the same way.
 */
class HiddenTextTest {
  private static final String FINANCE = "2025_财政局_部门预算";

  private static Statement item(String doc, String code) {
    Subject subject = Subject.of(FunctionCode.parse(code), Slice.funds(FundSource.FISCAL));
    return imported(doc).document().statements().stream()
        .filter(s -> s.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError(doc + ": no statement about " + code));
  }

  private static List<String> page(String doc, int page) {
    return imported(doc).document().sourceText().orElseThrow().lines().stream()
        .filter(l -> l.page() == page)
        .map(TextLine::text)
        .toList();
  }

  private static boolean anyStartsWith(List<String> lines, String start) {
    return lines.stream().anyMatch(l -> l.startsWith(start));
  }

  @Test
  void financeItemsNineToElevenAreReadOnPage8WhereTheyAreShown() {
    // page 7 shows items 1–8, item 8 “…其它行政事业单位养老支出（项）”0.96万元 last
    assertEquals(7, item(FINANCE, "208 05 06").evidence().orElseThrow().page());
    assertEquals(Optional.of(Amount.ofWanYuan("887.36")), item(FINANCE, "208 05 06").amount());
    assertEquals(7, item(FINANCE, "208 05 99").evidence().orElseThrow().page());
    // page 8 shows items 9–11: 78.21, 204.91 and 268.77 万元
    Statement medical = item(FINANCE, "210 11 01");
    assertEquals(8, medical.evidence().orElseThrow().page());
    assertEquals(Optional.of(Amount.ofWanYuan("78.21")), medical.amount());
    Statement fund = item(FINANCE, "221 02 01");
    assertEquals(8, fund.evidence().orElseThrow().page());
    assertEquals(Optional.of(Amount.ofWanYuan("204.91")), fund.amount());
    Statement housing = item(FINANCE, "221 02 03");
    assertEquals(8, housing.evidence().orElseThrow().page());
    assertEquals(Optional.of(Amount.ofWanYuan("268.77")), housing.amount());
    // nothing is read twice, so nothing is reported as repeated
    assertEquals(
        List.of(),
        imported(FINANCE).findings().stream()
            .filter(f -> f.ruleId().equals(NarrativeReader.REPEATED))
            .toList());
  }

  @Test
  void financePagesSevenAndEightReadAsTheyAreShown() {
    List<String> seven = page(FINANCE, 7);
    assertEquals("2025年部门预算编制说明", seven.get(0));
    assertTrue(anyStartsWith(seven, "8.“社会保障和就业支出"), seven.toString());
    assertEquals("用于缴纳养老支出。", seven.get(seven.size() - 1));
    assertTrue(seven.stream().noneMatch(l -> l.contains("卫生健康支出（类）")), seven.toString());
    List<String> eight = page(FINANCE, 8);
    assertEquals(5, eight.size(), eight.toString());
    assertTrue(eight.get(0).startsWith("9.“卫生健康支出（类）行政事业单位医疗（款）"), eight.toString());
    assertTrue(eight.get(4).startsWith("11.“住房保障支出（类）住房改革支出（款）购房补贴（项）"), eight.toString());
  }

  @Test
  void commerceFunctionsBreakBetweenPages3And4AsShown() {
    for (String doc : List.of("2025_商务委员会_单位预算", "2025_商务委员会_部门预算")) {
      // page 3 ends in the first line of item 9; page 4 goes on with “应急机制，…” to item 13
      List<String> three = page(doc, 3);
      assertTrue(three.get(three.size() - 1).startsWith("9、组织协调本区商品交易市场规划"), doc + three);
      assertTrue(three.stream().noneMatch(l -> l.startsWith("13、")), doc + three);
      List<String> four = page(doc, 4);
      assertTrue(four.get(0).startsWith("应急机制，协调重要商品储备和市场调控"), doc + four);
      assertTrue(four.get(four.size() - 1).startsWith("13、完成区委、区政府交办的其他任务"), doc + four);
      assertTrue(four.stream().noneMatch(l -> l.startsWith("1、贯彻执行")), doc + four);
    }
  }
}
