package io.budgetkit.model;

import static io.budgetkit.testkit.BudgetGenerators.lineLists;
import static io.budgetkit.testkit.BudgetGenerators.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.money.Amount;
import io.budgetkit.testkit.BudgetGenerators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RollUpProperties {
  private static final List<Hierarchy<?>> HIERARCHIES =
      List.of(Hierarchy.FUNCTION, Hierarchy.ECONOMIC, Hierarchy.FUND);

  private static Gen<Hierarchy<?>> hierarchies() {
    return Generate.pick(HIERARCHIES);
  }

  /** Non-empty sets of dimensions, in a random order. */
  private static Gen<List<Dimension>> dimensionLists() {
    return lists()
        .of(Generate.enumValues(Dimension.class))
        .ofSizeBetween(1, 4)
        .map(ds -> List.copyOf(new java.util.LinkedHashSet<>(ds)));
  }

  @Test
  void rootsAndUnclassifiedAddUpToTheTotal() {
    qt().forAll(lineLists(), hierarchies())
        .checkAssert(
            (lines, h) -> {
              LineSet set = LineSet.of(lines);
              RollUp<?> r = set.rollUp(h);
              Amount roots = Amount.total(r.roots().stream().map(k -> get(r, k)).toList());
              assertEquals(set.total(), roots.plus(r.unclassified()));
              assertEquals(set.total(), r.total());
            });
  }

  @Test
  void everyFunctionLevelAddsUpToTheTotal() {
    qt().forAll(lineLists())
        .checkAssert(
            lines -> {
              UnitBudget budget = budgetOf(lines);
              for (CodeLevel level : CodeLevel.values()) {
                assertEquals(
                    budget.total(), Amount.total(budget.rollUp(level).values()), level.label());
                budget.rollUp(level).keySet().forEach(c -> assertEquals(level, c.level()));
              }
            });
  }

  @Test
  void aParentsTotalIsItsChildrensPlusLinesAtTheParentItself() {
    qt().forAll(lineLists(), hierarchies()).checkAssert((lines, h) -> checkParents(lines, h));
  }

  private static <K> void checkParents(List<BudgetLine> lines, Hierarchy<K> h) {
    RollUp<K> r = RollUp.of(lines, h);
    for (K node : r.totals().keySet()) {
      Amount direct =
          Amount.total(
              lines.stream()
                  .filter(l -> node.equals(h.nodeOf(l)))
                  .map(BudgetLine::amount)
                  .toList());
      Amount children = Amount.total(r.children(node).stream().map(r::get).toList());
      assertEquals(r.get(node), children.plus(direct), h + " node " + node);
    }
  }

  @Test
  void functionAndFundParentsAreExactlyTheSumOfTheirChildren() {
    // lines sit at function 项 and at fund leaves only, so no parent holds lines of its own
    qt().forAll(lineLists())
        .checkAssert(
            lines -> {
              for (Hierarchy<?> h : List.of(Hierarchy.FUNCTION, Hierarchy.FUND)) {
                RollUp<?> r = LineSet.of(lines).rollUp(h);
                sumOfChildren(r);
              }
            });
  }

  private static <K> void sumOfChildren(RollUp<K> r) {
    for (K node : r.totals().keySet()) {
      List<K> children = r.children(node);
      if (!children.isEmpty()) {
        assertEquals(r.get(node), Amount.total(children.stream().map(r::get).toList()));
      }
    }
  }

  @Test
  void rollUpDoesNotDependOnLineOrder() {
    qt().forAll(lineLists(), hierarchies(), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(
            (lines, h, seed) -> {
              List<BudgetLine> shuffled = new ArrayList<>(lines);
              Collections.shuffle(shuffled, new Random(seed));
              assertEquals(RollUp.of(lines, h), RollUp.of(shuffled, h));
              assertEquals(
                  List.copyOf(RollUp.of(lines, h).totals().keySet()),
                  List.copyOf(RollUp.of(shuffled, h).totals().keySet()));
              assertEquals(
                  LineSet.of(lines).groupBy(Dimension.values()),
                  LineSet.of(shuffled).groupBy(Dimension.values()));
            });
  }

  @Test
  void rollUpListsNodesInDocumentOrder() {
    qt().forAll(lineLists())
        .checkAssert(
            lines -> {
              List<FunctionCode> keys =
                  List.copyOf(RollUp.of(lines, Hierarchy.FUNCTION).totals().keySet());
              List<FunctionCode> sorted = new ArrayList<>(keys);
              sorted.sort(null);
              assertEquals(sorted, keys);
            });
  }

  @Test
  void groupingByAnyDimensionsAddsUpToTheTotal() {
    qt().forAll(lineLists(), dimensionLists())
        .checkAssert(
            (lines, dims) -> {
              LineSet set = LineSet.of(lines);
              Map<GroupKey, Amount> groups = set.groupBy(dims.toArray(Dimension[]::new));
              assertEquals(set.total(), Amount.total(groups.values()));
              groups.keySet().forEach(k -> assertEquals(dims, k.dimensions()));
            });
  }

  @Test
  void groupingByMoreDimensionsThenSummingThemAwayEqualsGroupingByFewer() {
    qt().forAll(lineLists(), dimensionLists(), dimensionLists())
        .checkAssert(
            (lines, a, b) -> {
              LineSet set = LineSet.of(lines);
              List<Dimension> ab = new ArrayList<>(a);
              b.stream().filter(d -> !ab.contains(d)).forEach(ab::add);
              Map<List<Optional<Object>>, Amount> summed =
                  new TreeMap<>(RollUpProperties::compareKeys);
              set.groupBy(ab.toArray(Dimension[]::new))
                  .forEach(
                      (k, v) -> summed.merge(a.stream().map(k::get).toList(), v, Amount::plus));
              Map<List<Optional<Object>>, Amount> direct =
                  new TreeMap<>(RollUpProperties::compareKeys);
              set.groupBy(a.toArray(Dimension[]::new))
                  .forEach((k, v) -> direct.put(a.stream().map(k::get).toList(), v));
              assertEquals(direct, summed);
            });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(List<Optional<Object>> x, List<Optional<Object>> y) {
    for (int i = 0; i < x.size(); i++) {
      Optional<Object> a = x.get(i);
      Optional<Object> b = y.get(i);
      if (a.isEmpty() || b.isEmpty()) {
        int c = Boolean.compare(a.isPresent(), b.isPresent());
        if (c != 0) {
          return c;
        }
        continue;
      }
      int c = ((Comparable) a.get()).compareTo(b.get());
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Test
  void mergedRollUpsEqualTheRollUpOfTheUnionInEitherOrder() {
    qt().forAll(lineLists(), lineLists(), hierarchies())
        .checkAssert((x, y, h) -> checkMerge(x, y, h));
  }

  private static <K> void checkMerge(List<BudgetLine> x, List<BudgetLine> y, Hierarchy<K> h) {
    List<BudgetLine> union = new ArrayList<>(x);
    union.addAll(y);
    RollUp<K> rx = RollUp.of(x, h);
    RollUp<K> ry = RollUp.of(y, h);
    assertEquals(RollUp.of(union, h), rx.plus(ry));
    assertEquals(rx.plus(ry), ry.plus(rx));
    assertEquals(rx, rx.plus(RollUp.of(List.of(), h)));
  }

  @Test
  void filtersPartitionTheTotal() {
    qt().forAll(lineLists(), Generate.enumValues(FundSource.class))
        .checkAssert(
            (lines, group) -> {
              LineSet set = LineSet.of(lines);
              assertEquals(set.total(), set.basic().total().plus(set.projects().total()));
              assertEquals(
                  set.fundedBy(group).total(), RollUp.of(lines, Hierarchy.FUND).get(group));
              assertEquals(
                  set.total(),
                  Amount.total(
                      Arrays.stream(FundSource.values())
                          .filter(s -> s.parent().isEmpty())
                          .map(s -> set.fundedBy(s).total())
                          .toList()));
            });
  }

  @Test
  void linesWithArbitraryFenAmountsRollUpExactly() {
    qt().forAll(lists().of(lines(BudgetGenerators.amounts())).ofSizeBetween(0, 30))
        .checkAssert(
            lines ->
                assertEquals(
                    LineSet.of(lines).total(), RollUp.of(lines, Hierarchy.FUNCTION).total()));
  }

  private static <K> Amount get(RollUp<K> r, Object node) {
    @SuppressWarnings("unchecked")
    K k = (K) node;
    return r.get(k);
  }

  private static UnitBudget budgetOf(List<BudgetLine> lines) {
    return UnitBudget.builder()
        .profile(BudgetGenerators.seedProfile())
        .fiscalYear(2023)
        .addAllLines(lines)
        .build();
  }
}
