package io.budgetkit.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Staffing (人员情况): authorised posts (编制数), actual headcount (实有人数) and its parts.
 *
 * <p>The seed: 编制数 31, 实有人数 42 = 在职 26 + 退休 16 + 离休 0. The parts are kept as printed; that they add
 * up is a validation rule, not a construction check; a negative 编制数 or 实有人数 is rejected when built.
 * Immutable.
 */
@Value.Immutable
public abstract class Staffing {
  /** 编制数. */
  public abstract int authorized();

  /** 实有人数 as printed. */
  public abstract int actual();

  /** The printed parts of the headcount, in document order. */
  public abstract List<StaffCount> counts();

  @Value.Check
  void check() {
    if (authorized() < 0) {
      throw new IllegalArgumentException("编制数 " + authorized() + " is negative");
    }
    if (actual() < 0) {
      throw new IllegalArgumentException("实有人数 " + actual() + " is negative");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Staffing}. */
  public static final class Builder extends ImmutableStaffing.Builder {
    /** Adds a part of the headcount. */
    public Builder count(StaffCategory category, int count, int change) {
      return addCount(new StaffCount(category, count, change));
    }
  }
}
