package io.budgetkit.project;

import io.budgetkit.money.Amount;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project of the budget with every field of its 项目说明, and its performance-target table.
 *
 * <p>Example from the seed: 光纤费, basis 根据《阿图什市人力资源和社会保障局会议纪要》阿财预（2023）001 号, scale 30.00 万元, parts
 * 保障社保专线 20.00 万元 and 保障社会化防控专线 10.00 万元. A budget line names its project by {@link #name()}; 表7
 * prints the project as {@link #tableName()}. Immutable.
 */
@Value.Immutable
public abstract class Project {
  /** The project name as the 项目说明 prints it; unique within its unit's budget. */
  public abstract String name();

  /**
   * The unit that owns the project, in a budget that consolidates several units (a 部门预算): two units
   * may each have a project of the same name. Empty in a single unit's budget.
   */
  public abstract Optional<String> unit();

  /** The project's name qualified by its unit where it has one: {@code 单位A/党建工作经费}. */
  public String qualifiedName() {
    return qualify(unit(), name());
  }

  /**
   * {@code name} qualified by {@code unit} where present, as {@link #qualifiedName()} writes it.
   */
  public static String qualify(Optional<String> unit, String name) {
    return unit.isPresent() ? unit.get() + "/" + name : name;
  }

  /** The name 表7 prints for this project, when it differs from {@link #name()}. */
  @Value.Default
  public String tableName() {
    return name();
  }

  /**
   * 项目概况, where the description prints one (the 上海 项目经费情况说明 does; the seed's 项目说明 does not), as
   * printed: the lines of a paragraph joined, paragraphs separated by a line break.
   */
  public abstract Optional<String> overview();

  /** 设立的政策依据 (立项依据 in the 上海 项目经费情况说明), as printed. */
  public abstract String policyBasis();

  /**
   * 预算安排规模, where the document prints it. Empty where it does not: 万里街道's 项目经费情况说明 prints only a
   * quarterly plan (年度预算安排), whose sum is not a printed figure (商务委员会's prints 项目总预算). Rules
   * comparing with the scale skip a project without one.
   */
  public abstract Optional<Amount> scale();

  /** 项目承担单位 (实施主体 in the 上海 项目经费情况说明, a sentence on who does what), as printed. */
  public abstract String undertaker();

  /** 实施方案, where the description prints one, as printed (paragraphs as in {@link #overview()}). */
  public abstract Optional<String> plan();

  /**
   * 资金分配情况: the parts, as printed; for the 上海 项目经费情况说明, the quarters of its 年度预算安排 (第一季度用款计划 …).
   */
  public abstract List<AllocationPart> allocation();

  /** The total the 资金分配情况 states (共计 …), where it states one. */
  public abstract Optional<Amount> allocationTotal();

  /** 资金执行时间 (实施周期 in the 上海 项目经费情况说明), as printed: 2023 年 1 月-12 月. */
  public abstract String executionPeriod();

  /** 资金来源, where printed: 财政拨款. */
  public abstract Optional<String> fundingSource();

  /** The subsidy fields, for subsidy projects. */
  public abstract Optional<SubsidyTerms> subsidy();

  /** The project's performance-target table. */
  public abstract Optional<PerformanceTarget> performance();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("Project name is blank");
    }
    if (scale().isPresent() && scale().get().isNegative()) {
      throw new IllegalArgumentException(
          "Project '" + name() + "' has a negative scale " + scale().get());
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}. */
  public static final class Builder extends ImmutableProject.Builder {
    /** Sets 预算安排规模 from a figure in 万元. */
    public Builder scale(String wanYuan) {
      return scale(Amount.ofWanYuan(wanYuan));
    }

    /** Adds an allocation part with an amount in 万元. */
    public Builder part(String item, String wanYuan) {
      return addAllocation(AllocationPart.of(item, Amount.ofWanYuan(wanYuan)));
    }

    /** Sets the stated allocation total from a figure in 万元. */
    public Builder allocationTotal(String wanYuan) {
      return allocationTotal(Amount.ofWanYuan(wanYuan));
    }
  }
}
