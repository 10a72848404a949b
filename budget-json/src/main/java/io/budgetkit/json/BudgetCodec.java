package io.budgetkit.json;

import static io.budgetkit.json.Shape.list;
import static io.budgetkit.json.Shape.optional;
import static io.budgetkit.json.Shape.required;

import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.AssetHolding;
import io.budgetkit.model.BudgetLine;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.GlossaryEntry;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.Measure;
import io.budgetkit.model.NarrativeFigure;
import io.budgetkit.model.OperatingCosts;
import io.budgetkit.model.PerformanceSummary;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.model.StaffCount;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.StateAssets;
import io.budgetkit.model.ThreePublicCosts;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.model.YearOnYear;
import io.budgetkit.money.Amount;
import io.budgetkit.money.Percent;
import java.io.IOException;
import java.math.BigDecimal;

/** JSON of the budget model: the unit budget, its lines, its profile and its disclosed facts. */
final class BudgetCodec {
  private BudgetCodec() {}

  static final Shape<BudgetLine> LINE =
      Shape.of(
          "budget line",
          v ->
              BudgetLine.builder()
                  .function(v.<FunctionCode>get("function"))
                  .economic(v.<EconomicCode>optional("economic"))
                  .fund(v.get("fund"))
                  .kind(v.get("kind"))
                  .project(v.<String>optional("project"))
                  .unit(v.<String>optional("unit"))
                  .amount(v.<Amount>get("amount"))
                  .build(),
          required("function", JsonIn::function),
          optional("economic", JsonIn::economic),
          required("fund", JsonIn.constant(FundSource.class)),
          required("kind", JsonIn.constant(ExpenditureKind.class)),
          optional("project", JsonIn::string),
          optional("unit", JsonIn::string),
          required("amount", JsonIn::amount));

  static void writeLine(JsonOut out, BudgetLine line) throws IOException {
    out.startFlat();
    out.code("function", line.function());
    out.code("economic", line.economic());
    out.constant("fund", line.fund());
    out.constant("kind", line.kind());
    out.string("project", line.project());
    out.string("unit", line.unit());
    out.amount("amount", line.amount());
    out.end();
  }

  static final Shape<StaffCount> STAFF_COUNT =
      Shape.of(
          "staff count",
          v -> new StaffCount(v.get("category"), v.integer("count"), v.integer("change")),
          required("category", JsonIn.constant(StaffCategory.class)),
          required("count", JsonIn::integer),
          required("change", JsonIn::integer));

  static void writeStaffCount(JsonOut out, StaffCount count) throws IOException {
    out.startFlat();
    out.constant("category", count.category());
    out.integer("count", count.count());
    out.integer("change", count.change());
    out.end();
  }

  static final Shape<Staffing> STAFFING =
      Shape.of(
          "staffing",
          v ->
              Staffing.builder()
                  .authorized(v.integer("authorized"))
                  .actual(v.integer("actual"))
                  .counts(v.get("counts"))
                  .build(),
          required("authorized", JsonIn::integer),
          required("actual", JsonIn::integer),
          list("counts", in -> in.read(STAFF_COUNT)));

  static void writeStaffing(JsonOut out, Staffing staffing) throws IOException {
    out.start();
    out.integer("authorized", staffing.authorized());
    out.integer("actual", staffing.actual());
    out.list("counts", staffing.counts(), BudgetCodec::writeStaffCount);
    out.end();
  }

  static final Shape<UnitProfile> PROFILE =
      Shape.of(
          "unit profile",
          v ->
              UnitProfile.builder()
                  .name(v.get("name"))
                  .functions(v.get("functions"))
                  .divisions(v.get("divisions"))
                  .subordinateUnits(v.integer("subordinateUnits"))
                  .staffing(v.<Staffing>optional("staffing"))
                  .code(v.<String>optional("code"))
                  .department(v.<String>optional("department"))
                  .region(v.<String>optional("region"))
                  .build(),
          required("name", JsonIn::string),
          list("functions", JsonIn::string),
          list("divisions", JsonIn::string),
          required("subordinateUnits", JsonIn::integer),
          optional("staffing", in -> in.read(STAFFING)),
          optional("code", JsonIn::string),
          optional("department", JsonIn::string),
          optional("region", JsonIn::string));

