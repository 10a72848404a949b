package io.budgetkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.code.Catalog;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.testkit.BudgetGenerators;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.RuleProfile;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validators;
import java.io.StringReader;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Well-formed but hostile documents and API calls (issue 13): each test names the defect it pins,
 * and each failed before the fix.
 */
class HostileInputTest {
  private static final long HALF = Long.MAX_VALUE / 2 + 1;

  private static UnitBudget.Builder base() {
    return UnitBudget.builder().profile(BudgetGenerators.seedProfile()).fiscalYear(2023);
  }

  private static UnitBudget.Builder withBasicLines(UnitBudget.Builder b, long... fen) {
    for (long f : fen) {
      b.line(
          l ->
              l.function("208 01 01")
                  .economic("301 01")
                  .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                  .basicPersonnel()
                  .amount(Amount.ofFen(f)));
    }
    return b;
  }

  private static List<Finding> findings(BudgetDocument d, String ruleId) {
    ValidationReport r = Validators.document().validate(d);
    return r.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .collect(Collectors.toList());
  }

  @Nested
  class SilentOverflow {
    @Test
    void projectLinesThatWrapALongAreAFindingNamingTheFigures() {
      UnitBudget.Builder b = base();
      b.project(
          p ->
              p.name("大项目").policyBasis("依据").scale("1.00").undertaker("单位").executionPeriod("全年"));
      for (int i = 0; i < 3; i++) {
        b.line(
            l ->
                l.function("208 01 01")
                    .economic("302 01")
                    .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                    .forProject("大项目")
                    .amount(Amount.ofFen(HALF)));
      }
      List<Finding> found = findings(BudgetDocument.of(b.build()), "project.lines");
      assertEquals(1, found.size(), found.toString());
      assertTrue(found.get(0).message().contains("beyond the range"), found.toString());
      assertEquals(
          Optional.of("4,611,686,018,427.39 + 4,611,686,018,427.39 (out of range)"),
          found.get(0).actual());
    }

    @Test
    void twoLinesOfNineTrillionWanYuanAreAFindingOfLineTotal() {
      Amount nine = Amount.ofWanYuan("9,000,000,000,000.00");
      UnitBudget budget = withBasicLines(base(), nine.fen(), nine.fen()).build();
      List<Finding> found = findings(BudgetDocument.of(budget), "line.total");
      assertEquals(1, found.size(), found.toString());
      assertEquals("line 1 (208 01 01)", found.get(0).location().toString());
      assertEquals(
          Optional.of("9,000,000,000,000.00 + 9,000,000,000,000.00"), found.get(0).actual());
    }

    @Test
    void staffCountsOfTwiceIntMaxDoNotWrapToTheActualFigure() {
      // 2147483647 + 2147483647 wraps an int to -2; an actual of -2 is now refused, so the
      // wrapped sum is checked against a printed 实有人数 of 2147483647 instead
      Staffing s =
          Staffing.builder()
              .authorized(1)
              .actual(Integer.MAX_VALUE)
              .count(StaffCategory.IN_SERVICE, Integer.MAX_VALUE, 0)
              .count(StaffCategory.RETIRED, Integer.MAX_VALUE, 0)
              .count(StaffCategory.VETERAN_RETIRED, 2, 0)
              .build();
      UnitBudget budget =
          base()
              .profile(
                  UnitProfile.builder().from(BudgetGenerators.seedProfile()).staffing(s).build())
              .build();
      List<Finding> found = findings(BudgetDocument.of(budget), "staffing.counts");
      assertEquals(1, found.size(), found.toString());
      assertEquals(Optional.of("4294967296"), found.get(0).expected());
    }

    @Test
    void amountArithmeticNamesBothFiguresWhenItOverflows() {
      ArithmeticException e =
          assertThrows(
              ArithmeticException.class, () -> Amount.ofFen(Long.MAX_VALUE).plus(Amount.ofFen(1)));
      assertTrue(e.getMessage().startsWith("9,223,372,036,854.78 万元 plus 0.00 万元"), e.getMessage());
    }
  }

  @Nested
  class BoundedResources {
    @Test
    void anAmountOfTenToThe400MillionIsRefusedAtOnceWithAShortMessage() {
      ArithmeticException e =
          assertThrows(
              ArithmeticException.class,
              () -> Amount.of(new BigDecimal("1E+400000000"), MoneyUnit.YUAN));
      assertTrue(e.getMessage().length() < 200, e.getMessage());
      assertTrue(e.getMessage().contains("1E+400000000"), e.getMessage());
    }

