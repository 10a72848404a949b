package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.Layouts;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.YearOnYear;
import io.budgetkit.money.Amount;
import io.budgetkit.money.Percent;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.RowKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The narrative's arithmetic on the seed's figures, with the rounding ranges pinned at their edges:
 * a printed share or growth just inside the range passes, one hundredth further fires.
 */
class NarrativeRulesTest {

  /** Runs one narrative rule directly, so that an exception inside it fails the test. */
  static List<Finding> run(String ruleId, BudgetDocument doc) {
    Rule<BudgetDocument> rule =
        NarrativeRules.all().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
    List<Finding> found = new ArrayList<>();
    rule.check(
        doc,
        (location, message, expected, actual) ->
            found.add(
                Finding.builder()
                    .ruleId(ruleId)
                    .severity(rule.defaultSeverity())
                    .location(location)
                    .message(message)
                    .expected(Optional.ofNullable(expected))
                    .actual(Optional.ofNullable(actual))
                    .build()));
    return found;
  }

  static BudgetDocument narrative(NarrativeFigure... figures) {
    return BudgetDocument.of(budget(figures));
  }

  static BudgetDocument published(Disclosure d, NarrativeFigure... figures) {
    return SeedFixture.doc(budget(figures), d);
  }

  static UnitBudget budget(NarrativeFigure... figures) {
    return UnitBudget.builder().from(SeedFixture.budget()).narrative(List.of(figures)).build();
  }

  static NarrativeFigure.Builder fig(String label, Measure m, String wanYuan) {
    return NarrativeFigure.builder().label(label).measure(m).wanYuan(wanYuan);
  }

  static NarrativeFigure.Builder fen(String label, Measure m, long fen) {
    return NarrativeFigure.builder().label(label).measure(m).amount(Amount.ofFen(fen));
  }

  static NarrativeFigure incomeTotal(String wanYuan) {
    return fig("收入预算", Measure.INCOME_TOTAL, wanYuan).build();
  }

  static NarrativeFigure carryover(String wanYuan, String share) {
    return fig("财政拨款结转", Measure.INCOME_BY_FUND, wanYuan)
        .fund(FundSource.FISCAL_CARRYOVER)
        .share(share)
        .build();
  }

  static NarrativeFigure basic(String wanYuan, String change, String growth) {
    return fig("基本支出", Measure.BASIC, wanYuan).yearOnYear(change, growth).build();
  }

  static String one(List<Finding> found) {
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    return f.location() + " | " + f.message() + " | " + f.expected().get() + " " + f.actual().get();
  }

  // ---------------------------------------------------------------------------------------------
  // narrative.share

  @Test
  void carryoverShareIs165NotThePrinted166() {
    // 246.28 / 14,941.05 = 1.6483%: the rounding range 1.6483…1.6484% rounds to 1.65% only.
    assertEquals(
        List.of(),
        run("narrative.share", narrative(incomeTotal("14,941.05"), carryover("246.28", "1.65%"))));
    assertEquals(
        "narrative 财政拨款结转 | Share of 财政拨款结转: 246.28 / 14,941.05 × 100 = 1.6483…1.6484%,"
            + " which rounds to 1.65%, not the printed 1.66% | 1.65% 1.66%",
        one(
            run(
                "narrative.share",
                narrative(incomeTotal("14,941.05"), carryover("246.28", "1.66%")))));
    assertEquals(
        1,
        run("narrative.share", narrative(incomeTotal("14,941.05"), carryover("246.28", "1.64%")))
            .size());
  }

  @Test
  void housingShareOfGeneralPublicIs024() {
    // 34.69 / 14,246.82 = 0.2435%: 0.24%, not 0.25%.
    NarrativeFigure total = fig("一般公共预算拨款合计", Measure.GENERAL_PUBLIC_TOTAL, "14,246.82").build();
    for (String share : List.of("0.24%", "0.25%")) {
      NarrativeFigure housing =
          fig("住房保障支出（类）", Measure.GENERAL_PUBLIC_BY_FUNCTION, "34.69")
              .function("221")
              .share(share)
              .build();
      List<Finding> found = run("narrative.share", narrative(total, housing));
      assertEquals(share.equals("0.25%") ? 1 : 0, found.size(), share);
    }
  }

  @Test
  void shareWholeComesFromTheTablesWhenTheNarrativeDoesNotPrintIt() {
    List<Finding> found =
        run("narrative.share", published(SeedFixture.published(), carryover("246.28", "1.66%")));
    assertEquals(
        "表1 fund:FISCAL_CARRYOVER amount narrative 财政拨款结转 | Share of 财政拨款结转: 246.28 /"
            + " 14,941.05 × 100 = 1.6483…1.6484%, which rounds to 1.65%, not the printed 1.66%"
            + " | 1.65% 1.66%",
        one(found));
    assertEquals(
        List.of(),
        run("narrative.share", published(SeedFixture.published(), carryover("246.28", "1.65%"))));
  }

  @Test
  void shareWithoutAnyWholeIsNotChecked() {
    assertEquals(List.of(), run("narrative.share", narrative(carryover("246.28", "99.99%"))));
  }

