package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.money.Amount;
import io.budgetkit.project.Project;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A budget unit's approved annual budget: its profile, its lines, its projects and the other facts
 * its disclosure states (三公经费, 机关运行经费, 政府采购, 国有资产, 预算绩效, narrative figures).
 *
 * <p>Every table of the disclosure is a marginal of {@link #lines()}. Construction checks structure
 * only: project names are unique (within each unit, in a budget that consolidates several) and
 * every project a line names exists. Whether the figures agree with each other is for the
 * validator, which reports findings rather than throwing. Immutable and thread-safe.
 *
 * <pre>{@code
 * UnitBudget budget = UnitBudget.builder()
 *     .profile(profile).fiscalYear(2023)
 *     .line(l -> l.function("208 01 01").economic("301 01")
 *         .fund(FundSource.GENERAL_PUBLIC_LOCAL).basicPersonnel().wanYuan("110.94"))
 *     .build();
 * budget.rollUp(Hierarchy.FUNCTION).get(FunctionCode.parse("208"));
 * }</pre>
 */
@Value.Immutable
public abstract class UnitBudget {
  /** Part 1: name, functions, organisation, staffing. */
  public abstract UnitProfile profile();

  /** The fiscal year: 2023. */
  public abstract int fiscalYear();

  /** The earliest fiscal year a budget may have: 1949. */
  public static final int FIRST_FISCAL_YEAR = 1949;

  /** The latest fiscal year a budget may have: 2100. */
  public static final int LAST_FISCAL_YEAR = 2100;

  /** The line-level budget. */
  public abstract List<BudgetLine> lines();

  /** The projects with their 项目说明 and performance targets, in document order. */
  public abstract List<Project> projects();

  /** The narrative figures (shares, year-on-year) as printed, in document order. */
  public abstract List<NarrativeFigure> narrative();

  /** 财政拨款“三公”经费 as the narrative states them. */
  public abstract Optional<ThreePublicCosts> threePublicCosts();

  /** 机关运行经费. */
  public abstract Optional<OperatingCosts> operatingCosts();

  /** 政府采购情况. */
  public abstract Optional<GovernmentProcurement> procurement();

  /** 国有资产占用使用情况. */
  public abstract Optional<StateAssets> assets();

  /** 预算绩效情况. */
  public abstract Optional<PerformanceSummary> performanceSummary();

  /** 其他需说明的事项, as printed (the seed: 我单位无其他需说明事项). */
  public abstract Optional<String> otherMatters();

  /** Part 4, 名词解释: the glossary in printed order. */
  public abstract List<GlossaryEntry> glossary();

  /** The lines as a {@link LineSet}, for totals, roll-ups and groupings. */
  @Value.Lazy
  public LineSet lineSet() {
    return LineSet.of(lines());
  }

  /** The total of all lines: 收支总预算. */
  public Amount total() {
    return lineSet().total();
  }

  /** Totals of all lines at every node of {@code hierarchy}. */
  public <K> RollUp<K> rollUp(Hierarchy<K> hierarchy) {
    return lineSet().rollUp(hierarchy);
  }

  /** Function-code totals at one level: {@code rollUp(CodeLevel.CLASS)} gives 208 → 14,565.15. */
  public Map<FunctionCode, Amount> rollUp(CodeLevel level) {
    requireNonNull(level, "level");
    Map<FunctionCode, Amount> result = new LinkedHashMap<>();
    rollUp(Hierarchy.FUNCTION)
        .totals()
        .forEach(
            (code, total) -> {
              if (code.level() == level) {
                result.put(code, total);
              }
            });
    return Collections.unmodifiableMap(result);
  }

  /** The project named {@code name}, if any (in a consolidated budget, the first of that name). */
  public Optional<Project> project(String name) {
    requireNonNull(name, "name");
    return projects().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The project {@code name} of {@code unit} (empty for a single unit's budget), if any. */
  public Optional<Project> project(Optional<String> unit, String name) {
    requireNonNull(unit, "unit");
    requireNonNull(name, "name");
    return projects().stream()
        .filter(p -> p.name().equals(name) && p.unit().equals(unit))
        .findFirst();
  }

  @Value.Check
  void check() {
    if (fiscalYear() < FIRST_FISCAL_YEAR || fiscalYear() > LAST_FISCAL_YEAR) {
      throw new IllegalArgumentException(
          "Fiscal year "
              + fiscalYear()
              + " is out of range: expected "
              + FIRST_FISCAL_YEAR
              + " to "
              + LAST_FISCAL_YEAR);
    }
    Set<String> names = new HashSet<>();
    for (Project p : projects()) {
      if (!names.add(p.qualifiedName())) {
        throw new IllegalArgumentException(
            "Project '"
                + p.name()
                + "'"
                + p.unit().map(u -> " of unit '" + u + "'").orElse("")
                + " is listed twice");
      }
    }
    for (int i = 0; i < lines().size(); i++) {
      BudgetLine l = lines().get(i);
      if (l.project().isPresent()
          && !names.contains(Project.qualify(l.unit(), l.project().get()))) {
        throw new IllegalArgumentException(
            "Line "
                + i
                + " ("
                + l.function()
                + ") names project '"
                + Project.qualify(l.unit(), l.project().get())
                + "', which is not among the budget's projects "
                + names);
      }
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitBudget}; lines and projects can be written in place. */
  public static final class Builder extends ImmutableUnitBudget.Builder {
    /** Adds a line written in place: {@code line(l -> l.function("208 01 01")...)}. */
    public Builder line(Consumer<BudgetLine.Builder> spec) {
      BudgetLine.Builder b = BudgetLine.builder();
      spec.accept(b);
      return addLine(b.build());
    }

    /** Adds a project written in place. */
    public Builder project(Consumer<Project.Builder> spec) {
      Project.Builder b = Project.builder();
      spec.accept(b);
      return addProject(b.build());
    }

    /** Adds a glossary entry. */
    public Builder term(String term, String definition) {
      return addGlossary(new GlossaryEntry(term, definition));
    }

    /** Adds a narrative figure written in place. */
    public Builder figure(Consumer<NarrativeFigure.Builder> spec) {
      NarrativeFigure.Builder b = NarrativeFigure.builder();
      spec.accept(b);
      return addNarrative(b.build());
    }
  }
}
