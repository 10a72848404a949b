package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import io.budgetkit.document.Evidence;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One figure the narrative (编制说明, 其他相关情况说明) states, as printed: what it measures, the amount (or
 * count), how it was printed, its comparison with last year, its share, its explanation and where
 * it stands on the page.
 *
 * <p>Statements are the narrative of a document held in a layout; their rules compare each with the
 * tables (by slice, so any 类/款/项, fund source, kind or economic class can be stated), with each
 * other (a figure stated twice, parts stated after 其中) and with their own comparison. Immutable.
 *
 * @param label the words that name the figure, as printed: 财政拨款收入, “一般公共服务支出（类）…（项）”
 * @param subject what it measures
 * @param amount the money stated, absent for a count
 * @param count the count stated, for a counted {@link Fact}
 * @param unit the unit the amount was printed in
 * @param decimals the decimals the amount was printed with
 * @param comparison the year-on-year comparison printed with it
 * @param share the share printed with it (占 x%), as printed, scale kept
 * @param explanation 主要用于… or 主要原因是…, as printed
 * @param partOf the index (in the document's statements) of the whole this figure is printed as a
 *     part of (after 其中)
 * @param evidence where it is printed
 */
public record Statement(
    String label,
    Subject subject,
    Optional<Amount> amount,
    OptionalLong count,
    MoneyUnit unit,
    int decimals,
    Optional<Comparison> comparison,
    Optional<BigDecimal> share,
    Optional<String> explanation,
    OptionalInt partOf,
    Optional<Evidence> evidence) {

  /** Checks the components: money or a count, as the subject needs. */
  public Statement {
    requireNonNull(label, "label");
    requireNonNull(subject, "subject");
    requireNonNull(amount, "amount");
    requireNonNull(count, "count");
    requireNonNull(unit, "unit");
    requireNonNull(comparison, "comparison");
    requireNonNull(share, "share");
    requireNonNull(explanation, "explanation");
    requireNonNull(partOf, "partOf");
    requireNonNull(evidence, "evidence");
    boolean counted = subject.fact().map(Fact::isCount).orElse(false);
    if (counted != count.isPresent() || counted == amount.isPresent()) {
      throw new IllegalArgumentException(
          "Statement '"
              + label
              + "' must state "
              + (counted ? "a count and no amount" : "an amount and no count"));
    }
    if (decimals < 0) {
      throw new IllegalArgumentException("Negative decimals for '" + label + "': " + decimals);
    }
  }

  /** A money statement printed in 万元 with two decimals, with nothing else. */
  public static Statement of(String label, Subject subject, Amount amount) {
    return new Statement(
        label,
        subject,
        Optional.of(amount),
        OptionalLong.empty(),
        MoneyUnit.WAN_YUAN,
        2,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty());
  }
}
