package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableMap;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.money.Percent;
import io.budgetkit.project.IndicatorCategory;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.ScoringRule;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@code read(write(d)).equals(d)} for every document {@code write} accepts, at the reader's limits
 * too; and {@code write} refuses, in the reader's words, what {@code read} would refuse.
 */
class WriteReadAgreementProperties {
  private static final String REFUSED = "cannot write what reading would refuse: ";

  private static String write(BudgetDocument d) throws IOException {
    StringWriter out = new StringWriter();
    BudgetJson.write(d, out);
    return out.toString();
  }

  private static BudgetDocument read(String json) throws IOException {
    return BudgetJson.read(new StringReader(json));
  }

  private static BudgetDocument withBudget(BudgetDocument d, UnaryOperator<UnitBudget.Builder> f) {
    return BudgetDocument.builder()
        .from(d)
        .budget(f.apply(UnitBudget.builder().from(d.budget())).build())
        .build();
  }

  private static BudgetDocument named(BudgetDocument d, String name) {
    return withBudget(
        d, b -> b.profile(UnitProfile.builder().from(d.budget().profile()).name(name).build()));
  }

  private static BudgetDocument withIndicator(
      BudgetDocument d, BigDecimal weight, BigDecimal targetValue) {
    Project p =
        Project.builder()
            .name("极端的项目")
            .policyBasis("依据")
            .scale(Amount.ofFen(Long.MAX_VALUE))
            .undertaker("单位")
            .executionPeriod("全年")
            .performance(
                PerformanceTarget.builder()
                    .projectName("极端的项目")
                    .owner("某")
                    .totalFunds(Amount.ofFen(Long.MIN_VALUE))
                    .fiscalFunds(Amount.ofFen(Long.MAX_VALUE))
                    .otherFunds(Amount.zero())
                    .overallGoal("目标")
                    .addIndicators(
                        PerformanceIndicator.builder()
                            .category(IndicatorCategory.QUANTITY)
                            .name("指标")
                            .target(
                                new IndicatorTarget.Quantity(Optional.empty(), targetValue, "个"))
                            .basis("计划标准")
                            .weight(weight)
                            .scoring(ScoringRule.PROPORTIONAL)
                            .build())
                    .build())
            .build();
    return withBudget(d, b -> b.addProjects(p));
  }

  private static BudgetDocument withShare(BudgetDocument d, Percent share) {
    return withBudget(
        d,
        b ->
            b.addNarrative(
                NarrativeFigure.builder()
                    .label("占比")
                    .measure(Measure.values()[0])
                    .amount(Amount.ofFen(Long.MAX_VALUE))
                    .share(share)
                    .build()));
  }

  private static BudgetDocument withLabelRow(BudgetDocument d, String label) {
    Disclosure published =
        Disclosure.builder()
            .addTable(
                DisclosureTable.builder(TableId.T1)
                    .addRow(new TableRow(new RowKey.Label(label), "名称", ImmutableMap.of()))
                    .build())
            .build();
    return BudgetDocument.builder().from(d).layoutTables(Layouts.inSeedLayout(published)).build();
  }

  /** One value at the reader's limit, planted in a generated document. */
  private static final Gen<UnaryOperator<BudgetDocument>> AT_THE_LIMIT =
      Generate.pick(
          List.<UnaryOperator<BudgetDocument>>of(
              d -> named(d, "名".repeat(BudgetJson.MAX_STRING_LENGTH)),
              d -> named(d, "a".repeat(BudgetJson.MAX_STRING_LENGTH)),
              d -> withIndicator(d, BudgetGen.DECIMALS_AT_THE_LIMIT.get(0), BigDecimal.ZERO),
              d -> withIndicator(d, BigDecimal.ONE, BudgetGen.DECIMALS_AT_THE_LIMIT.get(2)),
              d -> withIndicator(d, BudgetGen.DECIMALS_AT_THE_LIMIT.get(1), BigDecimal.TEN),
              d -> withShare(d, BudgetGen.PERCENTS_AT_THE_LIMIT.get(0)),
              d -> withShare(d, BudgetGen.PERCENTS_AT_THE_LIMIT.get(1)),
              d -> withLabelRow(d, "x"),
              d -> withLabelRow(d, "合\n计")));

