package io.budgetkit.validation;

import static io.budgetkit.validation.BudgetRules.wan;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.layout.CellRef;
import io.budgetkit.layout.ColumnSpec;
import io.budgetkit.layout.Figure;
import io.budgetkit.layout.LabelledRow;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.RowSpec;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.Project;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Rules on the budget's projects against the document's layout tables: the table that lists
 * projects (the seed's 表7), and the printed 公务用车运行费 (表10) against the basic-expenditure economic
 * table's 302 31 (表6); the rules on the disclosed facts alone are budget rules ({@link
 * BudgetRules}). A layout without such a table gives no finding.
 */
final class DocumentRules {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String VEHICLE_OPERATION = "公务用车运行";

  private DocumentRules() {}

  static ImmutableList<Rule<BudgetDocument>> all() {
    return ImmutableList.of(
        Rule.of(
            "projects.t7",
            "Each project's 表7 rows equal its 一般公共预算 lines (its scale when the document has no"
                + " lines), and the projects add up to 表7 合计",
            Severity.ERROR,
            Optional.of("none"),
            DocumentRules::checkProjectsInTable),
        Rule.of(
            "t10.vehicle-operation",
            "表10 公务用车运行费 is covered by 表6 302 31 plus the projects' 公务用车运行维护费",
            Severity.WARNING,
            Optional.of("none"),
            DocumentRules::checkVehicleOperation));
  }

  // ---------------------------------------------------------------------------------------------

  /** The tables of a document's layout, with the layout table of each. */
  private record Table(PrintedTable printed, TableSpec spec, String name) {
    /** The column that sums the table's whole slice (合计), if any. */
    Optional<String> wholeColumn() {
      return spec.columns().stream()
          .filter(c -> c.slice().isAll() && c.figure().isEmpty())
          .map(ColumnSpec::id)
          .findFirst();
    }

    /** The printed labelled row over the whole table (合计), if any. */
    Optional<RowKey> totalRow() {
      return spec.rows().labelled().stream()
          .filter(
              r -> r.slice().isAll() && r.figure().isEmpty() && printed.row(r.key()).isPresent())
          .map(LabelledRow::key)
          .findFirst();
    }

    Amount amount(RowKey row, String column) {
      return printed.cell(new CellRef(row, column)).orElse(Amount.zero());
    }

    Location at(RowKey row, String column) {
      return new Location(
          Optional.of(name), Optional.of(row.id()), Optional.of(column), Optional.empty());
    }
  }

  private static Optional<Table> table(BudgetDocument doc, Predicate<TableSpec> which) {
    if (doc.layoutTables().isEmpty()) {
      return Optional.empty();
    }
    PrintedTables tables = doc.layoutTables().get();
    for (PrintedTable t : tables.tables()) {
      TableSpec spec = tables.spec(t.key());
      if (which.test(spec)) {
        return Optional.of(
            new Table(t, spec, "表" + spec.number() + spec.part().map(p -> " " + p).orElse("")));
      }
    }
    return Optional.empty();
  }

  private static void checkProjectsInTable(BudgetDocument doc, Findings out) {
    List<Project> projects = doc.budget().projects();
    Optional<Table> found = table(doc, spec -> spec.rows().projects());
    if (projects.isEmpty() || found.isEmpty() || found.get().wholeColumn().isEmpty()) {
      return;
    }
    Table t7 = found.get();
    String total = t7.wholeColumn().get();
    List<TableRow> rows = new ArrayList<>();
    for (TableRow r : t7.printed().rows()) {
      if (r.key() instanceof RowKey.Project) {
        rows.add(r);
      }
    }
    Map<String, Amount> fromLines = generalPublicByProject(doc.budget());
    Map<String, List<TableRow>> byName = new HashMap<>();
    for (TableRow r : rows) {
      byName
          .computeIfAbsent(squeeze(((RowKey.Project) r.key()).project()), k -> new ArrayList<>())
          .add(r);
    }
    Set<TableRow> matched = new HashSet<>();
    Amount expectedTotal = Amount.zero();
    boolean unknown = false;
    for (Project p : projects) {
      List<TableRow> own = rowsOf(byName, p);
      matched.addAll(own);
      // With lines, 表7 shows exactly the project's 一般公共预算 lines; without them, a published
      // document is read as the seed's are: a project in 表7 is wholly 一般公共预算. Without lines
      // and without a printed scale, nothing is expected of the project's rows.
      if (doc.budget().lines().isEmpty() && p.scale().isEmpty()) {
        unknown = true;
        continue;
      }
      Amount expected =
          doc.budget().lines().isEmpty()
              ? p.scale().get()
              : fromLines.getOrDefault(p.qualifiedName(), Amount.zero());
      expectedTotal = expectedTotal.plus(expected);
      Amount printed = Amount.zero();
      for (TableRow r : own) {
        printed = printed.plus(t7.amount(r.key(), total));
      }
      if (own.isEmpty() && !expected.isZero()) {
        out.report(
            new Location(
                Optional.of(t7.name()),
                Optional.empty(),
                Optional.of(total),
                Optional.of("project " + p.name())),
            "Project '" + p.tableName() + "' has no row in " + t7.name(),
            wan(expected),
            wan(Amount.zero()));
      } else if (!own.isEmpty() && !printed.equals(expected)) {
        out.report(
            t7.at(own.get(0).key(), total),
            t7.name()
                + " "
                + (own.size() == 1 ? "row" : own.size() + " rows")
                + " of project '"
                + p.name()
                + "' differ from "
                + (doc.budget().lines().isEmpty() ? "its scale (预算安排规模)" : "its 一般公共预算 lines"),
            wan(expected),
            wan(printed));
      }
    }
    for (TableRow r : rows) {
      if (!matched.contains(r)) {
        out.report(
            t7.at(r.key(), total),
            t7.name() + " prints project '" + r.name() + "', which the budget does not describe",
            wan(Amount.zero()),
            wan(t7.amount(r.key(), total)));
      }
    }
    if (unknown) {
      return;
    }
    Optional<RowKey> totalRow = t7.totalRow();
    if (totalRow.isEmpty()) {
      return;
    }
    Amount printedTotal = t7.amount(totalRow.get(), total);
    Amount unnamed =
        doc.budget().lines().isEmpty() ? Amount.zero() : unnamedGeneralPublicProjects(doc.budget());
    if (!printedTotal.equals(expectedTotal.plus(unnamed))) {
      out.report(
          t7.at(totalRow.get(), total),
          "The projects add up to "
              + wan(expectedTotal.plus(unnamed))
              + ", not "
              + t7.name()
              + " 合计",
          wan(expectedTotal.plus(unnamed)),
          wan(printedTotal));
    }
  }

