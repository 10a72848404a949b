package io.budgetkit.model;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.money.Amount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One allocation of a budget: function 项 × economic code (optional) × fund source × kind × project
 * (optional) × amount.
 *
 * <p>A finance system holds a budget as such lines; every disclosure table is a marginal of them.
 * Structure is checked at construction: the function code must be a 项, the fund source a leaf, the
 * amount not negative, and a line that names a project must be project expenditure. Immutable.
 */
@Value.Immutable
public abstract class BudgetLine {
  /** The function classification 项 (7 digits). */
  public abstract FunctionCode function();

  /** The economic classification 类 or 款, where the line is classified economically. */
  public abstract Optional<EconomicCode> economic();

  /** The fund source, a leaf of {@link FundSource}. */
  public abstract FundSource fund();

  /** Basic personnel, basic operating or project expenditure. */
  public abstract ExpenditureKind kind();

  /** The name of the project ({@link io.budgetkit.project.Project#name()}) the line funds. */
  public abstract Optional<String> project();

  /**
   * The unit whose budget holds the line, in a budget that consolidates several units (a 部门预算);
   * empty in a single unit's budget. A line's project is the project of that unit.
   */
  public abstract Optional<String> unit();

  /** The amount, exact, not negative. */
  public abstract Amount amount();

  @Value.Check
  void check() {
    if (function().level() != CodeLevel.ITEM) {
      throw new IllegalArgumentException(
          "Budget line function code '"
              + function()
              + "' is a "
              + function().level().label()
              + ": expected a 项 (7 digits, e.g. '208 01 01')");
    }
    if (!fund().isLeaf()) {
      throw new IllegalArgumentException(
          "Budget line fund source " + fund() + " is a group: expected one of its members");
    }
    if (amount().isNegative()) {
      throw new IllegalArgumentException(
          "Budget line " + function() + " has a negative amount " + amount());
    }
    if (project().isPresent() && kind() != ExpenditureKind.PROJECT) {
      throw new IllegalArgumentException(
          "Budget line "
              + function()
              + " names project '"
              + project().get()
              + "' but is "
              + kind());
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetLine} with the document's notation: codes and 万元 as printed. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    /** Sets the function 项 from any written form: {@code "208 01 01"}. */
    public Builder function(String code) {
      return function(FunctionCode.parse(code));
    }

    /** Sets the economic code from any written form: {@code "301 01"}. */
    public Builder economic(String code) {
      return economic(EconomicCode.parse(code));
    }

    /** Basic personnel expenditure (人员经费). */
    public Builder basicPersonnel() {
      return kind(ExpenditureKind.BASIC_PERSONNEL);
    }

    /** Basic operating expenditure (公用经费). */
    public Builder basicOperating() {
      return kind(ExpenditureKind.BASIC_OPERATING);
    }

    /** Project expenditure through the named project. */
    public Builder forProject(String name) {
      return kind(ExpenditureKind.PROJECT).project(name);
    }

    /** Project expenditure not attributed to a named project. */
    public Builder projectExpenditure() {
      return kind(ExpenditureKind.PROJECT);
    }

    /** Sets the amount from a figure in 万元: {@code "110.94"}. */
    public Builder wanYuan(String figure) {
      return amount(Amount.ofWanYuan(figure));
    }
  }
}
