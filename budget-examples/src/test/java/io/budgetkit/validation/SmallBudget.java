package io.budgetkit.validation;

import static io.budgetkit.table.Columns.AMOUNT;
import static io.budgetkit.table.Columns.BASIC;
import static io.budgetkit.table.Columns.E301;
import static io.budgetkit.table.Columns.E302;
import static io.budgetkit.table.Columns.E303;
import static io.budgetkit.table.Columns.FISCAL;
import static io.budgetkit.table.Columns.FISCAL_CARRYOVER;
import static io.budgetkit.table.Columns.GENERAL_PUBLIC;
import static io.budgetkit.table.Columns.GENERAL_PUBLIC_TRANSFER;
import static io.budgetkit.table.Columns.OPERATING;
import static io.budgetkit.table.Columns.PERSONNEL;
import static io.budgetkit.table.Columns.PROJECT;
import static io.budgetkit.table.Columns.TOTAL;
import static io.budgetkit.table.Columns.UNIT_FUNDS;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.Measure;
import io.budgetkit.model.OperatingCosts;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.model.YearOnYear;
import io.budgetkit.money.Amount;
import io.budgetkit.money.Percent;
import io.budgetkit.project.IndicatorCategory;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.ScoringRule;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.table.Column;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small budget whose ten published tables, narrative and facts satisfy every identity, built from
 * nine amounts: personnel 301 01 and 303 02, operating 302 01 and 302 31, three projects (one on a
 * transfer), a unit-funds project and a carried-over project.
 *
 * @param p1 basic 301 01 under 208 01 01
 * @param p2 basic 303 02 under 221 02 01
 * @param o1 basic 302 01 under 208 01 01
 * @param o2 basic 302 31 under 208 01 01
 * @param x1 project 仲裁工作经费 (302) under 201 32 99
 * @param x2 project 补贴 (303, 上级转移支付) under 208 01 01
 * @param x3 project 光纤费 (302) under 208 01 01
 * @param u unit-funds project under 208 01 04
 * @param c carried-over project under 208 07 99
 */
record SmallBudget(long p1, long p2, long o1, long o2, long x1, long x2, long x3, long u, long c) {
  static final String P1 = "仲裁工作经费";
  static final String P2 = "补贴";
  static final String P3 = "光纤费";

  /** A budget with the seed's flavour of figures. */
  static SmallBudget example() {
    return new SmallBudget(
        w("417.40"),
        w("16.93"),
        w("8.44"),
        w("2.40"),
        w("44.60"),
        w("300.16"),
        w("30.00"),
        w("296.80"),
        w("203.80"));
  }

  /** Fen of a figure in 万元. */
  static long w(String wanYuan) {
    return Amount.ofWanYuan(wanYuan).fen();
  }

  static Amount fen(long fen) {
    return Amount.ofFen(fen);
  }

  long basic2080101() {
    return p1 + o1 + o2;
  }

  long gp2080101() {
    return basic2080101() + x3;
  }

  long fiscal2080101() {
    return gp2080101() + x2;
  }

  long project2080101() {
    return x2 + x3;
  }

  long basic() {
    return p1 + p2 + o1 + o2;
  }

  long gpProjects() {
    return x1 + x2 + x3;
  }

  long fiscal() {
    return basic() + gpProjects();
  }

  long total() {
    return fiscal() + u + c;
  }

