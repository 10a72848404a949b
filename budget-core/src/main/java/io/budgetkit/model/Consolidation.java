package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;
import io.budgetkit.project.Project;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A department's budget (部门预算) consolidated from its units' budgets (单位预算).
 *
 * <p>Every line and project of a unit is kept, tagged with the unit's name ({@link
 * BudgetLine#unit()}, {@link Project#unit()}), so that two units' projects of the same name stay
 * two projects. The facts that add up are summed exactly: 三公经费, 机关运行经费 (amount and unit counts),
 * 政府采购 and 预算绩效, each present where any unit states it. Narrative figures, staffing, state assets
 * and the glossary belong to a document, not to a sum, and are left empty; the department's profile
 * is given.
 *
 * <pre>{@code
 * UnitBudget department = Consolidation.of(departmentProfile, List.of(unitA, unitB));
 * department.total(); // unitA.total() + unitB.total(), exact
 * }</pre>
 */
public final class Consolidation {
  private Consolidation() {}

  /**
   * The department budget of {@code units}, under {@code department}'s profile.
   *
   * @throws IllegalArgumentException if there are no units, their fiscal years differ, two units
   *     share a name, or a unit's budget is itself consolidated (its lines name a unit)
   * @throws ArithmeticException if a sum overflows the range of {@link Amount}
   */
  public static UnitBudget of(UnitProfile department, List<UnitBudget> units) {
    requireNonNull(department, "department");
    requireNonNull(units, "units");
    if (units.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot consolidate department '" + department.name() + "' from no units");
    }
    int year = units.get(0).fiscalYear();
    Set<String> names = new HashSet<>();
    UnitBudget.Builder b = UnitBudget.builder().profile(department).fiscalYear(year);
    for (UnitBudget u : units) {
      String name = u.profile().name();
      if (u.fiscalYear() != year) {
        throw new IllegalArgumentException(
            "Unit '"
                + name
                + "' budgets for "
                + u.fiscalYear()
                + ", the first unit for "
                + year
                + ": a department consolidates one year");
      }
      if (!names.add(name)) {
        throw new IllegalArgumentException("Unit '" + name + "' is listed twice");
      }
      for (BudgetLine l : u.lines()) {
        if (l.unit().isPresent()) {
          throw new IllegalArgumentException(
              "Unit '"
                  + name
                  + "' is itself consolidated (a line of unit '"
                  + l.unit().get()
                  + "'): consolidate units' own budgets");
        }
        b.addLine(BudgetLine.builder().from(l).unit(name).build());
      }
      for (Project p : u.projects()) {
        b.addProject(Project.builder().from(p).unit(name).build());
      }
    }
    b.threePublicCosts(sum(units, UnitBudget::threePublicCosts, Consolidation::plus));
    b.operatingCosts(sum(units, UnitBudget::operatingCosts, Consolidation::plus));
    b.procurement(sum(units, UnitBudget::procurement, Consolidation::plus));
    b.performanceSummary(sum(units, UnitBudget::performanceSummary, Consolidation::plus));
    return b.build();
  }

  private interface Plus<T> {
    T plus(T a, T b);
  }

  private static <T> Optional<T> sum(
      List<UnitBudget> units, Function<UnitBudget, Optional<T>> part, Plus<T> plus) {
    List<T> present = new ArrayList<>();
    for (UnitBudget u : units) {
      part.apply(u).ifPresent(present::add);
    }
    if (present.isEmpty()) {
      return Optional.empty();
    }
    T total = present.get(0);
    for (int i = 1; i < present.size(); i++) {
      total = plus.plus(total, present.get(i));
    }
    return Optional.of(total);
  }

  private static ThreePublicCosts plus(ThreePublicCosts a, ThreePublicCosts b) {
    return new ThreePublicCosts(
        a.overseasTravel().plus(b.overseasTravel()),
        a.reception().plus(b.reception()),
        a.vehiclePurchase().plus(b.vehiclePurchase()),
        a.vehicleOperation().plus(b.vehicleOperation()));
  }

  private static OperatingCosts plus(OperatingCosts a, OperatingCosts b) {
    return new OperatingCosts(
        a.amount().plus(b.amount()),
        Math.addExact(a.administrativeUnits(), b.administrativeUnits()),
        Math.addExact(a.institutionUnits(), b.institutionUnits()));
  }

  private static GovernmentProcurement plus(GovernmentProcurement a, GovernmentProcurement b) {
    return new GovernmentProcurement(
        a.total().plus(b.total()),
        a.goods().plus(b.goods()),
        a.works().plus(b.works()),
        a.services().plus(b.services()),
        a.reservedForSmes().plus(b.reservedForSmes()),
        a.reservedForSmallAndMicro().plus(b.reservedForSmallAndMicro()));
  }

  private static PerformanceSummary plus(PerformanceSummary a, PerformanceSummary b) {
    return new PerformanceSummary(
        Math.addExact(a.fiscalProjects(), b.fiscalProjects()),
        a.fiscalAmount().plus(b.fiscalAmount()),
        Math.addExact(a.nonFiscalProjects(), b.nonFiscalProjects()),
        a.nonFiscalAmount().plus(b.nonFiscalAmount()));
  }
}
