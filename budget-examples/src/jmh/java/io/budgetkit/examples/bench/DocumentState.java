package io.budgetkit.examples.bench;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.examples.SyntheticBudgets;
import io.budgetkit.json.BudgetJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A generated budget of {@code lines} lines (seed 2023) as a document whose printed tables are its
 * tables derived in the seed's layout, with its JSON bytes and their token sequence captured once
 * per trial.
 */
@State(Scope.Benchmark)
public class DocumentState {
  /** Number of budget lines. */
  @Param({"1000", "100000", "1000000"})
  public int lines;

  /** The document: the budget and its derived tables as printed. */
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
    document = BenchDocuments.document(SyntheticBudgets.generate(lines, 2023L));
    json = BenchDocuments.json(document);
    tokens = Floors.Tokens.capture(json);
    sink = new ByteArrayOutputStream(json.length + json.length / 4);
  }
}
