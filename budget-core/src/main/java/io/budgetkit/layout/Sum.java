package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * An identity a layout states explicitly because it cannot be generated from slices: the column (or
 * labelled row) {@code whole} equals the sum of {@code parts}, in every row (or column). The “三公”
 * table's 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费 is one.
 *
 * @param whole a column id, or a labelled row's key id ({@code label:合计})
 * @param parts column ids, or labelled row key ids, of the same kind as {@code whole}
 */
public record Sum(String whole, ImmutableList<String> parts) {
  /** Checks the components. */
  public Sum {
    requireNonNull(whole, "whole");
    requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("Sum for '" + whole + "' has no parts");
    }
  }
}
