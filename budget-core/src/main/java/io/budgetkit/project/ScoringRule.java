package io.budgetkit.project;

/** How an indicator is scored (指标赋分规则). */
public enum ScoringRule {
  /** 按照正常比例赋分: in proportion to completion. */
  PROPORTIONAL("按照正常比例赋分"),
  /** 按评判等级赋分: by graded judgement. */
  GRADED("按评判等级赋分"),
  /** 满意度赋分: by satisfaction survey. */
  SATISFACTION("满意度赋分"),
  /** 直接赋分: all or nothing. */
  DIRECT("直接赋分");

  private final String label;

  ScoringRule(String label) {
    this.label = label;
  }

  /** The Chinese name as printed. */
  public String label() {
    return label;
  }
}
