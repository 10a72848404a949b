/**
 * The budgetkit test kit, shipped in budget-core's {@code tests} jar: QuickTheories generators of
 * every core type ({@link io.budgetkit.testkit.BudgetGenerators}), budgets broken in one known way
 * ({@link io.budgetkit.testkit.BrokenBudgets}) and assertions that explain a failure in the
 * document's terms ({@link io.budgetkit.testkit.BudgetAssertions}).
 *
 * <p>Depends on budget-core's main code and QuickTheories only; the assertions throw {@link
 * java.lang.AssertionError}, so they serve JUnit, TestNG or plain code alike. To use it:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>io.budgetkit</groupId>
 *   <artifactId>budget-core</artifactId>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 */
package io.budgetkit.testkit;
