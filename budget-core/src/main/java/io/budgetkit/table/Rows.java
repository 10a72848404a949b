package io.budgetkit.table;

import io.budgetkit.model.FundSource;

/**
 * The labelled row keys of the ten tables, shared by derived tables and tables entered as
 * published, so that the two compare row by row.
 *
 * <p>Code rows are keyed by {@link RowKey.Function} or {@link RowKey.Economic}, fund-source rows of
 * 表1 and 表4 by {@link RowKey.Fund} and 表7's project rows by {@link RowKey.Project}; the rows below
 * have no code and are keyed by label. The label is the key, not the printed name: 表1 prints 本年收入
 * as 一、本年收入.
 */
public final class Rows {
  private Rows() {}

  /** 合计: the total row printed last in 表2, 表3 and 表5–表9, and first in 表10. */
  public static final RowKey TOTAL = RowKey.total();

  /** 一、本年收入 (表1): current-year income, all sources but 上年结转结余. */
  public static final RowKey INCOME_THIS_YEAR = new RowKey.Label("本年收入");

  /** 收入总计 (表1, 表4). */
  public static final RowKey INCOME_TOTAL = new RowKey.Label("收入总计");

  /** 支出总计 (表1, 表4). */
  public static final RowKey EXPENDITURE_TOTAL = new RowKey.Label("支出总计");

  /** 一、财政拨款（补助） (表4): the three current-year 预算拨款 kinds together. */
  public static final RowKey FISCAL_INCOME = new RowKey.Label("财政拨款（补助）");

  /** 因公出国（境）费 (表10). */
  public static final RowKey OVERSEAS_TRAVEL = new RowKey.Label("因公出国（境）费");

  /** 公务接待费 (表10). */
  public static final RowKey RECEPTION = new RowKey.Label("公务接待费");

  /** 公务用车购置及运行费（小计） (表10): purchase plus operation. */
  public static final RowKey VEHICLES = new RowKey.Label("公务用车购置及运行费");

  /** 其中：公务用车购置费 (表10). */
  public static final RowKey VEHICLE_PURCHASE = new RowKey.Label("公务用车购置费");

  /** 公务用车运行费 (表10). */
  public static final RowKey VEHICLE_OPERATION = new RowKey.Label("公务用车运行费");

  /**
   * The name 表1 prints for an income row of {@code source}: 1.一般公共预算拨款, 其中：一般财力, 2.基金预算拨款, 二、上年结转结余
   * …. {@link FundSource#FISCAL} has no row of its own in 表1; its name is the one 表4 prints.
   */
  public static String incomeName(FundSource source) {
    switch (source) {
      case FISCAL:
        return "一、财政拨款（补助）";
      case GENERAL_PUBLIC:
        return "1.一般公共预算拨款";
      case GOVERNMENT_FUND:
        return "2.基金预算拨款";
      case STATE_CAPITAL:
        return "3.国有资本经营预算拨款";
      case SPECIAL_ACCOUNT:
        return "4.财政专户核拨";
      case UNIT_FUNDS:
        return "5.单位资金";
      case CARRYOVER:
        return "二、上年结转结余";
      case FISCAL_CARRYOVER:
        return "1.财政拨款结转";
      case NON_FISCAL_CARRYOVER:
        return "2.非财政拨款结转结余";
      case GENERAL_PUBLIC_LOCAL:
      case GOVERNMENT_FUND_LOCAL:
      case STATE_CAPITAL_LOCAL:
      case BUSINESS_INCOME:
      case CARRYOVER_GENERAL_PUBLIC:
      case CARRYOVER_SPECIAL_ACCOUNT:
        return "其中：" + source.label();
      default:
        return source.label();
    }
  }
}
