package io.budgetkit.validation;

import static io.budgetkit.validation.BudgetRules.wan;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.ColumnSpec;
import io.budgetkit.layout.Figure;
import io.budgetkit.layout.Identities;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.Slice;
import io.budgetkit.layout.Subject;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.layout.Term;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.OperatingCosts;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.YearOnYear;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The narrative (情况说明) against the tables and against its own arithmetic (domain §5): amounts,
 * shares, growth rates, implied prior-year figures, 机关运行经费 and 三公经费.
 *
 * <p>The tables are the document's layout tables: a figure's {@link Measure} names a slice of the
 * lines (under a function code, for the measures by function) or a 三公 {@link Figure}, and the cell
 * read is the one {@link Identities#cellsFor} finds for it, a table's 合计 column first. Rules that
 * need a table figure give no finding on a document without layout tables.
 *
 * <p>Shares and growth rates are checked against the printed figures' own rounding: a figure
 * printed as 246.28 万元 may stand for anything from 246.275 to 246.285, so a printed percentage is
 * accepted when it is the half-up rounding of some ratio those ranges allow. Growth rates are
 * allowed a further ±0.01 percentage point.
 */
final class NarrativeRules {
  /** Half a fen of 万元: the rounding of an amount printed in 万元 with two decimals. */
  static final Amount HALF_PRINTED_UNIT = Amount.ofFen(5_000);

  private static final BigDecimal HALF_HUNDREDTH = new BigDecimal("0.005");
  private static final BigDecimal GROWTH_TOLERANCE = new BigDecimal("0.01");
  private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

  /** For each measure printed with a share, the measure of its whole. */
  private static final Map<Measure, Measure> WHOLE = new EnumMap<>(Measure.class);

  static {
    WHOLE.put(Measure.INCOME_BY_FUND, Measure.INCOME_TOTAL);
    WHOLE.put(Measure.BASIC, Measure.EXPENDITURE_TOTAL);
    WHOLE.put(Measure.PROJECT, Measure.EXPENDITURE_TOTAL);
    WHOLE.put(Measure.FISCAL_BY_FUNCTION, Measure.FISCAL_TOTAL);
    WHOLE.put(Measure.GENERAL_PUBLIC_BASIC, Measure.GENERAL_PUBLIC_TOTAL);
    WHOLE.put(Measure.GENERAL_PUBLIC_PROJECT, Measure.GENERAL_PUBLIC_TOTAL);
    WHOLE.put(Measure.GENERAL_PUBLIC_BY_FUNCTION, Measure.GENERAL_PUBLIC_TOTAL);
    WHOLE.put(Measure.GENERAL_PUBLIC_PERSONNEL, Measure.GENERAL_PUBLIC_BASIC);
    WHOLE.put(Measure.GENERAL_PUBLIC_OPERATING, Measure.GENERAL_PUBLIC_BASIC);
    WHOLE.put(Measure.THREE_PUBLIC_OVERSEAS, Measure.THREE_PUBLIC_TOTAL);
    WHOLE.put(Measure.THREE_PUBLIC_RECEPTION, Measure.THREE_PUBLIC_TOTAL);
    WHOLE.put(Measure.THREE_PUBLIC_VEHICLE_PURCHASE, Measure.THREE_PUBLIC_TOTAL);
    WHOLE.put(Measure.THREE_PUBLIC_VEHICLE_OPERATION, Measure.THREE_PUBLIC_TOTAL);
  }

  private NarrativeRules() {}

  static ImmutableList<Rule<BudgetDocument>> all() {
    return ImmutableList.of(
        Rule.of(
            "narrative.amount",
            "Each narrative amount equals the table figure it describes",
            Severity.ERROR,
            Optional.of("none: both are printed in 万元 with two decimals"),
            NarrativeRules::checkAmounts),
        Rule.of(
            "narrative.share",
            "A printed share (占 …%) is part / whole × 100, rounded half-up to two decimals",
            Severity.ERROR,
            Optional.of("the rounding of the printed part and whole (±0.005 万元 each)"),
            NarrativeRules::checkShares),
        Rule.of(
            "narrative.growth",
            "A printed growth rate is change / (amount − change) × 100, half-up to two decimals;"
                + " 100.00% for a zero prior",
            Severity.ERROR,
            Optional.of(
                "the rounding of the printed amount and change (±0.005 万元 each), then ±0.01"
                    + " percentage point"),
            NarrativeRules::checkGrowth),
        Rule.of(
            "narrative.prior-consistency",
            "The prior-year figures the narrative implies agree across levels (total, basic and"
                + " project, sources, 类 and 项)",
            Severity.WARNING,
            Optional.of("±0.005 万元 per printed change"),
            NarrativeRules::checkPriors),
        Rule.of(
            "narrative.operating-costs",
            "机关运行经费 equals 表6 公用经费 合计",
            Severity.ERROR,
            Optional.of("none"),
            NarrativeRules::checkOperatingCosts),
        Rule.of(
            "narrative.three-public-costs",
            "The narrative's 三公经费 equal 表10's rows",
            Severity.ERROR,
            Optional.of("none"),
            NarrativeRules::checkThreePublicCosts));
  }

  // ---------------------------------------------------------------------------------------------
  // Where a measure stands in the tables

  /**
   * A printed cell a narrative figure describes: where it is, how it is named and its figure (blank
   * read as zero).
   */
  record Spot(Term term, String table, Amount amount) {
    Location location(String place) {
      return new Location(
          Optional.of(table),
          Optional.of(term.cell().row().id()),
          Optional.of(term.cell().column()),
          Optional.of(place));
    }

    @Override
    public String toString() {
      return table + " " + term.cell() + " " + amount.format(MoneyUnit.WAN_YUAN);
    }
  }

  /**
   * What a measure sums, as a subject of the layout: a slice of the lines (under a function code,
   * for the measures by function) or a {@link Figure} of the tables.
   */
  static Optional<Subject> subject(
      Measure m, Optional<FundSource> fund, Optional<FunctionCode> function) {
    Set<ExpenditureKind> basic =
        EnumSet.of(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_OPERATING);
    Set<ExpenditureKind> project = EnumSet.of(ExpenditureKind.PROJECT);
    Set<FundSource> gp = EnumSet.of(FundSource.GENERAL_PUBLIC);
    Set<FundSource> fiscal = EnumSet.of(FundSource.FISCAL);
    switch (m) {
      case INCOME_TOTAL:
      case EXPENDITURE_TOTAL:
        return Optional.of(Subject.of(Slice.ALL));
      case INCOME_BY_FUND:
        return fund.map(f -> Subject.of(Slice.funds(f)));
      case BASIC:
        return Optional.of(Subject.of(Slice.of(null, basic, null)));
      case PROJECT:
        return Optional.of(Subject.of(Slice.of(null, project, null)));
      case FISCAL_TOTAL:
        return Optional.of(Subject.of(Slice.of(fiscal, null, null)));
      case FISCAL_BY_FUNCTION:
        return function.map(c -> Subject.of(c, Slice.of(fiscal, null, null)));
      case GENERAL_PUBLIC_TOTAL:
        return Optional.of(Subject.of(Slice.of(gp, null, null)));
      case GENERAL_PUBLIC_BASIC:
        return Optional.of(Subject.of(Slice.of(gp, basic, null)));
      case GENERAL_PUBLIC_PROJECT:
      case PERFORMANCE_FISCAL_PROJECTS:
        return Optional.of(Subject.of(Slice.of(gp, project, null)));
      case GENERAL_PUBLIC_BY_FUNCTION:
        return function.map(c -> Subject.of(c, Slice.of(gp, null, null)));
      case GENERAL_PUBLIC_PERSONNEL:
        return Optional.of(
            Subject.of(Slice.of(gp, EnumSet.of(ExpenditureKind.BASIC_PERSONNEL), null)));
      case GENERAL_PUBLIC_OPERATING:
      case OPERATING_COSTS:
        return Optional.of(
            Subject.of(Slice.of(gp, EnumSet.of(ExpenditureKind.BASIC_OPERATING), null)));
      case THREE_PUBLIC_TOTAL:
        return Optional.of(Subject.of(Figure.THREE_PUBLIC_TOTAL));
      case THREE_PUBLIC_OVERSEAS:
        return Optional.of(Subject.of(Figure.OVERSEAS_TRAVEL));
      case THREE_PUBLIC_RECEPTION:
        return Optional.of(Subject.of(Figure.RECEPTION));
      case THREE_PUBLIC_VEHICLE_PURCHASE:
        return Optional.of(Subject.of(Figure.VEHICLE_PURCHASE));
      case THREE_PUBLIC_VEHICLE_OPERATION:
        return Optional.of(Subject.of(Figure.VEHICLE_OPERATION));
      default:
        return Optional.empty();
    }
  }

  /**
   * The printed cell that sums what a measure measures, if the tables print one: of the cells
   * {@link Identities#cellsFor} finds, the first in a table's whole-table column (合计, 预算数), else
   * the first. Where no cell sums the slice because the layout's economic tables leave out lines
   * with no economic code, the slice restricted to the layout's economic classes is looked up.
   */
  static Optional<Spot> tableFigure(
      PrintedTables tables, Measure m, Optional<FundSource> fund, Optional<FunctionCode> function) {
    Spots spots = spots(tables);
    SpotKey key = new SpotKey(m, fund, function);
    Optional<Spot> spot = spots.found.get(key);
    if (spot == null) {
      spot = findTableFigure(tables, m, fund, function);
      spots.found.put(key, spot);
    }
    return spot;
  }

  /** What {@link #tableFigure} is asked for. */
  private record SpotKey(Measure m, Optional<FundSource> fund, Optional<FunctionCode> function) {}

  /**
   * The table figures found for one document's tables: the rules of one validation ask for the same
   * measures (each share's whole, each figure's cell), and the tables are immutable.
   */
  private static final class Spots {
    final PrintedTables tables;
    final Map<SpotKey, Optional<Spot>> found = new HashMap<>();

    Spots(PrintedTables tables) {
      this.tables = tables;
    }
  }

  /** The figures this thread found last, held weakly; kept while the tables are the same. */
  private static final ThreadLocal<WeakReference<Spots>> LAST = new ThreadLocal<>();

  private static Spots spots(PrintedTables tables) {
    WeakReference<Spots> last = LAST.get();
    Spots spots = last == null ? null : last.get();
    if (spots == null || spots.tables != tables) {
      spots = new Spots(tables);
      LAST.set(new WeakReference<>(spots));
    }
    return spots;
  }

  /** {@link #subject} by what it is asked for; cleared when it grows past a bound. */
  private static final ConcurrentHashMap<SpotKey, Optional<Subject>> SUBJECTS =
      new ConcurrentHashMap<>();

  private static Optional<Spot> findTableFigure(
      PrintedTables tables, Measure m, Optional<FundSource> fund, Optional<FunctionCode> function) {
    SpotKey key = new SpotKey(m, fund, function);
    Optional<Subject> subject = SUBJECTS.get(key);
    if (subject == null) {
      subject = subject(m, fund, function);
      if (SUBJECTS.size() >= 4_096) {
        SUBJECTS.clear();
      }
      SUBJECTS.put(key, subject);
    }
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    List<Term> cells = Identities.cellsFor(tables, subject.get());
    Subject s = subject.get();
    if (cells.isEmpty() && s.isSlice() && s.slice().economic().isEmpty()) {
      Set<EconomicCode> classes = economicClasses(tables);
      if (!classes.isEmpty()) {
        Slice within = Slice.of(s.slice().funds(), s.slice().kinds(), classes);
        cells =
            Identities.cellsFor(
                tables,
                s.function().isPresent()
                    ? Subject.of(s.function().get(), within)
                    : Subject.of(within));
      }
    }
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    // 收入总计 and 支出总计 sum the same lines; a measure of one side reads that side's row
    String side = side(m);
    if (side != null) {
      List<Term> onSide = new ArrayList<>();
      for (Term t : cells) {
        if (tables
            .table(t.table())
            .flatMap(p -> p.row(t.cell().row()))
            .map(r -> r.name().contains(side))
            .orElse(false)) {
          onSide.add(t);
        }
      }
      if (!onSide.isEmpty()) {
        cells = onSide;
      }
    }
    Term chosen = cells.get(0);
    for (Term t : cells) {
      Optional<ColumnSpec> c = tables.spec(t.table()).column(t.cell().column());
      if (c.isPresent() && c.get().slice().isAll() && c.get().figure().isEmpty()) {
        chosen = t;
        break;
      }
    }
    return Optional.of(spot(tables, chosen));
  }

  /**
   * The word that names a measure's side of the budget in a row label (收入 or 支出), or null for a
   * measure that belongs to neither side or to both.
   */
  private static String side(Measure m) {
    switch (m) {
      case INCOME_TOTAL:
      case INCOME_BY_FUND:
        return "收入";
      case EXPENDITURE_TOTAL:
        return "支出";
      default:
        return null;
    }
  }

  private static Spot spot(PrintedTables tables, Term t) {
    TableSpec spec = tables.spec(t.table());
    Amount amount = tables.table(t.table()).flatMap(p -> p.cell(t.cell())).orElse(Amount.zero());
    return new Spot(t, "表" + spec.number() + spec.part().map(p -> " " + p).orElse(""), amount);
  }

  /** The economic classes the layout's slices name, at the 类 level. */
  private static Set<EconomicCode> economicClasses(PrintedTables tables) {
    Set<EconomicCode> codes = new LinkedHashSet<>();
    for (TableSpec spec : tables.layout().tables()) {
      codes.addAll(spec.slice().economic());
      spec.columns().forEach(c -> codes.addAll(c.slice().economic()));
      spec.rows().labelled().forEach(r -> codes.addAll(r.slice().economic()));
    }
    codes.removeIf(c -> c.level() != CodeLevel.CLASS);
    return codes;
  }

  /** The cell a narrative figure describes, if the document's tables print it. */
  private static Optional<Spot> tableFigure(BudgetDocument doc, NarrativeFigure f) {
    return doc.layoutTables().flatMap(t -> tableFigure(t, f.measure(), f.fund(), f.function()));
  }

  /** Where a finding about a narrative figure is: the table cell it describes, and the figure. */
  static Location at(Optional<Spot> cell, NarrativeFigure f) {
    String place = "narrative " + f.label();
    return cell.map(c -> c.location(place)).orElse(Location.at(place));
  }

  // ---------------------------------------------------------------------------------------------
  // Checks

  private static void checkAmounts(BudgetDocument doc, Findings out) {
    for (NarrativeFigure f : doc.budget().narrative()) {
      Optional<Spot> cell = tableFigure(doc, f);
      if (cell.isEmpty()) {
        continue;
      }
      Amount table = cell.get().amount();
      if (table.rounded(MoneyUnit.WAN_YUAN).compareTo(f.amount().rounded(MoneyUnit.WAN_YUAN))
          != 0) {
        out.report(
            at(cell, f),
            "The narrative's " + f.label() + " differs from " + cell.get(),
            wan(table),
            wan(f.amount()));
      }
    }
  }

  private static void checkShares(BudgetDocument doc, Findings out) {
    UnitBudget b = doc.budget();
    for (NarrativeFigure f : b.narrative()) {
      if (f.share().isEmpty() || !WHOLE.containsKey(f.measure())) {
        continue;
      }
      Optional<Amount> whole = whole(doc, WHOLE.get(f.measure()));
      if (whole.isEmpty() || !whole.get().isGreaterThan(Amount.zero())) {
        continue;
      }
      Percent printed = f.share().get();
      Amount part = f.amount();
      Percent expected = Percent.ratio(part, whole.get());
      BigDecimal lo = expected.value();
      BigDecimal hi = expected.value();
      if (whole.get().isGreaterThan(HALF_PRINTED_UNIT)) {
        // the rounding box's corners (an amount that leaves the range fails the rule here)
        Amount partLo = part.minus(HALF_PRINTED_UNIT);
        Amount wholeHi = whole.get().plus(HALF_PRINTED_UNIT);
        Amount partHi = part.plus(HALF_PRINTED_UNIT);
        Amount wholeLo = whole.get().minus(HALF_PRINTED_UNIT);
        if (printed.equals(expected) && part.signum() >= 0) {
          // part / whole lies between the corners' ratios and rounds to the printed share
          continue;
        }
        lo = ratio(partLo, wholeHi);
        hi = ratio(partHi, wholeLo);
      }
      if (!roundsInto(printed, lo, hi, BigDecimal.ZERO)) {
        out.report(
            at(tableFigure(doc, f), f),
            "Share of "
                + f.label()
                + ": "
                + wan(part)
                + " / "
                + wan(whole.get())
                + " × 100 = "
                + lo.setScale(4, RoundingMode.HALF_UP).toPlainString()
                + "…"
                + hi.setScale(4, RoundingMode.HALF_UP).toPlainString()
                + "%, which rounds to "
                + expected.format()
                + ", not the printed "
                + printed.format(),
            expected.format(),
            printed.format());
      }
    }
  }

  /** The whole of a share: the narrative's own figure for it, else the tables'. */
  private static Optional<Amount> whole(BudgetDocument doc, Measure m) {
    for (NarrativeFigure f : doc.budget().narrative()) {
      if (f.measure() == m && f.fund().isEmpty() && f.function().isEmpty()) {
        return Optional.of(f.amount());
      }
    }
    return doc.layoutTables()
        .flatMap(t -> tableFigure(t, m, Optional.empty(), Optional.empty()))
        .map(Spot::amount);
  }

  private static void checkGrowth(BudgetDocument doc, Findings out) {
    for (NarrativeFigure f : doc.budget().narrative()) {
      if (f.yearOnYear().isEmpty()) {
        continue;
      }
      YearOnYear y = f.yearOnYear().get();
      Amount current = f.amount();
      Percent printed = y.growth();
      Percent expected = y.expectedGrowth(current);
      Amount prior = y.impliedPrior(current);
      boolean ok;
      BigDecimal lo = null;
      BigDecimal hi = null;
      Amount priorLo = prior.minus(HALF_PRINTED_UNIT).minus(HALF_PRINTED_UNIT);
      Amount priorHi = prior.plus(HALF_PRINTED_UNIT).plus(HALF_PRINTED_UNIT);
      if (prior.isZero() || priorLo.signum() != priorHi.signum() || priorLo.isZero()) {
        ok = printed.distanceTo(expected).value().compareTo(GROWTH_TOLERANCE) <= 0;
      } else {
        // the rounding box's corners (an amount that leaves the range fails the rule here)
        Amount[] changes = new Amount[4];
        Amount[] priors = new Amount[4];
        int corner = 0;
        for (int da = -1; da <= 1; da += 2) {
          for (int dc = -1; dc <= 1; dc += 2) {
            Amount a = current.plus(HALF_PRINTED_UNIT.multipliedBy(da));
            Amount c = y.change().plus(HALF_PRINTED_UNIT.multipliedBy(dc));
            changes[corner] = c;
            priors[corner++] = a.minus(c);
          }
        }
        if (printed.equals(expected)) {
          // change / prior lies between the corners' rates and rounds to the printed rate
          continue;
        }
        for (int i = 0; i < 4; i++) {
          BigDecimal g = ratio(changes[i], priors[i]);
          lo = lo == null || g.compareTo(lo) < 0 ? g : lo;
          hi = hi == null || g.compareTo(hi) > 0 ? g : hi;
        }
        ok = roundsInto(printed, lo, hi, GROWTH_TOLERANCE);
      }
      if (!ok) {
        String range =
            lo == null
                ? expected.format()
                : lo.setScale(4, RoundingMode.HALF_UP).toPlainString()
                    + "…"
                    + hi.setScale(4, RoundingMode.HALF_UP).toPlainString()
                    + "%";
        out.report(
            at(tableFigure(doc, f), f),
            "Growth of "
                + f.label()
                + ": change "
                + wan(y.change())
                + " on an implied prior of "
                + wan(prior)
                + " gives "
                + range
                + ", not the printed "
                + printed.format(),
            expected.format(),
            printed.format());
      }
    }
  }

  /** {@code part / whole × 100} to 20 digits. */
  private static BigDecimal ratio(Amount part, Amount whole) {
    return BigDecimal.valueOf(part.fen())
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole.fen()), PRECISION);
  }

  /** Whether some x in [lo, hi] rounds half-up to {@code printed}, allowing {@code slack}. */
  private static boolean roundsInto(
      Percent printed, BigDecimal lo, BigDecimal hi, BigDecimal slack) {
    BigDecimal p = printed.value();
    BigDecimal from = p.subtract(HALF_HUNDREDTH).subtract(slack);
    BigDecimal to = p.add(HALF_HUNDREDTH).add(slack);
    return hi.compareTo(from) >= 0 && lo.compareTo(to) <= 0;
  }

  private static void checkPriors(BudgetDocument doc, Findings out) {
    List<NarrativeFigure> figures = doc.budget().narrative();
    List<NarrativeFigure> income = topIncome(figures, null);
    List<NarrativeFigure> spending = plain(figures, Measure.BASIC, Measure.PROJECT);
    List<NarrativeFigure> gpKinds =
        plain(figures, Measure.GENERAL_PUBLIC_BASIC, Measure.GENERAL_PUBLIC_PROJECT);
    consistent(out, plain(figures, Measure.EXPENDITURE_TOTAL), spending, 2);
    consistent(out, plain(figures, Measure.GENERAL_PUBLIC_TOTAL), gpKinds, 2);
    consistent(out, plain(figures, Measure.INCOME_TOTAL), income, 0);
    consistent(
        out, plain(figures, Measure.INCOME_TOTAL), plain(figures, Measure.EXPENDITURE_TOTAL), 1);
    consistent(out, income, spending, 2);
    consistent(out, topIncome(figures, FundSource.GENERAL_PUBLIC), gpKinds, 2);
    for (FundSource group : FundSource.values()) {
      Optional<NarrativeFigure> g =
          figures.stream()
              .filter(
                  f -> f.measure() == Measure.INCOME_BY_FUND && f.fund().equals(Optional.of(group)))
              .findFirst();
      if (g.isPresent()) {
        List<NarrativeFigure> members =
            figures.stream()
                .filter(
                    f ->
                        f.measure() == Measure.INCOME_BY_FUND
                            && f.fund().isPresent()
                            && f.fund().get().parent().equals(Optional.of(group)))
                .collect(Collectors.toList());
        consistent(out, List.of(g.get()), members, members.isEmpty() ? -1 : members.size());
      }
    }
    consistent(
        out,
        plain(figures, Measure.THREE_PUBLIC_TOTAL),
        plain(
            figures,
            Measure.THREE_PUBLIC_OVERSEAS,
            Measure.THREE_PUBLIC_RECEPTION,
            Measure.THREE_PUBLIC_VEHICLE_PURCHASE,
            Measure.THREE_PUBLIC_VEHICLE_OPERATION),
        0);
    byFunction(
        out, figures, Measure.GENERAL_PUBLIC_BY_FUNCTION, Measure.GENERAL_PUBLIC_TOTAL, gpKinds);
    byFunction(out, figures, Measure.FISCAL_BY_FUNCTION, Measure.FISCAL_TOTAL, List.of());
  }

  /** Totals against 类 and 项 figures, and each 类 against its 项. */
  private static void byFunction(
      Findings out,
      List<NarrativeFigure> figures,
      Measure measure,
      Measure totalMeasure,
      List<NarrativeFigure> kinds) {
    List<NarrativeFigure> total = plain(figures, totalMeasure);
    List<NarrativeFigure> whole =
        !total.isEmpty() && total.get(0).yearOnYear().isPresent() ? total : kinds;
    for (CodeLevel level : CodeLevel.values()) {
      List<NarrativeFigure> atLevel =
          figures.stream()
              .filter(
                  f ->
                      f.measure() == measure
                          && f.function().isPresent()
                          && f.function().get().level() == level)
              .collect(Collectors.toList());
      consistent(out, whole, atLevel, 0);
      if (level == CodeLevel.CLASS) {
        for (NarrativeFigure k : atLevel) {
          FunctionCode code = k.function().get();
          List<NarrativeFigure> items =
              figures.stream()
                  .filter(
                      f ->
                          f.measure() == measure
                              && f.function().isPresent()
                              && f.function().get().level() == CodeLevel.ITEM
                              && code.isAncestorOf(f.function().get()))
                  .collect(Collectors.toList());
          consistent(out, List.of(k), items, 0);
        }
      }
    }
  }

  /** The figures of these measures that name no fund and no function. */
  private static List<NarrativeFigure> plain(List<NarrativeFigure> figures, Measure... measures) {
    List<NarrativeFigure> result = new ArrayList<>();
    for (NarrativeFigure f : figures) {
      if (f.fund().isEmpty() && f.function().isEmpty() && List.of(measures).contains(f.measure())) {
        result.add(f);
      }
    }
    return result;
  }

  /**
   * The income figures by fund printed with a year-on-year change, within {@code group} (all, for
   * {@code null}), that no other such figure contains.
   */
  private static List<NarrativeFigure> topIncome(List<NarrativeFigure> figures, FundSource group) {
    List<NarrativeFigure> byFund =
        figures.stream()
            .filter(f -> f.measure() == Measure.INCOME_BY_FUND && f.fund().isPresent())
            .filter(f -> f.yearOnYear().isPresent())
            .filter(f -> group == null || f.fund().get().isWithin(group))
            .collect(Collectors.toList());
    List<NarrativeFigure> result = new ArrayList<>();
    for (NarrativeFigure f : byFund) {
      FundSource s = f.fund().get();
      boolean contained =
          byFund.stream()
              .anyMatch(o -> o != f && o.fund().get() != s && s.isWithin(o.fund().get()));
      if (!contained) {
        result.add(f);
      }
    }
    return result;
  }

  /**
   * Compares the implied priors of {@code whole} and {@code parts} when both are printed with
   * year-on-year changes and this year's amounts agree (so that the parts cover the whole). {@code
   * minParts} is how many parts are needed, 0 for any non-empty list, negative to skip.
   */
  private static void consistent(
      Findings out, List<NarrativeFigure> whole, List<NarrativeFigure> parts, int minParts) {
    if (minParts < 0 || whole.isEmpty() || parts.isEmpty() || parts.size() < minParts) {
      return;
    }
    if (whole.stream().anyMatch(parts::contains)) {
      return;
    }
    List<NarrativeFigure> all = new ArrayList<>(whole);
    all.addAll(parts);
    if (all.stream().anyMatch(f -> f.yearOnYear().isEmpty())) {
      return;
    }
    if (!amount(whole).equals(amount(parts))) {
      return;
    }
    Amount wholePrior = prior(whole);
    Amount partsPrior = prior(parts);
    Amount tolerance = HALF_PRINTED_UNIT.multipliedBy(all.size());
    if (wholePrior.minus(partsPrior).abs().isGreaterThan(tolerance)) {
      out.report(
          Location.at("narrative " + labels(whole) + " vs " + labels(parts)),
          "Implied prior-year figures disagree: "
              + priors(whole)
              + " = "
              + wan(wholePrior)
              + ", but "
              + priors(parts)
              + " = "
              + wan(partsPrior),
          wan(wholePrior),
          wan(partsPrior));
    }
  }

  private static Amount amount(List<NarrativeFigure> figures) {
    Amount sum = Amount.zero();
    for (NarrativeFigure f : figures) {
      sum = sum.plus(f.amount());
    }
    return sum;
  }

  private static Amount prior(List<NarrativeFigure> figures) {
    Amount sum = Amount.zero();
    for (NarrativeFigure f : figures) {
      sum = sum.plus(f.yearOnYear().get().impliedPrior(f.amount()));
    }
    return sum;
  }

  private static String labels(List<NarrativeFigure> figures) {
    return figures.stream().map(NarrativeFigure::label).collect(Collectors.joining(" + "));
  }

  private static String priors(List<NarrativeFigure> figures) {
    StringJoiner j = new StringJoiner(" + ");
    for (NarrativeFigure f : figures) {
      j.add(f.label() + " " + wan(f.yearOnYear().get().impliedPrior(f.amount())));
    }
    return j.toString();
  }

  private static void checkOperatingCosts(BudgetDocument doc, Findings out) {
    Optional<OperatingCosts> costs = doc.budget().operatingCosts();
    if (costs.isEmpty() || doc.layoutTables().isEmpty()) {
      return;
    }
    Optional<Spot> cell =
        tableFigure(
            doc.layoutTables().get(), Measure.OPERATING_COSTS, Optional.empty(), Optional.empty());
    if (cell.isPresent() && !cell.get().amount().equals(costs.get().amount())) {
      out.report(
          cell.get().location("机关运行经费"),
          "机关运行经费 differs from " + cell.get(),
          wan(cell.get().amount()),
          wan(costs.get().amount()));
    }
  }

  /** The narrative's 三公经费 against the table cells printing each of its figures. */
  private static void checkThreePublicCosts(BudgetDocument doc, Findings out) {
    Optional<ThreePublicCosts> costs = doc.budget().threePublicCosts();
    if (costs.isEmpty() || doc.layoutTables().isEmpty()) {
      return;
    }
    PrintedTables tables = doc.layoutTables().get();
    for (Figure figure : THREE_PUBLIC) {
      Optional<Spot> cell = figureCell(tables, figure);
      Amount stated = figure.of(doc.budget()).orElseThrow();
      if (cell.isPresent() && !cell.get().amount().equals(stated)) {
        out.report(
            cell.get().location("narrative 三公经费 " + figure.label()),
            "The narrative's " + figure.label() + " differs from " + cell.get(),
            wan(cell.get().amount()),
            wan(stated));
      }
    }
  }

  private static final List<Figure> THREE_PUBLIC =
      List.of(
          Figure.THREE_PUBLIC_TOTAL,
          Figure.OVERSEAS_TRAVEL,
          Figure.RECEPTION,
          Figure.VEHICLES,
          Figure.VEHICLE_PURCHASE,
          Figure.VEHICLE_OPERATION);

  /** The cell printing {@code figure} in a whole-table column (合计), if any. */
  private static Optional<Spot> figureCell(PrintedTables tables, Figure figure) {
    for (Term t : Identities.cellsFor(tables, Subject.of(figure))) {
      Optional<ColumnSpec> c = tables.spec(t.table()).column(t.cell().column());
      if (c.isPresent() && c.get().slice().isAll() && c.get().figure().isEmpty()) {
        return Optional.of(spot(tables, t));
      }
    }
    return Optional.empty();
  }
}