  static void writeProfile(JsonOut out, UnitProfile profile) throws IOException {
    out.start();
    out.string("name", profile.name());
    out.strings("functions", profile.functions());
    out.strings("divisions", profile.divisions());
    out.integer("subordinateUnits", profile.subordinateUnits());
    out.object("staffing", profile.staffing(), BudgetCodec::writeStaffing);
    out.string("code", profile.code());
    out.string("department", profile.department());
    out.string("region", profile.region());
    out.end();
  }

  static final Shape<YearOnYear> YEAR_ON_YEAR =
      Shape.of(
          "year-on-year change",
          v -> new YearOnYear(v.get("change"), v.get("growth")),
          required("change", JsonIn::amount),
          required("growth", JsonIn::percent));

  static void writeYearOnYear(JsonOut out, YearOnYear change) throws IOException {
    out.start();
    out.amount("change", change.change());
    out.percent("growth", change.growth());
    out.end();
  }

  static final Shape<NarrativeFigure> FIGURE =
      Shape.of(
          "narrative figure",
          v ->
              NarrativeFigure.builder()
                  .label(v.get("label"))
                  .measure(v.get("measure"))
                  .fund(v.<FundSource>optional("fund"))
                  .function(v.<FunctionCode>optional("function"))
                  .amount(v.<Amount>get("amount"))
                  .share(v.<Percent>optional("share"))
                  .yearOnYear(v.<YearOnYear>optional("yearOnYear"))
                  .explanation(v.<String>optional("explanation"))
                  .build(),
          required("label", JsonIn::string),
          required("measure", JsonIn.constant(Measure.class)),
          optional("fund", JsonIn.constant(FundSource.class)),
          optional("function", JsonIn::function),
          required("amount", JsonIn::amount),
          optional("share", JsonIn::percent),
          optional("yearOnYear", in -> in.read(YEAR_ON_YEAR)),
          optional("explanation", JsonIn::string));

  static void writeFigure(JsonOut out, NarrativeFigure figure) throws IOException {
    out.startFlat();
    out.string("label", figure.label());
    out.constant("measure", figure.measure());
    out.constant("fund", figure.fund());
    out.code("function", figure.function());
    out.amount("amount", figure.amount());
    out.percent("share", figure.share());
    out.object("yearOnYear", figure.yearOnYear(), BudgetCodec::writeYearOnYear);
    out.string("explanation", figure.explanation());
    out.end();
  }

  static final Shape<ThreePublicCosts> THREE_PUBLIC_COSTS =
      Shape.of(
          "three public costs",
          v ->
              new ThreePublicCosts(
                  v.get("overseasTravel"),
                  v.get("reception"),
                  v.get("vehiclePurchase"),
                  v.get("vehicleOperation")),
          required("overseasTravel", JsonIn::amount),
          required("reception", JsonIn::amount),
          required("vehiclePurchase", JsonIn::amount),
          required("vehicleOperation", JsonIn::amount));

  static void writeThreePublicCosts(JsonOut out, ThreePublicCosts costs) throws IOException {
    out.start();
    out.amount("overseasTravel", costs.overseasTravel());
    out.amount("reception", costs.reception());
    out.amount("vehiclePurchase", costs.vehiclePurchase());
    out.amount("vehicleOperation", costs.vehicleOperation());
    out.end();
  }

  static final Shape<OperatingCosts> OPERATING_COSTS =
      Shape.of(
          "operating costs",
          v ->
              new OperatingCosts(
                  v.get("amount"), v.integer("administrativeUnits"), v.integer("institutionUnits")),
          required("amount", JsonIn::amount),
          required("administrativeUnits", JsonIn::integer),
          required("institutionUnits", JsonIn::integer));

  static void writeOperatingCosts(JsonOut out, OperatingCosts costs) throws IOException {
    out.start();
    out.amount("amount", costs.amount());
    out.integer("administrativeUnits", costs.administrativeUnits());
    out.integer("institutionUnits", costs.institutionUnits());
    out.end();
  }