  @Test
  void aWholeNamingAFundOrFunctionIsNotTheWhole() {
    // Only a figure of the whole's measure with no fund and no function is the whole.
    NarrativeFigure withFund =
        fig("收入预算", Measure.INCOME_TOTAL, "100.00").fund(FundSource.FISCAL).build();
    NarrativeFigure gpByClass =
        fig("一般公共预算拨款合计", Measure.GENERAL_PUBLIC_TOTAL, "100.00").function("221").build();
    NarrativeFigure housing =
        fig("住房保障支出（类）", Measure.GENERAL_PUBLIC_BY_FUNCTION, "34.69")
            .function("221")
            .share("0.24%")
            .build();
    assertEquals(
        List.of(),
        run(
            "narrative.share",
            narrative(withFund, incomeTotal("14,941.05"), carryover("246.28", "1.65%"))));
    assertEquals(
        List.of(),
        run(
            "narrative.share",
            narrative(
                gpByClass,
                fig("一般公共预算拨款合计", Measure.GENERAL_PUBLIC_TOTAL, "14,246.82").build(),
                housing)));
  }

  @Test
  void shareOfAZeroOrNegativeWholeIsNotChecked() {
    assertEquals(
        List.of(), run("narrative.share", narrative(incomeTotal("0.00"), carryover("0", "5.00%"))));
    assertEquals(
        List.of(),
        run("narrative.share", narrative(incomeTotal("-1.00"), carryover("1.00", "5.00%"))));
  }

  @Test
  void shareOfAMeasureWithoutAWholeIsNotChecked() {
    NarrativeFigure fiscal =
        fig("财政拨款收支总预算", Measure.FISCAL_TOTAL, "14,246.82").share("50.00%").build();
    assertEquals(List.of(), run("narrative.share", narrative(incomeTotal("14,941.05"), fiscal)));
  }

  @Test
  void shareUpperEdgeOfTheRoundingRange() {
    // (0.0279 + 0.005) / (2.005 − 0.005) × 100 = 0.0329 / 2.000 × 100 = 1.645% exactly:
    // 1.65% just passes; 1.66% does not; one fen less of the part and 1.65% fails too.
    NarrativeFigure whole = fen("收入预算", Measure.INCOME_TOTAL, 2_005_000).build();
    assertEquals(List.of(), run("narrative.share", narrative(whole, fenShare(27_900, "1.65%"))));
    assertEquals(1, run("narrative.share", narrative(whole, fenShare(27_900, "1.66%"))).size());
    assertEquals(1, run("narrative.share", narrative(whole, fenShare(27_899, "1.65%"))).size());
  }

  @Test
  void shareLowerEdgeOfTheRoundingRange() {
    // (0.0379 − 0.005) / (1.995 + 0.005) × 100 = 0.0329 / 2.000 × 100 = 1.645% exactly:
    // 1.64% just passes; 1.63% does not; one fen more of the part and 1.64% fails too.
    NarrativeFigure whole = fen("收入预算", Measure.INCOME_TOTAL, 1_995_000).build();
    assertEquals(List.of(), run("narrative.share", narrative(whole, fenShare(37_900, "1.64%"))));
    assertEquals(1, run("narrative.share", narrative(whole, fenShare(37_900, "1.63%"))).size());
    assertEquals(1, run("narrative.share", narrative(whole, fenShare(37_901, "1.64%"))).size());
  }

  @Test
  void aWholeOfHalfAPrintedUnitIsTakenExactly() {
    // A whole of 0.005 万元 (5,000 fen) has no rounding range (it would reach zero):
    // 0.0025 / 0.005 = 50.00%, printed as 0.00 / 0.01.
    NarrativeFigure whole = fen("收入预算", Measure.INCOME_TOTAL, 5_000).build();
    assertEquals(List.of(), run("narrative.share", narrative(whole, fenShare(2_500, "50.00%"))));
    assertEquals(
        "narrative 财政拨款结转 | Share of 财政拨款结转: 0.00 / 0.01 × 100 = 50.0000…50.0000%,"
            + " which rounds to 50.00%, not the printed 50.01% | 50.00% 50.01%",
        one(run("narrative.share", narrative(whole, fenShare(2_500, "50.01%")))));
    // Just above it the range applies: up to (0.0025 + 0.005) / (0.0051 − 0.005), far above 60%.
    NarrativeFigure wider = fen("收入预算", Measure.INCOME_TOTAL, 5_100).build();
    assertEquals(List.of(), run("narrative.share", narrative(wider, fenShare(2_500, "60.00%"))));
  }

