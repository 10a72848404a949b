package io.budgetkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.model.GlossaryEntry;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.TableRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure encoded from the seed appears in the seed's text: catches transcription typos.
 *
 * <p>The PDF extraction splits numbers across lines ({@code 14,941.0} / {@code 5}, {@code 2,831} /
 * {@code .50}). The text's numeric fragments are read in order and a fragment that is not yet a
 * complete figure (two decimals) is joined with the fragments after it.
 */
class SeedTextTest {
  private static final Pattern FRAGMENT = Pattern.compile("[0-9][0-9,.]*|\\.[0-9]+");
  private static final Pattern FIGURE =
      Pattern.compile("\\d{1,3}(,\\d{3})*\\.\\d{2}|\\d+\\.\\d{2}");

  /**
   * Indicator names whose last fragment the PDF prints after a page break, away from the rest of
   * the name: the name's head and this tail are looked up separately.
   */
  private static final Map<String, String> PAGE_BREAK_TAILS =
      Map.of(
          "补贴资金在规定时间内支付到位率", "到位率",
          "在规定时限内拨付资金的地区比例", "区比例",
          "申报创业担保贷款小微企业满意度", "企业满意度");

  private static String text;
  private static Set<String> figures;
  private static String squeezed;

  @BeforeAll
  static void readSeed() throws IOException {
    try (InputStream in =
        SeedTextTest.class.getResourceAsStream("/seed/000_dd81992bf81926c3.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    squeezed = text.replaceAll("\\s", "");
    List<String> fragments = new ArrayList<>();
    Matcher m = FRAGMENT.matcher(text);
    while (m.find()) {
      fragments.add(m.group());
    }
    figures = new HashSet<>();
    for (int i = 0; i < fragments.size(); i++) {
      String joined = "";
      for (int j = i; j < Math.min(i + 3, fragments.size()); j++) {
        joined += fragments.get(j);
        if (FIGURE.matcher(joined).matches()) {
          figures.add(joined);
          break;
        }
      }
    }
  }

  private static String number(String percent) {
    return percent.replace("%", "").replace("-", "");
  }

  private static boolean printedText(String printed) {
    return squeezed.contains(printed.replaceAll("\\s", ""));
  }

  private static boolean printed(Amount a) {
    String withCommas = a.abs().format(MoneyUnit.WAN_YUAN);
    return figures.contains(withCommas) || figures.contains(withCommas.replace(",", ""));
  }

  @Test
  void seedTextIsTheFullDocument() {
    assertEquals(5061, text.chars().filter(c -> c == '\n').count());
    assertTrue(figures.contains("14,941.05"));
    assertTrue(figures.contains("2,831.50"));
  }

  @Test
  void everyPublishedFigureAppearsInTheSeedText() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (DisclosureTable t : SeedBudget.published().tables()) {
      for (TableRow row : t.rows()) {
        for (Amount a : row.cells().values()) {
          checked++;
          if (!printed(a)) {
            missing.add(t.id().label() + " " + row.name() + " " + a);
          }
        }
        assertTrue(printedText(row.name()), row.name());
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(checked > 250, "checked " + checked);
  }

  @Test
  void everyNarrativeFigureAppearsInTheSeedText() {
    List<String> missing = new ArrayList<>();
    for (NarrativeFigure n : SeedBudget.narrative()) {
      if (!printed(n.amount())) {
        missing.add(n.label() + " " + n.amount());
      }
      n.yearOnYear()
          .ifPresent(
              y -> {
                if (!printed(y.change())) {
                  missing.add(n.label() + " change " + y.change());
                }
                if (!figures.contains(number(y.growth().format()))) {
                  missing.add(n.label() + " growth " + y.growth());
                }
              });
      n.share()
          .ifPresent(
              s -> {
                if (!figures.contains(number(s.format()))) {
                  missing.add(n.label() + " share " + s);
                }
              });
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyGlossaryEntryAppearsInTheSeedText() {
    List<String> missing = new ArrayList<>();
    for (GlossaryEntry e : SeedBudget.glossary()) {
      if (!printedText(e.term() + "：" + e.definition())) {
        missing.add(e.term());
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(8, SeedBudget.glossary().size());
    assertTrue(printedText(SeedBudget.budget().otherMatters().orElseThrow()));
  }

  @Test
  void everyNarrativeExplanationAppearsInTheSeedText() {
    List<String> missing = new ArrayList<>();
    long explained = 0;
    for (NarrativeFigure n : SeedBudget.narrative()) {
      if (n.explanation().isPresent()) {
        explained++;
        if (!printedText(n.explanation().get())) {
          missing.add(n.label() + ": " + n.explanation().get());
        }
      }
    }
    assertEquals(List.of(), missing);
    // 5 income sources, basic and project twice, 5 类 uses, 13 项, 人员/公用, 4 三公 parts, 机关运行经费
    assertEquals(34, explained);
  }

  @Test
  void everyProjectAmountAppearsInTheSeedText() {
    List<String> missing = new ArrayList<>();
    for (Project p : SeedBudget.projects()) {
      List<Amount> amounts = new ArrayList<>();
      p.scale().ifPresent(amounts::add);
      p.allocationTotal().ifPresent(amounts::add);
      p.allocation().stream()
          .map(AllocationPart::amount)
          .flatMap(a -> a.stream())
          .forEach(amounts::add);
      p.performance()
          .ifPresent(
              t ->
                  Stream.of(t.totalFunds(), t.fiscalFunds(), t.otherFunds())
                      .forEach(f -> f.ifPresent(amounts::add)));
      for (Amount a : amounts) {
        boolean inYuan = figures.contains(a.toYuan().setScale(2).toPlainString());
        if (!printed(a) && !inYuan) {
          missing.add(p.name() + " " + a);
        }
      }
      assertTrue(printedText(p.policyBasis()), p.policyBasis());
      p.performance().ifPresent(t -> assertTrue(printedText(t.overallGoal()), t.overallGoal()));
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyIndicatorNameAndTargetAppearsInTheSeedText() {
    List<String> missing = new ArrayList<>();
    for (Project p : SeedBudget.projects()) {
      for (PerformanceIndicator i : p.performance().orElseThrow().indicators()) {
        String tail = PAGE_BREAK_TAILS.getOrDefault(i.name(), "");
        String head = i.name().substring(0, i.name().length() - tail.length());
        if (!printedText(head) || !printedText(tail)) {
          missing.add(p.name() + ": " + i.name());
        }
        if (!printedText(i.target().printed())) {
          missing.add(p.name() + ": " + i.name() + " target " + i.target().printed());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /**
   * Per performance table, the scoring rules, weights and evidence read in order from the seed's
   * text (after its 佐证资料 head) are those encoded, indicator after indicator.
   */
  @Test
  void scoringWeightsAndEvidenceFollowTheSeedTextInOrder() {
    String[] sections = squeezed.split("项目支出绩效目标表");
    Pattern evidence = Pattern.compile("正式材料|工作资料|原始凭证|说明材料");
    Pattern scoring = Pattern.compile("按照正常比例赋分|按评判等级赋分|满意度赋分|直接赋分");
    Pattern weight = Pattern.compile("计划标准(\\d+)");
    for (Project p : SeedBudget.projects()) {
      PerformanceTarget t = p.performance().orElseThrow();
      String head = "项目名称" + t.projectName().replaceAll("\\s", "") + "项目负责人";
      List<String> matching =
          Arrays.stream(sections).filter(x -> x.contains(head)).collect(Collectors.toList());
      assertEquals(1, matching.size(), head);
      String body = matching.get(0).substring(matching.get(0).indexOf("佐证资料") + 4);
      for (String tail : PAGE_BREAK_TAILS.values()) {
        body = body.replace(tail, "");
      }
      List<String> printed = new ArrayList<>();
      List<String> encoded = new ArrayList<>();
      for (Matcher m = scoring.matcher(body); m.find(); ) {
        printed.add(m.group());
      }
      for (Matcher m = weight.matcher(body); m.find(); ) {
        printed.add(m.group(1));
      }
      for (Matcher m = evidence.matcher(body); m.find(); ) {
        printed.add(m.group());
      }
      t.indicators().forEach(i -> encoded.add(i.scoring().label()));
      t.indicators().forEach(i -> encoded.add(i.weight().toPlainString()));
      t.indicators().forEach(i -> i.evidence().forEach(e -> encoded.add(e.label())));
      assertEquals(printed, encoded, t.projectName());
    }
  }
}
