package io.budgetkit.validation;

import static io.budgetkit.validation.BudgetRules.wan;
import static io.budgetkit.validation.TableRules.TOTAL_ROW;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.Project;
import io.budgetkit.table.Columns;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules on the budget's projects against the published tables (表7, and 表10's 公务用车运行费 against 表6);
 * the rules on the disclosed facts alone are budget rules ({@link BudgetRules}).
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

  private static void checkProjectsInTable(BudgetDocument doc, Findings out) {
    List<Project> projects = doc.budget().projects();
    Optional<DisclosureTable> t7 = doc.published().flatMap(d -> d.table(TableId.T7));
    if (projects.isEmpty() || t7.isEmpty()) {
      return;
    }
    List<TableRow> rows = new ArrayList<>();
    for (TableRow r : t7.get().rows()) {
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
        printed = printed.plus(r.amount(Columns.TOTAL));
      }
      if (own.isEmpty() && !expected.isZero()) {
        out.report(
            new Location(
                Optional.of(TableId.T7.label()),
                Optional.empty(),
                Optional.of(Columns.TOTAL.id()),
                Optional.of("project " + p.name())),
            "Project '" + p.tableName() + "' has no row in 表7",
            wan(expected),
            wan(Amount.zero()));
      } else if (!own.isEmpty() && !printed.equals(expected)) {
        out.report(
            Location.cell(TableId.T7, own.get(0).key(), Columns.TOTAL),
            "表7 "
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
            Location.cell(TableId.T7, r.key(), Columns.TOTAL),
            "表7 prints project '" + r.name() + "', which the budget does not describe",
            wan(Amount.zero()),
            wan(r.amount(Columns.TOTAL)));
      }
    }
    if (unknown) {
      return;
    }
    Amount total = TableRules.columnTotal(new TableView(t7.get()), TOTAL_ROW, Columns.TOTAL);
    Amount unnamed =
        doc.budget().lines().isEmpty() ? Amount.zero() : unnamedGeneralPublicProjects(doc.budget());
    if (!total.equals(expectedTotal.plus(unnamed))) {
      out.report(
          Location.cell(TableId.T7, TOTAL_ROW, Columns.TOTAL),
          "The projects add up to " + wan(expectedTotal.plus(unnamed)) + ", not 表7 合计",
          wan(expectedTotal.plus(unnamed)),
          wan(total));
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
    return WHITESPACE.matcher(s).replaceAll("");
  }

  private static void checkVehicleOperation(BudgetDocument doc, Findings out) {
    Optional<DisclosureTable> t10 = doc.published().flatMap(d -> d.table(TableId.T10));
    Optional<DisclosureTable> t6 = doc.published().flatMap(d -> d.table(TableId.T6));
    if (t10.isEmpty() || t6.isEmpty()) {
      return;
    }
    RowKey operation = RowKey.label("公务用车运行费");
    Amount printed = t10.get().amount(operation, Columns.TOTAL);
    RowKey e30231 = RowKey.economic("302 31");
    Amount basic = t6.get().amount(e30231, Columns.TOTAL);
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
          Location.cell(TableId.T10, operation, Columns.TOTAL),
          "公务用车运行费 exceeds what 表6 302 31 ("
              + wan(basic)
              + ") and the projects' 公务用车运行维护费 ("
              + wan(projects)
              + ") provide",
          "at most " + wan(cover),
          wan(printed));
    }
  }
}
