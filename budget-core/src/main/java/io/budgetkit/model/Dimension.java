package io.budgetkit.model;

import io.budgetkit.code.CodeLevel;
import java.util.function.Function;

/** A dimension to group lines by; several together form a {@link GroupKey}. */
public enum Dimension {
  /** Function 类. */
  FUNCTION_CLASS(l -> l.function().at(CodeLevel.CLASS)),
  /** Function 款. */
  FUNCTION_SECTION(l -> l.function().at(CodeLevel.SECTION)),
  /** Function 项. */
  FUNCTION_ITEM(BudgetLine::function),
  /** Economic 类; absent for lines without an economic code. */
  ECONOMIC_CLASS(l -> l.economic().map(e -> e.at(CodeLevel.CLASS)).orElse(null)),
  /** Economic code as the line carries it (款, or 类); absent for lines without one. */
  ECONOMIC(l -> l.economic().orElse(null)),
  /** The leaf fund source. */
  FUND(BudgetLine::fund),
  /** The top-level fund source group (财政拨款, 财政专户, 单位资金, 上年结转结余). */
  FUND_ROOT(l -> l.fund().root()),
  /** Basic personnel, basic operating or project. */
  KIND(BudgetLine::kind),
  /** Basic (true) or project (false) expenditure. */
  BASIC(l -> l.kind().isBasic()),
  /**
   * The project name, qualified by the line's unit in a consolidated budget ({@code 单位A/党建工作经费});
   * absent for lines of no named project.
   */
  PROJECT(
      l -> l.project().map(p -> l.unit().isPresent() ? l.unit().get() + "/" + p : p).orElse(null));

  private final Function<BudgetLine, Object> key;

  Dimension(Function<BudgetLine, Object> key) {
    this.key = key;
  }

  /** This dimension's value for {@code line}, or {@code null} where the line has none. */
  Object valueOf(BudgetLine line) {
    return key.apply(line);
  }
}
