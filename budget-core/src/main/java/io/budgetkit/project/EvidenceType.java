package io.budgetkit.project;

/** A kind of supporting evidence (佐证资料) for an indicator. */
public enum EvidenceType {
  /** 正式材料. */
  FORMAL("正式材料"),
  /** 工作资料. */
  WORKING("工作资料"),
  /** 原始凭证. */
  VOUCHER("原始凭证"),
  /** 说明材料. */
  EXPLANATORY("说明材料");

  private final String label;

  EvidenceType(String label) {
    this.label = label;
  }

  /** The Chinese name as printed. */
  public String label() {
    return label;
  }
}
