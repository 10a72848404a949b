package io.budgetkit.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Part 1 of a disclosure (概况): the unit's name, functions, organisation and staffing. Immutable.
 */
@Value.Immutable
public abstract class UnitProfile {
  /** The unit's name: 阿图什市人力资源和社会保障局. */
  public abstract String name();

  /** 主要职能, one entry per numbered function, as printed. */
  public abstract List<String> functions();

  /** 机构设置: the internal divisions (处室), in document order. */
  public abstract List<String> divisions();

  /** The number of subordinate budget units (下属预算单位); 0 in the seed. */
  @Value.Default
  public int subordinateUnits() {
    return 0;
  }

  /** Staffing counts. */
  public abstract Staffing staffing();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitProfile}. */
  public static final class Builder extends ImmutableUnitProfile.Builder {}
}
