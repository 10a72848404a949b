package io.budgetkit.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private final Catalog standard = Catalog.standard();

  @Test
  void standardNamesTheSeedsCodes() {
    assertEquals(Optional.of("社会保障和就业支出"), standard.name(FunctionCode.parse("208")));
    assertEquals(Optional.of("人力资源和社会保障管理事务"), standard.name(FunctionCode.parse("208 01")));
    assertEquals(Optional.of("行政运行"), standard.name(FunctionCode.parse("2080101")));
    assertEquals(Optional.of("住房公积金"), standard.name(FunctionCode.parse("221 02 01")));
    assertEquals(Optional.of("公务用车运行维护费"), standard.name(EconomicCode.parse("302 31")));
    assertEquals(Optional.of("对个人和家庭的补助"), standard.name(EconomicCode.parse("303")));
  }

  @Test
  void standardHasEveryFunctionClassOfTable1() {
    long classes =
        standard.functionNames().keySet().stream()
            .filter(c -> c.level() == CodeLevel.CLASS)
            .count();
    assertTrue(classes >= 30, "类 201–234 as printed in 表1: " + classes);
    assertEquals(Optional.of("一般公共服务支出"), standard.name(FunctionCode.parse("201")));
    assertEquals(Optional.empty(), standard.name(FunctionCode.parse("299 99 99")));
  }

  @Test
  void namesAreListedInDocumentOrder() {
    assertEquals(FunctionCode.parse("201"), standard.functionNames().firstKey());
    assertEquals(EconomicCode.parse("301"), standard.economicNames().firstKey());
  }

  @Test
  void csvAcceptsAHeaderAnyWrittenFormAndABom() {
    Catalog c =
        Catalog.ofFunctionCsv(
            new StringReader("\uFEFFcode,name\n2080101,行政运行\n\n208 05 05, 机关事业单位基本养老保险缴费支出\n"));
    assertEquals(Optional.of("行政运行"), c.name(FunctionCode.parse("208 01 01")));
    assertEquals(Optional.of("机关事业单位基本养老保险缴费支出"), c.name(FunctionCode.parse("2080505")));
    assertEquals(2, c.functionNames().size());
  }

  @Test
  void csvLineWithoutANameIsRejectedNamingTheLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Catalog.ofEconomicCsv(new StringReader("code,name\n301,工资福利支出\n302\n")));
    assertEquals(
        "economic CSV line 3: expected 'code,name' but found 1 field '302'", e.getMessage());
  }

  @Test
  void csvLineWithAMalformedCodeIsRejectedNamingTheLineAndTheCode() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Catalog.ofFunctionCsv(new StringReader("208 0101,行政运行\n")));
    assertTrue(
        e.getMessage().startsWith("function CSV line 1: Malformed function code '208 0101'"));
  }

  @Test
  void mergedCatalogOverridesNamesOfTheSameCode() {
    Catalog local = Catalog.empty().with(FunctionCode.parse("208 01 01"), "行政运行（本级）");
    Catalog merged = standard.mergedWith(local);
    assertEquals(Optional.of("行政运行（本级）"), merged.name(FunctionCode.parse("208 01 01")));
    assertEquals(Optional.of("社会保障和就业支出"), merged.name(FunctionCode.parse("208")));
    assertEquals(Optional.of("行政运行"), standard.name(FunctionCode.parse("208 01 01")));
    assertEquals(
        Optional.of("其他支出"),
        Catalog.empty().with(EconomicCode.parse("399"), "其他支出").name(EconomicCode.parse("399")));
  }
}
