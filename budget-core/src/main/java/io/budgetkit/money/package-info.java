/**
 * Exact money in CNY and the percentages the narrative prints.
 *
 * <p>{@link io.budgetkit.money.Amount} is exact to the fen (0.01 元), held as a {@code long} so that
 * roll-ups over millions of lines stay fast; it converts to and from JSR 354 {@code MonetaryAmount}
 * (Moneta) at the API boundary. The display unit ({@link io.budgetkit.money.MoneyUnit}: 元, 万元, 亿元)
 * is separate from the value. Depends on the JDK, Guava and JSR 354 only.
 */
package io.budgetkit.money;
