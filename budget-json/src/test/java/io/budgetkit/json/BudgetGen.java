package io.budgetkit.json;

import static org.quicktheories.generators.SourceDSL.strings;

import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.AssetHolding;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.GlossaryEntry;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.OperatingCosts;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.StaffCount;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.StateAssets;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.model.YearOnYear;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.EvidenceType;
import io.budgetkit.project.IndicatorCategory;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.Relation;
import io.budgetkit.project.ScoringRule;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import io.budgetkit.table.Column;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of whole budget documents for the JSON properties: every optional part present or
 * absent, every variant of the sealed types, extreme amounts and awkward text.
 */
final class BudgetGen {
  private BudgetGen() {}

  private static final Gen<String> AWKWARD =
      Generate.pick(
          List.of(
              "",
              "光纤费",
              "“三支一扶”人员社保和生活补贴",
              "quote \" backslash \\ slash /",
              "line\nbreak\ttab\u0000nul\u001f",
              "emoji 😀 𠀀",
              "  spaces  ",
              "null",
              "1e3"));

  static final Gen<String> TEXT =
      strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 8).mix(AWKWARD, 30);

  /** Any amount a {@code long} of fen can hold, biased to the edges and to the seed's figures. */
  static final Gen<Amount> AMOUNT =
      Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)
          .mix(Generate.longRange(-1_000_000_00L, 1_000_000_00L), 50)
          .mix(Generate.pick(List.of(0L, 1L, -1L, 20256L, 1_494_105_00L, Long.MAX_VALUE)), 20)
          .mix(Generate.pick(List.of(Long.MIN_VALUE, 100L, 1_000_000L, 999_999L)), 10)
          .map(Amount::ofFen);

  /** A non-negative amount, as lines, scales and standards need. */
  static final Gen<Amount> NON_NEGATIVE =
      Generate.longRange(0, Long.MAX_VALUE)
          .mix(Generate.longRange(0, 1_000_000_00L), 60)
          .mix(Generate.pick(List.of(0L, 1L, 20256L, 1_494_105_00L, Long.MAX_VALUE)), 20)
          .map(Amount::ofFen);

  /** Decimals whose plain form is exactly as long as the reader reads: 40 characters. */
  static final List<BigDecimal> DECIMALS_AT_THE_LIMIT =
      List.of(
          new BigDecimal("9".repeat(40)),
          new BigDecimal("1E+39").setScale(0),
          new BigDecimal("0." + "0".repeat(37) + "1"),
          new BigDecimal("1." + "0".repeat(38)));

  private static final Gen<BigDecimal> DECIMAL =
      Generate.longRange(0, 1_000_000_000L)
          .zip(Generate.range(0, 6), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
          .mix(Generate.pick(DECIMALS_AT_THE_LIMIT), 5);

  /** Percentages of the most digits a percentage may have: 39 characters written. */
  static final List<Percent> PERCENTS_AT_THE_LIMIT =
      List.of(
          Percent.of(new BigDecimal("-" + "9".repeat(34) + ".99")),
          Percent.of(new BigDecimal("9".repeat(34) + ".99")),
          Percent.of(new BigDecimal("1E+33")));

  private static final Gen<Percent> PERCENT =
      Generate.longRange(-1_000_000_00L, 1_000_000_00L)
          .map(v -> Percent.of(BigDecimal.valueOf(v, 2)))
          .mix(Generate.pick(PERCENTS_AT_THE_LIMIT), 5);

  /** Fiscal years a budget may have, 1949 to 2100, biased to both ends. */
  private static final Gen<Integer> FISCAL_YEAR =
      Generate.range(1949, 2100).mix(Generate.pick(List.of(1949, 2100)), 20);

  private static final Gen<FunctionCode> FUNCTION =
      in ->
          FunctionCode.parse(
              String.format(
                  "%03d%02d%02d",
                  Generate.range(201, 234).generate(in),
                  Generate.range(1, 99).generate(in),
                  Generate.range(1, 99).generate(in)));

  private static final Gen<FunctionCode> ANY_FUNCTION =
      FUNCTION.zip(Generate.range(0, 2), (c, l) -> c.at(io.budgetkit.code.CodeLevel.values()[l]));

  private static final Gen<EconomicCode> ECONOMIC =
      in -> {
        String klass = Integer.toString(Generate.range(301, 399).generate(in));
        return EconomicCode.parse(
            Generate.booleans().generate(in)
                ? klass
                : klass + String.format("%02d", Generate.range(1, 99).generate(in)));
      };

  private static final List<FundSource> LEAVES =
      Arrays.stream(FundSource.values()).filter(FundSource::isLeaf).toList();

  private static <T> Optional<T> maybe(RandomnessSource in, Gen<T> gen) {
    return Generate.range(0, 2).generate(in) == 0
        ? Optional.empty()
        : Optional.of(gen.generate(in));
  }

  private static <T> List<T> some(RandomnessSource in, int max, Supplier<T> item) {
    int n = Generate.range(0, max).generate(in);
    List<T> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(item.get());
    }
    return items;
  }

  private static <E extends Enum<E>> E any(RandomnessSource in, Class<E> type) {
    return Generate.enumValues(type).generate(in);
  }

  private static int anyInt(RandomnessSource in) {
    return Generate.range(Integer.MIN_VALUE, Integer.MAX_VALUE)
        .mix(Generate.range(-3, 50), 60)
        .generate(in);
  }

  private static int count(RandomnessSource in) {
    return Generate.range(0, Integer.MAX_VALUE).mix(Generate.range(0, 50), 60).generate(in);
  }

  static final Gen<IndicatorTarget> TARGET =
      in -> {
        Optional<Relation> relation = maybe(in, Generate.enumValues(Relation.class));
        switch (Generate.range(0, 3).generate(in)) {
          case 0:
            return new IndicatorTarget.Quantity(relation, DECIMAL.generate(in), TEXT.generate(in));
          case 1:
            return new IndicatorTarget.Month(
                relation, anyInt(in), Generate.range(1, 12).generate(in));
          case 2:
            return new IndicatorTarget.Text(TEXT.generate(in));
          default:
            return new IndicatorTarget.Reference(TEXT.generate(in));
        }
      };

  private static PerformanceIndicator indicator(RandomnessSource in) {
    return PerformanceIndicator.builder()
        .category(any(in, IndicatorCategory.class))
        .name(TEXT.generate(in))
        .target(TARGET.generate(in))
        .basis(TEXT.generate(in))
        .priorYear(maybe(in, TEXT))
        .weight(DECIMAL.generate(in))
        .scoring(any(in, ScoringRule.class))
        .evidence(some(in, 4, () -> any(in, EvidenceType.class)))
        .build();
  }

  private static Project project(RandomnessSource in, String name) {
    Project.Builder b =
        Project.builder()
            .name(name)
            .policyBasis(TEXT.generate(in))
            .scale(NON_NEGATIVE.generate(in))
            .undertaker(TEXT.generate(in))
            .allocation(some(in, 3, () -> new AllocationPart(TEXT.generate(in), maybe(in, AMOUNT))))
            .allocationTotal(maybe(in, AMOUNT))
            .executionPeriod(TEXT.generate(in))
            .fundingSource(maybe(in, TEXT))
            .subsidy(
                maybe(
                    in,
                    i ->
                        new SubsidyTerms(
                            count(i),
                            new SubsidyStandard(
                                NON_NEGATIVE.generate(i),
                                maybe(i, Generate.enumValues(SubsidyPeriod.class)),
                                TEXT.generate(i),
                                any(i, MoneyUnit.class)),
                            TEXT.generate(i),
                            TEXT.generate(i),
                            TEXT.generate(i),
                            TEXT.generate(i))))
            .performance(
                maybe(
                    in,
                    i ->
                        PerformanceTarget.builder()
                            .projectName(TEXT.generate(i))
                            .owner(TEXT.generate(i))
                            .totalFunds(AMOUNT.generate(i))
                            .fiscalFunds(AMOUNT.generate(i))
                            .otherFunds(AMOUNT.generate(i))
                            .overallGoal(TEXT.generate(i))
                            .indicators(some(i, 3, () -> indicator(i)))
                            .build()));
    if (Generate.booleans().generate(in)) {
      b.tableName(TEXT.generate(in));
    }
    return b.build();
  }

  private static StateAssets assets(RandomnessSource in) {
    Gen<AssetHolding> holding = i -> new AssetHolding(count(i), AMOUNT.generate(i));
    return StateAssets.builder()
        .asOf(TEXT.generate(in))
        .buildingArea(DECIMAL.generate(in))
        .buildingValue(AMOUNT.generate(in))
        .vehicles(holding.generate(in))
        .generalVehicles(holding.generate(in))
        .enforcementVehicles(holding.generate(in))
        .otherVehicles(holding.generate(in))
        .furnitureValue(AMOUNT.generate(in))
        .otherValue(AMOUNT.generate(in))
        .equipmentOver50(anyInt(in))
        .equipmentOver100(anyInt(in))
        .plannedEquipmentOver50(anyInt(in))
        .plannedEquipmentOver100(anyInt(in))
        .plannedVehiclePurchase(Generate.booleans().generate(in))
        .build();
  }

  static final Gen<UnitBudget> BUDGET =
      in -> {
        List<Project> projects = new ArrayList<>();
        int n = Generate.range(0, 3).generate(in);
        for (int i = 0; i < n; i++) {
          projects.add(project(in, "项目 " + i + TEXT.generate(in)));
        }
        UnitBudget.Builder b =
            UnitBudget.builder()
                .profile(
                    UnitProfile.builder()
                        .name(TEXT.generate(in))
                        .functions(some(in, 3, () -> TEXT.generate(in)))
                        .divisions(some(in, 3, () -> TEXT.generate(in)))
                        .subordinateUnits(anyInt(in))
                        .staffing(
                            Staffing.builder()
                                .authorized(count(in))
                                .actual(count(in))
                                .counts(
                                    some(
                                        in,
                                        3,
                                        () ->
                                            new StaffCount(
                                                any(in, StaffCategory.class),
                                                count(in),
                                                anyInt(in))))
                                .build())
                        .build())
                .fiscalYear(FISCAL_YEAR.generate(in))
                .projects(projects);
        b.lines(some(in, 30, () -> line(in, projects)));
        b.narrative(
            some(
                in,
                3,
                () ->
                    NarrativeFigure.builder()
                        .label(TEXT.generate(in))
                        .measure(any(in, Measure.class))
                        .fund(maybe(in, Generate.enumValues(FundSource.class)))
                        .function(maybe(in, ANY_FUNCTION))
                        .amount(AMOUNT.generate(in))
                        .share(maybe(in, PERCENT))
                        .yearOnYear(
                            maybe(in, i -> new YearOnYear(AMOUNT.generate(i), PERCENT.generate(i))))
                        .explanation(maybe(in, TEXT))
                        .build()));
        b.glossary(some(in, 2, () -> new GlossaryEntry(TEXT.generate(in), TEXT.generate(in))));
        b.otherMatters(maybe(in, TEXT));
        b.threePublicCosts(
            maybe(
                in,
                i ->
                    new ThreePublicCosts(
                        AMOUNT.generate(i),
                        AMOUNT.generate(i),
                        AMOUNT.generate(i),
                        AMOUNT.generate(i))));
        b.operatingCosts(
            maybe(in, i -> new OperatingCosts(AMOUNT.generate(i), anyInt(i), anyInt(i))));
        b.procurement(
            maybe(
                in,
                i ->
                    new GovernmentProcurement(
                        AMOUNT.generate(i),
                        AMOUNT.generate(i),
                        AMOUNT.generate(i),
                        AMOUNT.generate(i),
                        AMOUNT.generate(i),
                        AMOUNT.generate(i))));
        b.assets(maybe(in, BudgetGen::assets));
        b.performanceSummary(
            maybe(
                in,
                i ->
                    new PerformanceSummary(
                        anyInt(i), AMOUNT.generate(i), anyInt(i), AMOUNT.generate(i))));
        return b.build();
      };

  private static BudgetLine line(RandomnessSource in, List<Project> projects) {
    ExpenditureKind kind = any(in, ExpenditureKind.class);
    BudgetLine.Builder b =
        BudgetLine.builder()
            .function(FUNCTION.generate(in))
            .economic(maybe(in, ECONOMIC))
            .fund(Generate.pick(LEAVES).generate(in))
            .kind(kind)
            .amount(NON_NEGATIVE.generate(in));
    if (kind == ExpenditureKind.PROJECT
        && !projects.isEmpty()
        && Generate.booleans().generate(in)) {
      b.project(Generate.pick(projects).generate(in).name());
    }
    return b.build();
  }

  private static DisclosureTable table(RandomnessSource in, TableId id) {
    List<RowKey> keys = new ArrayList<>();
    if (Generate.booleans().generate(in)) {
      FunctionCode item = FUNCTION.generate(in);
      keys.addAll(
          List.of(
              new RowKey.Function(item.at(io.budgetkit.code.CodeLevel.CLASS)),
              new RowKey.Function(item.at(io.budgetkit.code.CodeLevel.SECTION)),
              new RowKey.Function(item),
              new RowKey.Project(item, TEXT.generate(in))));
    }
    keys.add(RowKey.total());
    keys.add(new RowKey.Label("合计 " + TEXT.generate(in) + "x"));
    maybe(in, ECONOMIC).ifPresent(e -> keys.add(new RowKey.Economic(e)));
    maybe(in, Generate.enumValues(FundSource.class)).ifPresent(f -> keys.add(new RowKey.Fund(f)));
    DisclosureTable.Builder b = DisclosureTable.builder(id).note(maybe(in, TEXT));
    for (RowKey key : keys) {
      com.google.common.collect.ImmutableMap.Builder<String, Amount> cells =
          com.google.common.collect.ImmutableMap.builder();
      for (Column c : id.columns()) {
        if (Generate.range(0, 2).generate(in) > 0) {
          cells.put(c.id(), AMOUNT.generate(in));
        }
      }
      b.addRow(new TableRow(key, TEXT.generate(in), cells.build()));
    }
    return b.build();
  }

  static final Gen<Disclosure> DISCLOSURE =
      in -> {
        Disclosure.Builder b = Disclosure.builder();
        for (TableId id : TableId.values()) {
          if (Generate.range(0, 3).generate(in) == 0) {
            b.addTable(table(in, id));
          }
        }
        return b.build();
      };

  static final Gen<BudgetDocument> DOCUMENT =
      in ->
          BudgetDocument.builder()
              .budget(BUDGET.generate(in))
              .layoutTables(maybe(in, DISCLOSURE).map(Layouts::inSeedLayout))
              .build();
}
