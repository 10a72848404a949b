package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import io.budgetkit.money.Amount;

/**
 * 政府采购情况: the procurement budget, its parts, and what is reserved for small enterprises.
 *
 * <p>The seed: 281.41 = 货物 200.78 + 工程 0.00 + 服务 80.63; reserved for SMEs 275.17, of which for
 * small and micro enterprises 273.82. Kept as printed; the validator checks the identities.
 *
 * @param total 政府采购预算
 * @param goods 货物
 * @param works 工程
 * @param services 服务
 * @param reservedForSmes 面向中小企业预留
 * @param reservedForSmallAndMicro 其中面向小微企业预留
 */
public record GovernmentProcurement(
    Amount total,
    Amount goods,
    Amount works,
    Amount services,
    Amount reservedForSmes,
    Amount reservedForSmallAndMicro) {
  /** Checks the components. */
  public GovernmentProcurement {
    requireNonNull(total, "total");
    requireNonNull(goods, "goods");
    requireNonNull(works, "works");
    requireNonNull(services, "services");
    requireNonNull(reservedForSmes, "reservedForSmes");
    requireNonNull(reservedForSmallAndMicro, "reservedForSmallAndMicro");
  }
}
