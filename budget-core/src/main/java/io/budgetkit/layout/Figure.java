package io.budgetkit.layout;

import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import java.util.Optional;

/**
 * A figure a table prints that is not a slice of the lines: the “三公” costs and their parts, and
 * 机关运行经费. Each is read from the budget's disclosed facts.
 */
public enum Figure {
  /** “三公”经费 in all. */
  THREE_PUBLIC_TOTAL("“三公”经费合计"),
  /** 因公出国（境）费. */
  OVERSEAS_TRAVEL("因公出国（境）费"),
  /** 公务接待费. */
  RECEPTION("公务接待费"),
  /** 公务用车购置及运行费 (小计). */
  VEHICLES("公务用车购置及运行费"),
  /** 公务用车购置费. */
  VEHICLE_PURCHASE("公务用车购置费"),
  /** 公务用车运行费. */
  VEHICLE_OPERATION("公务用车运行费"),
  /** 机关运行经费. */
  OPERATING_COSTS("机关运行经费");

  private final String label;

  Figure(String label) {
    this.label = label;
  }

  /** The name as printed. */
  public String label() {
    return label;
  }

  /** The figure's value in {@code budget}, empty where the budget does not state it. */
  public Optional<Amount> of(UnitBudget budget) {
    if (this == OPERATING_COSTS) {
      return budget.operatingCosts().map(c -> c.amount());
    }
    Optional<ThreePublicCosts> costs = budget.threePublicCosts();
    if (costs.isEmpty()) {
      return Optional.empty();
    }
    ThreePublicCosts c = costs.get();
    switch (this) {
      case THREE_PUBLIC_TOTAL:
        return Optional.of(c.total());
      case OVERSEAS_TRAVEL:
        return Optional.of(c.overseasTravel());
      case RECEPTION:
        return Optional.of(c.reception());
      case VEHICLES:
        return Optional.of(c.vehicles());
      case VEHICLE_PURCHASE:
        return Optional.of(c.vehiclePurchase());
      case VEHICLE_OPERATION:
        return Optional.of(c.vehicleOperation());
      default:
        throw new AssertionError(this);
    }
  }
}
