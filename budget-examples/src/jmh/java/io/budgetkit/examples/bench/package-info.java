/**
 * JMH benchmarks of roll-ups, table derivation in a layout, validation and JSON at 10^3, 10^5 and
 * 10^6 lines, of reading and validating a seed-sized document, and of batch validation on 1 and 2
 * threads, each measured beside a hand-written floor (or its other thread count) in the same run.
 * Built only by the {@code bench} profile; see docs/benchmarks.md.
 */
package io.budgetkit.examples.bench;
