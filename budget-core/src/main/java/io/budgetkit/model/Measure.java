package io.budgetkit.model;

/**
 * What a narrative figure measures, so that it can be checked against the tables. Where a measure
 * needs a fund source or a function code, the {@link NarrativeFigure} carries it.
 */
public enum Measure {
  /** 收入预算 (all sources): 14,941.05. */
  INCOME_TOTAL,
  /** Income from one fund source (or group): 一般公共预算 11,415.32. */
  INCOME_BY_FUND,
  /** 支出预算 (all sources). */
  EXPENDITURE_TOTAL,
  /** 基本支出 (all sources). */
  BASIC,
  /** 项目支出 (all sources). */
  PROJECT,
  /** 财政拨款收支总预算. */
  FISCAL_TOTAL,
  /** 财政拨款 expenditure of one function code (类 or 项). */
  FISCAL_BY_FUNCTION,
  /** 一般公共预算拨款合计. */
  GENERAL_PUBLIC_TOTAL,
  /** 一般公共预算 基本支出. */
  GENERAL_PUBLIC_BASIC,
  /** 一般公共预算 项目支出. */
  GENERAL_PUBLIC_PROJECT,
  /** 一般公共预算 expenditure of one function code (类 or 项). */
  GENERAL_PUBLIC_BY_FUNCTION,
  /** 一般公共预算基本支出 人员经费. */
  GENERAL_PUBLIC_PERSONNEL,
  /** 一般公共预算基本支出 公用经费. */
  GENERAL_PUBLIC_OPERATING,
  /** 财政拨款“三公”经费 total. */
  THREE_PUBLIC_TOTAL,
  /** 因公出国（境）费. */
  THREE_PUBLIC_OVERSEAS,
  /** 公务接待费. */
  THREE_PUBLIC_RECEPTION,
  /** 公务用车购置费. */
  THREE_PUBLIC_VEHICLE_PURCHASE,
  /** 公务用车运行费. */
  THREE_PUBLIC_VEHICLE_OPERATION,
  /** 机关运行经费. */
  OPERATING_COSTS,
  /** 预算绩效管理的财政拨款项目 amount. */
  PERFORMANCE_FISCAL_PROJECTS,
}