  static Map<Column, Amount> cells(Object... pairs) {
    Map<Column, Amount> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      long v = (Long) pairs[i + 1];
      if (v != 0) {
        m.put((Column) pairs[i], fen(v));
      }
    }
    return m;
  }

  DisclosureTable t1() {
    return DisclosureTable.builder(TableId.T1)
        .row(RowKey.label("本年收入"), "本年收入", cells(AMOUNT, fiscal() + u))
        .row(RowKey.fund(FundSource.GENERAL_PUBLIC), "一般公共预算拨款", cells(AMOUNT, fiscal()))
        .row(RowKey.fund(FundSource.GENERAL_PUBLIC_LOCAL), "一般财力", cells(AMOUNT, fiscal() - x2))
        .row(RowKey.fund(FundSource.GENERAL_PUBLIC_TRANSFER), "上级转移支付", cells(AMOUNT, x2))
        .row(RowKey.fund(FundSource.GOVERNMENT_FUND), "基金预算拨款", cells())
        .row(RowKey.fund(FundSource.SPECIAL_ACCOUNT), "财政专户核拨", cells())
        .row(RowKey.fund(FundSource.UNIT_FUNDS), "单位资金", cells(AMOUNT, u))
        .row(RowKey.fund(FundSource.OTHER_INCOME), "其他收入", cells(AMOUNT, u))
        .row(RowKey.fund(FundSource.CARRYOVER), "上年结转结余", cells(AMOUNT, c))
        .row(RowKey.fund(FundSource.FISCAL_CARRYOVER), "财政拨款结转", cells(AMOUNT, c))
        .row(RowKey.fund(FundSource.CARRYOVER_GENERAL_PUBLIC), "其中：一般公共预算拨款", cells(AMOUNT, c))
        .row(RowKey.fund(FundSource.NON_FISCAL_CARRYOVER), "非财政拨款结转结余", cells())
        .row(RowKey.function("201"), "一般公共服务支出", cells(AMOUNT, x1))
        .row(RowKey.function("208"), "社会保障和就业支出", cells(AMOUNT, fiscal2080101() + u + c))
        .row(RowKey.function("221"), "住房保障支出", cells(AMOUNT, p2))
        .row(RowKey.label("收入总计"), "收入总计", cells(AMOUNT, total()))
        .row(RowKey.label("支出总计"), "支出总计", cells(AMOUNT, total()))
        .build();
  }

  DisclosureTable t2() {
    DisclosureTable.Builder b = DisclosureTable.builder(TableId.T2);
    Map<Column, Amount> org = cells(TOTAL, x1, FISCAL, x1, GENERAL_PUBLIC, x1);
    b.row(RowKey.function("201"), "一般公共服务支出", org)
        .row(RowKey.function("201 32"), "组织事务", org)
        .row(RowKey.function("201 32 99"), "其他组织事务支出", org);
    b.row(
        RowKey.function("208"),
        "社会保障和就业支出",
        cells(
            TOTAL,
            fiscal2080101() + u + c,
            FISCAL,
            fiscal2080101(),
            GENERAL_PUBLIC,
            gp2080101(),
            GENERAL_PUBLIC_TRANSFER,
            x2,
            UNIT_FUNDS,
            u,
            FISCAL_CARRYOVER,
            c));
    b.row(
        RowKey.function("208 01"),
        "人力资源和社会保障管理事务",
        cells(
            TOTAL,
            fiscal2080101() + u,
            FISCAL,
            fiscal2080101(),
            GENERAL_PUBLIC,
            gp2080101(),
            GENERAL_PUBLIC_TRANSFER,
            x2,
            UNIT_FUNDS,
            u));
    b.row(
        RowKey.function("208 01 01"),
        "行政运行",
        cells(
            TOTAL, fiscal2080101(),
            FISCAL, fiscal2080101(),
            GENERAL_PUBLIC, gp2080101(),
            GENERAL_PUBLIC_TRANSFER, x2));
    b.row(RowKey.function("208 01 04"), "综合业务管理", cells(TOTAL, u, UNIT_FUNDS, u));
    Map<Column, Amount> jobs = cells(TOTAL, c, FISCAL_CARRYOVER, c);
    b.row(RowKey.function("208 07"), "就业补助", jobs)
        .row(RowKey.function("208 07 99"), "其他就业补助支出", jobs);
    Map<Column, Amount> housing = cells(TOTAL, p2, FISCAL, p2, GENERAL_PUBLIC, p2);
    b.row(RowKey.function("221"), "住房保障支出", housing)
        .row(RowKey.function("221 02"), "住房改革支出", housing)
        .row(RowKey.function("221 02 01"), "住房公积金", housing);
    b.row(
        RowKey.total(),
        "合计",
        cells(
            TOTAL,
            total(),
            FISCAL,
            fiscal(),
            GENERAL_PUBLIC,
            fiscal() - x2,
            GENERAL_PUBLIC_TRANSFER,
            x2,
            UNIT_FUNDS,
            u,
            FISCAL_CARRYOVER,
            c));
    return b.build();
  }

  DisclosureTable t3() {
    DisclosureTable.Builder b = DisclosureTable.builder(TableId.T3);
    Map<Column, Amount> org = cells(TOTAL, x1, PROJECT, x1);
    b.row(RowKey.function("201"), "一般公共服务支出", org)
        .row(RowKey.function("201 32"), "组织事务", org)
        .row(RowKey.function("201 32 99"), "其他组织事务支出", org)
        .row(
            RowKey.function("208"),
            "社会保障和就业支出",
            cells(
                TOTAL, fiscal2080101() + u + c,
                BASIC, basic2080101(),
                PROJECT, project2080101() + u + c))
        .row(
            RowKey.function("208 01"),
            "人力资源和社会保障管理事务",
            cells(TOTAL, fiscal2080101() + u, BASIC, basic2080101(), PROJECT, project2080101() + u))
        .row(
            RowKey.function("208 01 01"),
            "行政运行",
            cells(TOTAL, fiscal2080101(), BASIC, basic2080101(), PROJECT, project2080101()))
        .row(RowKey.function("208 01 04"), "综合业务管理", cells(TOTAL, u, PROJECT, u))
        .row(RowKey.function("208 07"), "就业补助", cells(TOTAL, c, PROJECT, c))
        .row(RowKey.function("208 07 99"), "其他就业补助支出", cells(TOTAL, c, PROJECT, c));
    Map<Column, Amount> housing = cells(TOTAL, p2, BASIC, p2);
    b.row(RowKey.function("221"), "住房保障支出", housing)
        .row(RowKey.function("221 02"), "住房改革支出", housing)
        .row(RowKey.function("221 02 01"), "住房公积金", housing)
        .row(
            RowKey.total(),
            "合计",
            cells(TOTAL, total(), BASIC, basic(), PROJECT, gpProjects() + u + c));
    return b.build();
  }

  DisclosureTable t4() {
    return DisclosureTable.builder(TableId.T4)
        .row(RowKey.label("财政拨款（补助）"), "财政拨款（补助）", cells(TOTAL, fiscal()))
        .row(RowKey.fund(FundSource.GENERAL_PUBLIC), "一般公共预算", cells(TOTAL, fiscal()))
        .row(RowKey.fund(FundSource.GOVERNMENT_FUND), "政府性基金预算", cells())
        .row(RowKey.fund(FundSource.STATE_CAPITAL), "国有资本经营预算", cells())
        .row(RowKey.function("201"), "一般公共服务支出", cells(TOTAL, x1, GENERAL_PUBLIC, x1))
        .row(RowKey.function("202"), "外交支出", cells())
        .row(
            RowKey.function("208"),
            "社会保障和就业支出",
            cells(TOTAL, fiscal2080101(), GENERAL_PUBLIC, fiscal2080101()))
        .row(RowKey.function("221"), "住房保障支出", cells(TOTAL, p2, GENERAL_PUBLIC, p2))
        .row(RowKey.label("收入总计"), "收入总计", cells(TOTAL, fiscal()))
        .row(RowKey.label("支出总计"), "支出总计", cells(TOTAL, fiscal(), GENERAL_PUBLIC, fiscal()))
        .build();
  }

  DisclosureTable t5() {
    DisclosureTable.Builder b = DisclosureTable.builder(TableId.T5);
    Map<Column, Amount> org = cells(TOTAL, x1, PROJECT, x1);
    b.row(RowKey.function("201"), "一般公共服务支出", org)
        .row(RowKey.function("201 32"), "组织事务", org)
        .row(RowKey.function("201 32 99"), "其他组织事务支出", org);
    Map<Column, Amount> admin =
        cells(TOTAL, fiscal2080101(), BASIC, basic2080101(), PROJECT, project2080101());
    b.row(RowKey.function("208"), "社会保障和就业支出", admin)
        .row(RowKey.function("208 01"), "人力资源和社会保障管理事务", admin)
        .row(RowKey.function("208 01 01"), "行政运行", admin);
    Map<Column, Amount> housing = cells(TOTAL, p2, BASIC, p2);
    b.row(RowKey.function("221"), "住房保障支出", housing)
        .row(RowKey.function("221 02"), "住房改革支出", housing)
        .row(RowKey.function("221 02 01"), "住房公积金", housing)
        .row(RowKey.total(), "合计", cells(TOTAL, fiscal(), BASIC, basic(), PROJECT, gpProjects()));
    return b.build();
  }

  DisclosureTable t6() {
    return DisclosureTable.builder(TableId.T6)
        .row(RowKey.economic("301"), "工资福利支出", cells(TOTAL, p1, PERSONNEL, p1))
        .row(RowKey.economic("301 01"), "基本工资", cells(TOTAL, p1, PERSONNEL, p1))
        .row(RowKey.economic("302"), "商品和服务支出", cells(TOTAL, o1 + o2, OPERATING, o1 + o2))
        .row(RowKey.economic("302 01"), "办公费", cells(TOTAL, o1, OPERATING, o1))
        .row(RowKey.economic("302 31"), "公务用车运行维护费", cells(TOTAL, o2, OPERATING, o2))
        .row(RowKey.economic("303"), "对个人和家庭的补助", cells(TOTAL, p2, PERSONNEL, p2))
        .row(RowKey.economic("303 02"), "退休费", cells(TOTAL, p2, PERSONNEL, p2))
        .row(RowKey.total(), "合计", cells(TOTAL, basic(), PERSONNEL, p1 + p2, OPERATING, o1 + o2))
        .build();
  }

  DisclosureTable t7() {
    Map<Column, Amount> org = cells(TOTAL, x1, E302, x1);
    Map<Column, Amount> admin = cells(TOTAL, x2 + x3, E302, x3, E303, x2);
    return DisclosureTable.builder(TableId.T7)
        .row(RowKey.function("201"), "一般公共服务支出", org)
        .row(RowKey.function("201 32"), "组织事务", org)
        .row(RowKey.project("201 32 99", P1), P1, org)
        .row(RowKey.function("208"), "社会保障和就业支出", admin)
        .row(RowKey.function("208 01"), "人力资源和社会保障管理事务", admin)
        .row(RowKey.project("208 01 01", P2), P2, cells(TOTAL, x2, E303, x2))
        .row(RowKey.project("208 01 01", P3), P3, cells(TOTAL, x3, E302, x3))
        .row(RowKey.total(), "合计", cells(TOTAL, gpProjects(), E301, 0L, E302, x1 + x3, E303, x2))
        .build();
  }

  DisclosureTable t10() {
    return DisclosureTable.builder(TableId.T10)
        .row(RowKey.total(), "合计", cells(TOTAL, o2, GENERAL_PUBLIC, o2))
        .row(RowKey.label("因公出国（境）费"), "因公出国（境）费", cells())
        .row(RowKey.label("公务接待费"), "公务接待费", cells())
        .row(RowKey.label("公务用车购置及运行费"), "公务用车购置及运行费", cells(TOTAL, o2, GENERAL_PUBLIC, o2))
        .row(RowKey.label("公务用车购置费"), "公务用车购置费", cells())
        .row(RowKey.label("公务用车运行费"), "公务用车运行费", cells(TOTAL, o2, GENERAL_PUBLIC, o2))
        .build();
  }

  Disclosure published() {
    return Disclosure.builder()
        .addTables(
            t1(),
            t2(),
            t3(),
            t4(),
            t5(),
            t6(),
            t7(),
            DisclosureTable.builder(TableId.T8).row(RowKey.total(), "合计", cells()).build(),
            DisclosureTable.builder(TableId.T9).row(RowKey.total(), "合计", cells()).build(),
            t10())
        .build();
  }

  /**
   * The budget: three projects, a subsidy on P2 (100 people a month), cost indicators on P1, and
   * narrative figures with shares and year-on-year changes that are consistent (last year every
   * figure was half of this year's, to the fen).
   */
  UnitBudget budget() {
    UnitBudget.Builder b =
        UnitBudget.builder()
            .profile(
                UnitProfile.builder()
                    .name(SeedFixture.UNIT)
                    .staffing(
                        Staffing.builder()
                            .authorized(31)
                            .actual(42)
                            .count(StaffCategory.IN_SERVICE, 26, 0)
                            .count(StaffCategory.RETIRED, 16, 0)
                            .build())
                    .build())
            .fiscalYear(2023);
    b.addProjects(
        SeedFixture.project(P1, "1")
            .scale(fen(x1))
            .performance(
                PerformanceTarget.builder()
                    .projectName(P1)
                    .owner("严元博")
                    .totalFunds(fen(x1))
                    .fiscalFunds(fen(x1))
                    .otherFunds(Amount.zero())
                    .overallGoal("有效保障仲裁工作")
                    .indicator(
                        IndicatorCategory.ECONOMIC_COST,
                        "办公用品成本",
                        "="
                            + fen(x1 - x1 / 2)
                                .in(io.budgetkit.money.MoneyUnit.WAN_YUAN)
                                .toPlainString()
                            + " 万元",
                        45,
                        ScoringRule.values()[0])
                    .indicator(
                        IndicatorCategory.ECONOMIC_COST,
                        "律师费",
                        "="
                            + fen(x1 / 2).in(io.budgetkit.money.MoneyUnit.WAN_YUAN).toPlainString()
                            + " 万元",
                        45,
                        ScoringRule.values()[0])
                    .build())
            .build(),
        SeedFixture.project(P2, "1")
            .scale(fen(x2))
            .subsidy(
                SeedFixture.subsidy(
                    100,
                    fen(x2 / 1200),
                    SubsidyPeriod.MONTH,
                    fen(x2 / 1200).in(io.budgetkit.money.MoneyUnit.YUAN).toPlainString() + " 元/人/月",
                    io.budgetkit.money.MoneyUnit.YUAN))
            .build(),
        SeedFixture.project(P3, "1")
            .scale(fen(x3))
            .part(
                "保障社保专线",
                fen(x3 - x3 / 3).in(io.budgetkit.money.MoneyUnit.WAN_YUAN).toPlainString())
            .part(
                "保障社会化防控专线", fen(x3 / 3).in(io.budgetkit.money.MoneyUnit.WAN_YUAN).toPlainString())
            .build());
    figure(b, "收入预算", Measure.INCOME_TOTAL, null, total(), 0);
    figure(
        b,
        "一般公共预算",
        Measure.INCOME_BY_FUND,
        FundSource.GENERAL_PUBLIC_LOCAL,
        fiscal() - x2,
        total());
    figure(b, "上级转移支付", Measure.INCOME_BY_FUND, FundSource.GENERAL_PUBLIC_TRANSFER, x2, total());
    figure(b, "单位资金", Measure.INCOME_BY_FUND, FundSource.UNIT_FUNDS, u, total());
    figure(b, "财政拨款结转", Measure.INCOME_BY_FUND, FundSource.FISCAL_CARRYOVER, c, total());
    figure(b, "支出预算", Measure.EXPENDITURE_TOTAL, null, total(), 0);
    figure(b, "基本支出", Measure.BASIC, null, basic(), total());
    figure(b, "项目支出", Measure.PROJECT, null, gpProjects() + u + c, total());
    figure(b, "一般公共预算拨款合计", Measure.GENERAL_PUBLIC_TOTAL, null, fiscal(), 0);
    figure(b, "一般公共预算 基本支出", Measure.GENERAL_PUBLIC_BASIC, null, basic(), 0);
    figure(b, "一般公共预算 项目支出", Measure.GENERAL_PUBLIC_PROJECT, null, gpProjects(), 0);
    figure(b, "人员经费", Measure.GENERAL_PUBLIC_PERSONNEL, null, p1 + p2, 0);
    figure(b, "公用经费", Measure.GENERAL_PUBLIC_OPERATING, null, o1 + o2, 0);
    figure(b, "机关运行经费", Measure.OPERATING_COSTS, null, o1 + o2, 0);
    figure(b, "三公经费", Measure.THREE_PUBLIC_TOTAL, null, o2, 0);
    figure(b, "公务用车运行费", Measure.THREE_PUBLIC_VEHICLE_OPERATION, null, o2, o2);
    figure(b, "项目", Measure.PERFORMANCE_FISCAL_PROJECTS, null, gpProjects(), 0);
    b.addNarrative(
        io.budgetkit.model.NarrativeFigure.builder()
            .label("其他组织事务支出（项）")
            .measure(Measure.GENERAL_PUBLIC_BY_FUNCTION)
            .function("201 32 99")
            .amount(fen(x1))
            .share(Percent.ratio(fen(x1), fen(fiscal())))
            .yearOnYear(yoy(x1))
            .build());
    b.addNarrative(
        io.budgetkit.model.NarrativeFigure.builder()
            .label("行政运行（项）")
            .measure(Measure.GENERAL_PUBLIC_BY_FUNCTION)
            .function("208 01 01")
            .amount(fen(fiscal2080101()))
            .share(Percent.ratio(fen(fiscal2080101()), fen(fiscal())))
            .yearOnYear(yoy(fiscal2080101()))
            .build());
    b.addNarrative(
        io.budgetkit.model.NarrativeFigure.builder()
            .label("住房公积金（项）")
            .measure(Measure.GENERAL_PUBLIC_BY_FUNCTION)
            .function("221 02 01")
            .amount(fen(p2))
            .share(Percent.ratio(fen(p2), fen(fiscal())))
            .yearOnYear(yoy(p2))
            .build());
    return b.operatingCosts(new OperatingCosts(fen(o1 + o2), 0, 0))
        .threePublicCosts(new ThreePublicCosts(fen(0), fen(0), fen(0), fen(o2)))
        .procurement(
            new GovernmentProcurement(fen(x3 + o1), fen(x3), fen(0), fen(o1), fen(x3), fen(x3 / 2)))
        .performanceSummary(new PerformanceSummary(3, fen(gpProjects()), 0, fen(0)))
        .build();
  }

  /** This year {@code amount}, last year half of it rounded down to the fen. */
  static YearOnYear yoy(long amount) {
    long prior = amount / 2;
    Amount change = fen(amount - prior);
    Percent growth =
        prior == 0
            ? (change.isZero() ? Percent.ZERO : Percent.HUNDRED)
            : Percent.ratio(change, fen(prior));
    return new YearOnYear(change, growth);
  }

  private static void figure(
      UnitBudget.Builder b, String label, Measure m, FundSource fund, long amount, long whole) {
    io.budgetkit.model.NarrativeFigure.Builder f =
        io.budgetkit.model.NarrativeFigure.builder().label(label).measure(m).amount(fen(amount));
    if (fund != null) {
      f.fund(fund);
    }
    if (whole > 0) {
      f.share(Percent.ratio(fen(amount), fen(whole)));
    }
    f.yearOnYear(yoy(amount));
    b.addNarrative(f.build());
  }

  BudgetDocument document() {
    return SeedFixture.doc(budget(), published());
  }

  /** {@code d} with the cell {@code table × row × column} set to {@code value} (zero: blank). */
  static Disclosure withCell(Disclosure d, TableId table, RowKey row, Column column, Amount value) {
    Disclosure.Builder b = Disclosure.builder();
    for (DisclosureTable t : d.tables()) {
      if (t.id() != table) {
        b.addTables(t);
        continue;
      }
      DisclosureTable.Builder tb = DisclosureTable.builder(table);
      t.note().ifPresent(tb::note);
      for (TableRow r : t.rows()) {
        if (!r.key().equals(row)) {
          tb.addRow(r);
          continue;
        }
        Map<String, Amount> cells = new LinkedHashMap<>(r.cells());
        if (value.isZero()) {
          cells.remove(column.id());
        } else {
          cells.put(column.id(), value);
        }
        tb.addRow(
            new TableRow(r.key(), r.name(), com.google.common.collect.ImmutableMap.copyOf(cells)));
      }
      b.addTables(tb.build());
    }
    return b.build();
  }
}
