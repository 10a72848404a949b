package io.budgetkit.examples;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.Catalog;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Large budgets generated reproducibly, for benchmarks and load tests: the same size and seed
 * always give the same budget.
 *
 * <p>The spread resembles a consolidated budget: a few hundred function 项 under the real 类 201–234,
 * economic 款 under 301/302/303/310/399, every leaf fund source (most money 一般公共预算), basic
 * personnel, basic operating and project lines, and one project per 250 lines (some thousands at a
 * million lines), each under one function 项 of its own and funded by 一般公共预算 as in a real 表7;
 * project lines of other funds name no project. Amounts are whole 万元 hundredths (two decimals in
 * 万元) between 0.01 and 500.00 万元. Each project's scale is the sum of its lines, so the budget is
 * consistent.
 */
public final class SyntheticBudgets {
  private SyntheticBudgets() {}

  /** A budget of {@code lineCount} lines drawn from {@code seed}. */
  public static UnitBudget generate(int lineCount, long seed) {
    if (lineCount < 0) {
      throw new IllegalArgumentException("Line count " + lineCount + " is negative");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<FunctionCode> items = items(random, 300);
    List<EconomicCode> personnel = economics("301", "303");
    List<EconomicCode> operating = economics("302");
    List<EconomicCode> projectEconomics = economics("302", "303", "310", "399");
    FundSource[] funds = leaves();
    int projectCount = Math.max(1, lineCount / 250);
    long[] projectFen = new long[projectCount];
    // a project is budgeted under one function 项, as in a real 表7
    FunctionCode[] projectItem = new FunctionCode[projectCount];
    String[] projectNames = new String[projectCount];
    for (int p = 0; p < projectCount; p++) {
      projectItem[p] = items.get(random.nextInt(items.size()));
      projectNames[p] = projectName(p);
    }
    List<BudgetLine> lines = new ArrayList<>(lineCount);
    for (int i = 0; i < lineCount; i++) {
      // 70% of the money is 一般公共预算, the rest spread over every other leaf
      FundSource fund =
          random.nextInt(10) < 7
              ? (random.nextBoolean()
                  ? FundSource.GENERAL_PUBLIC_LOCAL
                  : FundSource.GENERAL_PUBLIC_TRANSFER)
              : funds[random.nextInt(funds.length)];
      long fen = (1 + random.nextInt(50_000)) * 10_000L;
      BudgetLine.Builder line = BudgetLine.builder().fund(fund).amount(Amount.ofFen(fen));
      int kind = random.nextInt(3);
      if (kind == 0) {
        line.function(items.get(random.nextInt(items.size())))
            .kind(ExpenditureKind.BASIC_PERSONNEL)
            .economic(personnel.get(random.nextInt(personnel.size())));
      } else if (kind == 1) {
        line.function(items.get(random.nextInt(items.size())))
            .kind(ExpenditureKind.BASIC_OPERATING)
            .economic(operating.get(random.nextInt(operating.size())));
      } else if (fund.isWithin(FundSource.GENERAL_PUBLIC)) {
        // 表7 lists the 一般公共预算 projects: a project's lines are all 一般公共预算
        int p = random.nextInt(projectCount);
        projectFen[p] += fen;
        line.function(projectItem[p])
            .forProject(projectNames[p])
            .economic(projectEconomics.get(random.nextInt(projectEconomics.size())));
      } else {
        line.function(items.get(random.nextInt(items.size())))
            .kind(ExpenditureKind.PROJECT)
            .economic(projectEconomics.get(random.nextInt(projectEconomics.size())));
      }
      lines.add(line.build());
    }
    ImmutableList.Builder<Project> projects = ImmutableList.builder();
    for (int p = 0; p < projectCount; p++) {
      Amount scale = Amount.ofFen(projectFen[p]);
      projects.add(
          Project.builder()
              .name(projectNames[p])
              .policyBasis("示例政策依据")
              .scale(scale)
              .undertaker("示例单位")
              .addAllocation(AllocationPart.of("项目资金", scale))
              .executionPeriod("全年")
              .build());
    }
    return UnitBudget.builder()
        .profile(profile())
        .fiscalYear(2023)
        .lines(lines)
        .addAllProjects(projects.build())
        .build();
  }

  private static String projectName(int index) {
    return "项目" + (index + 1);
  }

  private static UnitProfile profile() {
    return UnitProfile.builder()
        .name("示例单位")
        .staffing(
            Staffing.builder()
                .authorized(100)
                .actual(100)
                .count(StaffCategory.IN_SERVICE, 80, 0)
                .count(StaffCategory.RETIRED, 20, 0)
                .count(StaffCategory.VETERAN_RETIRED, 0, 0)
                .build())
        .build();
  }

  /** {@code count} distinct 项 under the catalog's 类, with random 款 and 项 digits. */
  private static List<FunctionCode> items(SplittableRandom random, int count) {
    List<FunctionCode> classes = new ArrayList<>();
    for (FunctionCode c : Catalog.standard().functionNames().keySet()) {
      if (c.level() == CodeLevel.CLASS) {
        classes.add(c);
      }
    }
    Map<FunctionCode, Boolean> chosen = new LinkedHashMap<>();
    while (chosen.size() < count) {
      FunctionCode klass = classes.get(random.nextInt(classes.size()));
      String section = String.format("%02d", 1 + random.nextInt(40));
      String item = String.format("%02d", 1 + random.nextInt(99));
      chosen.put(FunctionCode.parse(klass.digits() + section + item), true);
    }
    return new ArrayList<>(chosen.keySet());
  }

  private static List<EconomicCode> economics(String... classes) {
    List<EconomicCode> result = new ArrayList<>();
    for (String c : classes) {
      for (int section = 1; section <= 30; section++) {
        result.add(EconomicCode.parse(c + String.format("%02d", section)));
      }
    }
    return result;
  }

  private static FundSource[] leaves() {
    List<FundSource> leaves = new ArrayList<>();
    for (FundSource s : FundSource.values()) {
      if (s.isLeaf()) {
        leaves.add(s);
      }
    }
    return leaves.toArray(new FundSource[0]);
  }
}
