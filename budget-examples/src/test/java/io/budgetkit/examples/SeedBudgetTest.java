package io.budgetkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.StaffCount;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.table.TableId;
import io.budgetkit.validation.BudgetRules;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Severity;
import io.budgetkit.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's profile, projects, narrative and the validator's findings on them. */
class SeedBudgetTest {
  private final UnitBudget budget = SeedBudget.budget();

  private static Amount wan(String figure) {
    return Amount.ofWanYuan(figure);
  }

  private Project project(String name) {
    return budget.project(name).orElseThrow();
  }

  @Test
  void profileHasElevenFunctionsEightDivisionsAndStaffingThatAddsUp() {
    UnitProfile p = SeedBudget.profile();
    assertEquals(11, p.functions().size());
    assertTrue(p.functions().get(10).startsWith("(十一)按照“管行业必须管安全"));
    assertEquals(8, p.divisions().size());
    assertEquals(0, p.subordinateUnits());
    assertEquals(31, p.staffing().orElseThrow().authorized());
    assertEquals(
        p.staffing().orElseThrow().actual(),
        p.staffing().orElseThrow().counts().stream().mapToInt(StaffCount::count).sum());
  }

  @Test
  void documentHoldsTheBudgetAndAllTenPublishedTables() {
    BudgetDocument d = SeedBudget.document();
    assertEquals(2023, d.budget().fiscalYear());
    for (TableId id : TableId.values()) {
      assertTrue(d.layoutTables().orElseThrow().table("t" + id.number()).isPresent(), id.label());
    }
  }

  @Test
  void indicatorWeightsOfEveryPerformanceTableAddUpTo90() {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    for (Project p : budget.projects()) {
      weights.put(p.name(), p.performance().orElseThrow().totalWeight());
      expected.put(p.name(), BigDecimal.valueOf(90));
    }
    assertEquals(expected, weights);
  }