  /** The current-year 一般公共预算 project lines' totals, by qualified project name. */
  private static Map<String, Amount> generalPublicByProject(UnitBudget budget) {
    Map<String, Amount> sums = new HashMap<>();
    for (BudgetLine l : budget.lines()) {
      if (l.project().isPresent() && l.fund().isWithin(FundSource.GENERAL_PUBLIC)) {
        sums.merge(Project.qualify(l.unit(), l.project().get()), l.amount(), Amount::plus);
      }
    }
    return sums;
  }

  /** 一般公共预算 project expenditure naming no project, which 表7 prints on its 项's own row. */
  private static Amount unnamedGeneralPublicProjects(UnitBudget budget) {
    Amount sum = Amount.zero();
    for (BudgetLine l : budget.lines()) {
      if (l.kind() == ExpenditureKind.PROJECT
          && l.project().isEmpty()
          && l.fund().isWithin(FundSource.GENERAL_PUBLIC)) {
        sum = sum.plus(l.amount());
      }
    }
    return sum;
  }

  /**
   * The 表7 rows printing a project (one per 项 it spans): those printed as its table name, else
   * those printed as its name, white space the PDF inserted ignored; {@code byName} maps each
   * squeezed printed name to its rows.
   */
  private static List<TableRow> rowsOf(Map<String, List<TableRow>> byName, Project p) {
    List<TableRow> rows = byName.get(squeeze(p.tableName()));
    if (rows == null) {
      rows = byName.get(squeeze(p.name()));
    }
    return rows == null ? List.of() : rows;
  }

  private static String squeeze(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) { // every character \s matches is one
        return WHITESPACE.matcher(s).replaceAll("");
      }
    }
    return s; // nothing the pattern would remove
  }

  private static void checkVehicleOperation(BudgetDocument doc, Findings out) {
    Optional<Table> t10 =
        table(
            doc,
            spec ->
                spec.rows().labelled().stream()
                    .anyMatch(r -> r.figure().equals(Optional.of(Figure.VEHICLE_OPERATION))));
    // the economic table of basic expenditure (表6): economic rows, basic kinds only
    Optional<Table> t6 =
        table(
            doc,
            spec ->
                spec.rows().codes() == RowSpec.Codes.ECONOMIC
                    && !spec.slice().kinds().isEmpty()
                    && !spec.slice().kinds().contains(ExpenditureKind.PROJECT));
    if (t10.isEmpty()
        || t6.isEmpty()
        || t10.get().wholeColumn().isEmpty()
        || t6.get().wholeColumn().isEmpty()) {
      return;
    }
    RowKey operation =
        t10.get().spec().rows().labelled().stream()
            .filter(r -> r.figure().equals(Optional.of(Figure.VEHICLE_OPERATION)))
            .findFirst()
            .orElseThrow()
            .key();
    String t10Total = t10.get().wholeColumn().get();
    Amount printed = t10.get().amount(operation, t10Total);
    RowKey e30231 = RowKey.economic("302 31");
    Amount basic = t6.get().amount(e30231, t6.get().wholeColumn().get());
    Amount projects = Amount.zero();
    for (Project p : doc.budget().projects()) {
      for (AllocationPart part : p.allocation()) {
        if (part.item().contains(VEHICLE_OPERATION) && part.amount().isPresent()) {
          projects = projects.plus(part.amount().get());
        }
      }
    }
    Amount cover = basic.plus(projects);
    if (printed.isGreaterThan(cover)) {
      out.report(
          t10.get().at(operation, t10Total),
          "公务用车运行费 exceeds what "
              + t6.get().name()
              + " 302 31 ("
              + wan(basic)
              + ") and the projects' 公务用车运行维护费 ("
              + wan(projects)
              + ") provide",
          "at most " + wan(cover),
          wan(printed));
    }
  }
}