  static final Shape<GovernmentProcurement> PROCUREMENT =
      Shape.of(
          "government procurement",
          v ->
              new GovernmentProcurement(
                  v.get("total"),
                  v.get("goods"),
                  v.get("works"),
                  v.get("services"),
                  v.get("reservedForSmes"),
                  v.get("reservedForSmallAndMicro")),
          required("total", JsonIn::amount),
          required("goods", JsonIn::amount),
          required("works", JsonIn::amount),
          required("services", JsonIn::amount),
          required("reservedForSmes", JsonIn::amount),
          required("reservedForSmallAndMicro", JsonIn::amount));

  static void writeProcurement(JsonOut out, GovernmentProcurement p) throws IOException {
    out.start();
    out.amount("total", p.total());
    out.amount("goods", p.goods());
    out.amount("works", p.works());
    out.amount("services", p.services());
    out.amount("reservedForSmes", p.reservedForSmes());
    out.amount("reservedForSmallAndMicro", p.reservedForSmallAndMicro());
    out.end();
  }

  static final Shape<AssetHolding> HOLDING =
      Shape.of(
          "asset holding",
          v -> new AssetHolding(v.integer("count"), v.get("value")),
          required("count", JsonIn::integer),
          required("value", JsonIn::amount));

  static void writeHolding(JsonOut out, AssetHolding holding) throws IOException {
    out.startFlat();
    out.integer("count", holding.count());
    out.amount("value", holding.value());
    out.end();
  }

  static final Shape<StateAssets> ASSETS =
      Shape.of(
          "state assets",
          v ->
              StateAssets.builder()
                  .asOf(v.get("asOf"))
                  .buildingArea(v.<BigDecimal>get("buildingArea"))
                  .buildingValue(v.<Amount>get("buildingValue"))
                  .vehicles(v.<AssetHolding>get("vehicles"))
                  .generalVehicles(v.<AssetHolding>get("generalVehicles"))
                  .enforcementVehicles(v.<AssetHolding>get("enforcementVehicles"))
                  .otherVehicles(v.<AssetHolding>get("otherVehicles"))
                  .furnitureValue(v.<Amount>get("furnitureValue"))
                  .otherValue(v.<Amount>get("otherValue"))
                  .equipmentOver50(v.integer("equipmentOver50"))
                  .equipmentOver100(v.integer("equipmentOver100"))
                  .plannedEquipmentOver50(v.integer("plannedEquipmentOver50"))
                  .plannedEquipmentOver100(v.integer("plannedEquipmentOver100"))
                  .plannedVehiclePurchase(v.<Boolean>get("plannedVehiclePurchase"))
                  .build(),
          required("asOf", JsonIn::string),
          required("buildingArea", JsonIn::decimal),
          required("buildingValue", JsonIn::amount),
          required("vehicles", in -> in.read(HOLDING)),
          required("generalVehicles", in -> in.read(HOLDING)),
          required("enforcementVehicles", in -> in.read(HOLDING)),
          required("otherVehicles", in -> in.read(HOLDING)),
          required("furnitureValue", JsonIn::amount),
          required("otherValue", JsonIn::amount),
          required("equipmentOver50", JsonIn::integer),
          required("equipmentOver100", JsonIn::integer),
          required("plannedEquipmentOver50", JsonIn::integer),
          required("plannedEquipmentOver100", JsonIn::integer),
          required("plannedVehiclePurchase", JsonIn::bool));

  static void writeAssets(JsonOut out, StateAssets a) throws IOException {
    out.start();
    out.string("asOf", a.asOf());
    out.decimal("buildingArea", a.buildingArea());
    out.amount("buildingValue", a.buildingValue());
    out.object("vehicles", a.vehicles(), BudgetCodec::writeHolding);
    out.object("generalVehicles", a.generalVehicles(), BudgetCodec::writeHolding);
    out.object("enforcementVehicles", a.enforcementVehicles(), BudgetCodec::writeHolding);
    out.object("otherVehicles", a.otherVehicles(), BudgetCodec::writeHolding);
    out.amount("furnitureValue", a.furnitureValue());
    out.amount("otherValue", a.otherValue());
    out.integer("equipmentOver50", a.equipmentOver50());
    out.integer("equipmentOver100", a.equipmentOver100());
    out.integer("plannedEquipmentOver50", a.plannedEquipmentOver50());
    out.integer("plannedEquipmentOver100", a.plannedEquipmentOver100());
    out.bool("plannedVehiclePurchase", a.plannedVehiclePurchase());
    out.end();
  }

