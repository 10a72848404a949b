package io.budgetkit.project;

/** The period a subsidy standard is paid per person for: 月 or 年, or once. */
public enum SubsidyPeriod {
  /** Per person per month (元/人/月): twelve payments a year. */
  MONTH("月", 12),
  /** Per person per year (万元/年): one payment a year. */
  YEAR("年", 1),
  /** Once per person. */
  ONCE("次", 1);

  private final String label;
  private final int perYear;

  SubsidyPeriod(String label, int perYear) {
    this.label = label;
    this.perYear = perYear;
  }

  /** The Chinese name as printed. */
  public String label() {
    return label;
  }

  /** How many payments of this period a fiscal year holds. */
  public int perYear() {
    return perYear;
  }
}
