package io.budgetkit.project;

/** A first-level (一级) indicator kind of a performance-target table. */
public enum IndicatorKind {
  /** 产出指标. */
  OUTPUT("产出指标"),
  /** 成本指标. */
  COST("成本指标"),
  /** 效益指标. */
  BENEFIT("效益指标"),
  /** 满意度指标. */
  SATISFACTION("满意度指标");

  private final String label;

  IndicatorKind(String label) {
    this.label = label;
  }

  /** The Chinese name as printed. */
  public String label() {
    return label;
  }
}
