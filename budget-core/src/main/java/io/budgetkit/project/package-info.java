/**
 * Projects (项目说明) and their performance targets (项目支出绩效目标表).
 *
 * <p>A {@link io.budgetkit.project.Project} carries every field of a 项目说明: policy basis, scale,
 * undertaker, allocation parts, execution period, source and, for subsidies, the recipients and the
 * standard. Its {@link io.budgetkit.project.PerformanceTarget} holds indicators in the three levels
 * of the standard form. Fields some real documents do not print (万里街道's 项目经费情况说明 has no scale; none
 * of the 上海 descriptions prints an owner, funds or indicators) are optional and stay empty rather
 * than be filled in. Depends on {@code code} and {@code money} only.
 */
@BudgetStyle
package io.budgetkit.project;

import io.budgetkit.BudgetStyle;
