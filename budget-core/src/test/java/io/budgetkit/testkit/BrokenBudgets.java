package io.budgetkit.testkit;

import com.google.common.collect.ImmutableMap;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of budgets that break exactly one rule of {@link
 * io.budgetkit.validation.BudgetRules#all()}, each saying which ({@link Broken}).
 *
 * <p>Each starts from a consistent budget of {@link BudgetGenerators#budgets()} and plants one
 * defect on something it adds (a line, or a project named {@link #PLANTED} with its lines), so that
 * nothing else in the budget changes: a validator must report the planted rule and no other.
 *
 * <p>To cover another rule, add a generator in the same manner and register it in {@link
 * #byRule()}; rules of other subjects (cross-table rules on a {@code BudgetDocument}, table
 * derivation) can follow the same pattern in a class of their own, returning {@link Broken}-like
 * records of their subject.
 */
public final class BrokenBudgets {
  /** The name of the project a defect is planted on. */
  public static final String PLANTED = "被抽查的项目";

  private static final ImmutableMap<String, Supplier<Gen<Broken>>> BY_RULE =
      ImmutableMap.<String, Supplier<Gen<Broken>>>builder()
          .put("line.kind-economic", BrokenBudgets::kindEconomic)
          .put("project.allocation-sum", BrokenBudgets::allocationSum)
          .put("project.allocation-total", BrokenBudgets::allocationTotal)
          .put("line.total", BrokenBudgets::lineTotal)
          .put("project.lines", BrokenBudgets::projectLines)
          .put(
              "performance.funds",
              () -> Generate.oneOf(performanceFundsNotTheirParts(), performanceFundsNotTheScale()))
          .put("performance.weights", BrokenBudgets::performanceWeights)
          // the facts a budget discloses, broken as in a document
          .put(
              "performance.summary",
              () -> fromDocument(BrokenDocuments.WITHOUT_TABLES.performanceSummary()))
          .put(
              "procurement.parts",
              () -> fromDocument(BrokenDocuments.WITHOUT_TABLES.procurementParts()))
          .put(
              "procurement.reserved",
              () -> fromDocument(BrokenDocuments.WITHOUT_TABLES.procurementReserved()))
          .put(
              "staffing.counts",
              () -> fromDocument(BrokenDocuments.WITHOUT_TABLES.staffingCounts()))
          .put(
              "subsidy.standard",
              () -> fromDocument(BrokenDocuments.WITHOUT_TABLES.subsidyStandard()))
          .put("subsidy.period", () -> fromDocument(BrokenDocuments.WITHOUT_TABLES.subsidyPeriod()))
          .put(
              "performance.cost-indicators",
              () -> fromDocument(BrokenDocuments.WITHOUT_TABLES.costIndicators()))
          .build();

  private static Gen<Broken> fromDocument(Gen<BrokenDocument> documents) {
    return documents.map(d -> new Broken(d.document().budget(), d.ruleId(), d.place(), d.what()));
  }

  private BrokenBudgets() {}

  /** Generators by the id of the rule their budgets break. */
  public static ImmutableMap<String, Supplier<Gen<Broken>>> byRule() {
    return BY_RULE;
  }

  /** Budgets breaking rule {@code ruleId}. */
  public static Gen<Broken> breaking(String ruleId) {
    Supplier<Gen<Broken>> gen = BY_RULE.get(ruleId);
    if (gen == null) {
      throw new IllegalArgumentException(
          "No broken budgets for rule '" + ruleId + "': known are " + BY_RULE.keySet());
    }
    return gen.get();
  }

  /** Budgets breaking any one of the rules {@link #byRule()} covers. */
  public static Gen<Broken> any() {
    return Generate.pick(List.copyOf(BY_RULE.keySet())).flatMap(BrokenBudgets::breaking);
  }

  /** How far a broken figure is off: 0.01 元 to 10,000.00 万元. */
  private static Gen<Amount> offsets() {
    return BudgetGenerators.amounts(1, 10_000_000_000L);
  }

  /** A 人员经费 line classified under 302, or a 公用经费 line under 301 or 303. */
  public static Gen<Broken> kindEconomic() {
    Gen<BudgetLine> misfiled =
        BudgetGenerators.basicLines()
            .flatMap(
                line -> {
                  ExpenditureKind other =
                      line.kind() == ExpenditureKind.BASIC_PERSONNEL
                          ? ExpenditureKind.BASIC_OPERATING
                          : ExpenditureKind.BASIC_PERSONNEL;
                  return BudgetGenerators.economicCodes(other)
                      .map(
                          e -> {
                            BudgetLine.Builder b = BudgetLine.builder();
                            b.from(line);
                            b.economic(e);
                            return b.build();
                          });
                });
    return BudgetGenerators.budgets()
        .zip(
            misfiled,
            (budget, line) ->
                new Broken(
                    with(budget, List.of(line), Optional.empty()),
                    "line.kind-economic",
                    line.kind().label()
                        + " line "
                        + line.function()
                        + " classified under "
                        + line.economic().get()));
  }

  /** A project whose priced allocation parts add up to more than its scale. */
  public static Gen<Broken> allocationSum() {
    return planted(
        (project, lines, off) -> {
          List<AllocationPart> parts = new ArrayList<>();
          for (AllocationPart part : project.allocation()) {
            part.amount().ifPresent(a -> parts.add(AllocationPart.of(part.item(), a)));
          }
          AllocationPart first = parts.get(0);
          parts.set(0, AllocationPart.of(first.item(), first.amount().get().plus(off)));
          Project.Builder b = Project.builder();
          b.from(project);
          b.allocation(parts);
          return new Planted(
              b.build(),
              lines,
              "allocation part '" + first.item() + "' " + wan(off) + " over the scale");
        },
        "project.allocation-sum");
  }

  /** A project whose stated allocation total (共计) is not its scale. */
  public static Gen<Broken> allocationTotal() {
    return planted(
        (project, lines, off) -> {
          Project.Builder b = Project.builder();
          b.from(project);
          b.allocationTotal(project.scale().orElseThrow().plus(off));
          return new Planted(b.build(), lines, "共计 " + wan(off) + " over the scale");
        },
        "project.allocation-total");
  }

  /**
   * Two basic lines whose amounts, each in range, add up beyond the range of an amount: from
   * 46,116,860,184,273,879.04 元 (half the largest amount, rounded up) to the largest each.
   */
  public static Gen<Broken> lineTotal() {
    Gen<Long> halfOrMore = Generate.longRange(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE);
    return BudgetGenerators.budgets()
        .zip(
            BudgetGenerators.basicLines(),
            halfOrMore,
            halfOrMore,
            (budget, line, a, b) -> {
              List<BudgetLine> huge = new ArrayList<>();
              for (long fen : new long[] {a, b}) {
                BudgetLine.Builder l = BudgetLine.builder();
                l.from(line);
                l.amount(Amount.ofFen(fen));
                huge.add(l.build());
              }
              return new Broken(
                  with(budget, huge, Optional.empty()),
                  "line.total",
                  "two lines of "
                      + Amount.ofFen(a).format(MoneyUnit.WAN_YUAN)
                      + " and "
                      + Amount.ofFen(b).format(MoneyUnit.WAN_YUAN)
                      + " 万元");
            });
  }

  /** A project whose lines add up to more than its scale (one extra line). */
  public static Gen<Broken> projectLines() {
    return planted(
        (project, lines, off) -> {
          List<BudgetLine> more = new ArrayList<>(lines);
          BudgetLine.Builder b = BudgetLine.builder();
          b.from(lines.get(0));
          b.amount(off);
          more.add(b.build());
          return new Planted(project, more, "an extra line of " + wan(off) + " naming the project");
        },
        "project.lines");
  }

  /** A performance target whose 财政拨款 + 其他资金 is not its 年度预算总额. */
  public static Gen<Broken> performanceFundsNotTheirParts() {
    return plantedTarget(
        (target, off) -> {
          PerformanceTarget.Builder b = PerformanceTarget.builder();
          b.from(target);
          b.otherFunds(target.otherFunds().orElseThrow().plus(off));
          return new BrokenTarget(b.build(), "其他资金 " + wan(off) + " over 年度预算总额 − 财政拨款");
        },
        "performance.funds");
  }

  /** A performance target whose funds add up but are not the project's scale. */
  public static Gen<Broken> performanceFundsNotTheScale() {
    return plantedTarget(
        (target, off) -> {
          PerformanceTarget.Builder b = PerformanceTarget.builder();
          b.from(target);
          b.totalFunds(target.totalFunds().orElseThrow().plus(off));
          b.otherFunds(target.otherFunds().orElseThrow().plus(off));
          // cost indicators that state the funds follow them, so that only the scale disagrees
          return new BrokenTarget(
              ConsistentDocuments.withCostStated(b.build()),
              "年度预算总额 " + wan(off) + " over the scale");
        },
        "performance.funds");
  }

  /** A performance target whose indicator weights add up to more than 90. */
  public static Gen<Broken> performanceWeights() {
    return Generate.range(1, 20)
        .flatMap(
            extra ->
                plantedTarget(
                    (target, off) -> {
                      List<PerformanceIndicator> indicators = new ArrayList<>(target.indicators());
                      PerformanceIndicator.Builder i = PerformanceIndicator.builder();
                      i.from(indicators.get(0));
                      i.weight(indicators.get(0).weight().add(BigDecimal.valueOf(extra)));
                      indicators.set(0, i.build());
                      PerformanceTarget.Builder b = PerformanceTarget.builder();
                      b.from(target);
                      b.indicators(indicators);
                      return new BrokenTarget(b.build(), "weights add up to " + (90 + extra));
                    },
                    "performance.weights"));
  }

  // ---------------------------------------------------------------- plumbing

  private record Planted(Project project, List<BudgetLine> lines, String what) {}

  private interface Defect {
    Planted apply(Project project, List<BudgetLine> lines, Amount offset);
  }

  private record BrokenTarget(PerformanceTarget target, String what) {}

  private interface TargetDefect {
    BrokenTarget apply(PerformanceTarget target, Amount offset);
  }

  private static Gen<Broken> planted(Defect defect, String ruleId) {
    Gen<Planted> plant =
        BudgetGenerators.fundedProjects(PLANTED)
            .zip(
                offsets(),
                (funded, off) ->
                    defect.apply(withAllPriced(funded.project()), funded.lines(), off));
    return BudgetGenerators.budgets()
        .zip(
            plant,
            (budget, p) ->
                new Broken(with(budget, p.lines(), Optional.of(p.project())), ruleId, p.what()));
  }

  private static Gen<Broken> plantedTarget(TargetDefect defect, String ruleId) {
    Gen<Planted> plant =
        BudgetGenerators.fundedProjects(PLANTED)
            .flatMap(
                funded ->
                    BudgetGenerators.performanceTargets(
                            PLANTED, funded.project().scale().orElseThrow())
                        .zip(
                            offsets(),
                            (target, off) -> {
                              BrokenTarget broken =
                                  defect.apply(ConsistentDocuments.withCostStated(target), off);
                              Project.Builder b = Project.builder();
                              b.from(funded.project());
                              b.performance(broken.target());
                              return new Planted(b.build(), funded.lines(), broken.what());
                            }));
    return BudgetGenerators.budgets()
        .zip(
            plant,
            (budget, p) ->
                new Broken(with(budget, p.lines(), Optional.of(p.project())), ruleId, p.what()));
  }

  /** The project with its unpriced allocation parts dropped, so that its parts are summed. */
  private static Project withAllPriced(Project project) {
    List<AllocationPart> priced = new ArrayList<>();
    for (AllocationPart part : project.allocation()) {
      if (part.amount().isPresent()) {
        priced.add(part);
      }
    }
    Project.Builder b = Project.builder();
    b.from(project);
    b.allocation(priced);
    return b.build();
  }

  private static UnitBudget with(
      UnitBudget budget, List<BudgetLine> lines, Optional<Project> project) {
    UnitBudget.Builder b = UnitBudget.builder();
    b.from(budget);
    b.addAllLines(lines);
    project.ifPresent(b::addProject);
    return b.build();
  }

  /** An offset as text: in 万元 when it is a table figure, else in 元. */
  private static String wan(Amount a) {
    return a.fen() % BudgetGenerators.WAN_YUAN_CENT == 0
        ? a.format(MoneyUnit.WAN_YUAN) + " 万元"
        : a.toYuan().toPlainString() + " 元";
  }
}
