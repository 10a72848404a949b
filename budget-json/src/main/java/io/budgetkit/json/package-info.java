/**
 * JSON for budgetkit: a Jackson module ({@link io.budgetkit.json.BudgetModule}) for every value
 * type of budget-core, and a whole-document format ({@link io.budgetkit.json.BudgetJson}) that is
 * lossless, canonical, strict on reading, streamed for large budgets and described by a JSON
 * Schema.
 *
 * <p>Depends on budget-core and Jackson; budget-core never depends on this package.
 */
package io.budgetkit.json;
