/**
 * Classification codes: the function classification (支出功能分类, 类/款/项) and the departmental economic
 * classification (部门预算支出经济分类, 类/款), and a catalog of their names.
 *
 * <p>Depends on nothing but the JDK and Guava. A code's identity is its digits; a name is only a
 * label looked up in a {@link io.budgetkit.code.Catalog}.
 */
package io.budgetkit.code;
