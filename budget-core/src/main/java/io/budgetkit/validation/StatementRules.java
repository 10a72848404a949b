package io.budgetkit.validation;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.Comparison;
import io.budgetkit.layout.Identities;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.Slice;
import io.budgetkit.layout.Statement;
import io.budgetkit.layout.Subject;
import io.budgetkit.layout.Term;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules on a document's narrative statements ({@link BudgetDocument#statements()}): each figure
 * against the table cell that sums the same lines, parts printed after 其中 against their whole, a
 * figure stated twice, and each comparison with last year against itself.
 *
 * <p>Tolerance comes from the printing: a statement printed to 0.01 万元 may be off by 50 元 from the
 * exact figure, and the table figure it restates counts exactly where it was printed to the fen (or
 * in whole 元 in a layout of whole-元 amounts); a rate printed to two decimals is checked against the
 * range of rates its rounded figures allow.
 */
public final class StatementRules {
  private StatementRules() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The statement rules. */
  public static ImmutableList<Rule<BudgetDocument>> all() {
    return ImmutableList.of(
        Rule.of(
            "statement.table",
            "a narrative figure equals the table cell that sums the same lines",
            Severity.ERROR,
            Optional.of("half a unit of the statement's last printed digit"),
            StatementRules::checkTable),
        Rule.of(
            "statement.rounding",
            "a narrative figure restating a table cell is the cell rounded half-up, not cut off",
            Severity.WARNING,
            Optional.of(
                "one unit of the statement's last printed digit, when the figure is the"
                    + " cell cut off there"),
            StatementRules::checkRounding),
        Rule.of(
            "statement.parts",
            "figures printed after 其中 that make up their whole add up to it",
            Severity.ERROR,
            Optional.of("half a unit of each figure's last printed digit"),
            StatementRules::checkParts),
        Rule.of(
            "statement.twice",
            "a figure the narrative states twice is the same both times",
            Severity.ERROR,
            Optional.of("half a unit of each figure's last printed digit"),
            StatementRules::checkTwice),
        Rule.of(
            "statement.comparison",
            "a comparison with last year agrees with itself: figure − prior = change, change ÷"
                + " prior = rate, 持平 = no change",
            Severity.ERROR,
            Optional.of("the range the printed rounding allows"),
            StatementRules::checkComparison),
        Rule.of(
            "statement.base-year",
            "a comparison names the year before the budget year",
            Severity.WARNING,
            Optional.empty(),
            StatementRules::checkBaseYear));
  }

  /** Half a unit of the last digit printed, in fen (0 when printed to the fen). */
  private static long slack(MoneyUnit unit, int decimals) {
    long lastDigit = unit.yuan() * 100;
    for (int i = 0; i < decimals && lastDigit > 1; i++) {
      lastDigit /= 10;
    }
    return lastDigit <= 1 ? 0 : lastDigit / 2;
  }

  private static long slack(Statement s) {
    return slack(s.unit(), s.decimals());
  }

  private static String fmt(Amount a, Statement s) {
    return a.format(s.unit()) + " " + s.unit().label();
  }

  private static Location where(Statement s, int index) {
    return Location.at("narrative " + (index + 1) + " " + s.label());
  }

  private static void report(
      Findings out, Statement s, int index, String message, String expected, String actual) {
    out.report(where(s, index), message, expected, actual, s.evidence().orElse(null));
  }

  /** What a restatement check sees: the statement, the cell it restates and their figures. */
  private interface Restatement {
    void check(int index, Statement s, PrintedTables tables, Term cell, Amount exact, long allowed);
  }