    @Test
    void aPercentOfTenToThe400MillionIsRefusedAtOnceWithAShortMessage() {
      IllegalArgumentException big =
          assertThrows(
              IllegalArgumentException.class, () -> Percent.of(new BigDecimal("1E+400000000")));
      assertTrue(big.getMessage().length() < 200, big.getMessage());
      IllegalArgumentException small =
          assertThrows(
              IllegalArgumentException.class, () -> Percent.of(new BigDecimal("1E-400000000")));
      assertTrue(small.getMessage().length() < 200, small.getMessage());
    }

    @Test
    void aMalformedCodeOfFiveMillionCharactersIsQuotedByItsFirstFifty() {
      String huge = "9".repeat(5_000_000);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> FunctionCode.parse(huge));
      assertTrue(e.getMessage().length() < 400, e.getMessage().length() + " characters");
      assertTrue(e.getMessage().contains("(5000000 characters)"), e.getMessage());
    }

    @Test
    void aCodeNoLongerInUseIsCollected() throws InterruptedException {
      WeakReference<FunctionCode> ref = new WeakReference<>(FunctionCode.parse("299 98 97"));
      for (int i = 0; i < 50 && ref.get() != null; i++) {
        System.gc();
        Thread.sleep(10);
      }
      assertNull(ref.get(), "the intern table still holds 299 98 97");
    }

    @Test
    void equalCodesInUseAreStillOneInstance() {
      assertTrue(FunctionCode.parse("208 01 01") == FunctionCode.parse("2080101"));
    }
  }

  @Nested
  class CatalogCsv {
    @Test
    void quotedNamesLoseTheirQuotesAndDoubledQuotesAreOneQuote() {
      Catalog c =
          Catalog.ofFunctionCsv(
              new StringReader("code,name\n2080101,\"行政运行, \"\"一般\"\"\"\n2080102,一般行政管理事务\n"));
      assertEquals(Optional.of("行政运行, \"一般\""), c.name(FunctionCode.parse("2080101")));
      assertEquals(Optional.of("一般行政管理事务"), c.name(FunctionCode.parse("2080102")));
    }

    @Test
    void anErrorAfterAMultiLineFieldBlamesItsOwnLine() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Catalog.ofFunctionCsv(
                      new StringReader("2080101,\"行政\n运行\"\n2080102\n2080103,事业运行\n")));
      assertEquals(
          "function CSV line 3: expected 'code,name' but found 1 field '2080102'", e.getMessage());
    }

    @Test
    void twoSpellingsOfOneCodeAreRefusedNamingBothLines() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Catalog.ofFunctionCsv(new StringReader("2080101,行政运行\n208 01 01,行政运转\n")));
      assertEquals(
          "function CSV line 2: code 208 01 01 is named again ('行政运转'); line 1 named it '行政运行'",
          e.getMessage());
    }

    @Test
    void aFiveMillionCharacterLineIsQuotedByItsFirstFifty() {
      String line = "x".repeat(5_000_000);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Catalog.ofFunctionCsv(new StringReader(line + "\n")));
      assertTrue(e.getMessage().length() < 400, e.getMessage().length() + " characters");
    }
  }

  @Nested
  class SmallerOnes {
    @Test
    void aProfileNamingAnUnknownRuleIsRefused() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Validators.document()
                      .validate(
                          BudgetDocument.of(base().build()), RuleProfile.DEFAULT.without("nope")));
      assertTrue(e.getMessage().contains("[nope]"), e.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              Validators.document()
                  .validate(
                      BudgetDocument.of(base().build()),
                      RuleProfile.DEFAULT.withSeverity(
                          "narrative.shares", io.budgetkit.validation.Severity.INFO)));
    }

    @Test
    void negativeStaffingAndAbsurdFiscalYearsAreRefusedWhenBuilt() {
      assertThrows(
          IllegalArgumentException.class,
          () -> Staffing.builder().authorized(-1).actual(0).build());
      assertThrows(
          IllegalArgumentException.class,
          () -> Staffing.builder().authorized(0).actual(-1).build());
      for (int year : new int[] {0, -1, Integer.MAX_VALUE, 1948, 2101}) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> base().fiscalYear(year).build());
        assertEquals(
            "Fiscal year " + year + " is out of range: expected 1949 to 2100", e.getMessage());
      }
      assertEquals(1949, base().fiscalYear(1949).build().fiscalYear());
      assertEquals(2100, base().fiscalYear(2100).build().fiscalYear());
    }

    @Test
    void aRowBeforeAnyClassRowSaysSoInsteadOfNamingClassNull() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  DisclosureTable.builder(TableId.T3)
                      .row(RowKey.parse("f:208 01"), "款")
                      .row(RowKey.parse("f:208"), "类")
                      .build());
      assertTrue(e.getMessage().contains("comes before any 类 row"), e.getMessage());
      assertTrue(!e.getMessage().contains("null"), e.getMessage());
    }

    @Test
    void amountArithmeticWithNullNamesTheArgument() {
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> Amount.zero().plus(null));
      assertEquals("other", e.getMessage());
    }
  }
}
