/**
 * budgetkit: an immutable model of a Chinese budget unit's annual budget disclosure (单位预算公开).
 *
 * <p>Sub-packages, from the bottom up: {@code code} (classification codes), {@code money} (exact
 * amounts and percentages), {@code project} (projects and performance targets), {@code model}
 * (budget lines, fund sources, the whole unit budget and its roll-ups), {@code table} (the ten
 * disclosure tables), {@code validation} (findings and rules) and {@code document} (a budget
 * together with its published tables). A lower package never depends on a higher one.
 */
package io.budgetkit;
