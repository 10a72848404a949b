package io.budgetkit.document;

/**
 * Whether a disclosure is one unit's budget (单位预算) or a department's, consolidating the units under
 * it (部门预算). The two print the same tables under different words: 编制单位 / 编制部门, 本单位 / 本部门, 单位预算编制说明
 * / 部门预算编制说明.
 */
public enum DisclosureLevel {
  /** 单位预算: the budget of one unit. */
  UNIT("单位预算", "单位"),
  /** 部门预算: a department's budget, consolidating its units. */
  DEPARTMENT("部门预算", "部门");

  private final String title;
  private final String word;

  DisclosureLevel(String title, String word) {
    this.title = title;
    this.word = word;
  }

  /** The level as the document names itself: {@code 单位预算} or {@code 部门预算}. */
  public String title() {
    return title;
  }

  /** The word the document uses of itself: {@code 单位} or {@code 部门}. */
  public String word() {
    return word;
  }

  /** The other level. */
  public DisclosureLevel other() {
    return this == UNIT ? DEPARTMENT : UNIT;
  }
}
