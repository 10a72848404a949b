package io.budgetkit.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One third-level (三级) indicator of a performance-target table, with its target, basis, prior
 * value, weight, scoring rule and evidence.
 *
 * <p>Example from the seed (光纤费项目): 产出指标 / 质量指标 / 网络正常运转率, target {@code =100%}, basis 计划标准, weight
 * 10, 按照正常比例赋分, evidence 工作资料, 原始凭证, 说明材料. The first level is implied by the {@link #category()}.
 * Immutable.
 */
@Value.Immutable
public abstract class PerformanceIndicator {
  /** The second-level category (二级); its {@link IndicatorCategory#kind()} is the first level. */
  public abstract IndicatorCategory category();

  /** The indicator's name (三级指标) as printed. */
  public abstract String name();

  /** The target value (指标值). */
  public abstract IndicatorTarget target();

  /** The basis of the target (指标值设置依据), e.g. 计划标准. */
  public abstract String basis();

  /** The prior-year value (上年完成值) as printed; empty where the cell is blank. */
  public abstract Optional<String> priorYear();

  /** The weight in points (指标分值权重); a table's weights add up to 90 by the standard form. */
  public abstract BigDecimal weight();

  /** The scoring rule (指标赋分规则). */
  public abstract ScoringRule scoring();

  /** The evidence types (佐证资料) in the order printed. */
  public abstract List<EvidenceType> evidence();

  /** The first-level kind (一级), from the category. */
  public final IndicatorKind kind() {
    return category().kind();
  }

  @Value.Check
  void check() {
    if (weight().signum() < 0) {
      throw new IllegalArgumentException(
          "Indicator '" + name() + "' has a negative weight " + weight().toPlainString());
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PerformanceIndicator}; {@code basis} defaults to nothing and must be set. */
  public static final class Builder extends ImmutablePerformanceIndicator.Builder {
    /** Sets the target from its printed form; see {@link IndicatorTarget#parse}. */
    public Builder target(String printed) {
      return target(IndicatorTarget.parse(printed));
    }

    /** Sets the weight in points. */
    public Builder weight(int points) {
      return weight(BigDecimal.valueOf(points));
    }
  }
}
