package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;

/**
 * 财政拨款“三公”经费 as the narrative states them: overseas travel, reception, vehicle purchase and vehicle
 * operation. 表10 carries the same figures by fund column.
 *
 * @param overseasTravel 因公出国（境）费
 * @param reception 公务接待费
 * @param vehiclePurchase 公务用车购置费
 * @param vehicleOperation 公务用车运行费
 */
public record ThreePublicCosts(
    Amount overseasTravel, Amount reception, Amount vehiclePurchase, Amount vehicleOperation) {
  /** Checks the components. */
  public ThreePublicCosts {
    requireNonNull(overseasTravel, "overseasTravel");
    requireNonNull(reception, "reception");
    requireNonNull(vehiclePurchase, "vehiclePurchase");
    requireNonNull(vehicleOperation, "vehicleOperation");
  }

  /** All four at zero. */
  public static ThreePublicCosts none() {
    Amount z = Amount.zero();
    return new ThreePublicCosts(z, z, z, z);
  }

  /** 公务用车购置及运行费: purchase plus operation. */
  public Amount vehicles() {
    return vehiclePurchase.plus(vehicleOperation);
  }

  /** The total of the four. */
  public Amount total() {
    return overseasTravel.plus(reception).plus(vehicles());
  }
}
