package io.budgetkit.testkit;

import static io.budgetkit.testkit.BudgetGenerators.WAN_YUAN_CENT;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.OperatingCosts;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.model.YearOnYear;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.project.IndicatorCategory;
import io.budgetkit.project.IndicatorKind;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Builds consistent {@link BudgetDocument}s for {@link BudgetGenerators#documents(Layout)}: a
 * budget made fit for publication, a narrative and facts read off its lines as the tables print
 * them, and the tables a layout derives from the lines ({@link LayoutDerivation}) as the published
 * ones.
 */
final class ConsistentDocuments {
  /** The economic classes that have a column in 表7. */
  private static final Set<String> T7_CLASSES =
      Set.of("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");

  private ConsistentDocuments() {}

  /**
   * The random choices of a document beyond its budget, as whole hundredths of a 万元 or as counts.
   *
   * @param overseas 因公出国（境）费
   * @param reception 公务接待费
   * @param purchase 公务用车购置费
   * @param operationPermille 公务用车运行费 as thousandths of 表6 302 31 (what basic expenditure provides)
   * @param procurement 政府采购预算 and its split 货物, 工程, 服务
   * @param smePermille 面向中小企业预留 as thousandths of the procurement budget
   * @param smallPermille 面向小微企业预留 as thousandths of the SME reservation
   * @param staff 在职, 退休, 离休 and 编制数
   * @param priors last year's 基本支出, 项目支出, 一般公共预算 基本 and 项目, and four 三公 parts
   */
  record Facts(
      Amount overseas,
      Amount reception,
      Amount purchase,
      int operationPermille,
      List<Amount> procurement,
      int smePermille,
      int smallPermille,
      List<Integer> staff,
      List<Amount> priors) {}

  static Gen<Facts> facts() {
    Gen<Amount> small = BudgetGenerators.wanYuanAmounts(5_000);
    Gen<List<Amount>> procurement =
        BudgetGenerators.wanYuanAmounts(50_000)
            .flatMap(
                total ->
                    BudgetGenerators.splits(total, 3, WAN_YUAN_CENT)
                        .map(
                            parts -> {
                              List<Amount> all = new ArrayList<>();
                              all.add(total);
                              all.addAll(parts);
                              return List.copyOf(all);
                            }));
    Gen<List<Integer>> staff =
        BudgetGenerators.sequence(
            List.of(
                Generate.range(0, 60),
                Generate.range(0, 40),
                Generate.range(0, 5),
                Generate.range(0, 80)));
    List<Gen<Amount>> eight = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      eight.add(BudgetGenerators.wanYuanAmounts(1_000_000));
    }
    Gen<List<Amount>> priors = BudgetGenerators.sequence(eight);
    Gen<List<Integer>> permille =
        BudgetGenerators.sequence(
            List.of(Generate.range(0, 1000), Generate.range(0, 1000), Generate.range(0, 1000)));
    Gen<List<Amount>> three = BudgetGenerators.sequence(List.of(small, small, small));
    return three.zip(
        permille,
        procurement,
        staff.zip(priors, StaffAndPriors::new),
        (costs, m, proc, rest) ->
            new Facts(
                costs.get(0),
                costs.get(1),
                costs.get(2),
                m.get(0),
                proc,
                m.get(1),
                m.get(2),
                rest.staff(),
                rest.priors()));
  }

  private record StaffAndPriors(List<Integer> staff, List<Amount> priors) {}

  // ---------------------------------------------------------------- the budget

  /**
   * {@code budget} made fit to be published whole: basic lines carry an economic 款 (表6 cannot place
   * a line without one, nor a 类-level line beside its 款), project lines are 一般公共预算 under one 项 per
   * project with an economic 款 of a 表7 column, subsidy standards are worked out from the scale, and
   * cost indicators in money state the project's funds.
   */
  static UnitBudget publishable(UnitBudget budget) {
    Map<String, FunctionCode> itemOf = new HashMap<>();
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine line : budget.lines()) {
      BudgetLine.Builder b = BudgetLine.builder();
      b.from(line);
      if (line.kind() == ExpenditureKind.PROJECT) {
        String project = line.project().orElse("");
        FunctionCode item = itemOf.computeIfAbsent(project, p -> line.function());
        b.function(item);
        if (!line.fund().isWithin(FundSource.GENERAL_PUBLIC)) {
          b.fund(FundSource.GENERAL_PUBLIC_LOCAL);
        }
        EconomicCode e = line.economic().orElse(EconomicCode.parse("302 01"));
        if (!T7_CLASSES.contains(e.at(CodeLevel.CLASS).digits())) {
          e = EconomicCode.parse("302 99");
        }
        b.economic(section(e));
      } else {
        String fallback = line.kind() == ExpenditureKind.BASIC_PERSONNEL ? "301 01" : "302 01";
        b.economic(section(line.economic().orElse(EconomicCode.parse(fallback))));
      }
      lines.add(b.build());
    }
    List<Project> projects = new ArrayList<>();
    for (Project p : budget.projects()) {
      projects.add(publishable(p));
    }
    UnitBudget.Builder b = UnitBudget.builder();
    b.from(budget);
    b.lines(lines);
    b.projects(projects);
    return b.build();
  }

  /** A 类-level economic code as its 款 99 (其他), so that every 表6 类 is the sum of its 款. */
  private static EconomicCode section(EconomicCode e) {
    return e.level() == CodeLevel.CLASS ? EconomicCode.parse(e.digits() + "99") : e;
  }

  static Project publishable(Project p) {
    Project.Builder b = Project.builder();
    b.from(p);
    p.subsidy().ifPresent(s -> b.subsidy(consistentSubsidy(s, p.scale().orElseThrow())));
    p.performance().ifPresent(t -> b.performance(withCostStated(t)));
    return b.build();
  }

  /**
   * Terms whose standard is the scale shared among the recipients, rounded as printed: in 元 to the
   * fen per month or once, in 万元 to the hundredth per year. Fewer recipients where one share would
   * be under one printed unit.
   */
  static SubsidyTerms consistentSubsidy(SubsidyTerms terms, Amount scale) {
    SubsidyStandard s = terms.standard();
    int perYear = s.period().map(x -> x.perYear()).orElse(1);
    long step = s.printedUnit() == MoneyUnit.WAN_YUAN ? WAN_YUAN_CENT : 1;
    int recipients =
        (int) Math.max(1, Math.min(terms.recipients(), scale.fen() / (step * perYear)));
    long payments = (long) recipients * perYear;
    long steps = (scale.fen() * 2 + step * payments) / (2 * step * payments);
    Amount perPerson = Amount.ofFen(Math.max(1, steps) * step);
    String printed =
        perPerson.format(s.printedUnit())
            + " "
            + s.printedUnit().label()
            + "/人"
            + s.period().map(x -> "/" + x.label()).orElse("");
    return new SubsidyTerms(
        recipients,
        new SubsidyStandard(perPerson, s.period(), printed, s.printedUnit()),
        terms.scope(),
        terms.method(),
        terms.procedure(),
        terms.beneficiaries());
  }

  /**
   * The target with its first cost indicator in money stating the 年度预算总额 and any other cost
   * indicator in money restated as a qualitative target, so that the cost indicators add up.
   */
  static PerformanceTarget withCostStated(PerformanceTarget t) {
    List<PerformanceIndicator> indicators = new ArrayList<>();
    boolean stated = false;
    for (PerformanceIndicator i : t.indicators()) {
      if (i.kind() == IndicatorKind.COST
          && i.target() instanceof IndicatorTarget.Quantity q
          && (q.unit().contains("元"))) {
        PerformanceIndicator.Builder b = PerformanceIndicator.builder();
        b.from(i);
        b.target(
            stated
                ? IndicatorTarget.parse("有效保障")
                : IndicatorTarget.parse(
                    t.totalFunds().orElseThrow().fen() % WAN_YUAN_CENT == 0
                        ? "=" + t.totalFunds().orElseThrow().format(MoneyUnit.WAN_YUAN) + " 万元"
                        // a total finer than 0.01 万元 is stated in 元, exactly
                        : "=" + t.totalFunds().orElseThrow().toYuan().toPlainString() + " 元"));
        stated = true;
        indicators.add(b.build());
      } else {
        indicators.add(i);
      }
    }
    PerformanceTarget.Builder b = PerformanceTarget.builder();
    b.from(t);
    b.indicators(indicators);
    return b.build();
  }

  /** A cost indicator of weight 0 stating {@code amount} in 万元, for a target that states more. */
  static PerformanceIndicator costIndicator(Amount amount) {
    return PerformanceIndicator.builder()
        .category(IndicatorCategory.ECONOMIC_COST)
        .name("项目成本")
        .target(IndicatorTarget.parse("=" + amount.format(MoneyUnit.WAN_YUAN) + " 万元"))
        .basis("计划标准")
        .weight(BigDecimal.ZERO)
        .scoring(io.budgetkit.project.ScoringRule.PROPORTIONAL)
        .build();
  }

  // ---------------------------------------------------------------- the document

  /** The document of a publishable budget and its facts, its tables derived in {@code layout}. */
  static BudgetDocument document(Layout layout, UnitBudget budget, Facts facts) {
    return document(layout, budget, facts, Amount.zero());
  }

  /**
   * The document of a publishable budget and its facts, its tables those {@code layout} derives
   * from the lines, with 公务用车运行费 {@code excess} above what 表6 302 31 and the projects provide
   * ({@code excess} zero for a consistent document).
   */
  static BudgetDocument document(Layout layout, UnitBudget budget, Facts facts, Amount excess) {
    UnitBudget b = budget(budget, facts, excess);
    return BudgetDocument.of(b, LayoutDerivation.derive(layout, b));
  }

  /**
   * A publishable budget with its facts and a narrative read off its lines, with 公务用车运行费 {@code
   * excess} above what basic 一般公共预算 302 31 (表6) and the projects provide.
   */
  static UnitBudget budget(UnitBudget budget, Facts facts, Amount excess) {
    Amount cover =
        sum(budget, GENERAL_PUBLIC_BASIC.and(l -> l.economic().equals(Optional.of(VEHICLES))));
    // a broken document goes {@code excess} above the whole cover, not above a share of it: a
    // share below the cover plus a small excess can still be within the cover
    Amount operation =
        excess.isZero() ? share(cover, facts.operationPermille()) : cover.plus(excess);
    ThreePublicCosts costs =
        new ThreePublicCosts(facts.overseas(), facts.reception(), facts.purchase(), operation);
    List<Amount> proc = facts.procurement();
    Amount sme = share(proc.get(0), facts.smePermille());
    GovernmentProcurement procurement =
        new GovernmentProcurement(
            proc.get(0),
            proc.get(1),
            proc.get(2),
            proc.get(3),
            sme,
            share(sme, facts.smallPermille()));
    List<Integer> staff = facts.staff();
    Staffing staffing =
        Staffing.builder()
            .authorized(staff.get(3))
            .actual(staff.get(0) + staff.get(1) + staff.get(2))
            .count(StaffCategory.IN_SERVICE, staff.get(0), 0)
            .count(StaffCategory.RETIRED, staff.get(1), 0)
            .count(StaffCategory.VETERAN_RETIRED, staff.get(2), 0)
            .build();
    Amount scales = Amount.zero();
    for (Project p : budget.projects()) {
      scales = scales.plus(p.scale().orElseThrow());
    }
    UnitProfile.Builder profile = UnitProfile.builder();
    profile.from(budget.profile());
    profile.staffing(staffing);

    UnitBudget.Builder b = UnitBudget.builder();
    b.from(budget);
    b.profile(profile.build());
    b.threePublicCosts(costs);
    b.operatingCosts(new OperatingCosts(sum(budget, GENERAL_PUBLIC_OPERATING), 1, 0));
    b.procurement(procurement);
    b.performanceSummary(
        new PerformanceSummary(budget.projects().size(), scales, 0, Amount.zero()));
    b.narrative(narrative(budget, costs, facts.priors()));
    return b.build();
  }

  /** {@code permille} thousandths of {@code whole}, down to the hundredth of a 万元. */
  static Amount share(Amount whole, int permille) {
    long cents = whole.fen() / WAN_YUAN_CENT * permille / 1000;
    return Amount.ofFen(cents * WAN_YUAN_CENT);
  }

  // ---------------------------------------------------------------- the narrative

  private static final EconomicCode VEHICLES = EconomicCode.parse("302 31");

  private static final Predicate<BudgetLine> GENERAL_PUBLIC =
      l -> l.fund().isWithin(FundSource.GENERAL_PUBLIC);
  private static final Predicate<BudgetLine> BASIC = l -> l.kind() != ExpenditureKind.PROJECT;
  private static final Predicate<BudgetLine> GENERAL_PUBLIC_BASIC = GENERAL_PUBLIC.and(BASIC);
  private static final Predicate<BudgetLine> GENERAL_PUBLIC_OPERATING =
      GENERAL_PUBLIC.and(l -> l.kind() == ExpenditureKind.BASIC_OPERATING);

  /** The sum of the lines {@code which} accepts. */
  static Amount sum(UnitBudget budget, Predicate<BudgetLine> which) {
    Amount total = Amount.zero();
    for (BudgetLine l : budget.lines()) {
      if (which.test(l)) {
        total = total.plus(l.amount());
      }
    }
    return total;
  }

  /** The sums of the lines {@code which} accepts by function code, at every level of the code. */
  private static Map<FunctionCode, Amount> byFunction(
      UnitBudget budget, Predicate<BudgetLine> which, boolean classesOnly) {
    Map<FunctionCode, Amount> sums = new TreeMap<>();
    for (BudgetLine l : budget.lines()) {
      if (which.test(l)) {
        for (FunctionCode c : l.function().ancestors()) {
          if (!classesOnly || c.level() == CodeLevel.CLASS) {
            sums.merge(c, l.amount(), Amount::plus);
          }
        }
        if (!classesOnly || l.function().level() == CodeLevel.CLASS) {
          sums.merge(l.function(), l.amount(), Amount::plus);
        }
      }
    }
    return sums;
  }

  /**
   * The narrative of 情况说明 read off the lines, as the tables print them: totals, kinds and sources
   * with their shares, the 一般公共预算 figures by 类, 款 and 项 and the 财政拨款 figures by 类, 人员经费 and 公用经费,
   * 三公经费, 机关运行经费; year-on-year changes on the totals and kinds with priors that agree across
   * levels.
   */
  static List<NarrativeFigure> narrative(
      UnitBudget budget, ThreePublicCosts costs, List<Amount> priors) {
    List<NarrativeFigure> out = new ArrayList<>();
    Amount total = sum(budget, l -> true);
    Amount basic = sum(budget, BASIC);
    Amount project = total.minus(basic);
    Amount totalPrior = priors.get(0).plus(priors.get(1));
    out.add(figure("收入预算", Measure.INCOME_TOTAL, total, null, totalPrior));
    out.add(figure("支出预算", Measure.EXPENDITURE_TOTAL, total, null, totalPrior));
    out.add(figure("基本支出", Measure.BASIC, basic, total, priors.get(0)));
    out.add(figure("项目支出", Measure.PROJECT, project, total, priors.get(1)));
    for (FundSource f : FundSource.values()) {
      Amount amount = sum(budget, l -> l.fund().isWithin(f));
      if (f != FundSource.FISCAL && !amount.isZero()) {
        out.add(with(figure(f.label(), Measure.INCOME_BY_FUND, amount, total, null), f, null));
      }
    }
    Predicate<BudgetLine> fiscalLines = l -> l.fund().isWithin(FundSource.FISCAL);
    Amount fiscal = sum(budget, fiscalLines);
    out.add(figure("财政拨款收支总预算", Measure.FISCAL_TOTAL, fiscal, null, null));
    for (Map.Entry<FunctionCode, Amount> e : byFunction(budget, fiscalLines, true).entrySet()) {
      if (!e.getValue().isZero()) {
        out.add(
            with(
                figure(
                    e.getKey().toString(), Measure.FISCAL_BY_FUNCTION, e.getValue(), fiscal, null),
                null,
                e.getKey()));
      }
    }
    Amount gp = sum(budget, GENERAL_PUBLIC);
    Amount gpBasic = sum(budget, GENERAL_PUBLIC_BASIC);
    Amount gpProject = gp.minus(gpBasic);
    out.add(
        figure(
            "一般公共预算拨款", Measure.GENERAL_PUBLIC_TOTAL, gp, null, priors.get(2).plus(priors.get(3))));
    out.add(figure("一般公共预算基本支出", Measure.GENERAL_PUBLIC_BASIC, gpBasic, gp, priors.get(2)));
    out.add(figure("一般公共预算项目支出", Measure.GENERAL_PUBLIC_PROJECT, gpProject, gp, priors.get(3)));
    for (Map.Entry<FunctionCode, Amount> e : byFunction(budget, GENERAL_PUBLIC, false).entrySet()) {
      out.add(
          with(
              figure(
                  e.getKey().toString(),
                  Measure.GENERAL_PUBLIC_BY_FUNCTION,
                  e.getValue(),
                  gp,
                  null),
              null,
              e.getKey()));
    }
    Amount operating = sum(budget, GENERAL_PUBLIC_OPERATING);
    out.add(
        figure("人员经费", Measure.GENERAL_PUBLIC_PERSONNEL, gpBasic.minus(operating), gpBasic, null));
    out.add(figure("公用经费", Measure.GENERAL_PUBLIC_OPERATING, operating, gpBasic, null));
    out.add(figure("机关运行经费", Measure.OPERATING_COSTS, operating, null, null));
    Amount three = costs.total();
    List<Amount> parts =
        List.of(
            costs.overseasTravel(),
            costs.reception(),
            costs.vehiclePurchase(),
            costs.vehicleOperation());
    Amount threePrior = Amount.zero();
    for (int i = 0; i < 4; i++) {
      threePrior = threePrior.plus(priors.get(4 + i));
    }
    out.add(figure("“三公”经费", Measure.THREE_PUBLIC_TOTAL, three, null, threePrior));
    List<Measure> measures =
        List.of(
            Measure.THREE_PUBLIC_OVERSEAS,
            Measure.THREE_PUBLIC_RECEPTION,
            Measure.THREE_PUBLIC_VEHICLE_PURCHASE,
            Measure.THREE_PUBLIC_VEHICLE_OPERATION);
    List<String> labels = List.of("因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行费");
    for (int i = 0; i < 4; i++) {
      out.add(figure(labels.get(i), measures.get(i), parts.get(i), three, priors.get(4 + i)));
    }
    out.add(figure("预算绩效管理的财政拨款项目", Measure.PERFORMANCE_FISCAL_PROJECTS, gpProject, null, null));
    return List.copyOf(out);
  }

  /**
   * A figure with its share of {@code whole} (none when {@code whole} is null or zero) and its
   * change from {@code prior} (none when null), growth rounded as the document rounds it.
   */
  static NarrativeFigure figure(
      String label, Measure measure, Amount amount, Amount whole, Amount prior) {
    NarrativeFigure.Builder b = NarrativeFigure.builder().label(label).measure(measure);
    b.amount(amount);
    if (whole != null && whole.isGreaterThan(Amount.zero())) {
      b.share(Percent.ratio(amount, whole));
    }
    if (prior != null) {
      b.yearOnYear(yearOnYear(amount, amount.minus(prior)));
    }
    return b.build();
  }

  /** The change printed with the growth it implies. */
  static YearOnYear yearOnYear(Amount current, Amount change) {
    return new YearOnYear(change, new YearOnYear(change, Percent.ZERO).expectedGrowth(current));
  }

  private static NarrativeFigure with(NarrativeFigure f, FundSource fund, FunctionCode code) {
    NarrativeFigure.Builder b = NarrativeFigure.builder();
    b.from(f);
    if (fund != null) {
      b.fund(fund);
    }
    if (code != null) {
      b.function(code);
    }
    return b.build();
  }

  /** A document's figure: shared by the broken documents that change one. */
  static Optional<NarrativeFigure> figureOf(BudgetDocument doc, Measure m) {
    return doc.budget().narrative().stream()
        .filter(f -> f.measure() == m && f.fund().isEmpty() && f.function().isEmpty())
        .findFirst();
  }
}