  @Test
  void indicatorCountsPerTableAsPrinted() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Project p : budget.projects()) {
      counts.put(p.name(), p.performance().orElseThrow().indicators().size());
    }
    assertEquals(
        List.of(10, 12, 9, 8, 8, 30, 8, 12, 12, 9),
        List.copyOf(counts.values()),
        counts.toString());
  }

  @Test
  void costIndicatorsInWanYuanAddUpToTheFundsWhereTheyAreTotals() {
    for (String name :
        List.of(
            SeedProjects.ARBITRATION,
            SeedProjects.HR_WORK,
            SeedProjects.THREE_SUPPORTS,
            SeedProjects.BUILDING,
            SeedProjects.FIBRE,
            SeedProjects.PUBLIC_WELFARE_POSTS,
            SeedProjects.REGIONAL_EMPLOYMENT,
            SeedProjects.PERSONNEL_FILES)) {
      PerformanceTarget t = project(name).performance().orElseThrow();
      Amount costs = Amount.zero();
      for (PerformanceIndicator i : t.indicators()) {
        if (i.target() instanceof IndicatorTarget.Quantity q && q.unit().equals("万元")) {
          costs = costs.plus(Amount.of(q.value(), MoneyUnit.WAN_YUAN));
        }
      }
      assertEquals(t.totalFunds(), java.util.Optional.of(costs), name);
    }
  }

  @Test
  void guaranteeCompensationRateTargetsAReference() {
    PerformanceIndicator rate =
        project(SeedProjects.INCLUSIVE_FINANCE).performance().orElseThrow().indicators().stream()
            .filter(i -> i.name().equals("担保代偿率"))
            .findFirst()
            .orElseThrow();
    assertEquals(new IndicatorTarget.Reference("上年全国融资担保行业平均代偿率"), rate.target());
  }

  @Test
  void subsidyStandardsReadAsPrinted() {
    var threeSupports = project(SeedProjects.THREE_SUPPORTS).subsidy().orElseThrow();
    assertEquals("2050.27 人/月", threeSupports.standard().printed());
    assertEquals(SubsidyPeriod.MONTH, threeSupports.standard().period().orElseThrow());
    // 122 people × 2,050.27 元 × 12 months = 300.16 万元 (to the fen: 3,001,595.28 元).
    assertEquals(
        new BigDecimal("300.16"),
        threeSupports.standard().perPerson().multipliedBy(122L * 12).rounded(MoneyUnit.WAN_YUAN));
    var regional = project(SeedProjects.REGIONAL_EMPLOYMENT).subsidy().orElseThrow();
    assertTrue(regional.standard().period().isEmpty());
    assertEquals(
        "关于提前下达2023年自治区就业补助资金预算的通知", project(SeedProjects.REGIONAL_EMPLOYMENT).tableName());
  }

  @Test
  void budgetRulesFindTheUnitSlipOfTheThreeSupportsAllocationAndTheStandardWithoutAPeriod() {
    // the budget's rules include the subsidy rules: the seed's one note is theirs
    ValidationReport report = BudgetRules.validator().validate(budget);
    assertEquals(2, report.findings().size(), report.toText());
    assertEquals(
        List.of("project.allocation-sum", "subsidy.period"),
        report.findings().stream().map(Finding::ruleId).toList());
    assertEquals(Severity.INFO, report.findings().get(1).severity());
    assertTrue(
        report.findings().get(1).location().toString().contains(SeedProjects.REGIONAL_EMPLOYMENT),
        report.toText());
    Finding f = report.findings().get(0);
    assertEquals("project.allocation-sum", f.ruleId());
    assertTrue(f.location().toString().contains(SeedProjects.THREE_SUPPORTS), f.toString());
    assertEquals("300.16", f.expected().orElseThrow());
  }

  @Test
  void narrativeYearOnYearAgreesWithArithmeticExceptWherePrinted() {
    List<String> off = new ArrayList<>();
    for (NarrativeFigure n : budget.narrative()) {
      if (n.yearOnYear().isPresent()) {
        Percent expected = n.yearOnYear().get().expectedGrowth(n.amount());
        if (!expected.equals(n.yearOnYear().get().growth())) {
          off.add(n.label());
        }
      }
    }
    assertEquals(List.of(), off);
  }

  @Test
  void narrativeSharesDisagreeWithArithmeticOnlyForCarryoverAndHousing() {
    Map<Measure, Amount> wholes =
        Map.of(
            Measure.INCOME_BY_FUND, wan("14,941.05"),
            Measure.BASIC, wan("14,941.05"),
            Measure.PROJECT, wan("14,941.05"),
            Measure.GENERAL_PUBLIC_BY_FUNCTION, wan("14,246.82"));
    List<String> off = new ArrayList<>();
    for (NarrativeFigure n : budget.narrative()) {
      if (n.share().isPresent()) {
        Percent computed = Percent.ratio(n.amount(), wholes.get(n.measure()));
        if (!computed.equals(n.share().get())) {
          off.add(n.label() + " " + n.share().get().format() + " vs " + computed.format());
        }
      }
    }
    assertEquals(List.of("财政拨款结转 1.66% vs 1.65%", "住房保障支出（类） 0.25% vs 0.24%"), off);
  }

  @Test
  void itemThirteenHasNoFunctionCode() {
    NarrativeFigure thirteen =
        budget.narrative().stream()
            .filter(n -> n.label().startsWith("外交支出"))
            .findFirst()
            .orElseThrow();
    assertTrue(thirteen.function().isEmpty());
    assertEquals(wan("40.00"), thirteen.yearOnYear().orElseThrow().impliedPrior(thirteen.amount()));
  }

  @Test
  void otherFactsAddUp() {
    assertEquals(wan("2.40"), SeedBudget.threePublicCosts().total());
    var p = SeedBudget.procurement();
    assertEquals(p.total(), p.goods().plus(p.works()).plus(p.services()));
    var a = SeedBudget.assets();
    assertEquals(
        a.vehicles().value(),
        a.generalVehicles()
            .value()
            .plus(a.enforcementVehicles().value())
            .plus(a.otherVehicles().value()));
    assertEquals(wan("13,801.65"), SeedBudget.performanceSummary().fiscalAmount());
    assertInstanceOf(
        IndicatorTarget.Month.class,
        project(SeedProjects.THREE_SUPPORTS)
            .performance()
            .orElseThrow()
            .indicators()
            .get(4)
            .target());
  }
}
