package io.budgetkit.validation;

import static io.budgetkit.validation.BudgetRules.wan;
import static io.budgetkit.validation.TableRules.TOTAL_ROW;

import com.google.common.collect.ImmutableList;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.StaffCount;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.IndicatorKind;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.Relation;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import io.budgetkit.table.Columns;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on the budget's disclosed facts (projects, subsidies, cost indicators, 预算绩效, 政府采购,
 * staffing) on their own and against the published tables.
 */
final class DocumentRules {
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");
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
            DocumentRules::checkVehicleOperation),
        Rule.<UnitBudget>of(
                "performance.summary",
                "预算绩效情况 counts every project and their total scale",
                Severity.ERROR,
                Optional.of("none"),
                DocumentRules::checkPerformanceSummary)
            .on(BudgetDocument::budget),
        Rule.<UnitBudget>of(
                "procurement.parts",
                "政府采购预算 = 货物 + 工程 + 服务",
                Severity.ERROR,
                Optional.of("none"),
                DocumentRules::checkProcurementParts)
            .on(BudgetDocument::budget),
        Rule.<UnitBudget>of(
                "procurement.reserved",
                "The amount reserved for SMEs is at most the procurement budget, that for small and"
                    + " micro enterprises at most the SME reservation",
                Severity.ERROR,
                Optional.of("none"),
                DocumentRules::checkProcurementReserved)
            .on(BudgetDocument::budget),
        Rule.<UnitBudget>of(
                "staffing.counts",
                "实有人数 is the sum of its printed parts (在职, 退休, 离休)",
                Severity.ERROR,
                Optional.empty(),
                DocumentRules::checkStaffing)
            .on(BudgetDocument::budget),
        Rule.<UnitBudget>of(
                "subsidy.standard",
                "补贴人数 × 补贴标准 × payments a year matches the project's scale",
                Severity.WARNING,
                Optional.of(
                    "half a unit of the standard's last printed decimal × recipients × payments,"
                        + " plus ±0.005 万元 for the printed scale"),
                DocumentRules::checkSubsidies)
            .on(BudgetDocument::budget),
        Rule.<UnitBudget>of(
                "subsidy.period",
                "A subsidy standard that states no period cannot be checked; says which periods"
                    + " would match the scale",
                Severity.INFO,
                Optional.of("as subsidy.standard"),
                DocumentRules::checkSubsidyPeriods)
            .on(BudgetDocument::budget),
        Rule.<UnitBudget>of(
                "performance.cost-indicators",
                "A target's cost indicators in 万元 or 元 (stated with = or no relation) add up to"
                    + " its 年度预算总额",
                Severity.WARNING,
                Optional.of("none"),
                DocumentRules::checkCostIndicators)
            .on(BudgetDocument::budget));
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
    for (Project p : projects) {
      // With lines, 表7 shows exactly the project's 一般公共预算 lines; without them, a published
      // document is read as the seed's are: a project in 表7 is wholly 一般公共预算.
      Amount expected =
          doc.budget().lines().isEmpty()
              ? p.scale()
              : fromLines.getOrDefault(p.qualifiedName(), Amount.zero());
      expectedTotal = expectedTotal.plus(expected);
      List<TableRow> own = rowsOf(byName, p);
      matched.addAll(own);
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

  private static void checkPerformanceSummary(UnitBudget b, Findings out) {
    Optional<PerformanceSummary> s = b.performanceSummary();
    if (s.isEmpty() || b.projects().isEmpty()) {
      return;
    }
    Location where = Location.at("预算绩效情况");
    int count = s.get().fiscalProjects() + s.get().nonFiscalProjects();
    if (count != b.projects().size()) {
      out.report(
          where,
          "预算绩效情况 counts " + count + " projects; the budget describes " + b.projects().size(),
          String.valueOf(b.projects().size()),
          String.valueOf(count));
    }
    Amount scales = Amount.zero();
    for (Project p : b.projects()) {
      scales = scales.plus(p.scale());
    }
    Amount stated = s.get().fiscalAmount().plus(s.get().nonFiscalAmount());
    if (!stated.equals(scales)) {
      out.report(
          where, "预算绩效情况's amount differs from the projects' scales", wan(scales), wan(stated));
    }
  }

  private static void checkProcurementParts(UnitBudget b, Findings out) {
    Optional<GovernmentProcurement> p = b.procurement();
    if (p.isEmpty()) {
      return;
    }
    GovernmentProcurement g = p.get();
    Amount parts = g.goods().plus(g.works()).plus(g.services());
    if (!parts.equals(g.total())) {
      out.report(
          Location.at("政府采购预算"),
          "货物 "
              + wan(g.goods())
              + " + 工程 "
              + wan(g.works())
              + " + 服务 "
              + wan(g.services())
              + " is not the procurement budget",
          wan(parts),
          wan(g.total()));
    }
  }

  private static void checkProcurementReserved(UnitBudget b, Findings out) {
    Optional<GovernmentProcurement> p = b.procurement();
    if (p.isEmpty()) {
      return;
    }
    GovernmentProcurement g = p.get();
    if (g.reservedForSmes().isGreaterThan(g.total())) {
      out.report(
          Location.at("政府采购 面向中小企业预留"),
          "More is reserved for SMEs than the procurement budget holds",
          "at most " + wan(g.total()),
          wan(g.reservedForSmes()));
    }
    if (g.reservedForSmallAndMicro().isGreaterThan(g.reservedForSmes())) {
      out.report(
          Location.at("政府采购 面向小微企业预留"),
          "More is reserved for small and micro enterprises than for SMEs",
          "at most " + wan(g.reservedForSmes()),
          wan(g.reservedForSmallAndMicro()));
    }
  }

  private static void checkStaffing(UnitBudget b, Findings out) {
    if (b.profile().staffing().isEmpty()) {
      return;
    }
    Staffing s = b.profile().staffing().get();
    if (s.counts().isEmpty()) {
      return;
    }
    int sum = 0;
    for (StaffCount c : s.counts()) {
      sum += c.count();
    }
    if (sum != s.actual()) {
      out.report(
          Location.at("staffing 实有人数"),
          "实有人数 " + s.actual() + " is not the sum of its parts " + sum,
          String.valueOf(sum),
          String.valueOf(s.actual()));
    }
  }

  private static void checkSubsidies(UnitBudget b, Findings out) {
    for (Project p : b.projects()) {
      if (p.subsidy().isEmpty() || p.scale().isZero()) {
        continue;
      }
      SubsidyTerms terms = p.subsidy().get();
      SubsidyStandard standard = terms.standard();
      int n = terms.recipients();
      Location where = Location.at("project " + p.name() + " 补贴标准");
      if (standard.period().isEmpty()) {
        continue;
      }
      int k = standard.period().get().perYear();
      if (!within(p.scale(), standard, n, k)) {
        Amount computed = standard.perPerson().multipliedBy((long) n * k);
        out.report(
            where,
            n
                + " recipients × "
                + standard.printed()
                + " × "
                + k
                + " = "
                + wan(computed)
                + " 万元, beyond the rounding of the standard from the scale "
                + wan(p.scale())
                + " (±"
                + tolerance(standard, n, k).toPlainString()
                + " 元)",
            wan(p.scale()),
            wan(computed));
      }
    }
  }

  private static void checkSubsidyPeriods(UnitBudget b, Findings out) {
    for (Project p : b.projects()) {
      if (p.subsidy().isEmpty() || p.subsidy().get().standard().period().isPresent()) {
        continue;
      }
      SubsidyStandard standard = p.subsidy().get().standard();
      int n = p.subsidy().get().recipients();
      Amount onePayment = standard.perPerson().multipliedBy(n);
      List<String> fits = new ArrayList<>();
      for (SubsidyPeriod period : List.of(SubsidyPeriod.YEAR, SubsidyPeriod.MONTH)) {
        if (within(p.scale(), standard, n, period.perYear())) {
          fits.add(period == SubsidyPeriod.YEAR ? "once or yearly" : "monthly");
        }
      }
      out.report(
          Location.at("project " + p.name() + " 补贴标准"),
          "补贴标准 '"
              + standard.printed()
              + "' states no period; "
              + n
              + " recipients × the standard = "
              + wan(onePayment)
              + " 万元 a payment, which "
              + (fits.isEmpty()
                  ? "matches the scale for no period"
                  : "matches the scale if paid " + String.join(" or ", fits)),
          wan(p.scale()),
          wan(onePayment));
    }
  }

  private static boolean within(Amount scale, SubsidyStandard standard, int n, int k) {
    BigDecimal computed = standard.perPerson().toYuan().multiply(BigDecimal.valueOf((long) n * k));
    BigDecimal diff = computed.subtract(scale.toYuan()).abs();
    return diff.compareTo(tolerance(standard, n, k)) <= 0;
  }

  /** In 元: half a unit of the standard's last printed decimal × n × k, plus 50 元 for the scale. */
  static BigDecimal tolerance(SubsidyStandard standard, int n, int k) {
    int decimals = printedDecimals(standard);
    BigDecimal unit = BigDecimal.valueOf(standard.printedUnit().yuan());
    BigDecimal half = unit.multiply(new BigDecimal("0.5")).movePointLeft(decimals);
    return half.multiply(BigDecimal.valueOf((long) n * k))
        .add(NarrativeRules.HALF_PRINTED_UNIT.toYuan())
        .setScale(2, RoundingMode.HALF_UP);
  }

  private static int printedDecimals(SubsidyStandard standard) {
    Matcher m = NUMBER.matcher(standard.printed());
    if (m.find()) {
      return m.group(1) == null ? 0 : m.group(1).length();
    }
    return Math.max(
        0, standard.perPerson().in(standard.printedUnit()).stripTrailingZeros().scale());
  }

  private static void checkCostIndicators(UnitBudget b, Findings out) {
    for (Project p : b.projects()) {
      if (p.performance().isEmpty()) {
        continue;
      }
      PerformanceTarget t = p.performance().get();
      Amount sum = Amount.zero();
      List<String> terms = new ArrayList<>();
      for (PerformanceIndicator i : t.indicators()) {
        if (i.kind() != IndicatorKind.COST
            || !(i.target() instanceof IndicatorTarget.Quantity q)
            || q.relation().filter(r -> r != Relation.EQUAL).isPresent()) {
          continue;
        }
        String unit = squeeze(q.unit());
        MoneyUnit u =
            unit.equals("万元") ? MoneyUnit.WAN_YUAN : unit.equals("元") ? MoneyUnit.YUAN : null;
        if (u == null) {
          continue;
        }
        Amount a;
        try {
          a = Amount.of(q.value(), u);
        } catch (IllegalArgumentException finerThanAFen) {
          continue;
        }
        sum = sum.plus(a);
        terms.add(i.name() + " " + q.printed());
      }
      if (!terms.isEmpty() && !sum.equals(t.totalFunds())) {
        out.report(
            Location.at("performance target of " + p.name()),
            "Cost indicators add up to "
                + wan(sum)
                + " 万元 ("
                + String.join(", ", terms)
                + "), not the 年度预算总额",
            wan(t.totalFunds()),
            wan(sum));
      }
    }
  }
}
