package io.budgetkit.code;

import static io.budgetkit.testkit.BudgetGenerators.economicCodes;
import static io.budgetkit.testkit.BudgetGenerators.functionCodes;
import static io.budgetkit.testkit.BudgetGenerators.invalidCodeTexts;
import static io.budgetkit.testkit.BudgetGenerators.invalidEconomicCodeTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeProperties {

  @Test
  void functionCodeParsesBackFromItsCanonicalAndItsDigitForm() {
    qt().forAll(functionCodes())
        .check(
            c ->
                FunctionCode.parse(c.toString()).equals(c)
                    && FunctionCode.parse(c.digits()).equals(c)
                    && FunctionCode.parse(" " + c + " ").equals(c)
                    && c.toString().replace(" ", "").equals(c.digits())
                    && c.digits().length() == c.level().digits());
  }

  @Test
  void economicCodeParsesBackFromItsCanonicalAndItsDigitForm() {
    qt().forAll(economicCodes())
        .check(
            c ->
                EconomicCode.parse(c.toString()).equals(c)
                    && EconomicCode.parse(c.digits()).equals(c)
                    && c.level() != CodeLevel.ITEM);
  }

  @Test
  void parentIsOneLevelUpAndEnclosesTheCode() {
    qt().forAll(functionCodes())
        .checkAssert(
            c -> {
              if (c.level() == CodeLevel.CLASS) {
                assertTrue(c.parent().isEmpty());
                assertTrue(c.ancestors().isEmpty());
                return;
              }
              FunctionCode p = c.parent().orElseThrow();
              assertEquals(c.level().ordinal() - 1, p.level().ordinal());
              assertTrue(p.isAncestorOf(c));
              assertTrue(c.digits().startsWith(p.digits()));
              assertEquals(p, c.at(p.level()));
            });
  }

  @Test
  void ancestorsAreTheCodeAtEachHigherLevelFromTheClassDown() {
    qt().forAll(functionCodes())
        .checkAssert(
            c -> {
              List<FunctionCode> expected = new ArrayList<>();
              for (CodeLevel l : CodeLevel.values()) {
                if (l.compareTo(c.level()) < 0) {
                  expected.add(c.at(l));
                }
              }
              assertEquals(expected, c.ancestors());
              c.ancestors().forEach(a -> assertTrue(a.isAncestorOf(c), a + " encloses " + c));
              assertEquals(c, c.at(c.level()));
              assertTrue(!c.isAncestorOf(c));
            });
  }

  @Test
  void economicParentEnclosesTheCode() {
    qt().forAll(economicCodes())
        .check(
            c ->
                c.level() == CodeLevel.CLASS
                    ? c.parent().isEmpty() && c.ancestors().isEmpty()
                    : c.parent().get().isAncestorOf(c)
                        && c.ancestors().equals(List.of(c.parent().get()))
                        && c.at(CodeLevel.CLASS).equals(c.parent().get()));
  }

  @Test
  void ancestorRelationAgreesWithDigitPrefixes() {
    qt().forAll(functionCodes(), functionCodes())
        .check(
            (a, b) ->
                a.isAncestorOf(b)
                    == (a.digits().length() < b.digits().length()
                        && b.digits().startsWith(a.digits())));
  }

  @Test
  void orderIsTheDocumentsRowOrder() {
    // the document lists each 类, then its 款 each followed by its 项: compare the groups one by one
    qt().forAll(functionCodes(), functionCodes())
        .checkAssert(
            (a, b) -> {
              assertEquals(
                  Integer.signum(documentOrder(a.toString(), b.toString())),
                  Integer.signum(a.compareTo(b)),
                  a + " vs " + b);
              assertEquals(a.equals(b), a.compareTo(b) == 0);
              if (a.isAncestorOf(b)) {
                assertTrue(a.compareTo(b) < 0, a + " precedes its descendant " + b);
              }
            });
    qt().forAll(economicCodes(), economicCodes())
        .check(
            (a, b) ->
                Integer.signum(documentOrder(a.toString(), b.toString()))
                    == Integer.signum(a.compareTo(b)));
  }

  /** The row order written out: group by group, a code before the codes under it. */
  private static int documentOrder(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  @Test
  void malformedFunctionCodesAreRejectedQuotingTheInput() {
    qt().forAll(invalidCodeTexts())
        .checkAssert(
            invalid -> {
              IllegalArgumentException e =
                  assertThrows(
                      IllegalArgumentException.class,
                      () -> FunctionCode.parse(invalid.text()),
                      invalid.toString());
              assertTrue(e.getMessage().contains("'" + invalid.text() + "'"), e.getMessage());
            });
  }

  @Test
  void malformedEconomicCodesAreRejectedQuotingTheInput() {
    qt().forAll(invalidEconomicCodeTexts())
        .checkAssert(
            invalid -> {
              IllegalArgumentException e =
                  assertThrows(
                      IllegalArgumentException.class,
                      () -> EconomicCode.parse(invalid.text()),
                      invalid.toString());
              assertTrue(e.getMessage().contains("'" + invalid.text() + "'"), e.getMessage());
            });
  }
}
