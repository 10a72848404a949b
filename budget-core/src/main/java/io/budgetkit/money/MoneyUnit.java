package io.budgetkit.money;

import java.math.BigDecimal;

/**
 * A display unit for amounts: 元, 万元 (10,000 元) or 亿元 (100,000,000 元).
 *
 * <p>The unit says how a figure is written, never what it is worth: 14,941.05 万元 and 149,410,500.00
 * 元 are the same {@link Amount}. Disclosure tables are in 万元.
 */
public enum MoneyUnit {
  /** 元, the base unit of CNY. */
  YUAN("元", 1),
  /** 万元, ten thousand 元: the unit of every disclosure table. */
  WAN_YUAN("万元", 10_000),
  /** 亿元, one hundred million 元. */
  YI_YUAN("亿元", 100_000_000);

  private final String label;
  private final long yuan;
  private final BigDecimal fen;

  MoneyUnit(String label, long yuan) {
    this.label = label;
    this.yuan = yuan;
    this.fen = BigDecimal.valueOf(yuan * 100);
  }

  /** The Chinese name as printed after a figure: 元, 万元 or 亿元. */
  public String label() {
    return label;
  }

  /** How many 元 one of this unit is worth. */
  public long yuan() {
    return yuan;
  }

  /** How many fen (0.01 元) one of this unit is worth, as an exact decimal. */
  BigDecimal fen() {
    return fen;
  }

  /**
   * The unit whose Chinese name is {@code label} (元, 万元 or 亿元).
   *
   * @throws IllegalArgumentException quoting the label if it names no unit
   */
  public static MoneyUnit ofLabel(String label) {
    for (MoneyUnit unit : values()) {
      if (unit.label.equals(label)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("Unknown money unit '" + label + "': expected 元, 万元 or 亿元");
  }
}