  /** One value beyond the reader's limit, planted in a generated document. */
  private static final Gen<UnaryOperator<BudgetDocument>> BEYOND_THE_LIMIT =
      Generate.pick(
          List.<UnaryOperator<BudgetDocument>>of(
              d -> named(d, "名".repeat(BudgetJson.MAX_STRING_LENGTH + 1)),
              d -> withIndicator(d, new BigDecimal("1E+50"), BigDecimal.ONE),
              d -> withIndicator(d, new BigDecimal("1E+3"), BigDecimal.ONE),
              d -> withIndicator(d, BigDecimal.ONE, new BigDecimal("1E-45")),
              d -> withIndicator(d, new BigDecimal("9".repeat(41)), BigDecimal.ONE),
              d -> withIndicator(d, BigDecimal.ONE, new BigDecimal("-0." + "0".repeat(37) + "1")),
              d ->
                  withShare(
                      d,
                      BudgetGen.PERCENTS_AT_THE_LIMIT
                          .get(1)
                          .plus(BudgetGen.PERCENTS_AT_THE_LIMIT.get(1))),
              d -> withLabelRow(d, "")));

  @Test
  void everyDocumentWithAValueAtTheReadersLimitsReadsBackEqual() {
    qt().withExamples(40)
        .forAll(BudgetGen.DOCUMENT, AT_THE_LIMIT)
        .checkAssert(
            (d, plant) -> {
              BudgetDocument extreme = plant.apply(d);
              try {
                assertEquals(extreme, read(write(extreme)));
              } catch (IOException e) {
                throw new AssertionError(e.getMessage(), e);
              }
            });
  }

  @Test
  void writeRefusesEveryValueBeyondTheReadersLimitsInTheReadersWords() {
    qt().withExamples(40)
        .forAll(BudgetGen.DOCUMENT, BEYOND_THE_LIMIT)
        .checkAssert(
            (d, plant) -> {
              BudgetDocument beyond = plant.apply(d);
              BudgetJsonException e = assertThrows(BudgetJsonException.class, () -> write(beyond));
              assertTrue(e.getMessage().contains(REFUSED), e.getMessage());
              assertTrue(e.getMessage().length() < 400, e.getMessage());
            });
  }

  @Test
  void aPercentageOf39CharactersIsReadOnlyIfItCanBeWrittenBack() throws IOException {
    BudgetDocument seed = SeedSample.document();
    // 37 digits: read used to accept it and write it as 42 characters, which read refused
    String json = write(withShare(seed, Percent.of(BigDecimal.ONE)));
    assertTrue(json.contains("\"share\": \"1.00%\""), json);
    String tooMany = json.replace("\"1.00%\"", "\"-" + "9".repeat(37) + "%\"");
    BudgetJsonException e = assertThrows(BudgetJsonException.class, () -> read(tooMany));
    assertTrue(e.getMessage().contains("is out of range"), e.getMessage());
    // 34 digits and no decimals: read, written as 39 characters, read back equal
    String most = json.replace("\"1.00%\"", "\"-" + "9".repeat(34) + "%\"");
    BudgetDocument d = read(most);
    assertEquals(d, read(write(d)));
  }

  @Test
  void theIssuesFourDocumentsAreRefusedByWriteNamingThePath() {
    BudgetDocument seed = SeedSample.document();
    assertRefused(withIndicator(seed, new BigDecimal("1E+50"), BigDecimal.ONE), ".weight");
    assertRefused(withIndicator(seed, BigDecimal.ONE, new BigDecimal("1E-45")), ".value");
    assertRefused(named(seed, "x".repeat(1_000_001)), "$.budget.profile.name");
    assertRefused(withLabelRow(seed, ""), "malformed row key \"label:\"");
  }

  private static void assertRefused(BudgetDocument d, String where) {
    BudgetJsonException e =
        assertThrows(BudgetJsonException.class, () -> write(d), "refused at " + where);
    assertTrue(e.getMessage().contains(REFUSED), e.getMessage());
    assertTrue(e.getMessage().contains(where), e.getMessage());
  }
}
