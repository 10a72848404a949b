package io.budgetkit.examples.readme;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.json.BudgetJson;
import io.budgetkit.json.Layouts;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.LayoutDerivation;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.Hierarchy;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.pdf.ImportResult;
import io.budgetkit.pdf.PdfImporter;
import io.budgetkit.table.TableRenderer;
import io.budgetkit.table.TableRow;
import io.budgetkit.validation.ValidationReport;
import io.budgetkit.validation.Validators;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The README's walkthrough, step by step; {@link #main} runs it all. */
public final class Walkthrough {
  private Walkthrough() {}

  /** Codes and money on the seed's figures. */
  static String taste() {
    // README:taste
    FunctionCode code = FunctionCode.parse("2080101"); // 行政运行, any written form
    code.parent(); // Optional[208 01]
    code.at(CodeLevel.CLASS); // 208
    Amount total = Amount.ofWanYuan("14,941.05"); // exact: 149,410,500.00 元
    total.toYuan(); // 149410500.00
    total.format(MoneyUnit.WAN_YUAN); // "14,941.05", half-up to two decimals
    Percent.ratio(Amount.ofWanYuan("11,415.32"), total); // 76.40%, as printed
    // END
    return Percent.ratio(Amount.ofWanYuan("11,415.32"), total).format();
  }

  /** A small budget written in code. */
  static UnitBudget build() {
    // README:build
    UnitBudget budget =
        UnitBudget.builder()
            .profile(
                UnitProfile.builder()
                    .name("示例人社局")
                    .staffing(
                        Staffing.builder()
                            .authorized(31)
                            .actual(26)
                            .count(StaffCategory.IN_SERVICE, 26, 0)
                            .build())
                    .build())
            .fiscalYear(2023)
            .line(
                l ->
                    l.function("208 01 01")
                        .economic("301 01")
                        .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                        .basicPersonnel()
                        .wanYuan("110.94"))
            .line(
                l ->
                    l.function("208 01 01")
                        .economic("302 31")
                        .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                        .basicOperating()
                        .wanYuan("2.40"))
            .line(
                l ->
                    l.function("208 01 01")
                        .economic("302")
                        .fund(FundSource.GENERAL_PUBLIC_LOCAL)
                        .forProject("光纤费")
                        .wanYuan("30.00"))
            .project(
                p ->
                    p.name("光纤费")
                        .policyBasis("根据《阿图什市人力资源和社会保障局会议纪要》阿财预（2023）001 号")
                        .scale("30.00")
                        .undertaker("示例人社局")
                        .part("保障社保专线", "20.00")
                        .part("保障社会化防控专线", "10.00")
                        .executionPeriod("2023 年 1 月-12 月"))
            .build();
    // END
    return budget;
  }

  /** Roll-ups up the function hierarchy. */
  static Amount rollUp(UnitBudget budget) {
    // README:rollup
    budget.rollUp(CodeLevel.CLASS); // {208=CNY 1433400.00}
    budget.rollUp(Hierarchy.FUNCTION).get(FunctionCode.parse("208 01")); // 143.34 万元
    budget.lineSet().basic().total(); // 113.34 万元
    budget.lineSet().fundedBy(FundSource.GENERAL_PUBLIC).projects().total(); // 30.00 万元
    // END
    return budget.rollUp(Hierarchy.FUNCTION).get(FunctionCode.parse("208 01"));
  }

  /** The ten tables, rendered. */
  static String tables(UnitBudget budget) {
    // README:tables
    Layout seed = Layouts.byId("xinjiang-atushi-2023-unit").orElseThrow(); // 表1 … 表10, 万元
    PrintedTables tables = LayoutDerivation.derive(seed, budget);
    TableSpec t3 = tables.spec("t3");
    List<TableRow> rows = tables.table("t3").orElseThrow().rows();
    Optional<String> none = Optional.empty(); // no 注 under the table; also markdown()
    String text = TableRenderer.text().render(t3.label(), t3.unit(), t3.tableColumns(), rows, none);
    String csv = TableRenderer.csv().render(t3.label(), t3.unit(), t3.tableColumns(), rows, none);
    // END
    return text + csv;
  }

  /** Validation as a value. */
  static ValidationReport validate(UnitBudget budget) {
    // README:validate
    Layout seed = Layouts.byId("xinjiang-atushi-2023-unit").orElseThrow();
    BudgetDocument document = BudgetDocument.of(budget, LayoutDerivation.derive(seed, budget));
    ValidationReport report = Validators.document().validate(document);
    report.hasErrors(); // false: derived tables satisfy every identity
    report.findings().forEach(System.out::println); // rule, severity, place, expected, actual
    // END
    return report;
  }

  /** Writing and reading JSON. */
  static BudgetDocument json(BudgetDocument document, Path file) throws IOException {
    // README:json
    try (Writer out = Files.newBufferedWriter(file)) {
      BudgetJson.write(document, out); // amounts as exact strings in 万元: "14941.05"
    }
    try (Reader in = Files.newBufferedReader(file)) {
      document = BudgetJson.read(in); // strict: errors name the JSON path, line and column
    }
    // END
    return document;
  }

  /** A budget in another region's layout, derived, validated and imported from its PDF. */
  static ValidationReport layouts(UnitBudget budget, Path pdf) throws IOException {
    // README:layouts
    Layout layout = Layouts.byId("shanghai-putuo-unit").orElseThrow(); // or Layouts.load("my.json")
    PrintedTables tables = LayoutDerivation.derive(layout, budget); // its 9 tables, 元 and 万元
    BudgetDocument derived = BudgetDocument.builder().budget(budget).layoutTables(tables).build();
    Validators.document().validate(derived).notRun(); // what could not be checked, and why
    ImportResult imported = PdfImporter.auto().importFile(pdf); // 上海普陀's own PDF
    imported.document().layoutTables().orElseThrow().table("t3"); // 支出预算总表, cell by cell
    ValidationReport report = Validators.document().validate(imported.document());
    report.findings().get(0).evidence(); // page, box and snippet of each finding
    // END
    return report;
  }

  /** Runs the walkthrough and prints what each step gives. */
  public static void main(String[] args) throws IOException {
    System.out.println(taste());
    UnitBudget budget = build();
    System.out.println(rollUp(budget).format(MoneyUnit.WAN_YUAN));
    System.out.println(tables(budget));
    System.out.print(validate(budget).toText());
    Path file = Files.createTempFile("budget", ".json");
    System.out.println(json(BudgetDocument.of(budget), file).equals(BudgetDocument.of(budget)));
    Files.delete(file);
  }
}
