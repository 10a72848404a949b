package io.budgetkit.pdf;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.Catalog;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.document.DocumentOutline;
import io.budgetkit.document.SourceText;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.Statement;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.pdf.UnreadablePdfException.Reason;
import io.budgetkit.pdf.narrative.NarrativePatterns;
import io.budgetkit.pdf.narrative.NarrativeReader;
import io.budgetkit.pdf.narrative.ProjectPatterns;
import io.budgetkit.pdf.narrative.ProjectReader;
import io.budgetkit.pdf.table.ExtractedTable;
import io.budgetkit.pdf.table.PrintedTablesReader;
import io.budgetkit.pdf.table.TableForm;
import io.budgetkit.pdf.table.TableReader;
import io.budgetkit.pdf.text.Line;
import io.budgetkit.pdf.text.PageLayout;
import io.budgetkit.pdf.text.PdfText;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a published disclosure PDF into a {@link BudgetDocument} whose {@link
 * BudgetDocument#layoutTables()} hold every printed figure in the tables of a {@link Layout}, with
 * its page, box and printed text, and an import report. The layout is given, or recognised from the
 * table titles among the shipped layouts ({@link #auto()}). Where the layout's narrative patterns
 * describe project descriptions (项目经费情况说明), each one printed becomes a project of the budget
 * ({@link ImportResult#projects()}). Thread-safe: one importer may import many files in parallel.
 *
 * <pre>{@code
 * ImportResult r = PdfImporter.auto().importFile(Path.of("2025_财政局_部门预算.pdf"));
 * r.document().layoutTables().orElseThrow().table("t3");
 * }</pre>
 */
public final class PdfImporter {
  private static final Pattern UNIT_NAME = Pattern.compile("(?:编制单位|编制部门|预算单位)[:：]\\s*(\\S+)");
  private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");

  private final Optional<Layout> layout;
  private final ImportLimits limits;
  private final Catalog catalog;

  private PdfImporter(Optional<Layout> layout, ImportLimits limits, Catalog catalog) {
    this.layout = layout;
    this.limits = limits;
    this.catalog = catalog;
  }

  /** An importer that recognises the layout among the shipped ones by the table titles. */
  public static PdfImporter auto() {
    return new PdfImporter(Optional.empty(), ImportLimits.DEFAULT, Catalog.standard());
  }

  /** An importer for documents of {@code layout}. */
  public static PdfImporter of(Layout layout) {
    return new PdfImporter(
        Optional.of(requireNonNull(layout, "layout")), ImportLimits.DEFAULT, Catalog.standard());
  }

  /** This importer with other limits. */
  public PdfImporter withLimits(ImportLimits newLimits) {
    return new PdfImporter(layout, requireNonNull(newLimits, "limits"), catalog);
  }

  /**
   * Imports the PDF at {@code file}.
   *
   * @throws UnreadablePdfException if the file cannot be read or is not an importable PDF
   */
  public ImportResult importFile(Path file) {
    requireNonNull(file, "file");
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new UnreadablePdfException(
            Reason.TOO_LARGE,
            name + ": " + size + " bytes, more than the limit of " + limits.maxBytes());
      }
      return importBytes(name, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UnreadablePdfException(
          Reason.DAMAGED, name + ": cannot read the file: " + e.getMessage(), e);
    }
  }

  /** Imports the PDF read from {@code in}, named {@code name} in messages. */
  public ImportResult importStream(String name, InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      return importBytes(name, bytes);
    } catch (IOException e) {
      throw new UnreadablePdfException(
          Reason.DAMAGED, name + ": cannot read the stream: " + e.getMessage(), e);
    }
  }

  /** Imports the PDF in {@code bytes}, named {@code name} in messages. */
  public ImportResult importBytes(String name, byte[] bytes) {
    requireNonNull(name, "name");
    requireNonNull(bytes, "bytes");
    PdfText text = PdfText.read(name, bytes, limits);
    Layout chosen = layout.orElseGet(() -> recognise(text));
    List<TableForm> forms = TableForm.of(chosen);
    TableReader reader = new TableReader(text);
    List<ExtractedTable> tables = reader.read(forms);
    if (tables.isEmpty()) {
      throw new UnreadablePdfException(
          Reason.UNKNOWN_LAYOUT,
          name
              + ": none of the "
              + forms.size()
              + " tables of layout "
              + chosen.id()
              + " found (expected titles such as '"
              + chosen.tables().get(0).title(2025)
              + "')");
    }
    List<Finding> findings = new ArrayList<>(reader.findings());
    PrintedTablesReader keyed =
        new PrintedTablesReader(catalog, DocumentOutline.shanghaiPutuo().formerClassNames());
    PrintedTables printed = keyed.read(chosen, tables);
    findings.addAll(keyed.findings());
    for (PageLayout p : text.pages()) {
      if (p.lines().isEmpty()) {
        findings.add(
            Finding.builder()
                .ruleId("pdf.page-without-text")
                .severity(Severity.WARNING)
                .location(Location.at("page " + p.page()))
                .message("page " + p.page() + " has no readable text")
                .build());
      }
    }
    Optional<String> unit = find(text, UNIT_NAME);
    if (unit.isEmpty()) {
      findings.add(
          Finding.builder()
              .ruleId("pdf.unit-name-missing")
              .severity(Severity.WARNING)
              .location(Location.at("document"))
              .message("no 编制单位/编制部门/预算单位 line found; the unit is named after the file")
              .build());
    }
    int year = year(text, tables).orElse(0);
    if (year == 0) {
      findings.add(
          Finding.builder()
              .ruleId("pdf.year-missing")
              .severity(Severity.ERROR)
              .location(Location.at("document"))
              .message("no budget year found in the table titles or the text")
              .build());
    }
    SourceText source = text.sourceText();
    List<ProjectReader.Reading> projects = List.of();
    Optional<ProjectPatterns> projectPatterns = ProjectPatterns.forLayout(chosen.id());
    if (projectPatterns.isPresent()) {
      ProjectReader.Result read = ProjectReader.of(projectPatterns.get()).read(source);
      projects = read.projects();
      findings.addAll(read.findings());
    }
    UnitBudget budget =
        UnitBudget.builder()
            .profile(
                UnitProfile.builder()
                    .name(unit.orElse(name))
                    .region(
                        chosen.region().isBlank() ? Optional.empty() : Optional.of(chosen.region()))
                    .build())
            .fiscalYear(year)
            .addAllProjects(projects.stream().map(ProjectReader.Reading::project).toList())
            .build();
    List<Statement> statements = List.of();
    Optional<NarrativePatterns> narrative = NarrativePatterns.forLayout(chosen.id());
    if (narrative.isPresent()) {
      NarrativeReader.Result read =
          NarrativeReader.of(narrative.get())
              .read(
                  source,
                  Optional.of(printed),
                  catalog,
                  DocumentOutline.shanghaiPutuo().formerClassNames());
      statements = read.statements();
      findings.addAll(read.findings());
    }
    BudgetDocument document =
        BudgetDocument.builder()
            .budget(budget)
            .layoutTables(printed)
            .level(chosen.level())
            .sourceText(source)
            .statements(statements)
            .build();
    return new ImportResult(
        name,
        document,
        chosen,
        text.pages().size(),
        ImmutableList.copyOf(tables),
        ImmutableList.copyOf(projects),
        ImmutableList.copyOf(findings));
  }

  /** The year in the first table title that prints one, else the first 20xx年 of the text. */
  private static Optional<Integer> year(PdfText text, List<ExtractedTable> tables) {
    for (ExtractedTable t : tables) {
      Optional<Integer> y = t.form().year(t.title().replace(" ", ""));
      if (y.isPresent()) {
        return y;
      }
    }
    return find(text, YEAR).map(Integer::parseInt);
  }

  /** The shipped layout whose table titles the document prints most of. */
  static Layout recognise(PdfText text) {
    Layout best = null;
    int bestCount = 0;
    for (Layout l : Layouts.shipped()) {
      int n = TableReader.titles(text, TableForm.of(l)).size();
      if (n > bestCount) {
        best = l;
        bestCount = n;
      }
    }
    if (best == null) {
      throw new UnreadablePdfException(
          Reason.UNKNOWN_LAYOUT,
          text.name()
              + ": unknown layout: no table title of the shipped layouts "
              + Layouts.SHIPPED
              + " found");
    }
    return best;
  }

  private static Optional<String> find(PdfText text, Pattern p) {
    for (PageLayout page : text.pages()) {
      for (Line l : page.lines()) {
        Matcher m = p.matcher(l.text());
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
