package io.budgetkit.model;

/**
 * The kind of an expenditure: basic personnel (人员经费), basic operating (公用经费) or project (项目支出).
 *
 * <p>Basic expenditure (基本支出) is personnel plus operating; by the standard classification personnel
 * is economic 类 301 and 303, operating is 302.
 */
public enum ExpenditureKind {
  /** 人员经费: basic expenditure on people (economic 301, 303). */
  BASIC_PERSONNEL("人员经费"),
  /** 公用经费: basic operating expenditure (economic 302). */
  BASIC_OPERATING("公用经费"),
  /** 项目支出: expenditure through projects. */
  PROJECT("项目支出");

  private final String label;

  ExpenditureKind(String label) {
    this.label = label;
  }

  /** The Chinese name as printed. */
  public String label() {
    return label;
  }

  /** Whether this is basic expenditure (基本支出). */
  public boolean isBasic() {
    return this != PROJECT;
  }
}
