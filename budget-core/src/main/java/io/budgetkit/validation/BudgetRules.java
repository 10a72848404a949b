package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules on a budget's lines and projects, independent of any table.
 *
 * <ul>
 *   <li>{@code line.kind-economic}: 人员经费 lines are economic 301 or 303, 公用经费 lines 302.
 *   <li>{@code project.allocation-sum}: the priced allocation parts add up to the project's scale.
 *   <li>{@code project.allocation-total}: a stated allocation total (共计) equals the scale.
 *   <li>{@code project.lines}: the lines naming a project add up to its scale.
 *   <li>{@code performance.funds}: a target's 年度预算总额 = 财政拨款 + 其他资金 = the project's scale.
 *   <li>{@code performance.weights}: a target's indicator weights add up to 90 (configurable).
 * </ul>
 *
 * All comparisons are exact to the fen; amounts in messages are in 万元 rounded half-up to two
 * decimals.
 */
public final class BudgetRules {
  /** The weight total of the standard form: 100 points less 10 for 预算执行率. */
  public static final BigDecimal STANDARD_WEIGHT_TOTAL = BigDecimal.valueOf(90);

  private BudgetRules() {}

  /** The rules with the standard weight total of 90. */
  public static ImmutableList<Rule<UnitBudget>> all() {
    return all(STANDARD_WEIGHT_TOTAL);
  }

  /** The rules with indicator weights expected to total {@code weightTotal}. */
  public static ImmutableList<Rule<UnitBudget>> all(BigDecimal weightTotal) {
    requireNonNull(weightTotal, "weightTotal");
    return ImmutableList.of(
        Rule.of(
            "line.kind-economic",
            "人员经费 lines are classified 301 or 303, 公用经费 lines 302",
            Severity.WARNING,
            Optional.empty(),
            BudgetRules::checkKindEconomic),
        Rule.of(
            "project.allocation-sum",
            "A project's priced allocation parts add up to its scale",
            Severity.ERROR,
            Optional.empty(),
            BudgetRules::checkAllocationSum),
        Rule.of(
            "project.allocation-total",
            "A project's stated allocation total (共计) equals its scale",
            Severity.ERROR,
            Optional.empty(),
            BudgetRules::checkAllocationTotal),
        Rule.of(
            "project.lines",
            "The lines naming a project add up to its scale",
            Severity.ERROR,
            Optional.empty(),
            BudgetRules::checkProjectLines),
        Rule.of(
            "performance.funds",
            "A performance target's 年度预算总额 is 财政拨款 + 其他资金 and equals the project's scale",
            Severity.ERROR,
            Optional.empty(),
            BudgetRules::checkPerformanceFunds),
        Rule.of(
            "performance.weights",
            "A performance target's indicator weights add up to " + weightTotal.toPlainString(),
            Severity.ERROR,
            Optional.empty(),
            (budget, out) -> checkWeights(budget, out, weightTotal)));
  }

  /** A validator of {@link #all()}. */
  public static Validator<UnitBudget> validator() {
    return Validator.of(all());
  }

  /** How findings write an amount: in 万元, two decimals, half-up, with thousands separators. */
  static String wan(Amount a) {
    return a.format(MoneyUnit.WAN_YUAN);
  }

  private static void checkKindEconomic(UnitBudget budget, Findings out) {
    List<BudgetLine> lines = budget.lines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      if (l.economic().isEmpty() || l.kind() == ExpenditureKind.PROJECT) {
        continue;
      }
      // the 类 is the first three digits; read in place, no code is parsed per line
      String digits = l.economic().get().digits();
      boolean personnel = digits.startsWith("301") || digits.startsWith("303");
      boolean operating = digits.startsWith("302");
      if (l.kind() == ExpenditureKind.BASIC_PERSONNEL && !personnel
          || l.kind() == ExpenditureKind.BASIC_OPERATING && !operating) {
        EconomicCode e = l.economic().get();
        out.report(
            Location.at("line " + i + " (" + l.function() + ", " + e + ")"),
            l.kind().label() + " line classified under economic " + e,
            l.kind() == ExpenditureKind.BASIC_PERSONNEL ? "301 or 303" : "302",
            e.toString());
      }
    }
  }

  private static void checkAllocationSum(UnitBudget budget, Findings out) {
    for (Project p : budget.projects()) {
      if (p.allocation().isEmpty()
          || p.allocation().stream().anyMatch(part -> part.amount().isEmpty())) {
        continue;
      }
      Amount sum = Amount.zero();
      for (AllocationPart part : p.allocation()) {
        sum = sum.plus(part.amount().get());
      }
      if (!sum.equals(p.scale())) {
        out.report(
            Location.at("project " + p.qualifiedName()),
            "Allocation parts add up to "
                + sum.toYuan().toPlainString()
                + " 元, not the scale "
                + p.scale().toYuan().toPlainString()
                + " 元",
            wan(p.scale()),
            wan(sum));
      }
    }
  }

  private static void checkAllocationTotal(UnitBudget budget, Findings out) {
    for (Project p : budget.projects()) {
      if (p.allocationTotal().isPresent() && !p.allocationTotal().get().equals(p.scale())) {
        out.report(
            Location.at("project " + p.qualifiedName()),
            "Stated allocation total differs from the scale",
            wan(p.scale()),
            wan(p.allocationTotal().get()));
      }
    }
  }

  private static void checkProjectLines(UnitBudget budget, Findings out) {
    if (budget.lines().isEmpty()) {
      return;
    }
    Map<String, long[]> sums = new HashMap<>();
    for (BudgetLine l : budget.lines()) {
      if (l.project().isPresent()) {
        long[] sum =
            sums.computeIfAbsent(Project.qualify(l.unit(), l.project().get()), k -> new long[1]);
        sum[0] = Math.addExact(sum[0], l.amount().fen());
      }
    }
    for (Project p : budget.projects()) {
      long[] sum = sums.get(p.qualifiedName());
      Amount total = Amount.ofFen(sum == null ? 0 : sum[0]);
      if (!total.equals(p.scale())) {
        out.report(
            Location.at("project " + p.qualifiedName()),
            "Lines naming the project add up to a different amount than its scale",
            wan(p.scale()),
            wan(total));
      }
    }
  }

  private static void checkPerformanceFunds(UnitBudget budget, Findings out) {
    for (Project p : budget.projects()) {
      if (p.performance().isEmpty()) {
        continue;
      }
      PerformanceTarget t = p.performance().get();
      Location where = Location.at("performance target of " + p.qualifiedName());
      Amount parts = t.fiscalFunds().plus(t.otherFunds());
      if (!parts.equals(t.totalFunds())) {
        out.report(where, "年度预算总额 is not 财政拨款 + 其他资金", wan(parts), wan(t.totalFunds()));
      }
      if (!t.totalFunds().equals(p.scale())) {
        out.report(
            where, "年度预算总额 differs from the project's scale", wan(p.scale()), wan(t.totalFunds()));
      }
    }
  }

  private static void checkWeights(UnitBudget budget, Findings out, BigDecimal expected) {
    for (Project p : budget.projects()) {
      if (p.performance().isEmpty()) {
        continue;
      }
      BigDecimal total = p.performance().get().totalWeight();
      if (total.compareTo(expected) != 0) {
        out.report(
            Location.at("performance target of " + p.qualifiedName()),
            "Indicator weights add up to " + total.toPlainString(),
            expected.toPlainString(),
            total.toPlainString());
      }
    }
  }
}
