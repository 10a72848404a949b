package io.budgetkit.model;

import java.util.Optional;

/**
 * Where money comes from (资金来源), as the hierarchy of 表1 and the column heads of 表2.
 *
 * <p>Constants are declared in the document's order, each group before its members, so the natural
 * enum order is the order of 表1's income rows. Budget lines carry a leaf ({@link #isLeaf()}); the
 * groups exist for roll-ups. 财政拨款 ({@link #FISCAL}) is the three 预算拨款 kinds together.
 */
public enum FundSource {
  /** 财政拨款（补助）: the three budget appropriations. */
  FISCAL("财政拨款", null),
  /** 一般公共预算拨款. */
  GENERAL_PUBLIC("一般公共预算拨款", FISCAL),
  /** 本级一般财力 (表2's 一般公共预算 column). */
  GENERAL_PUBLIC_LOCAL("一般财力", GENERAL_PUBLIC),
  /** 上级一般公共预算安排的转移支付. */
  GENERAL_PUBLIC_TRANSFER("上级一般公共预算安排转移支付", GENERAL_PUBLIC),
  /** 政府性基金预算拨款. */
  GOVERNMENT_FUND("政府性基金预算拨款", FISCAL),
  /** 本级政府性基金收入. */
  GOVERNMENT_FUND_LOCAL("政府性基金收入", GOVERNMENT_FUND),
  /** 上级政府性基金安排的转移支付. */
  GOVERNMENT_FUND_TRANSFER("上级政府性基金安排转移支付", GOVERNMENT_FUND),
  /** 国有资本经营预算拨款. */
  STATE_CAPITAL("国有资本经营预算拨款", FISCAL),
  /** 本级国有资本经营收入. */
  STATE_CAPITAL_LOCAL("国有资本经营收入", STATE_CAPITAL),
  /** 上级国有资本经营预算安排的转移支付. */
  STATE_CAPITAL_TRANSFER("上级国有资本经营预算安排转移支付", STATE_CAPITAL),
  /** 财政专户核拨 (财政专户管理资金, chiefly 教育收费). */
  SPECIAL_ACCOUNT("财政专户核拨", null),
  /** 单位资金. */
  UNIT_FUNDS("单位资金", null),
  /** 事业收入. */
  BUSINESS_INCOME("事业收入", UNIT_FUNDS),
  /** 上级补助收入. */
  SUPERIOR_SUBSIDY("上级补助收入", UNIT_FUNDS),
  /** 附属单位上缴收入. */
  AFFILIATE_REMITTANCE("附属单位上缴收入", UNIT_FUNDS),
  /** 事业单位经营收入. */
  OPERATING_INCOME("事业单位经营收入", UNIT_FUNDS),
  /** 其他收入. */
  OTHER_INCOME("其他收入", UNIT_FUNDS),
  /** 上年结转结余. */
  CARRYOVER("上年结转结余", null),
  /** 财政拨款结转. */
  FISCAL_CARRYOVER("财政拨款结转", CARRYOVER),
  /** 财政拨款结转 of 一般公共预算拨款. */
  CARRYOVER_GENERAL_PUBLIC("一般公共预算拨款", FISCAL_CARRYOVER),
  /** 财政拨款结转 of 政府性基金预算拨款. */
  CARRYOVER_GOVERNMENT_FUND("基金预算拨款", FISCAL_CARRYOVER),
  /** 财政拨款结转 of 国有资本经营预算拨款. */
  CARRYOVER_STATE_CAPITAL("国有资本经营预算拨款", FISCAL_CARRYOVER),
  /** 非财政拨款结转结余. */
  NON_FISCAL_CARRYOVER("非财政拨款结转结余", CARRYOVER),
  /** 非财政拨款结转结余 of 财政专户核拨. */
  CARRYOVER_SPECIAL_ACCOUNT("财政专户核拨", NON_FISCAL_CARRYOVER),
  /** 非财政拨款结转结余 of 单位资金. */
  CARRYOVER_UNIT_FUNDS("单位资金", NON_FISCAL_CARRYOVER);

  private final String label;
  private final FundSource parent;

  FundSource(String label, FundSource parent) {
    this.label = label;
    this.parent = parent;
  }

  /** The Chinese name as 表1 prints it (under its parent). */
  public String label() {
    return label;
  }

  /** The enclosing group, or empty for a top-level source. */
  public Optional<FundSource> parent() {
    return Optional.ofNullable(parent);
  }

  /** The top-level source this one belongs to (itself for a top-level one). */
  public FundSource root() {
    FundSource s = this;
    while (s.parent != null) {
      s = s.parent;
    }
    return s;
  }

  /** Whether this source is {@code group} or lies within it. */
  public boolean isWithin(FundSource group) {
    for (FundSource s = this; s != null; s = s.parent) {
      if (s == group) {
        return true;
      }
    }
    return false;
  }

  /** Whether no source lies within this one; only leaves appear on budget lines. */
  public boolean isLeaf() {
    for (FundSource s : values()) {
      if (s.parent == this) {
        return false;
      }
    }
    return true;
  }

  /** Whether this is current-year income (本年收入) rather than a carry-over from last year. */
  public boolean isCurrentYear() {
    return !isWithin(CARRYOVER);
  }
}
