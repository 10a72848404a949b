package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.money.Amount;
import io.budgetkit.table.Disclosure;

/**
 * The rules on a budget document's published tables, its narrative and its disclosed facts: the
 * identities of domain §4 and §5.
 *
 * <p>Table identities (ids {@code tN.hierarchy}, {@code tN.row-columns}, {@code t1.income}, {@code
 * t1-t3.class-totals}, {@code t2-t4.fiscal}, {@code t5-t7.projects} …) run on {@link
 * BudgetDocument#published()} and are skipped when it is absent; each skips a table the disclosure
 * lacks. A blank cell is zero, and so is a row a present table does not print where the identity
 * reads it as a blank (a 类 with no 财政拨款 is absent from 表4). Narrative rules ({@code
 * narrative.amount}, {@code narrative.share}, {@code narrative.growth}, {@code
 * narrative.prior-consistency} …) compare the printed figures with the tables and with their own
 * arithmetic; fact rules check projects against 表7, subsidies, cost indicators, 预算绩效, 政府采购 and
 * staffing.
 *
 * <p>Every table finding is located at a cell ({@link Location#cell}), and its message lists the
 * cells on the other side of the identity. Amounts are in 万元 with two decimals. Sums of table
 * figures are exact by default; {@link #all(Amount)} allows a rounding tolerance (尾差) for documents
 * whose tables were rounded from 元 one cell at a time.
 */
public final class DisclosureRules {
  private DisclosureRules() {}

  /** Every rule, with table sums exact to the fen of 万元. */
  public static ImmutableList<Rule<BudgetDocument>> all() {
    return all(Amount.zero());
  }

  /**
   * Every rule, allowing sums of table figures to differ from their printed total by up to {@code
   * tolerance}.
   *
   * @throws IllegalArgumentException if the tolerance is negative
   */
  public static ImmutableList<Rule<BudgetDocument>> all(Amount tolerance) {
    requireNonNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("Tolerance " + tolerance + " is negative");
    }
    ImmutableList.Builder<Rule<BudgetDocument>> rules = ImmutableList.builder();
    for (Rule<Disclosure> r : TableRules.all(tolerance)) {
      rules.add(onPublished(r));
    }
    rules.addAll(NarrativeRules.all());
    rules.addAll(DocumentRules.all());
    return rules.build();
  }

  /** The table rules alone, on a {@link Disclosure}, with table sums exact to the fen of 万元. */
  public static ImmutableList<Rule<Disclosure>> tables() {
    return TableRules.all(Amount.zero());
  }

  /** {@code rule} applied to a document's published tables, if it has them. */
  public static Rule<BudgetDocument> onPublished(Rule<Disclosure> rule) {
    requireNonNull(rule, "rule");
    return Rule.of(
        rule.id(),
        rule.description(),
        rule.defaultSeverity(),
        rule.tolerance(),
        (doc, out) -> doc.published().ifPresent(d -> rule.check(d, out)));
  }
}