  private static NarrativeFigure fenShare(long fen, String share) {
    return fen("财政拨款结转", Measure.INCOME_BY_FUND, fen)
        .fund(FundSource.FISCAL_CARRYOVER)
        .share(share)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // narrative.growth

  @Test
  void basicGrowthOnTheSeedIs1158() {
    // 46.19 on a prior of 445.17 − 46.19 = 398.98: 11.5770% → 11.58%. The printed figures allow
    // 46.185…46.195 / 398.97…398.99 = 11.5755…11.5786%, and ±0.01 more: 11.57%…11.59%.
    for (String ok : List.of("11.57%", "11.58%", "11.59%")) {
      assertEquals(List.of(), run("narrative.growth", narrative(basic("445.17", "46.19", ok))), ok);
    }
    assertEquals(
        "narrative 基本支出 | Growth of 基本支出: change 46.19 on an implied prior of 398.98 gives"
            + " 11.5755…11.5786%, not the printed 11.60% | 11.58% 11.60%",
        one(run("narrative.growth", narrative(basic("445.17", "46.19", "11.60%")))));
    assertEquals(
        "narrative 基本支出 | Growth of 基本支出: change 46.19 on an implied prior of 398.98 gives"
            + " 11.5755…11.5786%, not the printed 11.56% | 11.58% 11.56%",
        one(run("narrative.growth", narrative(basic("445.17", "46.19", "11.56%")))));
  }

  @Test
  void smallPriorGrowthRangeFromThePrintedRounding() {
    // 事业单位医疗 5.56, +0.55: prior 5.01, 10.98%. The range is 0.545 / 5.02 = 10.8566% to
    // 0.555 / 5.00 = 11.1000%; with ±0.01: 10.85% passes, 10.84% fails; 11.11% passes, 11.12% not.
    for (String ok : List.of("10.85%", "10.98%", "11.00%", "11.11%")) {
      assertEquals(List.of(), run("narrative.growth", narrative(medical(ok))), ok);
    }
    assertEquals(
        "narrative 事业单位医疗（项） | Growth of 事业单位医疗（项）: change 0.55 on an implied prior of"
            + " 5.01 gives 10.8566…11.1000%, not the printed 11.12% | 10.98% 11.12%",
        one(run("narrative.growth", narrative(medical("11.12%")))));
    assertEquals(1, run("narrative.growth", narrative(medical("10.84%"))).size());
  }

  @Test
  void growthFindingIsLocatedAtTheTableCellWhenPublished() {
    List<Finding> found =
        run("narrative.growth", published(SeedFixture.published(), medical("11.12%")));
    assertEquals(
        "表5 f:2101102 total narrative 事业单位医疗（项）",
        found.get(0).location().toString(),
        found::toString);
  }

  private static NarrativeFigure medical(String growth) {
    return fig("事业单位医疗（项）", Measure.GENERAL_PUBLIC_BY_FUNCTION, "5.56")
        .function("210 11 02")
        .yearOnYear("0.55", growth)
        .build();
  }

  @Test
  void negativeGrowthRange() {
    // −4.25 on a prior of 18.42 + 4.25 = 22.67: −18.7472% → −18.75%; range −18.7693…−18.7252%.
    for (String ok : List.of("-18.78%", "-18.75%", "-18.72%")) {
      assertEquals(List.of(), run("narrative.growth", narrative(basic("18.42", "-4.25", ok))), ok);
    }
    assertEquals(
        "narrative 基本支出 | Growth of 基本支出: change -4.25 on an implied prior of 22.67 gives"
            + " -18.7693…-18.7252%, not the printed -18.71% | -18.75% -18.71%",
        one(run("narrative.growth", narrative(basic("18.42", "-4.25", "-18.71%")))));
    assertEquals(1, run("narrative.growth", narrative(basic("18.42", "-4.25", "-18.79%"))).size());
  }

  @Test
  void growthUpperEdgeOfTheRange() {
    // amount 1,114,850 fen, change 104,850 fen: the highest corner is (104,850 + 5,000) /
    // (1,109,850 − 109,850) = 10.985% exactly, so 11.00% (10.985 after ±0.01) just passes.
    assertEquals(
        List.of(), run("narrative.growth", narrative(fenGrowth(1_114_850, 104_850, "11.00%"))));
    assertEquals(
        1, run("narrative.growth", narrative(fenGrowth(1_114_850, 104_850, "11.01%"))).size());
    assertEquals(
        1, run("narrative.growth", narrative(fenGrowth(1_114_850, 104_849, "11.00%"))).size());
  }

  @Test
  void growthLowerEdgeOfTheRange() {
    // amount 1,104,850 fen, change 114,850 fen: the lowest corner is (114,850 − 5,000) /
    // (1,109,850 − 109,850) = 10.985% exactly, so 10.97% (10.985 after ±0.01) just passes.
    assertEquals(
        List.of(), run("narrative.growth", narrative(fenGrowth(1_104_850, 114_850, "10.97%"))));
    assertEquals(
        1, run("narrative.growth", narrative(fenGrowth(1_104_850, 114_850, "10.96%"))).size());
    assertEquals(
        1, run("narrative.growth", narrative(fenGrowth(1_104_850, 114_851, "10.97%"))).size());
  }

  private static NarrativeFigure fenGrowth(long amount, long change, String growth) {
    return fen("基本支出", Measure.BASIC, amount)
        .yearOnYear(new YearOnYear(Amount.ofFen(change), Percent.parse(growth)))
        .build();
  }

  @Test
  void zeroPriorIsOneHundredPercentWithinOneHundredth() {
    // 246.28, +246.28: the prior is zero and the document prints 100.00%.
    for (String ok : List.of("99.99%", "100.00%", "100.01%")) {
      assertEquals(
          List.of(), run("narrative.growth", narrative(basic("246.28", "246.28", ok))), ok);
    }
    assertEquals(
        "narrative 基本支出 | Growth of 基本支出: change 246.28 on an implied prior of 0.00 gives"
            + " 100.00%, not the printed 100.02% | 100.00% 100.02%",
        one(run("narrative.growth", narrative(basic("246.28", "246.28", "100.02%")))));
    assertEquals(1, run("narrative.growth", narrative(basic("246.28", "246.28", "99.98%"))).size());
  }

  @Test
  void aPriorWhoseRoundingReachesZeroIsTakenAsPrinted() {
    // 0.56, +0.55: the prior 0.01 may be 0.00 once rounded: 0.55 / 0.01 = 5,500.00% ± 0.01.
    assertEquals(List.of(), run("narrative.growth", narrative(basic("0.56", "0.55", "5,500.01%"))));
    assertEquals(List.of(), run("narrative.growth", narrative(basic("0.56", "0.55", "5,499.99%"))));
    assertEquals(
        "narrative 基本支出 | Growth of 基本支出: change 0.55 on an implied prior of 0.01 gives"
            + " 5,500.00%, not the printed 5,500.02% | 5,500.00% 5,500.02%",
        one(run("narrative.growth", narrative(basic("0.56", "0.55", "5,500.02%")))));
    // 0.54, +0.55: a prior of −0.01, whose range −0.02…0.00 reaches zero too.
    assertEquals(
        List.of(), run("narrative.growth", narrative(basic("0.54", "0.55", "-5,500.00%"))));
    assertEquals(1, run("narrative.growth", narrative(basic("0.54", "0.55", "-5,499.98%"))).size());
    // 0.57, +0.55: a prior of 0.02, whose range 0.01…0.03 does not: 0.545/0.03…0.555/0.01.
    assertEquals(List.of(), run("narrative.growth", narrative(basic("0.57", "0.55", "2,000.00%"))));
  }

  @Test
  void figuresWithoutYearOnYearAreNotCheckedForGrowth() {
    assertEquals(
        List.of(),
        run("narrative.growth", narrative(fig("基本支出", Measure.BASIC, "445.17").build())));
  }

  // ---------------------------------------------------------------------------------------------
  // narrative.prior-consistency

  static NarrativeFigure expenditure(String change) {
    return fig("支出预算", Measure.EXPENDITURE_TOTAL, "14,941.05")
        .yearOnYear(change, "1,784.79%")
        .build();
  }

  static NarrativeFigure project() {
    return fig("项目支出", Measure.PROJECT, "14,495.88").yearOnYear("14,102.15", "3,581.68%").build();
  }

  @Test
  void totalPriorEqualsTheSumOfBasicAndProjectPriors() {
    // 14,941.05 − 14,148.34 = 792.71 = (445.17 − 46.19) + (14,495.88 − 14,102.15) = 398.98 +
    // 393.73.
    NarrativeFigure basic = basic("445.17", "46.19", "11.58%");
    assertEquals(
        List.of(),
        run("narrative.prior-consistency", narrative(expenditure("14,148.34"), basic, project())));
    // ±0.015 万元 (three printed changes) is allowed: 0.01 off passes, 0.02 off fires.
    assertEquals(
        List.of(),
        run("narrative.prior-consistency", narrative(expenditure("14,148.35"), basic, project())));
    assertEquals(
        List.of(),
        run("narrative.prior-consistency", narrative(expenditure("14,148.33"), basic, project())));
    assertEquals(
        "narrative 支出预算 vs 基本支出 + 项目支出 | Implied prior-year figures disagree: 支出预算 792.69"
            + " = 792.69, but 基本支出 398.98 + 项目支出 393.73 = 792.71 | 792.69 792.71",
        one(
            run(
                "narrative.prior-consistency",
                narrative(expenditure("14,148.36"), basic, project()))));
    assertEquals(
        1,
        run("narrative.prior-consistency", narrative(expenditure("14,148.32"), basic, project()))
            .size());
  }

  @Test
  void priorToleranceEdgeIsHalfAPrintedUnitPerFigure() {
    NarrativeFigure basic = basic("445.17", "46.19", "11.58%");
    NarrativeFigure atEdge =
        fig("支出预算", Measure.EXPENDITURE_TOTAL, "14,941.05")
            .yearOnYear(
                new YearOnYear(
                    Amount.ofWanYuan("14,148.34").plus(Amount.ofFen(15_000)),
                    Percent.parse("1,784.79%")))
            .build();
    NarrativeFigure beyond =
        fig("支出预算", Measure.EXPENDITURE_TOTAL, "14,941.05")
            .yearOnYear(
                new YearOnYear(
                    Amount.ofWanYuan("14,148.34").plus(Amount.ofFen(15_001)),
                    Percent.parse("1,784.79%")))
            .build();
    assertEquals(
        List.of(), run("narrative.prior-consistency", narrative(atEdge, basic, project())));
    assertEquals(1, run("narrative.prior-consistency", narrative(beyond, basic, project())).size());
  }

  @Test
  void priorsAreComparedOnlyWhenTheAmountsAgreeAndEveryFigureHasAChange() {
    NarrativeFigure basic = basic("445.17", "46.19", "11.58%");
    NarrativeFigure otherTotal =
        fig("支出预算", Measure.EXPENDITURE_TOTAL, "14,941.06")
            .yearOnYear("14,000.00", "1.00%")
            .build();
    assertEquals(
        List.of(), run("narrative.prior-consistency", narrative(otherTotal, basic, project())));
    NarrativeFigure plainBasic = fig("基本支出", Measure.BASIC, "445.17").build();
    assertEquals(
        List.of(),
        run(
            "narrative.prior-consistency",
            narrative(expenditure("14,000.00"), plainBasic, project())));
    // One of basic and project is not enough to stand for the total.
    assertEquals(
        List.of(),
        run(
            "narrative.prior-consistency",
            narrative(
                fig("支出预算", Measure.EXPENDITURE_TOTAL, "14,495.88")
                    .yearOnYear("14,000.00", "1.00%")
                    .build(),
                project())));
  }

  @Test
  void incomeTotalAgainstExpenditureTotal() {
    NarrativeFigure income =
        fig("收入预算", Measure.INCOME_TOTAL, "14,941.05").yearOnYear("14,148.34", "1,784.79%").build();
    assertEquals(
        List.of(), run("narrative.prior-consistency", narrative(income, expenditure("14,148.34"))));
    assertEquals(
        "narrative 收入预算 vs 支出预算 | Implied prior-year figures disagree: 收入预算 792.71 = 792.71,"
            + " but 支出预算 792.68 = 792.68 | 792.71 792.68",
        one(run("narrative.prior-consistency", narrative(income, expenditure("14,148.37")))));
  }

  @Test
  void fundGroupAgainstItsMembers() {
    // 一般公共预算拨款 14,246.82 = 一般财力 11,415.32 (+10,622.61) + 转移支付 2,831.50 (+2,831.50).
    NarrativeFigure local =
        fig("一般公共预算", Measure.INCOME_BY_FUND, "11,415.32")
            .fund(FundSource.GENERAL_PUBLIC_LOCAL)
            .yearOnYear("10,622.61", "1,340.04%")
            .build();
    NarrativeFigure transfer =
        fig("上级一般公共预算安排的转移支付资金", Measure.INCOME_BY_FUND, "2,831.50")
            .fund(FundSource.GENERAL_PUBLIC_TRANSFER)
            .yearOnYear("2,831.50", "100.00%")
            .build();
    NarrativeFigure ok = gp("13,454.11");
    assertEquals(List.of(), run("narrative.prior-consistency", narrative(ok, local, transfer)));
    List<Finding> found =
        run("narrative.prior-consistency", narrative(gp("13,454.14"), local, transfer));
    assertEquals(
        "narrative 一般公共预算拨款 vs 一般公共预算 + 上级一般公共预算安排的转移支付资金 | Implied prior-year"
            + " figures disagree: 一般公共预算拨款 792.68 = 792.68, but 一般公共预算 792.71 +"
            + " 上级一般公共预算安排的转移支付资金 0.00 = 792.71 | 792.68 792.71",
        one(found));
    // The group is found wherever it stands among the figures.
    assertEquals(
        1, run("narrative.prior-consistency", narrative(local, transfer, gp("13,454.14"))).size());
    // A group printed alone has no members to compare with.
    assertEquals(List.of(), run("narrative.prior-consistency", narrative(gp("13,454.14"))));
  }

  private static NarrativeFigure gp(String change) {
    return fig("一般公共预算拨款", Measure.INCOME_BY_FUND, "14,246.82")
        .fund(FundSource.GENERAL_PUBLIC)
        .yearOnYear(change, "1,697.21%")
        .build();
  }

  @Test
  void threePublicCostsTotalAgainstItsParts() {
    NarrativeFigure total =
        fig("财政拨款“三公”经费", Measure.THREE_PUBLIC_TOTAL, "2.40").yearOnYear("0.10", "4.35%").build();
    NarrativeFigure vehicles =
        fig("公务用车运行费", Measure.THREE_PUBLIC_VEHICLE_OPERATION, "2.40")
            .yearOnYear("0.00", "0.00%")
            .build();
    assertEquals(
        "narrative 财政拨款“三公”经费 vs 公务用车运行费 | Implied prior-year figures disagree: 财政拨款“三公”经费"
            + " 2.30 = 2.30, but 公务用车运行费 2.40 = 2.40 | 2.30 2.40",
        one(run("narrative.prior-consistency", narrative(total, vehicles))));
    NarrativeFigure same =
        fig("财政拨款“三公”经费", Measure.THREE_PUBLIC_TOTAL, "2.40").yearOnYear("0.00", "0.00%").build();
    assertEquals(List.of(), run("narrative.prior-consistency", narrative(same, vehicles)));
  }

  @Test
  void classAgainstItsItemsAndTheTotalAgainstTheClasses() {
    NarrativeFigure klass =
        fig("卫生健康支出（类）", Measure.GENERAL_PUBLIC_BY_FUNCTION, "5.56")
            .function("210")
            .yearOnYear("0.55", "10.98%")
            .build();
    NarrativeFigure item =
        fig("事业单位医疗（项）", Measure.GENERAL_PUBLIC_BY_FUNCTION, "5.56")
            .function("210 11 02")
            .yearOnYear("0.60", "12.10%")
            .build();
    assertEquals(
        "narrative 卫生健康支出（类） vs 事业单位医疗（项） | Implied prior-year figures disagree:"
            + " 卫生健康支出（类） 5.01 = 5.01, but 事业单位医疗（项） 4.96 = 4.96 | 5.01 4.96",
        one(run("narrative.prior-consistency", narrative(klass, item))));
    NarrativeFigure sameItem =
        fig("事业单位医疗（项）", Measure.GENERAL_PUBLIC_BY_FUNCTION, "5.56")
            .function("210 11 02")
            .yearOnYear("0.55", "10.98%")
            .build();
    assertEquals(List.of(), run("narrative.prior-consistency", narrative(klass, sameItem)));
    // A total with a change stands above the classes.
    NarrativeFigure total =
        fig("一般公共预算拨款合计", Measure.GENERAL_PUBLIC_TOTAL, "5.56").yearOnYear("0.50", "9.88%").build();
    List<Finding> found = run("narrative.prior-consistency", narrative(total, klass, sameItem));
    assertEquals(2, found.size(), found::toString);
    assertTrue(
        found.get(0).location().toString().startsWith("narrative 一般公共预算拨款合计 vs "), found::toString);
  }

  // ---------------------------------------------------------------------------------------------
  // Where each measure stands in the tables

  static String figure(Disclosure d, Measure m, FundSource fund, String function) {
    return NarrativeRules.tableFigure(
            Layouts.inSeedLayout(d),
            m,
            Optional.ofNullable(fund),
            Optional.ofNullable(function).map(io.budgetkit.code.FunctionCode::parse))
        .map(NarrativeRules.Spot::toString)
        .orElse("none");
  }

  @Test
  void eachMeasureReadsItsCellOfTheSeedTables() {
    Disclosure d = SeedFixture.published();
    assertEquals("表1 label:收入总计 amount 14,941.05", figure(d, Measure.INCOME_TOTAL, null, null));
    assertEquals(
        "表1 fund:FISCAL_CARRYOVER amount 246.28",
        figure(d, Measure.INCOME_BY_FUND, FundSource.FISCAL_CARRYOVER, null));
    assertEquals("none", figure(d, Measure.INCOME_BY_FUND, null, null));
    // 支出总计 sums the same lines as 收入总计 (every line); each side's measure reads its own row
    assertEquals(
        "表1 label:支出总计 amount 14,941.05", figure(d, Measure.EXPENDITURE_TOTAL, null, null));
    assertEquals("表3 label:合计 basic 445.17", figure(d, Measure.BASIC, null, null));
    assertEquals("表3 label:合计 project 14,495.88", figure(d, Measure.PROJECT, null, null));
    // 表4's 财政拨款（补助） income row sums the same lines as its 支出总计, and comes first
    assertEquals("表4 label:财政拨款（补助） total 14,246.82", figure(d, Measure.FISCAL_TOTAL, null, null));
    assertEquals("表4 f:208 total 14,064.55", figure(d, Measure.FISCAL_BY_FUNCTION, null, "208"));
    assertEquals("none", figure(d, Measure.FISCAL_BY_FUNCTION, null, null));
    // 表1's 一般公共预算拨款 income row sums the same lines as 表5 合计, and comes first
    assertEquals(
        "表1 fund:GENERAL_PUBLIC amount 14,246.82",
        figure(d, Measure.GENERAL_PUBLIC_TOTAL, null, null));
    assertEquals("表5 label:合计 basic 445.17", figure(d, Measure.GENERAL_PUBLIC_BASIC, null, null));
    // 表7 合计 in its 合计 column sums the same lines as 表5 合计 in its 项目支出 column
    assertEquals(
        "表7 label:合计 total 13,801.65", figure(d, Measure.GENERAL_PUBLIC_PROJECT, null, null));
    assertEquals(
        "表5 f:221 total 34.69", figure(d, Measure.GENERAL_PUBLIC_BY_FUNCTION, null, "221"));
    assertEquals(
        "表6 label:合计 personnel 434.33", figure(d, Measure.GENERAL_PUBLIC_PERSONNEL, null, null));
    assertEquals(
        "表6 label:合计 operating 10.84", figure(d, Measure.GENERAL_PUBLIC_OPERATING, null, null));
    assertEquals("表6 label:合计 operating 10.84", figure(d, Measure.OPERATING_COSTS, null, null));
    assertEquals("表10 label:合计 total 2.40", figure(d, Measure.THREE_PUBLIC_TOTAL, null, null));
    assertEquals(
        "表10 label:因公出国（境）费 total 0.00", figure(d, Measure.THREE_PUBLIC_OVERSEAS, null, null));
    assertEquals(
        "表10 label:公务接待费 total 0.00", figure(d, Measure.THREE_PUBLIC_RECEPTION, null, null));
    assertEquals(
        "表10 label:公务用车购置费 total 0.00",
        figure(d, Measure.THREE_PUBLIC_VEHICLE_PURCHASE, null, null));
    assertEquals(
        "表10 label:公务用车运行费 total 2.40",
        figure(d, Measure.THREE_PUBLIC_VEHICLE_OPERATION, null, null));
    assertEquals(
        "表7 label:合计 total 13,801.65", figure(d, Measure.PERFORMANCE_FISCAL_PROJECTS, null, null));
  }

  @Test
  void withoutTable1Or4TheMeasuresFallBackToTables2And3() {
    Disclosure d = Disclosure.builder().addTables(SeedFixture.t2(), SeedFixture.t3()).build();
    // 表2 合计 is the sum of its 类: 195.75 + 14,565.15 + 23.98 + 121.48 + 34.69 = 14,941.05.
    assertEquals("表2 label:合计 total 14,941.05", figure(d, Measure.INCOME_TOTAL, null, null));
    // 表3 合计 sums every line as 表2 合计 does: the first such cell, 表2's, is read
    assertEquals("表2 label:合计 total 14,941.05", figure(d, Measure.EXPENDITURE_TOTAL, null, null));
    // 财政拨款 by 类 from 表2's 小计: 208 is 14,064.55 there as in 表4.
    assertEquals("表2 f:208 fiscal 14,064.55", figure(d, Measure.FISCAL_BY_FUNCTION, null, "208"));
    assertEquals("表2 label:合计 fiscal 14,246.82", figure(d, Measure.FISCAL_TOTAL, null, null));
    // A source with one 表2 column reads that column's total; 一般公共预算拨款 spans two.
    assertEquals(
        "表2 label:合计 unitFunds 427.95",
        figure(d, Measure.INCOME_BY_FUND, FundSource.UNIT_FUNDS, null));
    assertEquals("none", figure(d, Measure.INCOME_BY_FUND, FundSource.GENERAL_PUBLIC, null));
    assertEquals("none", figure(d, Measure.INCOME_BY_FUND, FundSource.OTHER_INCOME, null));
    assertEquals("none", figure(d, Measure.GENERAL_PUBLIC_TOTAL, null, null));
    assertEquals("none", figure(d, Measure.THREE_PUBLIC_OVERSEAS, null, null));
  }

  @Test
  void aSourceTable1DoesNotPrintIsReadFrom表2() {
    Disclosure d =
        Disclosure.builder()
            .addTables(
                io.budgetkit.table.DisclosureTable.builder(io.budgetkit.table.TableId.T1)
                    .row(io.budgetkit.table.RowKey.label("收入总计"), "收入总计", "14,941.05")
                    .build(),
                SeedFixture.t2())
            .build();
    assertEquals(
        "表2 label:合计 unitFunds 427.95",
        figure(d, Measure.INCOME_BY_FUND, FundSource.UNIT_FUNDS, null));
  }

  @Test
  void narrativeAmountsAreComparedAsPrinted() {
    Disclosure d = SeedFixture.published();
    assertEquals(
        List.of(),
        run("narrative.amount", published(d, fig("基本支出", Measure.BASIC, "445.17").build())));
    assertEquals(
        "表3 label:合计 basic narrative 基本支出 | The narrative's 基本支出 differs from 表3 label:合计"
            + " basic 445.17 | 445.17 445.18",
        one(run("narrative.amount", published(d, fig("基本支出", Measure.BASIC, "445.18").build()))));
    // 445.174 万元 prints as 445.17: the same figure.
    assertEquals(
        List.of(),
        run(
            "narrative.amount",
            published(
                d,
                fen("基本支出", Measure.BASIC, 445_174_000L).build(),
                fig("未列示", Measure.INCOME_BY_FUND, "1.00").build())));
    assertEquals(
        List.of(), run("narrative.amount", narrative(fig("基本支出", Measure.BASIC, "1.00").build())));
  }

  @Test
  void operatingCostsAgainstTable6() {
    Disclosure d = SeedFixture.published();
    assertEquals(List.of(), run("narrative.operating-costs", SeedFixture.document()));
    UnitBudget changed =
        UnitBudget.builder()
            .from(SeedFixture.budget())
            .operatingCosts(new io.budgetkit.model.OperatingCosts(Amount.ofWanYuan("10.85"), 0, 0))
            .build();
    assertEquals(
        "表6 label:合计 operating 机关运行经费 | 机关运行经费 differs from 表6 label:合计 operating 10.84 |"
            + " 10.84 10.85",
        one(run("narrative.operating-costs", SeedFixture.doc(changed, d))));
    assertEquals(List.of(), run("narrative.operating-costs", BudgetDocument.of(changed)));
    Disclosure withoutT6 = Disclosure.builder().addTables(SeedFixture.t1()).build();
    assertEquals(List.of(), run("narrative.operating-costs", SeedFixture.doc(changed, withoutT6)));
  }

  @Test
  void threePublicCostsAgainstTable10RowByRow() {
    UnitBudget changed =
        UnitBudget.builder()
            .from(SeedFixture.budget())
            .threePublicCosts(
                new io.budgetkit.model.ThreePublicCosts(
                    Amount.zero(),
                    Amount.ofWanYuan("0.10"),
                    Amount.zero(),
                    Amount.ofWanYuan("2.40")))
            .build();
    assertEquals(List.of(), run("narrative.three-public-costs", SeedFixture.document()));
    List<Finding> found =
        run("narrative.three-public-costs", SeedFixture.doc(changed, SeedFixture.published()));
    assertEquals(2, found.size(), found::toString);
    assertEquals(
        "表10 label:合计 total narrative 三公经费 “三公”经费合计 | The narrative's “三公”经费合计 differs"
            + " from 表10 label:合计 total 2.40 | 2.40 2.50",
        one(found.subList(0, 1)));
    assertEquals(
        "表10 label:公务接待费 total narrative 三公经费 公务接待费 | The narrative's 公务接待费 differs from"
            + " 表10 label:公务接待费 total 0.00 | 0.00 0.10",
        one(found.subList(1, 2)));
    // A table printing only the vehicle rows checks only those.
    Disclosure vehiclesOnly =
        Disclosure.builder()
            .addTables(
                io.budgetkit.table.DisclosureTable.builder(io.budgetkit.table.TableId.T10)
                    .row(RowKey.label("公务用车运行费"), "公务用车运行费", "2.40", "2.40")
                    .build())
            .build();
    assertEquals(
        List.of(), run("narrative.three-public-costs", SeedFixture.doc(changed, vehiclesOnly)));
    assertEquals(List.of(), run("narrative.three-public-costs", BudgetDocument.of(changed)));
  }

  // ---------------------------------------------------------------------------------------------
  // Income by source against spending

  static NarrativeFigure income(String label, FundSource s, String amount, String change) {
    return fig(label, Measure.INCOME_BY_FUND, amount).fund(s).yearOnYear(change, "1.00%").build();
  }

  @Test
  void topIncomeSourcesAgainstBasicAndProject() {
    // Priors: 一般公共预算拨款 300 − 100 = 200 (一般财力 within it is not counted again), 单位资金
    // 100 − 50 = 50; 基本支出 150 − 50 = 100, 项目支出 250 − 100 = 150: 250 on both sides.
    NarrativeFigure gp = income("一般公共预算拨款", FundSource.GENERAL_PUBLIC, "300.00", "100.00");
    NarrativeFigure local = income("一般财力", FundSource.GENERAL_PUBLIC_LOCAL, "300.00", "100.00");
    NarrativeFigure unit = income("单位资金", FundSource.UNIT_FUNDS, "100.00", "50.00");
    NarrativeFigure basic = basic("150.00", "50.00", "50.00%");
    NarrativeFigure project =
        fig("项目支出", Measure.PROJECT, "250.00").yearOnYear("100.00", "66.67%").build();
    assertEquals(
        List.of(), run("narrative.prior-consistency", narrative(gp, local, unit, basic, project)));
    NarrativeFigure offProject =
        fig("项目支出", Measure.PROJECT, "250.00").yearOnYear("100.05", "66.71%").build();
    assertEquals(
        "narrative 一般公共预算拨款 + 单位资金 vs 基本支出 + 项目支出 | Implied prior-year figures"
            + " disagree: 一般公共预算拨款 200.00 + 单位资金 50.00 = 250.00, but 基本支出 100.00 + 项目支出"
            + " 149.95 = 249.95 | 250.00 249.95",
        one(
            run(
                "narrative.prior-consistency",
                narrative(gp, local, unit, basic, offProject, specialAccount()))));
  }

  /** 财政专户 printed without a change: not a top income source with a change. */
  private static NarrativeFigure specialAccount() {
    return fig("财政专户", Measure.INCOME_BY_FUND, "0.00").fund(FundSource.SPECIAL_ACCOUNT).build();
  }

  @Test
  void generalPublicIncomeAgainstItsBasicAndProject() {
    NarrativeFigure gp = income("一般公共预算拨款", FundSource.GENERAL_PUBLIC, "300.00", "100.00");
    NarrativeFigure gpBasic =
        fig("一般公共预算 基本支出", Measure.GENERAL_PUBLIC_BASIC, "150.00")
            .yearOnYear("50.00", "50.00%")
            .build();
    assertEquals(
        List.of(), run("narrative.prior-consistency", narrative(gp, gpBasic, gpProject("50.00"))));
    assertEquals(
        "narrative 一般公共预算拨款 vs 一般公共预算 基本支出 + 一般公共预算 项目支出 | Implied prior-year"
            + " figures disagree: 一般公共预算拨款 200.00 = 200.00, but 一般公共预算 基本支出 100.00 +"
            + " 一般公共预算 项目支出 99.90 = 199.90 | 200.00 199.90",
        one(run("narrative.prior-consistency", narrative(gp, gpBasic, gpProject("50.10")))));
    // 单位资金 is not within 一般公共预算拨款, so it does not join it against its kinds.
    NarrativeFigure unit = income("单位资金", FundSource.UNIT_FUNDS, "100.00", "50.00");
    assertEquals(
        1,
        run("narrative.prior-consistency", narrative(gp, unit, gpBasic, gpProject("50.10")))
            .size());
  }

  @Test
  void totalsAgainstTheirParts() {
    // 一般公共预算拨款合计 300 − 100 = 200 against 基本 150 − 50 and 项目 150 − 50.10 = 199.90.
    NarrativeFigure gpTotal =
        fig("一般公共预算拨款合计", Measure.GENERAL_PUBLIC_TOTAL, "300.00")
            .yearOnYear("100.00", "50.00%")
            .build();
    NarrativeFigure gpBasic =
        fig("一般公共预算 基本支出", Measure.GENERAL_PUBLIC_BASIC, "150.00")
            .yearOnYear("50.00", "50.00%")
            .build();
    assertEquals(
        List.of(),
        run("narrative.prior-consistency", narrative(gpTotal, gpBasic, gpProject("50.00"))));
    assertEquals(
        "narrative 一般公共预算拨款合计 vs 一般公共预算 基本支出 + 一般公共预算 项目支出 | Implied prior-year"
            + " figures disagree: 一般公共预算拨款合计 200.00 = 200.00, but 一般公共预算 基本支出 100.00 +"
            + " 一般公共预算 项目支出 99.90 = 199.90 | 200.00 199.90",
        one(run("narrative.prior-consistency", narrative(gpTotal, gpBasic, gpProject("50.10")))));
    // 收入预算 400 − 150 = 250 against 一般公共预算拨款 300 − 100 and 单位资金 100 − 50.05.
    NarrativeFigure incomeTotal =
        fig("收入预算", Measure.INCOME_TOTAL, "400.00").yearOnYear("150.00", "60.00%").build();
    NarrativeFigure gp = income("一般公共预算拨款", FundSource.GENERAL_PUBLIC, "300.00", "100.00");
    assertEquals(
        "narrative 收入预算 vs 一般公共预算拨款 + 单位资金 | Implied prior-year figures disagree: 收入预算"
            + " 250.00 = 250.00, but 一般公共预算拨款 200.00 + 单位资金 49.95 = 249.95 | 250.00 249.95",
        one(
            run(
                "narrative.prior-consistency",
                narrative(
                    incomeTotal, gp, income("单位资金", FundSource.UNIT_FUNDS, "100.00", "50.05")))));
  }

  private static NarrativeFigure gpProject(String change) {
    return fig("一般公共预算 项目支出", Measure.GENERAL_PUBLIC_PROJECT, "150.00")
        .yearOnYear(change, "50.00%")
        .build();
  }

  @Test
  void fiscalTotalAgainstClassesOnlyWhenItHasAChange() {
    // 58.67 − 5.00 = 53.67 = (23.98 − 2.00) + (34.69 − 3.00) = 21.98 + 31.69.
    NarrativeFigure health = fiscalClass("卫生健康支出", "210", "23.98", "2.00");
    NarrativeFigure total =
        fig("财政拨款收支总预算", Measure.FISCAL_TOTAL, "58.67").yearOnYear("5.00", "9.32%").build();
    assertEquals(
        List.of(),
        run(
            "narrative.prior-consistency",
            narrative(total, health, fiscalClass("住房保障支出", "221", "34.69", "3.00"))));
    assertEquals(
        "narrative 财政拨款收支总预算 vs 卫生健康支出 + 住房保障支出 | Implied prior-year figures disagree:"
            + " 财政拨款收支总预算 53.67 = 53.67, but 卫生健康支出 21.98 + 住房保障支出 31.64 = 53.62 | 53.67"
            + " 53.62",
        one(
            run(
                "narrative.prior-consistency",
                narrative(total, health, fiscalClass("住房保障支出", "221", "34.69", "3.05")))));
    NarrativeFigure plainTotal = fig("财政拨款收支总预算", Measure.FISCAL_TOTAL, "58.67").build();
    assertEquals(
        List.of(),
        run(
            "narrative.prior-consistency",
            narrative(plainTotal, health, fiscalClass("住房保障支出", "221", "34.69", "3.05"))));
  }

  private static NarrativeFigure fiscalClass(String label, String code, String amount, String c) {
    return fig(label, Measure.FISCAL_BY_FUNCTION, amount)
        .function(code)
        .yearOnYear(c, "1.00%")
        .build();
  }
}
