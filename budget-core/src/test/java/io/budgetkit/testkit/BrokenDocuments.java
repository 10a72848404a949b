package io.budgetkit.testkit;

import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.DisclosureLevel;
import io.budgetkit.document.SourceText;
import io.budgetkit.document.TextLine;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.OperatingCosts;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.model.YearOnYear;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import io.budgetkit.table.Column;
import io.budgetkit.table.Columns;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.Rows;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import io.budgetkit.validation.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of documents that break one identity of {@link
 * io.budgetkit.validation.Validators#document()} each, saying which rule must fire and where
 * ({@link BrokenDocument}, whose javadoc says what "exactly one" means).
 *
 * <p>Each starts from a consistent document of {@link BudgetGenerators#documents()} and changes one
 * thing: a published cell of a given table and row (the table identities), a narrative share,
 * growth or change, 机关运行经费, a narrative 三公 figure, the name a project's 表7 row prints, 预算绩效, 政府采购,
 * staffing, a subsidy standard or a cost indicator. The rules of {@link
 * io.budgetkit.validation.BudgetRules#all()} are covered by documents of the budgets of {@link
 * BrokenBudgets}. {@link #byRule()} maps each covered rule id to its generator; the rules it lacks
 * are listed in {@code docs/testing.md} with the reason.
 */
public final class BrokenDocuments {
  private static final Map<String, Supplier<Gen<BrokenDocument>>> BY_RULE = byRuleMap();

  private BrokenDocuments() {}

  /** Generators by the id of the rule their documents break. */
  public static ImmutableMap<String, Supplier<Gen<BrokenDocument>>> byRule() {
    return ImmutableMap.copyOf(BY_RULE);
  }

  /** Documents breaking rule {@code ruleId}. */
  public static Gen<BrokenDocument> breaking(String ruleId) {
    Supplier<Gen<BrokenDocument>> gen = BY_RULE.get(ruleId);
    if (gen == null) {
      throw new IllegalArgumentException(
          "No broken documents for rule '" + ruleId + "': known are " + BY_RULE.keySet());
    }
    return gen.get();
  }

  private static Map<String, Supplier<Gen<BrokenDocument>>> byRuleMap() {
    Map<String, Supplier<Gen<BrokenDocument>>> m = new LinkedHashMap<>();
    // within a table
    m.put(
        "t1.hierarchy", () -> cell("t1.hierarchy", TableId.T1, Columns.AMOUNT, total(TableId.T1)));
    m.put(
        "t1.income",
        () -> cell("t1.income", TableId.T1, Columns.AMOUNT, is(Rows.INCOME_THIS_YEAR)));
    m.put(
        "t1.balance", () -> cell("t1.balance", TableId.T1, Columns.AMOUNT, is(Rows.INCOME_TOTAL)));
    m.put("t2.hierarchy", () -> cell("t2.hierarchy", TableId.T2, Columns.FISCAL, is(Rows.TOTAL)));
    m.put("t2.row-columns", () -> cell("t2.row-columns", TableId.T2, Columns.UNIT_FUNDS, item()));
    m.put("t3.hierarchy", () -> cell("t3.hierarchy", TableId.T3, Columns.BASIC, is(Rows.TOTAL)));
    m.put("t3.row-columns", () -> cell("t3.row-columns", TableId.T3, Columns.BASIC, item()));
    m.put(
        "t4.hierarchy",
        () -> cell("t4.hierarchy", TableId.T4, Columns.GENERAL_PUBLIC, is(Rows.EXPENDITURE_TOTAL)));
    m.put(
        "t4.row-columns", () -> cell("t4.row-columns", TableId.T4, Columns.STATE_CAPITAL, klass()));
    m.put("t4.income", () -> cell("t4.income", TableId.T4, Columns.TOTAL, is(Rows.FISCAL_INCOME)));
    m.put("t4.balance", () -> cell("t4.balance", TableId.T4, Columns.TOTAL, is(Rows.INCOME_TOTAL)));
    m.put(
        "t5.hierarchy",
        () ->
            cell(
                "t5.hierarchy",
                TableId.T5,
                Columns.BASIC,
                is(Rows.TOTAL),
                FundSource.GENERAL_PUBLIC_LOCAL));
    m.put(
        "t5.row-columns",
        () ->
            cell(
                "t5.row-columns",
                TableId.T5,
                Columns.PROJECT,
                item(),
                FundSource.GENERAL_PUBLIC_LOCAL));
    m.put(
        "t6.hierarchy",
        () ->
            cell(
                "t6.hierarchy",
                TableId.T6,
                Columns.TOTAL,
                economicClass(),
                FundSource.GENERAL_PUBLIC_TRANSFER));
    m.put(
        "t6.row-columns",
        () ->
            cell(
                "t6.row-columns",
                TableId.T6,
                Columns.TOTAL,
                economicSection(),
                FundSource.GENERAL_PUBLIC_LOCAL));
    m.put(
        "t6.personnel-operating",
        () ->
            cell(
                "t6.personnel-operating",
                TableId.T6,
                Columns.PERSONNEL,
                is(Rows.TOTAL),
                FundSource.GENERAL_PUBLIC_LOCAL));
    m.put("t7.hierarchy", () -> cell("t7.hierarchy", TableId.T7, Columns.E302, klass()));
    m.put("t7.row-columns", () -> cell("t7.row-columns", TableId.T7, Columns.E399, projectRow()));
    m.put(
        "t8.hierarchy",
        () ->
            cell(
                "t8.hierarchy",
                TableId.T8,
                Columns.BASIC,
                is(Rows.TOTAL),
                FundSource.GOVERNMENT_FUND_LOCAL));
    m.put(
        "t8.row-columns",
        () ->
            cell(
                "t8.row-columns",
                TableId.T8,
                Columns.PROJECT,
                item(),
                FundSource.GOVERNMENT_FUND_LOCAL));
    m.put(
        "t9.hierarchy",
        () ->
            cell(
                "t9.hierarchy",
                TableId.T9,
                Columns.BASIC,
                is(Rows.TOTAL),
                FundSource.STATE_CAPITAL_LOCAL));
    m.put(
        "t9.row-columns",
        () ->
            cell(
                "t9.row-columns",
                TableId.T9,
                Columns.PROJECT,
                item(),
                FundSource.STATE_CAPITAL_LOCAL));
    m.put(
        "t10.row-columns",
        () -> cell("t10.row-columns", TableId.T10, Columns.STATE_CAPITAL, is(Rows.RECEPTION)));
    m.put(
        "t10.parts", () -> cell("t10.parts", TableId.T10, Columns.TOTAL, is(Rows.OVERSEAS_TRAVEL)));
    // across tables
    m.put(
        "t1-t2.class-totals",
        () -> cell("t1-t2.class-totals", TableId.T2, Columns.TOTAL, is(Rows.TOTAL)));
    m.put(
        "t1-t3.class-totals", () -> cell("t1-t3.class-totals", TableId.T3, Columns.TOTAL, klass()));
    m.put("t2-t3.row-totals", () -> cell("t2-t3.row-totals", TableId.T3, Columns.TOTAL, item()));
    m.put(
        "t1-t2.sources",
        () -> cell("t1-t2.sources", TableId.T2, Columns.SPECIAL_ACCOUNT, is(Rows.TOTAL)));
    m.put("t2-t4.fiscal", () -> cell("t2-t4.fiscal", TableId.T4, Columns.GOVERNMENT_FUND, klass()));
    m.put(
        "t4-t5.general-public",
        () ->
            cell(
                "t4-t5.general-public",
                TableId.T5,
                Columns.TOTAL,
                klass(),
                FundSource.GENERAL_PUBLIC_LOCAL));
    m.put("t5-t6.basic", () -> cell("t5-t6.basic", TableId.T6, Columns.TOTAL, is(Rows.TOTAL)));
    m.put("t5-t7.projects", () -> cell("t5-t7.projects", TableId.T7, Columns.TOTAL, projectRow()));
    m.put(
        "t8.totals",
        () ->
            cell(
                "t8.totals",
                TableId.T8,
                Columns.TOTAL,
                klass(),
                FundSource.GOVERNMENT_FUND_TRANSFER));
    m.put(
        "t9.totals",
        () ->
            cell(
                "t9.totals",
                TableId.T9,
                Columns.TOTAL,
                klass(),
                FundSource.STATE_CAPITAL_TRANSFER));
    // narrative
    // published tables against the lines
    m.put(
        "lines.published-tables",
        () -> cell("lines.published-tables", TableId.T3, Columns.TOTAL, item()));
    m.put("narrative.amount", BrokenDocuments::narrativeAmount);
    m.put("narrative.share", BrokenDocuments::narrativeShare);
    m.put("narrative.growth", BrokenDocuments::narrativeGrowth);
    m.put("narrative.prior-consistency", BrokenDocuments::priorConsistency);
    m.put("narrative.operating-costs", BrokenDocuments::operatingCosts);
    m.put("narrative.three-public-costs", BrokenDocuments::threePublicCosts);
    // facts
    m.put("projects.t7", BrokenDocuments::projectRowName);
    m.put("t10.vehicle-operation", BrokenDocuments::vehicleOperation);
    m.put("performance.summary", BrokenDocuments::performanceSummary);
    m.put("procurement.parts", BrokenDocuments::procurementParts);
    m.put("procurement.reserved", BrokenDocuments::procurementReserved);
    m.put("staffing.counts", BrokenDocuments::staffingCounts);
    m.put("subsidy.standard", BrokenDocuments::subsidyStandard);
    m.put("subsidy.period", BrokenDocuments::subsidyPeriod);
    m.put("performance.cost-indicators", BrokenDocuments::costIndicators);
    // the budget's own rules
    for (String id : BrokenBudgets.byRule().keySet()) {
      m.putIfAbsent(id, () -> ofBrokenBudget(id));
    }
    // the printed text: real wording from the 上海普陀 corpus, one mistake each
    text(m, "text.tables", DisclosureLevel.UNIT, y -> "其他相关情况说明");
    text(m, "text.sections", DisclosureLevel.UNIT, y -> y + "年预算单位财务收支预算总表");
    text(m, "text.empty-tables", DisclosureLevel.UNIT, y -> y + "年预算单位政府性基金预算支出功能分类预算表", y -> "合计");
    text(
        m,
        "text.years",
        DisclosureLevel.UNIT,
        y -> "支出预算950.12万元，比" + y + "年预算增加0.46万元，主要原因是退休人员活动费增加。");
    text(m, "text.level-wording", DisclosureLevel.UNIT, y -> y + "年部门预算安排购置车辆0辆。");
    text(
        m,
        "text.unit-name",
        DisclosureLevel.UNIT,
        y -> "编制单位：上海市普陀区商务委员会       单位：元",
        y -> "编制单位：上海市普陀区商务委员会       单位：元",
        y -> "编制单位：上海市普陀区商务委员       单位：元");
    text(
        m,
        "text.explanations",
        DisclosureLevel.UNIT,
        y -> "（二）公务用车购置及运行费6.40万元，与" + (y - 1) + "年预算持平，主要原因是。");
    text(m, "text.placeholders", DisclosureLevel.UNIT, y -> "五、国有资产占有使用情况（增加内容）");
    text(
        m,
        "text.punctuation",
        DisclosureLevel.UNIT,
        y -> "15.“住房保障支出（类)住房改革支出（款)住房公积金（项）”136.10万元。");
    text(m, "text.brackets", DisclosureLevel.UNIT, y -> "15.“住房保障支出（类）住房改革支出（款）住房公积金（项136.10万元。");
    text(
        m,
        "text.sentence-end",
        DisclosureLevel.UNIT,
        y -> "制定实施流程和细则，明确申报指南，发布项目申报通知，组织项目审核跟踪、评估，按程序落实专项资金拨付");
    text(m, "text.garbled", DisclosureLevel.UNIT, y -> "机关运行经费预算为171.01\uFFFD万元。");
    text(m, "text.money-units", DisclosureLevel.UNIT, y -> "公务接待费1.00万元，其中外事接待500元。");
    text(m, "text.amount-decimals", DisclosureLevel.UNIT, y -> "政府采购预算38.201万元。");
    text(
        m,
        "text.classification-names",
        DisclosureLevel.UNIT,
        y -> "三、医疗卫生与计划生育支出       503,724      503,724");
    return m;
  }

  /**
   * Registers for {@code ruleId} consistent documents whose printed text is {@code lines} (given
   * the fiscal year) on page {@link #TEXT_PAGE}; other text rules may fire too (such a short text
   * lacks the layout's tables), so they are not alone.
   */
  @SafeVarargs
  private static void text(
      Map<String, Supplier<Gen<BrokenDocument>>> m,
      String ruleId,
      DisclosureLevel level,
      IntFunction<String>... lines) {
    m.put(
        ruleId,
        () ->
            BudgetGenerators.documents()
                .map(
                    d -> {
                      int year = d.budget().fiscalYear();
                      List<TextLine> text = new ArrayList<>();
                      for (IntFunction<String> l : lines) {
                        text.add(TextLine.of(TEXT_PAGE, l.apply(year)));
                      }
                      BudgetDocument.Builder b = BudgetDocument.builder();
                      b.from(d);
                      b.sourceText(SourceText.of(text)).level(level);
                      return new BrokenDocument(
                          b.build(),
                          ruleId,
                          "page " + TEXT_PAGE,
                          "text " + lines[lines.length - 1].apply(year),
                          false);
                    }));
  }

  /** The page on which the planted text of the text rules is printed. */
  public static final int TEXT_PAGE = 3;

  /** How far a broken figure is off: 0.01 to 10,000.00 万元, as the tables print. */
  private static Gen<Amount> offsets() {
    return BudgetGenerators.positiveWanYuanAmounts(1_000_000);
  }

  private static Gen<BudgetDocument> documents() {
    return BudgetGenerators.documents(5, 3);
  }

  // ---------------------------------------------------------------- published cells

  private static Predicate<TableRow> is(RowKey key) {
    return r -> r.key().equals(key);
  }

  private static Predicate<TableRow> total(TableId id) {
    return is(id == TableId.T1 || id == TableId.T4 ? Rows.EXPENDITURE_TOTAL : Rows.TOTAL);
  }

  private static Predicate<TableRow> item() {
    return r -> r.key() instanceof RowKey.Function f && f.code().level() == CodeLevel.ITEM;
  }

  private static Predicate<TableRow> klass() {
    return r -> r.key() instanceof RowKey.Function f && f.code().level() == CodeLevel.CLASS;
  }

  private static Predicate<TableRow> economicClass() {
    return r -> r.key() instanceof RowKey.Economic e && e.code().level() == CodeLevel.CLASS;
  }

  private static Predicate<TableRow> economicSection() {
    return r -> r.key() instanceof RowKey.Economic e && e.code().level() == CodeLevel.SECTION;
  }

  private static Predicate<TableRow> projectRow() {
    return r -> r.key() instanceof RowKey.Project;
  }

  private static Gen<BrokenDocument> cell(
      String ruleId, TableId table, Column column, Predicate<TableRow> rows) {
    return cell(ruleId, table, column, rows, documents());
  }

  /**
   * As {@link #cell(String, TableId, Column, Predicate)}, on documents with a line of {@code fund}.
   */
  private static Gen<BrokenDocument> cell(
      String ruleId, TableId table, Column column, Predicate<TableRow> rows, FundSource fund) {
    Gen<BudgetDocument> docs =
        BudgetGenerators.publishableBudgets(4, 2)
            .zip(BudgetGenerators.basicLines(), (b, line) -> withLine(b, line, fund))
            .zip(ConsistentDocuments.facts(), ConsistentDocuments::document);
    return cell(ruleId, table, column, rows, docs);
  }

  private static UnitBudget withLine(UnitBudget budget, BudgetLine line, FundSource fund) {
    BudgetLine.Builder l = BudgetLine.builder();
    l.from(line);
    l.fund(fund);
    l.amount(line.amount().plus(Amount.ofFen(BudgetGenerators.WAN_YUAN_CENT)));
    UnitBudget.Builder b = UnitBudget.builder();
    b.from(budget);
    b.addLine(l.build());
    return ConsistentDocuments.publishable(b.build());
  }

  /**
   * Documents with {@code offset} added to the cell of {@code column} in a row of {@code table}
   * that {@code rows} accepts.
   */
  private static Gen<BrokenDocument> cell(
      String ruleId,
      TableId table,
      Column column,
      Predicate<TableRow> rows,
      Gen<BudgetDocument> documents) {
    return documents
        .assuming(d -> !rowsOf(d, table, rows).isEmpty())
        .flatMap(
            d -> {
              List<TableRow> candidates = rowsOf(d, table, rows);
              return Generate.pick(candidates)
                  .zip(
                      offsets(),
                      (row, off) -> {
                        Amount changed = row.amount(column).plus(off);
                        Disclosure published =
                            withCell(
                                d.published().orElseThrow(), table, row.key(), column, changed);
                        Location at = Location.cell(table, row.key(), column);
                        return new BrokenDocument(
                            BudgetDocument.of(d.budget(), published),
                            ruleId,
                            at.toString(),
                            "published cell " + at + " " + wan(off) + " over its derived value",
                            false);
                      });
            });
  }

  private static List<TableRow> rowsOf(BudgetDocument d, TableId table, Predicate<TableRow> rows) {
    List<TableRow> result = new ArrayList<>();
    d.published()
        .flatMap(p -> p.table(table))
        .ifPresent(t -> t.rows().stream().filter(rows).forEach(result::add));
    return result;
  }

  /**
   * {@code d} with the cell at {@code row} and {@code column} of {@code table} set to {@code
   * value}.
   */
  public static Disclosure withCell(
      Disclosure d, TableId table, RowKey row, Column column, Amount value) {
    return withRow(
        d,
        table,
        row,
        r -> {
          Map<String, Amount> cells = new LinkedHashMap<>(r.cells());
          if (value.isZero()) {
            cells.remove(column.id());
          } else {
            cells.put(column.id(), value);
          }
          return new TableRow(r.key(), r.name(), ImmutableMap.copyOf(cells));
        });
  }

  private static Disclosure withRow(
      Disclosure d, TableId table, RowKey row, Function<TableRow, TableRow> change) {
    Disclosure.Builder b = Disclosure.builder();
    for (DisclosureTable t : d.tables()) {
      if (t.id() != table) {
        b.addTable(t);
        continue;
      }
      DisclosureTable.Builder tb = DisclosureTable.builder(table);
      t.note().ifPresent(tb::note);
      for (TableRow r : t.rows()) {
        tb.addRow(r.key().equals(row) ? change.apply(r) : r);
      }
      b.addTable(tb.build());
    }
    return b.build();
  }

  // ---------------------------------------------------------------- narrative

  /**
   * A narrative amount off by the offset from the table figure it describes; its printed share and
   * change are left as they were, so the share, growth and prior rules may fire too.
   */
  public static Gen<BrokenDocument> narrativeAmount() {
    return figure(
        f -> true,
        (d, f, off) -> {
          Amount changed = f.amount().plus(off);
          NarrativeFigure.Builder b = NarrativeFigure.builder();
          b.from(f);
          b.amount(changed);
          return new Planted(
              b.build(), "narrative " + f.label() + " " + wan(off) + " over its table figure");
        },
        "narrative.amount",
        false);
  }

  /**
   * A printed share off by 1 to 100 percentage points, on a figure whose whole is at least 100.00
   * 万元 (so that the rounding of the printed figures cannot absorb it).
   */
  public static Gen<BrokenDocument> narrativeShare() {
    return figure(
        (d, f) -> f.share().isPresent() && wholeOf(d, f).compareTo(Amount.ofWanYuan("100")) >= 0,
        (d, f, off) -> {
          BigDecimal points =
              BigDecimal.valueOf(1 + off.fen() / BudgetGenerators.WAN_YUAN_CENT % 100);
          NarrativeFigure.Builder b = NarrativeFigure.builder();
          b.from(f);
          b.share(Percent.of(f.share().get().value().add(points)));
          return new Planted(b.build(), "share of " + f.label() + " " + points + " points high");
        },
        "narrative.share",
        true);
  }

  /**
   * A printed growth rate off by more than the rounding of the printed amount and change allows, on
   * a figure whose implied prior is at least 100.00 万元.
   */
  public static Gen<BrokenDocument> narrativeGrowth() {
    return figure(
        (d, f) ->
            f.yearOnYear().isPresent()
                && f.yearOnYear().get().impliedPrior(f.amount()).compareTo(Amount.ofWanYuan("100"))
                    >= 0,
        (d, f, off) -> {
          YearOnYear y = f.yearOnYear().get();
          Amount prior = y.impliedPrior(f.amount());
          // the rounding of amount and change moves the growth by at most
          // 100 × 0.01 × (amount + prior) / prior² percentage points (amounts in 万元)
          BigDecimal wanPrior = prior.in(MoneyUnit.WAN_YUAN);
          BigDecimal slack =
              f.amount()
                  .plus(prior)
                  .in(MoneyUnit.WAN_YUAN)
                  .divide(wanPrior.multiply(wanPrior), 2, java.math.RoundingMode.UP);
          BigDecimal points =
              slack
                  .add(BigDecimal.ONE)
                  .add(BigDecimal.valueOf(off.fen() / BudgetGenerators.WAN_YUAN_CENT % 50));
          NarrativeFigure.Builder b = NarrativeFigure.builder();
          b.from(f);
          b.yearOnYear(new YearOnYear(y.change(), Percent.of(y.growth().value().add(points))));
          return new Planted(b.build(), "growth of " + f.label() + " " + points + " points high");
        },
        "narrative.growth",
        true);
  }

  /**
   * 基本支出's printed change lowered by the offset (at least 0.02 万元, beyond the rounding of three
   * printed changes) with its growth recomputed, so that its implied prior plus 项目支出's is not the
   * total's.
   */
  public static Gen<BrokenDocument> priorConsistency() {
    return figure(
        (d, f) -> f.measure() == Measure.BASIC,
        (d, f, off) -> {
          Amount by = off.plus(Amount.ofFen(BudgetGenerators.WAN_YUAN_CENT));
          YearOnYear y = f.yearOnYear().get();
          NarrativeFigure.Builder b = NarrativeFigure.builder();
          b.from(f);
          b.yearOnYear(ConsistentDocuments.yearOnYear(f.amount(), y.change().minus(by)));
          return new Planted(
              b.build(), "change of " + f.label() + " " + wan(by) + " lower, growth recomputed");
        },
        "narrative.prior-consistency",
        true);
  }

  private static Amount wholeOf(BudgetDocument d, NarrativeFigure f) {
    Measure whole =
        switch (f.measure()) {
          case INCOME_BY_FUND -> Measure.INCOME_TOTAL;
          case BASIC, PROJECT -> Measure.EXPENDITURE_TOTAL;
          case FISCAL_BY_FUNCTION -> Measure.FISCAL_TOTAL;
          case GENERAL_PUBLIC_BASIC, GENERAL_PUBLIC_PROJECT, GENERAL_PUBLIC_BY_FUNCTION ->
              Measure.GENERAL_PUBLIC_TOTAL;
          case GENERAL_PUBLIC_PERSONNEL, GENERAL_PUBLIC_OPERATING -> Measure.GENERAL_PUBLIC_BASIC;
          default -> Measure.THREE_PUBLIC_TOTAL;
        };
    return ConsistentDocuments.figureOf(d, whole)
        .map(NarrativeFigure::amount)
        .orElse(Amount.zero());
  }

  private record Planted(NarrativeFigure figure, String what) {}

  private interface FigureChange {
    Planted apply(BudgetDocument d, NarrativeFigure f, Amount offset);
  }

  private interface FigureFilter {
    boolean test(BudgetDocument d, NarrativeFigure f);
  }

  private static Gen<BrokenDocument> figure(
      Predicate<NarrativeFigure> which, FigureChange change, String ruleId, boolean alone) {
    return figure((d, f) -> which.test(f), change, ruleId, alone);
  }

  private static Gen<BrokenDocument> figure(
      FigureFilter which, FigureChange change, String ruleId, boolean alone) {
    return documents()
        .assuming(d -> d.budget().narrative().stream().anyMatch(f -> which.test(d, f)))
        .flatMap(
            d -> {
              List<Integer> indices = new ArrayList<>();
              List<NarrativeFigure> figures = d.budget().narrative();
              for (int i = 0; i < figures.size(); i++) {
                if (which.test(d, figures.get(i))) {
                  indices.add(i);
                }
              }
              return Generate.pick(indices)
                  .zip(
                      offsets(),
                      (i, off) -> {
                        Planted p = change.apply(d, figures.get(i), off);
                        List<NarrativeFigure> changed = new ArrayList<>(figures);
                        changed.set(i, p.figure());
                        UnitBudget.Builder b = UnitBudget.builder();
                        b.from(d.budget());
                        b.narrative(changed);
                        String label = figures.get(i).label();
                        return new BrokenDocument(
                            with(d, b.build()),
                            ruleId,
                            ruleId.equals("narrative.prior-consistency")
                                ? "vs " + label
                                : "narrative " + label,
                            p.what(),
                            alone);
                      });
            });
  }

  /** 机关运行经费 off by the offset from 表6 公用经费. */
  public static Gen<BrokenDocument> operatingCosts() {
    return fact(
        (b, budget, off) -> {
          OperatingCosts c = budget.operatingCosts().orElseThrow();
          b.operatingCosts(
              new OperatingCosts(
                  c.amount().plus(off), c.administrativeUnits(), c.institutionUnits()));
          return "机关运行经费 " + wan(off) + " over 表6 公用经费";
        },
        "narrative.operating-costs",
        "机关运行经费");
  }

  /** The narrative's 公务接待费 (三公经费) off by the offset from 表10. */
  public static Gen<BrokenDocument> threePublicCosts() {
    return fact(
        (b, budget, off) -> {
          ThreePublicCosts c = budget.threePublicCosts().orElseThrow();
          b.threePublicCosts(
              new ThreePublicCosts(
                  c.overseasTravel(),
                  c.reception().plus(off),
                  c.vehiclePurchase(),
                  c.vehicleOperation()));
          return "公务接待费 " + wan(off) + " over 表10";
        },
        "narrative.three-public-costs",
        "narrative 三公经费 公务接待费");
  }

  // ---------------------------------------------------------------- facts

  private interface FactChange {
    String apply(UnitBudget.Builder b, UnitBudget budget, Amount offset);
  }

  private static Gen<BrokenDocument> fact(FactChange change, String ruleId, String place) {
    return fact(documents(), change, ruleId, place);
  }

  private static Gen<BrokenDocument> fact(
      Gen<BudgetDocument> documents, FactChange change, String ruleId, String place) {
    return documents.zip(
        offsets(),
        (d, off) -> {
          UnitBudget.Builder b = UnitBudget.builder();
          b.from(d.budget());
          String what = change.apply(b, d.budget(), off);
          return new BrokenDocument(with(d, b.build()), ruleId, place, what, true);
        });
  }

  /** 预算绩效 counting one project more than the budget describes, or an amount over the scales. */
  public static Gen<BrokenDocument> performanceSummary() {
    return fact(
        documents().assuming(d -> !d.budget().projects().isEmpty()),
        (b, budget, off) -> {
          PerformanceSummary s = budget.performanceSummary().orElseThrow();
          boolean count = off.fen() / BudgetGenerators.WAN_YUAN_CENT % 2 == 0;
          b.performanceSummary(
              new PerformanceSummary(
                  s.fiscalProjects() + (count ? 1 : 0),
                  s.fiscalAmount(),
                  s.nonFiscalProjects(),
                  s.nonFiscalAmount().plus(count ? Amount.zero() : off)));
          return count ? "预算绩效 counts one project more" : "预算绩效 " + wan(off) + " over the scales";
        },
        "performance.summary",
        "预算绩效情况");
  }

  /** 货物 off by the offset, so that 货物 + 工程 + 服务 is not the procurement budget. */
  public static Gen<BrokenDocument> procurementParts() {
    return fact(
        (b, budget, off) -> {
          GovernmentProcurement g = budget.procurement().orElseThrow();
          b.procurement(
              new GovernmentProcurement(
                  g.total(),
                  g.goods().plus(off),
                  g.works(),
                  g.services(),
                  g.reservedForSmes(),
                  g.reservedForSmallAndMicro()));
          return "货物 " + wan(off) + " over 政府采购预算 − 工程 − 服务";
        },
        "procurement.parts",
        "政府采购预算");
  }

  /** More reserved for SMEs than the procurement budget (the small-and-micro part unchanged). */
  public static Gen<BrokenDocument> procurementReserved() {
    return fact(
        (b, budget, off) -> {
          GovernmentProcurement g = budget.procurement().orElseThrow();
          b.procurement(
              new GovernmentProcurement(
                  g.total(),
                  g.goods(),
                  g.works(),
                  g.services(),
                  g.total().plus(off),
                  g.reservedForSmallAndMicro()));
          return "面向中小企业预留 " + wan(off) + " over 政府采购预算";
        },
        "procurement.reserved",
        "政府采购 面向中小企业预留");
  }

  /** 实有人数 1 to 100 more than its parts. */
  public static Gen<BrokenDocument> staffingCounts() {
    return fact(
        (b, budget, off) -> {
          int more = (int) (1 + off.fen() / BudgetGenerators.WAN_YUAN_CENT % 100);
          Staffing s = budget.profile().staffing().orElseThrow();
          Staffing.Builder sb = Staffing.builder();
          sb.from(s);
          sb.actual(s.actual() + more);
          UnitProfile.Builder p = UnitProfile.builder();
          p.from(budget.profile());
          p.staffing(sb.build());
          b.profile(p.build());
          return "实有人数 " + more + " more than 在职 + 退休 + 离休";
        },
        "staffing.counts",
        "staffing 实有人数");
  }

  /** A document whose 表7 prints one project under another name than the budget's. */
  public static Gen<BrokenDocument> projectRowName() {
    return documents()
        .assuming(d -> !rowsOf(d, TableId.T7, projectRow()).isEmpty())
        .flatMap(
            d ->
                Generate.pick(rowsOf(d, TableId.T7, projectRow()))
                    .map(
                        row -> {
                          RowKey.Project key = (RowKey.Project) row.key();
                          String renamed = key.project() + "（续）";
                          RowKey newKey = new RowKey.Project(key.code(), renamed);
                          Disclosure published =
                              withRow(
                                  d.published().orElseThrow(),
                                  TableId.T7,
                                  key,
                                  r -> new TableRow(newKey, renamed, r.cells()));
                          return new BrokenDocument(
                              BudgetDocument.of(d.budget(), published),
                              "projects.t7",
                              "project " + key.project(),
                              "表7 prints project '" + key.project() + "' as '" + renamed + "'",
                              // the renamed row is also a published cell that the lines do not
                              // give (lines.published-tables)
                              false);
                        }));
  }

  /** 公务用车运行费 above what 表6 302 31 provides (tables and narrative agree with it). */
  public static Gen<BrokenDocument> vehicleOperation() {
    return BudgetGenerators.publishableBudgets(5, 3)
        .zip(
            ConsistentDocuments.facts(),
            offsets(),
            (budget, facts, off) ->
                new BrokenDocument(
                    ConsistentDocuments.document(budget, facts, off),
                    "t10.vehicle-operation",
                    Location.cell(TableId.T10, Rows.VEHICLE_OPERATION, Columns.TOTAL).toString(),
                    "公务用车运行费 " + wan(off) + " over 表6 302 31",
                    true));
  }

  /**
   * A subsidy standard printed two or more units of its last decimal above what the scale gives.
   */
  public static Gen<BrokenDocument> subsidyStandard() {
    return subsidy(
        (p, terms) -> {
          SubsidyStandard s = terms.standard();
          int perYear = s.period().orElseThrow().perYear();
          long step = s.printedUnit() == MoneyUnit.WAN_YUAN ? BudgetGenerators.WAN_YUAN_CENT : 1;
          long payments = (long) terms.recipients() * perYear;
          long units = 2 + (5_000 + step * payments - 1) / (step * payments);
          Amount perPerson = s.perPerson().plus(Amount.ofFen(units * step));
          String printed =
              perPerson.format(s.printedUnit())
                  + " "
                  + s.printedUnit().label()
                  + "/人/"
                  + s.period().get().label();
          return new SubsidyStandard(perPerson, s.period(), printed, s.printedUnit());
        },
        "subsidy.standard",
        "standard raised beyond its rounding");
  }

  /** A subsidy standard that states no period (an INFO note saying which periods would fit). */
  public static Gen<BrokenDocument> subsidyPeriod() {
    return subsidy(
        (p, terms) -> {
          SubsidyStandard s = terms.standard();
          return new SubsidyStandard(
              s.perPerson(),
              Optional.empty(),
              s.perPerson().format(s.printedUnit()) + " 元/",
              s.printedUnit());
        },
        "subsidy.period",
        "standard printed without its period");
  }

  private interface StandardChange {
    SubsidyStandard apply(Project p, SubsidyTerms terms);
  }

  private static Gen<BrokenDocument> subsidy(StandardChange change, String ruleId, String what) {
    return projectChange(
        p -> p.subsidy().isPresent(),
        p -> {
          SubsidyTerms t = p.subsidy().get();
          Project.Builder b = Project.builder();
          b.from(p);
          b.subsidy(
              new SubsidyTerms(
                  t.recipients(),
                  change.apply(p, t),
                  t.scope(),
                  t.method(),
                  t.procedure(),
                  t.beneficiaries()));
          return b.build();
        },
        ruleId,
        p -> "project " + p.name() + " 补贴标准",
        what);
  }

  /**
   * A target stating one more cost indicator in 万元, so that its cost indicators exceed its funds.
   */
  public static Gen<BrokenDocument> costIndicators() {
    return projectChange(
        p -> p.performance().isPresent(),
        p -> {
          PerformanceTarget t = p.performance().get();
          List<PerformanceIndicator> indicators = new ArrayList<>(t.indicators());
          indicators.add(
              ConsistentDocuments.costIndicator(
                  t.totalFunds().orElseThrow().plus(t.totalFunds().orElseThrow())));
          PerformanceTarget.Builder tb = PerformanceTarget.builder();
          tb.from(t);
          tb.indicators(indicators);
          Project.Builder b = Project.builder();
          b.from(p);
          b.performance(tb.build());
          return b.build();
        },
        "performance.cost-indicators",
        p -> "performance target of " + p.name(),
        "a cost indicator of twice the 年度预算总额 added");
  }

  private static Gen<BrokenDocument> projectChange(
      Predicate<Project> which,
      Function<Project, Project> change,
      String ruleId,
      Function<Project, String> place,
      String what) {
    return documents()
        .assuming(d -> d.budget().projects().stream().anyMatch(which))
        .flatMap(
            d -> {
              List<Project> projects = d.budget().projects();
              List<Integer> indices = new ArrayList<>();
              for (int i = 0; i < projects.size(); i++) {
                if (which.test(projects.get(i))) {
                  indices.add(i);
                }
              }
              return Generate.pick(indices)
                  .map(
                      i -> {
                        List<Project> changed = new ArrayList<>(projects);
                        Project p = projects.get(i);
                        changed.set(i, change.apply(p));
                        UnitBudget.Builder b = UnitBudget.builder();
                        b.from(d.budget());
                        b.projects(changed);
                        return new BrokenDocument(
                            with(d, b.build()), ruleId, place.apply(p), what, true);
                      });
            });
  }

  /**
   * The document of a budget of {@link BrokenBudgets#breaking(String)}, published whole; for {@code
   * line.total}, whose lines cannot be summed into tables, the budget alone.
   */
  public static Gen<BrokenDocument> ofBrokenBudget(String ruleId) {
    if (ruleId.equals("line.total")) {
      return BrokenBudgets.breaking(ruleId)
          .map(
              broken ->
                  new BrokenDocument(
                      BudgetDocument.of(broken.budget()), ruleId, "line ", broken.what(), false));
    }
    return BrokenBudgets.breaking(ruleId)
        .zip(
            ConsistentDocuments.facts(),
            (broken, facts) ->
                new BrokenDocument(
                    ConsistentDocuments.document(
                        ConsistentDocuments.publishable(broken.budget()), facts),
                    ruleId,
                    ruleId.equals("line.kind-economic") ? "line " : BrokenBudgets.PLANTED,
                    broken.what(),
                    false));
  }

  // ---------------------------------------------------------------- plumbing

  private static BudgetDocument with(BudgetDocument d, UnitBudget budget) {
    BudgetDocument.Builder b = BudgetDocument.builder();
    b.from(d);
    b.budget(budget);
    return b.build();
  }

  private static String wan(Amount a) {
    return a.format(MoneyUnit.WAN_YUAN) + " 万元";
  }
}
