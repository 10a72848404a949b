package io.budgetkit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorTargetTest {

  @Test
  void quantityKeepsRelationNumberAndUnitAsPrinted() {
    IndicatorTarget.Quantity q = (IndicatorTarget.Quantity) IndicatorTarget.parse(">=95%");
    assertEquals(Optional.of(Relation.AT_LEAST), q.relation());
    assertEquals(new BigDecimal("95"), q.value());
    assertEquals("%", q.unit());
    assertEquals(">=95%", q.printed());
  }

  @Test
  void quantityWithThousandsSeparatorsReadsTheWholeNumber() {
    IndicatorTarget.Quantity q = (IndicatorTarget.Quantity) IndicatorTarget.parse("=1,340.04 万元");
    assertEquals(Optional.of(Relation.EQUAL), q.relation());
    assertEquals(new BigDecimal("1340.04"), q.value());
    assertEquals("万元", q.unit());
    assertEquals("=1340.04 万元", q.printed());
  }

  @Test
  void everyRelationSymbolIsRead() {
    assertEquals(
        Optional.of(Relation.AT_MOST),
        ((IndicatorTarget.Quantity) IndicatorTarget.parse("≤5%")).relation());
    assertEquals(
        Optional.of(Relation.AT_LEAST),
        ((IndicatorTarget.Quantity) IndicatorTarget.parse("≥90%")).relation());
    assertEquals(
        Optional.of(Relation.MORE_THAN),
        ((IndicatorTarget.Quantity) IndicatorTarget.parse(">2 辆")).relation());
    assertEquals(
        Optional.of(Relation.LESS_THAN),
        ((IndicatorTarget.Quantity) IndicatorTarget.parse("<3 次")).relation());
    assertEquals(
        Optional.empty(), ((IndicatorTarget.Quantity) IndicatorTarget.parse("42 人")).relation());
    assertEquals("42 人", IndicatorTarget.parse("42 人").printed());
  }

  @Test
  void monthIsReadBeforeQuantityAndPrintedWithSpaces() {
    IndicatorTarget t = IndicatorTarget.parse("=2023年12月");
    assertEquals(new IndicatorTarget.Month(Optional.of(Relation.EQUAL), 2023, 12), t);
    assertEquals("=2023 年 12 月", t.printed());
    assertEquals("2023 年 1 月", IndicatorTarget.parse("2023 年 1 月").printed());
  }

  @Test
  void monthOutsideOneToTwelveIsRejectedQuotingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IndicatorTarget.parse("2023 年 13 月"));
    assertTrue(e.getMessage().contains("13"), e.getMessage());
  }

  @Test
  void anythingElseIsQualitativeTextAndReferencesAreBuiltExplicitly() {
    assertEquals(new IndicatorTarget.Text("有效保障"), IndicatorTarget.parse(" 有效保障 "));
    IndicatorTarget r = IndicatorTarget.reference("上年全国融资担保行业平均代偿率");
    assertTrue(r instanceof IndicatorTarget.Reference);
    assertEquals("上年全国融资担保行业平均代偿率", r.printed());
  }
}
