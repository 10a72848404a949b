package io.budgetkit.project;

import io.budgetkit.money.Amount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's performance-target table (项目支出绩效目标表): its owner, its funds, its overall goal and its
 * indicators.
 *
 * <p>The project name is kept as this table prints it, which may differ from the 项目说明 (the seed's
 * 2023 年自治区就业补助金 is 2023 年自治区就业补助资金预算 elsewhere). Funds are in CNY, exact. Immutable.
 */
@Value.Immutable
public abstract class PerformanceTarget {
  /**
   * The project name as this table prints it; where the target is printed inside the project's
   * description without a name of its own (七、绩效目标 of the 上海 项目经费情况说明), the project's name.
   */
  public abstract String projectName();

  /**
   * The person responsible (项目负责人), where printed; the 上海 项目经费情况说明 prints only the goal, so this
   * and the funds below are empty for a target read from one.
   */
  public abstract Optional<String> owner();

  /** 年度预算总额, where printed. */
  public abstract Optional<Amount> totalFunds();

  /** 其中：财政拨款, where printed. */
  public abstract Optional<Amount> fiscalFunds();

  /** 其他资金, where printed. */
  public abstract Optional<Amount> otherFunds();

  /** 项目总体目标, as printed (line breaks of the PDF removed). */
  public abstract String overallGoal();

  /** The third-level indicators in the order printed; empty where the document prints none. */
  public abstract List<PerformanceIndicator> indicators();

  /** The sum of the indicators' weights; 90 in every table of the seed. */
  public final BigDecimal totalWeight() {
    BigDecimal sum = BigDecimal.ZERO;
    for (PerformanceIndicator i : indicators()) {
      sum = sum.add(i.weight());
    }
    return sum;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PerformanceTarget}. */
  public static final class Builder extends ImmutablePerformanceTarget.Builder {
    /** Sets 年度预算总额 from a figure in 万元. */
    public Builder totalFunds(String wanYuan) {
      return totalFunds(Amount.ofWanYuan(wanYuan));
    }

    /** Sets 财政拨款 from a figure in 万元. */
    public Builder fiscalFunds(String wanYuan) {
      return fiscalFunds(Amount.ofWanYuan(wanYuan));
    }

    /** Sets 其他资金 from a figure in 万元. */
    public Builder otherFunds(String wanYuan) {
      return otherFunds(Amount.ofWanYuan(wanYuan));
    }

    /** Adds an indicator built in place. */
    public Builder indicator(
        IndicatorCategory category,
        String name,
        String target,
        int weight,
        ScoringRule scoring,
        EvidenceType... evidence) {
      return addIndicator(
          PerformanceIndicator.builder()
              .category(category)
              .name(name)
              .target(target)
              .basis("计划标准")
              .weight(weight)
              .scoring(scoring)
              .addEvidence(evidence)
              .build());
    }
  }
}
