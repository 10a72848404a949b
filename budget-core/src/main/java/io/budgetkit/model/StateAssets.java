package io.budgetkit.model;

import io.budgetkit.money.Amount;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * 国有资产占用使用情况 as the narrative states it, at the end of the prior year. Immutable.
 *
 * <p>The seed: 房屋 1,433.39 平方米 worth 440.65 万元; 车辆 2 worth 21.86 (一般公务用车 1 at 10.93, 执法执勤用车 1 at
 * 10.93, 其他 0); 办公家具 116.78; 其他资产 443.18; no large equipment.
 */
@Value.Immutable
public abstract class StateAssets {
  /** The date the holdings are stated at, as printed: 2022 年底. */
  public abstract String asOf();

  /** Floor area of buildings, in square metres. */
  public abstract BigDecimal buildingArea();

  /** Value of the buildings. */
  public abstract Amount buildingValue();

  /** All vehicles. */
  public abstract AssetHolding vehicles();

  /** 一般公务用车. */
  public abstract AssetHolding generalVehicles();

  /** 执法执勤用车. */
  public abstract AssetHolding enforcementVehicles();

  /** 其他车辆. */
  public abstract AssetHolding otherVehicles();

  /** 办公家具 value. */
  public abstract Amount furnitureValue();

  /** 其他资产 value. */
  public abstract Amount otherValue();

  /** Large equipment worth over 50 万元 each, held. */
  public abstract int equipmentOver50();

  /** Large equipment worth over 100 万元 each, held. */
  public abstract int equipmentOver100();

  /** Large equipment over 50 万元 the year's budget plans to buy. */
  public abstract int plannedEquipmentOver50();

  /** Large equipment over 100 万元 the year's budget plans to buy. */
  public abstract int plannedEquipmentOver100();

  /** Whether the year's budget funds buying vehicles. */
  public abstract boolean plannedVehiclePurchase();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StateAssets}. */
  public static final class Builder extends ImmutableStateAssets.Builder {}
}
