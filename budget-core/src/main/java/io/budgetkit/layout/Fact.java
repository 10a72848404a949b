package io.budgetkit.layout;

/**
 * A figure the narrative states that is neither a slice of the lines nor a {@link Figure} of the
 * tables: 政府采购 and its parts, 绩效目标 counts and funds, vehicles and equipment.
 */
public enum Fact {
  /** 政府采购预算, in money. */
  PROCUREMENT,
  /** 政府采购货物预算. */
  PROCUREMENT_GOODS,
  /** 政府采购工程预算. */
  PROCUREMENT_WORKS,
  /** 政府采购服务预算. */
  PROCUREMENT_SERVICES,
  /** The number of projects with 绩效目标 (a count). */
  PERFORMANCE_PROJECTS,
  /** The funds of the projects with 绩效目标. */
  PERFORMANCE_FUNDS,
  /** Vehicles held at the stated date (a count). */
  VEHICLES_HELD,
  /** Vehicles the budget buys (a count). */
  VEHICLES_BOUGHT,
  /** Equipment of 100万元 or more held (a count). */
  EQUIPMENT_HELD,
  /** Equipment of 100万元 or more the budget buys (a count). */
  EQUIPMENT_BOUGHT;

  /** Whether the fact is a count rather than money. */
  public boolean isCount() {
    switch (this) {
      case PERFORMANCE_PROJECTS:
      case VEHICLES_HELD:
      case VEHICLES_BOUGHT:
      case EQUIPMENT_HELD:
      case EQUIPMENT_BOUGHT:
        return true;
      default:
        return false;
    }
  }
}
