package io.budgetkit.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.budgetkit.money.Amount;
import java.util.Optional;

/**
 * One row of a disclosure table: its key, its name as printed, and its non-blank cells.
 *
 * <p>A blank cell is absent from {@code cells}; {@link #amount(Column)} reads it as zero. Cells are
 * keyed by {@link Column#id()}.
 *
 * @param key what the row stands for
 * @param name the row's name as printed (科目名称, 项目名称 or label)
 * @param cells the non-blank cells by column id
 */
public record TableRow(RowKey key, String name, ImmutableMap<String, Amount> cells) {
  /** Checks the components. */
  public TableRow {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
    requireNonNull(cells, "cells");
  }

  /** The cell in {@code column}, empty if blank. */
  public Optional<Amount> cell(Column column) {
    return Optional.ofNullable(cells.get(column.id()));
  }

  /** The cell in {@code column}, zero if blank. */
  public Amount amount(Column column) {
    return cells.getOrDefault(column.id(), Amount.zero());
  }
}
