package io.budgetkit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Part 1 of a disclosure (概况): the unit's name, functions, organisation and staffing, and where
 * known its identity in the budget system (code, department, region). Immutable.
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

  /** Staffing counts, where the document prints them (the seed does; 上海普陀's documents do not). */
  public abstract Optional<Staffing> staffing();

  /** The unit's code in the budget system (单位编码), where known. */
  public abstract Optional<String> code();

  /** The department (主管部门) the unit belongs to, where known; for a department, itself. */
  public abstract Optional<String> department();

  /** The region whose budget the unit is in, e.g. 上海市普陀区 or 新疆阿图什市, where known. */
  public abstract Optional<String> region();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitProfile}. */
  public static final class Builder extends ImmutableUnitProfile.Builder {}
}
