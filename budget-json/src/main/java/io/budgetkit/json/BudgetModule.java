package io.budgetkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.document.BudgetDocument;
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
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.money.Percent;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.EvidenceType;
import io.budgetkit.project.IndicatorCategory;
import io.budgetkit.project.IndicatorKind;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.Relation;
import io.budgetkit.project.ScoringRule;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import io.budgetkit.table.Column;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import io.budgetkit.validation.ValidationReport;
import java.io.IOException;

/**
 * The Jackson module that reads and writes every value type of budget-core in the canonical form of
 * the budget document format (see {@link BudgetJson}): amounts as decimal strings in 万元 ({@code
 * "14941.05"}, {@code "0.020256"}), codes in their spaced form ({@code "208 01 01"}), percentages
 * as {@code "76.40%"}, constants by name, absent optional fields left out.
 *
 * <p>Register it like any module, {@code JsonMapper.builder().addModule(new BudgetModule())}, or
 * let {@code ObjectMapper.findAndRegisterModules()} find it. Reading is strict: unknown, duplicate
 * and missing fields, numbers where strings are expected and malformed codes or amounts fail with a
 * {@link BudgetJsonException} naming the path, line and column. budget-core itself knows nothing of
 * Jackson; the serializers and deserializers live here.
 */
public final class BudgetModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module with a serializer and a deserializer for every budget-core value type. */
  public BudgetModule() {
    super("io.budgetkit.json.BudgetModule", Version.unknownVersion());
    add(Amount.class, JsonOut::value, JsonIn::amount);
    add(Percent.class, (out, p) -> out.value(p.toString()), JsonIn::percent);
    add(FunctionCode.class, (out, c) -> out.value(c.toString()), JsonIn::function);
    add(EconomicCode.class, (out, c) -> out.value(c.toString()), JsonIn::economic);
    add(RowKey.class, TableCodec::writeRowKey, TableCodec::readRowKey);
    add(IndicatorTarget.class, ProjectCodec::writeTarget, ProjectCodec.TARGET);

    add(AllocationPart.class, ProjectCodec::writePart, ProjectCodec.PART);
    add(SubsidyStandard.class, ProjectCodec::writeStandard, ProjectCodec.STANDARD);
    add(SubsidyTerms.class, ProjectCodec::writeSubsidy, ProjectCodec.SUBSIDY);
    add(PerformanceIndicator.class, ProjectCodec::writeIndicator, ProjectCodec.INDICATOR);
    add(PerformanceTarget.class, ProjectCodec::writePerformance, ProjectCodec.PERFORMANCE);
    add(Project.class, ProjectCodec::writeProject, ProjectCodec.PROJECT);

    add(BudgetLine.class, BudgetCodec::writeLine, BudgetCodec.LINE);
    add(StaffCount.class, BudgetCodec::writeStaffCount, BudgetCodec.STAFF_COUNT);
    add(Staffing.class, BudgetCodec::writeStaffing, BudgetCodec.STAFFING);
    add(UnitProfile.class, BudgetCodec::writeProfile, BudgetCodec.PROFILE);
    add(YearOnYear.class, BudgetCodec::writeYearOnYear, BudgetCodec.YEAR_ON_YEAR);
    add(NarrativeFigure.class, BudgetCodec::writeFigure, BudgetCodec.FIGURE);
    add(ThreePublicCosts.class, BudgetCodec::writeThreePublicCosts, BudgetCodec.THREE_PUBLIC_COSTS);
    add(OperatingCosts.class, BudgetCodec::writeOperatingCosts, BudgetCodec.OPERATING_COSTS);
    add(GovernmentProcurement.class, BudgetCodec::writeProcurement, BudgetCodec.PROCUREMENT);
    add(AssetHolding.class, BudgetCodec::writeHolding, BudgetCodec.HOLDING);
    add(StateAssets.class, BudgetCodec::writeAssets, BudgetCodec.ASSETS);
    add(
        PerformanceSummary.class,
        BudgetCodec::writePerformanceSummary,
        BudgetCodec.PERFORMANCE_SUMMARY);
    add(GlossaryEntry.class, BudgetCodec::writeGlossaryEntry, BudgetCodec.GLOSSARY_ENTRY);
    add(UnitBudget.class, BudgetCodec::writeBudget, BudgetCodec.BUDGET);

    add(Column.class, TableCodec::writeColumn, TableCodec.COLUMN);
    add(TableRow.class, TableCodec::writeRow, TableCodec.ROW);
    add(DisclosureTable.class, TableCodec::writeTable, TableCodec.TABLE);
    add(Disclosure.class, TableCodec::writeDisclosure, TableCodec.DISCLOSURE);
    add(BudgetDocument.class, TableCodec::writeDocument, TableCodec.DOCUMENT);
    add(Location.class, TableCodec::writeLocation, TableCodec.LOCATION);
    add(Finding.class, TableCodec::writeFinding, TableCodec.FINDING);
    add(ValidationReport.class, TableCodec::writeReport, TableCodec.REPORT);

    constant(CodeLevel.class);
    constant(MoneyUnit.class);
    constant(FundSource.class);
    constant(ExpenditureKind.class);
    constant(Measure.class);
    constant(StaffCategory.class);
    constant(IndicatorCategory.class);
    constant(IndicatorKind.class);
    constant(EvidenceType.class);
    constant(ScoringRule.class);
    constant(Relation.class);
    constant(SubsidyPeriod.class);
    constant(TableId.class);
    constant(Severity.class);
  }

  private <T> void add(Class<T> type, JsonOut.Writer<T> writer, Shape<T> shape) {
    add(type, writer, in -> in.read(shape));
  }

  private <E extends Enum<E>> void constant(Class<E> type) {
    add(type, (out, e) -> out.value(e.name()), JsonIn.constant(type));
  }

  private <T> void add(Class<T> type, JsonOut.Writer<T> writer, Shape.Reader<T> reader) {
    addSerializer(
        type,
        new StdSerializer<T>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider provider)
              throws IOException {
            writer.write(new JsonOut(g), value);
          }
        });
    addDeserializer(
        type,
        new StdDeserializer<T>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            return reader.read(new JsonIn(p));
          }
        });
  }
}
