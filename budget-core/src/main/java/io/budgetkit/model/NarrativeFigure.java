package io.budgetkit.model;

import io.budgetkit.code.FunctionCode;
import io.budgetkit.money.Amount;
import io.budgetkit.money.Percent;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure the narrative (情况说明) prints, with its share and year-on-year change where printed.
 *
 * <p>Example: 一般公共预算 11,415.32 万元，占 76.40%，比上年预算增加 10,622.61 万元，增长 1,340.04% is {@code
 * INCOME_BY_FUND} of {@code GENERAL_PUBLIC_LOCAL}, amount 11,415.32, share 76.40%, change
 * 10,622.61, growth 1,340.04%. Every figure is kept as printed; the validator recomputes shares and
 * growth and compares them with the tables. Immutable.
 */
@Value.Immutable
public abstract class NarrativeFigure {
  /** The label as printed: 一般公共预算, 基本支出, 社会保障和就业支出（类）. */
  public abstract String label();

  /** What the figure measures. */
  public abstract Measure measure();

  /** The fund source, for {@link Measure#INCOME_BY_FUND}. */
  public abstract Optional<FundSource> fund();

  /** The function code, for the measures by function; may be absent where the text names none. */
  public abstract Optional<FunctionCode> function();

  /** The amount as printed. */
  public abstract Amount amount();

  /** The share printed with it (占 …%). */
  public abstract Optional<Percent> share();

  /** The year-on-year change printed with it. */
  public abstract Optional<YearOnYear> yearOnYear();

  /**
   * The explanation printed with the figure, as printed (PDF line breaks removed): the reason for a
   * change (主要原因是…) or what the money is for (主要用于…, 主要包括…).
   */
  public abstract Optional<String> explanation();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NarrativeFigure}. */
  public static final class Builder extends ImmutableNarrativeFigure.Builder {
    /** Sets the amount from a figure in 万元. */
    public Builder wanYuan(String figure) {
      return amount(Amount.ofWanYuan(figure));
    }

    /** Sets the share from its printed form: {@code "76.40%"}. */
    public Builder share(String printed) {
      return share(Percent.parse(printed));
    }

    /** Sets the year-on-year change: change in 万元 (negative for 减少) and growth. */
    public Builder yearOnYear(String changeWanYuan, String growth) {
      return yearOnYear(YearOnYear.of(changeWanYuan, growth));
    }

    /** Sets the function code from any written form. */
    public Builder function(String code) {
      return function(FunctionCode.parse(code));
    }
  }
}