  static final Shape<PerformanceSummary> PERFORMANCE_SUMMARY =
      Shape.of(
          "performance summary",
          v ->
              new PerformanceSummary(
                  v.integer("fiscalProjects"),
                  v.get("fiscalAmount"),
                  v.integer("nonFiscalProjects"),
                  v.get("nonFiscalAmount")),
          required("fiscalProjects", JsonIn::integer),
          required("fiscalAmount", JsonIn::amount),
          required("nonFiscalProjects", JsonIn::integer),
          required("nonFiscalAmount", JsonIn::amount));

  static void writePerformanceSummary(JsonOut out, PerformanceSummary s) throws IOException {
    out.start();
    out.integer("fiscalProjects", s.fiscalProjects());
    out.amount("fiscalAmount", s.fiscalAmount());
    out.integer("nonFiscalProjects", s.nonFiscalProjects());
    out.amount("nonFiscalAmount", s.nonFiscalAmount());
    out.end();
  }

  /** The lines come last: a reader sees the small parts before the long array. */
  static final Shape<GlossaryEntry> GLOSSARY_ENTRY =
      Shape.of(
          "glossary entry",
          v -> new GlossaryEntry(v.get("term"), v.get("definition")),
          required("term", JsonIn::string),
          required("definition", JsonIn::string));

  static void writeGlossaryEntry(JsonOut out, GlossaryEntry e) throws IOException {
    out.startFlat();
    out.string("term", e.term());
    out.string("definition", e.definition());
    out.end();
  }

  static final Shape<UnitBudget> BUDGET =
      Shape.of(
          "unit budget",
          v ->
              UnitBudget.builder()
                  .profile(v.get("profile"))
                  .fiscalYear(v.integer("fiscalYear"))
                  .projects(v.get("projects"))
                  .narrative(v.get("narrative"))
                  .threePublicCosts(v.<ThreePublicCosts>optional("threePublicCosts"))
                  .operatingCosts(v.<OperatingCosts>optional("operatingCosts"))
                  .procurement(v.<GovernmentProcurement>optional("procurement"))
                  .assets(v.<StateAssets>optional("assets"))
                  .performanceSummary(v.<PerformanceSummary>optional("performanceSummary"))
                  .otherMatters(v.<String>optional("otherMatters"))
                  .glossary(v.get("glossary"))
                  .lines(v.get("lines"))
                  .build(),
          required("profile", in -> in.read(PROFILE)),
          required("fiscalYear", JsonIn::integer),
          list("projects", in -> in.read(ProjectCodec.PROJECT)),
          list("narrative", in -> in.read(FIGURE)),
          optional("threePublicCosts", in -> in.read(THREE_PUBLIC_COSTS)),
          optional("operatingCosts", in -> in.read(OPERATING_COSTS)),
          optional("procurement", in -> in.read(PROCUREMENT)),
          optional("assets", in -> in.read(ASSETS)),
          optional("performanceSummary", in -> in.read(PERFORMANCE_SUMMARY)),
          optional("otherMatters", JsonIn::string),
          list("glossary", in -> in.read(GLOSSARY_ENTRY)),
          list("lines", in -> in.read(LINE)));

  static void writeBudget(JsonOut out, UnitBudget b) throws IOException {
    out.start();
    out.object("profile", b.profile(), BudgetCodec::writeProfile);
    out.integer("fiscalYear", b.fiscalYear());
    out.list("projects", b.projects(), ProjectCodec::writeProject);
    out.list("narrative", b.narrative(), BudgetCodec::writeFigure);
    out.object("threePublicCosts", b.threePublicCosts(), BudgetCodec::writeThreePublicCosts);
    out.object("operatingCosts", b.operatingCosts(), BudgetCodec::writeOperatingCosts);
    out.object("procurement", b.procurement(), BudgetCodec::writeProcurement);
    out.object("assets", b.assets(), BudgetCodec::writeAssets);
    out.object("performanceSummary", b.performanceSummary(), BudgetCodec::writePerformanceSummary);
    out.string("otherMatters", b.otherMatters());
    out.list("glossary", b.glossary(), BudgetCodec::writeGlossaryEntry);
    out.list("lines", b.lines(), BudgetCodec::writeLine);
    out.end();
  }
}
