package io.budgetkit.table;

/** The standard columns of the ten tables. */
public final class Columns {
  private Columns() {}

  /** 预算数 (表1), 合计 / 总计 (the others). */
  public static final Column TOTAL = new Column("total", "合计");

  /** 预算数: 表1's single column. */
  public static final Column AMOUNT = new Column("amount", "预算数");

  /** 基本支出. */
  public static final Column BASIC = new Column("basic", "基本支出");

  /** 项目支出. */
  public static final Column PROJECT = new Column("project", "项目支出");

  /** 人员经费. */
  public static final Column PERSONNEL = new Column("personnel", "人员经费");

  /** 公用经费. */
  public static final Column OPERATING = new Column("operating", "公用经费");

  /** 财政拨款（补助）小计 (表2). */
  public static final Column FISCAL = new Column("fiscal", "财政拨款（补助）小计");

  /** 一般公共预算 (表2: 本级; 表4, 表10: all 一般公共预算). */
  public static final Column GENERAL_PUBLIC = new Column("generalPublic", "一般公共预算");

  /** 上级一般公共预算安排的转移支付 (表2). */
  public static final Column GENERAL_PUBLIC_TRANSFER =
      new Column("generalPublicTransfer", "上级一般公共预算安排的转移支付");

  /** 政府性基金预算. */
  public static final Column GOVERNMENT_FUND = new Column("governmentFund", "政府性基金预算");

  /** 上级政府性基金安排的转移支付 (表2). */
  public static final Column GOVERNMENT_FUND_TRANSFER =
      new Column("governmentFundTransfer", "上级政府性基金安排的转移支付");

  /** 国有资本经营预算. */
  public static final Column STATE_CAPITAL = new Column("stateCapital", "国有资本经营预算");

  /** 上级国有资本经营预算安排的转移支付 (表2). */
  public static final Column STATE_CAPITAL_TRANSFER =
      new Column("stateCapitalTransfer", "上级国有资本经营预算安排的转移支付");

  /** 财政专户（教育收费） (表2). */
  public static final Column SPECIAL_ACCOUNT = new Column("specialAccount", "财政专户（教育收费）");

  /** 单位资金 (表2). */
  public static final Column UNIT_FUNDS = new Column("unitFunds", "单位资金");

  /** 财政拨款结转 (表2). */
  public static final Column FISCAL_CARRYOVER = new Column("fiscalCarryover", "财政拨款结转");

  /** 非财政拨款结转结余 (表2). */
  public static final Column NON_FISCAL_CARRYOVER = new Column("nonFiscalCarryover", "非财政拨款结转结余");

  /** 工资福利支出 (表7, economic 301). */
  public static final Column E301 = new Column("e301", "工资福利支出");

  /** 商品和服务支出 (表7, economic 302). */
  public static final Column E302 = new Column("e302", "商品和服务支出");

  /** 对个人和家庭的补助 (表7, economic 303). */
  public static final Column E303 = new Column("e303", "对个人和家庭的补助");

  /** 债务利息及费用支出 (表7, economic 307). */
  public static final Column E307 = new Column("e307", "债务利息及费用支出");

  /** 资本性支出（基本建设） (表7, economic 309). */
  public static final Column E309 = new Column("e309", "资本性支出（基本建设）");

  /** 资本性支出 (表7, economic 310). */
  public static final Column E310 = new Column("e310", "资本性支出");

  /** 对企业补助（基本建设） (表7, economic 311). */
  public static final Column E311 = new Column("e311", "对企业补助（基本建设）");

  /** 对企业补助 (表7, economic 312). */
  public static final Column E312 = new Column("e312", "对企业补助");

  /** 对社会保障基金补助 (表7, economic 313). */
  public static final Column E313 = new Column("e313", "对社会保障基金补助");

  /** 其他支出 (表7, economic 399). */
  public static final Column E399 = new Column("e399", "其他支出");
}