  /**
   * Calls {@code check} for every money statement that restates a table cell (the first cell of the
   * same slice), with the cell's figure and the rounding both printings allow.
   */
  private static void eachRestatement(BudgetDocument doc, Restatement check) {
    if (doc.layoutTables().isEmpty()) {
      return;
    }
    PrintedTables tables = doc.layoutTables().get();
    List<Statement> statements = doc.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.amount().isEmpty()) {
        continue;
      }
      List<Term> cells = Identities.cellsFor(tables, s.subject());
      if (cells.isEmpty()) {
        continue;
      }
      Term cell = cells.get(0);
      Amount exact =
          tables.table(cell.table()).flatMap(t -> t.cell(cell.cell())).orElse(Amount.zero());
      check.check(i, s, tables, cell, exact, slack(s) + LayoutRules.slackTwice(tables, cell) / 2);
    }
  }

  private static void checkTable(BudgetDocument doc, Findings out) {
    eachRestatement(
        doc,
        (i, s, tables, cell, printed, allowed) -> {
          Amount stated = s.amount().get();
          if (stated.minus(printed).abs().fen() > allowed && !isCutOff(stated, printed, s)) {
            report(
                out,
                s,
                i,
                "the narrative states "
                    + s.label()
                    + " as "
                    + fmt(stated, s)
                    + " but "
                    + LayoutRules.describe(tables, cell)
                    + " prints "
                    + printed.format(tables.spec(cell.table()).unit())
                    + " "
                    + tables.spec(cell.table()).unit().label(),
                fmt(printed, s),
                fmt(stated, s));
          }
        });
  }

  /**
   * Whether {@code stated} is {@code exact} cut off (rounded toward zero) at the statement's last
   * printed digit, rather than rounded half-up: a rounding slip, reported by statement.rounding.
   */
  private static boolean isCutOff(Amount stated, Amount exact, Statement s) {
    long unit = 2 * slack(s);
    if (unit == 0) {
      return false;
    }
    long cut = exact.fen() / unit * unit;
    return stated.fen() == cut && cut != exact.fen();
  }

  private static void checkRounding(BudgetDocument doc, Findings out) {
    eachRestatement(
        doc,
        (i, s, tables, cell, exact, allowed) -> {
          Amount stated = s.amount().get();
          if (stated.minus(exact).abs().fen() > allowed && isCutOff(stated, exact, s)) {
            report(
                out,
                s,
                i,
                s.label()
                    + " is printed "
                    + fmt(stated, s)
                    + ", "
                    + LayoutRules.describe(tables, cell)
                    + " ("
                    + exact.format(tables.spec(cell.table()).unit())
                    + " "
                    + tables.spec(cell.table()).unit().label()
                    + ") cut off instead of rounded",
                fmt(exact, s),
                fmt(stated, s));
          }
        });
  }

  private static void checkParts(BudgetDocument doc, Findings out) {
    if (doc.layoutTables().isEmpty()) {
      return;
    }
    List<Statement> statements = doc.statements();
    for (int w = 0; w < statements.size(); w++) {
      Statement whole = statements.get(w);
      if (whole.amount().isEmpty() || !whole.subject().isSlice()) {
        continue;
      }
      List<Statement> parts = new ArrayList<>();
      for (Statement p : statements) {
        if (p.partOf().isPresent() && p.partOf().getAsInt() == w) {
          parts.add(p);
        }
      }
      if (parts.isEmpty()
          || !parts.stream().allMatch(p -> p.subject().isSlice() && p.amount().isPresent())
          || parts.stream()
              .anyMatch(p -> !p.subject().function().equals(whole.subject().function()))) {
        continue;
      }
      List<Slice> slices = parts.stream().map(p -> p.subject().slice()).toList();
      if (!Identities.partition(
          doc.layoutTables().get().layout(), whole.subject().slice(), slices)) {
        continue; // a partial 其中 list: its parts need not add up
      }
      long sum = 0;
      long allowed = slack(whole);
      for (Statement p : parts) {
        sum = Math.addExact(sum, p.amount().get().fen());
        allowed += slack(p);
      }
      Amount total = Amount.ofFen(sum);
      if (whole.amount().get().minus(total).abs().fen() > allowed) {
        report(
            out,
            whole,
            w,
            whole.label()
                + " is stated as "
                + fmt(whole.amount().get(), whole)
                + " but the "
                + parts.size()
                + " figures after 其中 add up to "
                + fmt(total, whole),
            fmt(total, whole),
            fmt(whole.amount().get(), whole));
      }
    }
  }

  private static boolean sameSubject(Subject a, Subject b) {
    return a.equals(b);
  }

  private static void checkTwice(BudgetDocument doc, Findings out) {
    List<Statement> statements = doc.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement a = statements.get(i);
      for (int j = i + 1; j < statements.size(); j++) {
        Statement b = statements.get(j);
        if (!sameSubject(a.subject(), b.subject())) {
          continue;
        }
        if (a.amount().isPresent() && b.amount().isPresent()) {
          long allowed = slack(a) + slack(b);
          if (a.amount().get().minus(b.amount().get()).abs().fen() > allowed) {
            report(
                out,
                b,
                j,
                b.label()
                    + " is stated as "
                    + fmt(b.amount().get(), b)
                    + " here and as "
                    + fmt(a.amount().get(), a)
                    + " in narrative figure "
                    + (i + 1),
                fmt(a.amount().get(), b),
                fmt(b.amount().get(), b));
          }
        } else if (a.count().isPresent()
            && b.count().isPresent()
            && a.count().getAsLong() != b.count().getAsLong()) {
          report(
              out,
              b,
              j,
              b.label()
                  + " is counted "
                  + b.count().getAsLong()
                  + " here and "
                  + a.count().getAsLong()
                  + " before",
              Long.toString(a.count().getAsLong()),
              Long.toString(b.count().getAsLong()));
        }
      }
    }
  }

  private static void checkComparison(BudgetDocument doc, Findings out) {
    List<Statement> statements = doc.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.comparison().isEmpty() || s.amount().isEmpty()) {
        continue;
      }
      Comparison c = s.comparison().get();
      Amount now = s.amount().get();
      long slack = slack(s);
      if (c.prior().isPresent() && c.change().isPresent()) {
        Amount implied = now.minus(c.prior().get());
        if (implied.minus(c.change().get()).abs().fen() > 3 * slack) {
          report(
              out,
              s,
              i,
              s.label()
                  + ": "
                  + fmt(now, s)
                  + " against last year's "
                  + fmt(c.prior().get(), s)
                  + " is a change of "
                  + fmt(implied, s)
                  + ", not the printed "
                  + fmt(c.change().get(), s),
              fmt(implied, s),
              fmt(c.change().get(), s));
        }
      }
      if (c.flat() && c.prior().isPresent() && now.minus(c.prior().get()).abs().fen() > 2 * slack) {
        report(
            out,
            s,
            i,
            s.label()
                + " is said to be 持平 but "
                + fmt(now, s)
                + " differs from last year's "
                + fmt(c.prior().get(), s),
            fmt(c.prior().get(), s),
            fmt(now, s));
      }
      if (c.rate().isPresent() && (c.prior().isPresent() || c.change().isPresent())) {
        checkRate(s, i, c, slack, out);
      }
    }
  }

  /** The printed rate against the range of rates the rounded figures allow. */
  private static void checkRate(Statement s, int i, Comparison c, long slack, Findings out) {
    long now = s.amount().get().fen();
    // prior and change from whichever is printed; each printed figure may be off by its slack
    long prior = c.prior().map(Amount::fen).orElseGet(() -> now - c.change().get().fen());
    long change = c.change().map(Amount::fen).orElse(now - prior);
    long priorSlack = c.prior().isPresent() ? slack : 2 * slack;
    long changeSlack = c.change().isPresent() ? slack : 2 * slack;
    if (prior - priorSlack <= 0) {
      return; // a zero prior: the document's own convention for the rate applies
    }
    BigDecimal printed = c.rate().get();
    int scale = Math.max(printed.scale(), 0);
    BigDecimal lo = rate(change - changeSlack, prior + priorSlack, scale);
    BigDecimal hi = rate(change + changeSlack, prior - priorSlack, scale);
    BigDecimal a = rate(change - changeSlack, prior - priorSlack, scale);
    BigDecimal b = rate(change + changeSlack, prior + priorSlack, scale);
    BigDecimal min = lo.min(hi).min(a).min(b);
    BigDecimal max = lo.max(hi).max(a).max(b);
    if (printed.compareTo(min) < 0 || printed.compareTo(max) > 0) {
      BigDecimal exact = rate(change, prior, scale);
      report(
          out,
          s,
          i,
          s.label()
              + ": a change of "
              + fmt(Amount.ofFen(change), s)
              + " on last year's "
              + fmt(Amount.ofFen(prior), s)
              + " is "
              + exact.toPlainString()
              + "%, not the printed "
              + printed.toPlainString()
              + "%",
          exact.toPlainString() + "%",
          printed.toPlainString() + "%");
    }
  }

  private static BigDecimal rate(long change, long prior, int scale) {
    return BigDecimal.valueOf(change)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(prior), scale, RoundingMode.HALF_UP);
  }

  private static void checkBaseYear(BudgetDocument doc, Findings out) {
    int expected = doc.budget().fiscalYear() - 1;
    List<Statement> statements = doc.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.comparison().isPresent() && s.comparison().get().baseYear() != expected) {
        report(
            out,
            s,
            i,
            s.label()
                + " is compared with "
                + s.comparison().get().baseYear()
                + "年"
                + s.comparison().get().base().label()
                + " in a "
                + doc.budget().fiscalYear()
                + " budget",
            expected + "年",
            s.comparison().get().baseYear() + "年");
      }
    }
  }
}
