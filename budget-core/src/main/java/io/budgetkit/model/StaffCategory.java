package io.budgetkit.model;

/** A category of the unit's actual headcount (实有人数). */
public enum StaffCategory {
  /** 在职: in service. */
  IN_SERVICE("在职"),
  /** 退休: retired. */
  RETIRED("退休"),
  /** 离休: retired veterans of before 1949. */
  VETERAN_RETIRED("离休");

  private final String label;

  StaffCategory(String label) {
    this.label = label;
  }

  /** The Chinese name as printed. */
  public String label() {
    return label;
  }
}
