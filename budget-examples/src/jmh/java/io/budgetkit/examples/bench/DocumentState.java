package io.budgetkit.examples.bench;

import io.budgetkit.code.Catalog;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SyntheticBudgets;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.Disclosures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A generated budget of {@code lines} lines (seed 2023) as a document whose published tables are
 * the derived ones, with its JSON bytes and their token sequence captured once per trial.
 */
@State(Scope.Benchmark)
public class DocumentState {
  /** Number of budget lines. */
  @Param({"1000", "100000", "1000000"})
  public int lines;

  /** The document: the budget and its derived tables as published. */
  public BudgetDocument document;

  /** {@link BudgetJson#write} of the document. */
  public byte[] json;

  /** The document's JSON as Jackson tokens, for the encode floor. */
  public Floors.Tokens tokens;

  /** A reusable byte sink, sized for the document. */
  public ByteArrayOutputStream sink;

  /** Generates the budget, derives its tables, writes it and captures the tokens. */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    var budget = SyntheticBudgets.generate(lines, 2023L);
    Disclosure derived = Disclosures.derive(budget, Catalog.standard());
    document = BudgetDocument.of(budget, derived);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BudgetJson.write(document, out);
    json = out.toByteArray();
    tokens = Floors.Tokens.capture(json);
    sink = new ByteArrayOutputStream(json.length + json.length / 4);
  }
}
