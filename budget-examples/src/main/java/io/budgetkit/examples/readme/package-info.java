/**
 * The README's code, compiled and run by the build: each region between {@code // README:NAME} and
 * {@code // END} is printed verbatim in the README, and a test keeps the two identical.
 */
package io.budgetkit.examples.readme;
