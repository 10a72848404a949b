/**
 * JMH benchmarks of roll-ups, table derivation, validation and JSON at 10^3, 10^5 and 10^6 lines,
 * each measured beside a hand-written floor in the same run. Built only by the {@code bench}
 * profile; see docs/benchmarks.md.
 */
package io.budgetkit.examples.bench;
