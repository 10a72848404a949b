package io.budgetkit.pdf;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.Layout;
import io.budgetkit.pdf.narrative.ProjectReader;
import io.budgetkit.pdf.table.ExtractedTable;
import io.budgetkit.pdf.table.TableForm;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Severity;
import java.util.Optional;

/**
 * What one import produced: the document (with its source text), the layout used, the tables read
 * with their printed figures, and the import report — findings about what could not be read and
 * about the tables' own identities, each with its page. Immutable.
 *
 * @param source the input's name
 * @param document the imported document
 * @param layout the layout used
 * @param pages the number of pages read
 * @param tables the tables read, in the layout's order, as printed (before keying by the layout)
 * @param projects the projects read from the document's project descriptions, in printed order,
 *     with the page and box of each field; the same projects are the budget's {@code projects()}
 *     (the document's JSON keeps the projects, not this evidence)
 * @param findings the import report
 */
public record ImportResult(
    String source,
    BudgetDocument document,
    Layout layout,
    int pages,
    ImmutableList<ExtractedTable> tables,
    ImmutableList<ProjectReader.Reading> projects,
    ImmutableList<Finding> findings) {

  /** The printed table with number {@code number}, if it was read. */
  public Optional<ExtractedTable> table(int number) {
    return tables.stream().filter(t -> t.form().number() == number).findFirst();
  }

  /** Whether the report has an error. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The report as text: a summary line (layout, pages, tables, rows, projects read, findings), then
   * one line per finding with its page.
   */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(source)
        .append(": layout ")
        .append(layout.id())
        .append(", ")
        .append(pages)
        .append(" pages, ")
        .append(tables.size())
        .append('/')
        .append(TableForm.of(layout).size())
        .append(" tables, ")
        .append(tables.stream().mapToInt(t -> t.rows().size()).sum())
        .append(" rows, ")
        .append(projects.size())
        .append(projects.size() == 1 ? " project, " : " projects, ")
        .append(findings.size())
        .append(" findings\n");
    for (Finding f : findings) {
      b.append("  ")
          .append(f.evidence().map(e -> "p" + e.page() + " ").orElse(""))
          .append(f)
          .append('\n');
    }
    return b.toString();
  }
}
