package io.budgetkit.project;

/** A second-level (二级) indicator category; each belongs to exactly one {@link IndicatorKind}. */
public enum IndicatorCategory {
  /** 数量指标 (产出). */
  QUANTITY("数量指标", IndicatorKind.OUTPUT),
  /** 质量指标 (产出). */
  QUALITY("质量指标", IndicatorKind.OUTPUT),
  /** 时效指标 (产出). */
  TIMELINESS("时效指标", IndicatorKind.OUTPUT),
  /** 经济成本指标 (成本). */
  ECONOMIC_COST("经济成本指标", IndicatorKind.COST),
  /** 社会成本指标 (成本). */
  SOCIAL_COST("社会成本指标", IndicatorKind.COST),
  /** 生态环境成本指标 (成本). */
  ECOLOGICAL_COST("生态环境成本指标", IndicatorKind.COST),
  /** 经济效益指标 (效益). */
  ECONOMIC_BENEFIT("经济效益指标", IndicatorKind.BENEFIT),
  /** 社会效益指标 (效益). */
  SOCIAL_BENEFIT("社会效益指标", IndicatorKind.BENEFIT),
  /** 生态效益指标 (效益). */
  ECOLOGICAL_BENEFIT("生态效益指标", IndicatorKind.BENEFIT),
  /** 可持续影响指标 (效益). */
  SUSTAINABILITY("可持续影响指标", IndicatorKind.BENEFIT),
  /** 满意度指标 (满意度). */
  SATISFACTION("满意度指标", IndicatorKind.SATISFACTION);

  private final String label;
  private final IndicatorKind kind;

  IndicatorCategory(String label, IndicatorKind kind) {
    this.label = label;
    this.kind = kind;
  }

  /** The Chinese name as printed. */
  public String label() {
    return label;
  }

  /** The first-level kind this category belongs to. */
  public IndicatorKind kind() {
    return kind;
  }
}
