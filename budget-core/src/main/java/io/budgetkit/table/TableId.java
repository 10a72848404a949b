package io.budgetkit.table;

import com.google.common.collect.ImmutableList;

/** The ten standard tables of a unit budget disclosure, with their titles and columns. */
public enum TableId {
  /** 表1 单位收支总体情况表: income by source, expenditure by function 类. */
  T1(1, "单位收支总体情况表", ImmutableList.of(Columns.AMOUNT)),
  /** 表2 单位收入总体情况表: function 类/款/项 by fund source. */
  T2(
      2,
      "单位收入总体情况表",
      ImmutableList.of(
          Columns.TOTAL,
          Columns.FISCAL,
          Columns.GENERAL_PUBLIC,
          Columns.GENERAL_PUBLIC_TRANSFER,
          Columns.GOVERNMENT_FUND,
          Columns.GOVERNMENT_FUND_TRANSFER,
          Columns.STATE_CAPITAL,
          Columns.STATE_CAPITAL_TRANSFER,
          Columns.SPECIAL_ACCOUNT,
          Columns.UNIT_FUNDS,
          Columns.FISCAL_CARRYOVER,
          Columns.NON_FISCAL_CARRYOVER)),
  /** 表3 单位支出总体情况表: function 类/款/项, basic and project. */
  T3(3, "单位支出总体情况表", ImmutableList.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
  /** 表4 财政拨款收支预算总体情况表: 财政拨款 income by kind, expenditure by function 类. */
  T4(
      4,
      "财政拨款收支预算总体情况表",
      ImmutableList.of(
          Columns.TOTAL, Columns.GENERAL_PUBLIC, Columns.GOVERNMENT_FUND, Columns.STATE_CAPITAL)),
  /** 表5 一般公共预算支出情况表: function 类/款/项, basic and project. */
  T5(5, "一般公共预算支出情况表", ImmutableList.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
  /** 表6 一般公共预算基本支出情况表: economic 类/款, personnel and operating. */
  T6(6, "一般公共预算基本支出情况表", ImmutableList.of(Columns.TOTAL, Columns.PERSONNEL, Columns.OPERATING)),
  /** 表7 一般公共预算项目支出情况表: function 类/款 and project rows by economic 类. */
  T7(
      7,
      "一般公共预算项目支出情况表",
      ImmutableList.of(
          Columns.TOTAL,
          Columns.E301,
          Columns.E302,
          Columns.E303,
          Columns.E307,
          Columns.E309,
          Columns.E310,
          Columns.E311,
          Columns.E312,
          Columns.E313,
          Columns.E399)),
  /** 表8 政府性基金预算支出情况表. */
  T8(8, "政府性基金预算支出情况表", ImmutableList.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
  /** 表9 国有资本经营预算支出情况表. */
  T9(9, "国有资本经营预算支出情况表", ImmutableList.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
  /** 表10 财政拨款“三公”经费支出情况表. */
  T10(
      10,
      "财政拨款“三公”经费支出情况表",
      ImmutableList.of(
          Columns.TOTAL, Columns.GENERAL_PUBLIC, Columns.GOVERNMENT_FUND, Columns.STATE_CAPITAL));

  private final int number;
  private final String title;
  private final ImmutableList<Column> columns;

  TableId(int number, String title, ImmutableList<Column> columns) {
    this.number = number;
    this.title = title;
    this.columns = columns;
  }

  /** The table's number, 1 to 10. */
  public int number() {
    return number;
  }

  /** The title as printed. */
  public String title() {
    return title;
  }

  /** The amount columns, in printed order. */
  public ImmutableList<Column> columns() {
    return columns;
  }

  /** The column with {@code id}. */
  public Column column(String id) {
    for (Column c : columns) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "表" + number + " has no column '" + id + "': expected one of " + columns);
  }

  /** The table numbered {@code number} (1 to 10). */
  public static TableId of(int number) {
    if (number < 1 || number > 10) {
      throw new IllegalArgumentException("Table number " + number + " is not between 1 and 10");
    }
    return values()[number - 1];
  }

  /** 表N, as the document labels it. */
  public String label() {
    return "表" + number;
  }
}
