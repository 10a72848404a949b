package io.budgetkit.json;

import static io.budgetkit.json.Shape.list;
import static io.budgetkit.json.Shape.optional;
import static io.budgetkit.json.Shape.required;

import io.budgetkit.money.Amount;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.AllocationPart;
import io.budgetkit.project.EvidenceType;
import io.budgetkit.project.IndicatorCategory;
import io.budgetkit.project.IndicatorTarget;
import io.budgetkit.project.PerformanceIndicator;
import io.budgetkit.project.PerformanceTarget;
import io.budgetkit.project.Project;
import io.budgetkit.project.Relation;
import io.budgetkit.project.ScoringRule;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.project.SubsidyStandard;
import io.budgetkit.project.SubsidyTerms;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * JSON of projects, their subsidy terms and their performance targets. A field the document does
 * not print (a project's scale, a target's owner and funds, in the 上海 项目经费情况说明) is left out.
 */
final class ProjectCodec {
  private ProjectCodec() {}

  static final Shape<AllocationPart> PART =
      Shape.of(
          "allocation part",
          v -> new AllocationPart(v.get("item"), v.optional("amount")),
          required("item", JsonIn::string),
          optional("amount", JsonIn::amount));

  static void writePart(JsonOut out, AllocationPart part) throws IOException {
    out.startFlat();
    out.string("item", part.item());
    out.amount("amount", part.amount());
    out.end();
  }

  static final Shape<SubsidyStandard> STANDARD =
      Shape.of(
          "subsidy standard",
          v ->
              new SubsidyStandard(
                  v.get("perPerson"), v.optional("period"), v.get("printed"), v.get("printedUnit")),
          required("perPerson", JsonIn::amount),
          optional("period", JsonIn.constant(SubsidyPeriod.class)),
          required("printed", JsonIn::string),
          required("printedUnit", JsonIn.constant(MoneyUnit.class)));

  static void writeStandard(JsonOut out, SubsidyStandard standard) throws IOException {
    out.startFlat();
    out.amount("perPerson", standard.perPerson());
    out.constant("period", standard.period());
    out.string("printed", standard.printed());
    out.constant("printedUnit", standard.printedUnit());
    out.end();
  }

  static final Shape<SubsidyTerms> SUBSIDY =
      Shape.of(
          "subsidy terms",
          v ->
              new SubsidyTerms(
                  v.integer("recipients"),
                  v.get("standard"),
                  v.get("scope"),
                  v.get("method"),
                  v.get("procedure"),
                  v.get("beneficiaries")),
          required("recipients", JsonIn::integer),
          required("standard", in -> in.read(STANDARD)),
          required("scope", JsonIn::string),
          required("method", JsonIn::string),
          required("procedure", JsonIn::string),
          required("beneficiaries", JsonIn::string));

  static void writeSubsidy(JsonOut out, SubsidyTerms terms) throws IOException {
    out.start();
    out.integer("recipients", terms.recipients());
    out.object("standard", terms.standard(), ProjectCodec::writeStandard);
    out.string("scope", terms.scope());
    out.string("method", terms.method());
    out.string("procedure", terms.procedure());
    out.string("beneficiaries", terms.beneficiaries());
    out.end();
  }

  /** A target is tagged by {@code type}: quantity, month, text or reference. */
  static final Shape<IndicatorTarget> TARGET =
      Shape.of(
          "indicator target",
          ProjectCodec::target,
          required("type", JsonIn::string),
          optional("relation", JsonIn.constant(Relation.class)),
          optional("value", JsonIn::decimal),
          optional("unit", JsonIn::string),
          optional("year", JsonIn::integer),
          optional("month", JsonIn::integer),
          optional("text", JsonIn::string));

  private static IndicatorTarget target(Shape.Values v) {
    String type = v.get("type");
    // compared in turn rather than switched on: a switch would hash each type read
    if (type.equals("quantity")) {
      v.variant("quantity target", "type", "relation?", "value", "unit");
      return new IndicatorTarget.Quantity(v.optional("relation"), v.get("value"), v.get("unit"));
    }
    if (type.equals("month")) {
      v.variant("month target", "type", "relation?", "year", "month");
      return new IndicatorTarget.Month(
          v.optional("relation"), v.integer("year"), v.integer("month"));
    }
    if (type.equals("text")) {
      v.variant("text target", "type", "text");
      return new IndicatorTarget.Text(v.get("text"));
    }
    if (type.equals("reference")) {
      v.variant("reference target", "type", "text");
      return new IndicatorTarget.Reference(v.get("text"));
    }
    throw new IllegalArgumentException(
        "unknown type "
            + JsonIn.clip(JsonIn.quote(type))
            + "; expected quantity, month, text or reference");
  }

  static void writeTarget(JsonOut out, IndicatorTarget target) throws IOException {
    out.startFlat();
    if (target instanceof IndicatorTarget.Quantity q) {
      out.string("type", "quantity");
      out.constant("relation", q.relation());
      out.decimal("value", q.value());
      out.string("unit", q.unit());
    } else if (target instanceof IndicatorTarget.Month m) {
      out.string("type", "month");
      out.constant("relation", m.relation());
      out.integer("year", m.year());
      out.integer("month", m.month());
    } else if (target instanceof IndicatorTarget.Text t) {
      out.string("type", "text");
      out.string("text", t.text());
    } else {
      out.string("type", "reference");
      out.string("text", ((IndicatorTarget.Reference) target).text());
    }
    out.end();
  }

  static final Shape<PerformanceIndicator> INDICATOR =
      Shape.of(
          "performance indicator",
          v ->
              PerformanceIndicator.builder()
                  .category(v.get("category"))
                  .name(v.get("name"))
                  .target(v.<IndicatorTarget>get("target"))
                  .basis(v.get("basis"))
                  .priorYear(v.optional("priorYear"))
                  .weight(v.<BigDecimal>get("weight"))
                  .scoring(v.get("scoring"))
                  .evidence(v.get("evidence"))
                  .build(),
          required("category", JsonIn.constant(IndicatorCategory.class)),
          required("name", JsonIn::string),
          required("target", in -> in.read(TARGET)),
          required("basis", JsonIn::string),
          optional("priorYear", JsonIn::string),
          required("weight", JsonIn::decimal),
          required("scoring", JsonIn.constant(ScoringRule.class)),
          list("evidence", JsonIn.constant(EvidenceType.class)));

  static void writeIndicator(JsonOut out, PerformanceIndicator indicator) throws IOException {
    out.startFlat();
    out.constant("category", indicator.category());
    out.string("name", indicator.name());
    out.object("target", indicator.target(), ProjectCodec::writeTarget);
    out.string("basis", indicator.basis());
    out.string("priorYear", indicator.priorYear());
    out.decimal("weight", indicator.weight());
    out.constant("scoring", indicator.scoring());
    out.constants("evidence", indicator.evidence());
    out.end();
  }

  static final Shape<PerformanceTarget> PERFORMANCE =
      Shape.of(
          "performance target",
          v ->
              PerformanceTarget.builder()
                  .projectName(v.get("projectName"))
                  .owner(v.<String>optional("owner"))
                  .totalFunds(v.<Amount>optional("totalFunds"))
                  .fiscalFunds(v.<Amount>optional("fiscalFunds"))
                  .otherFunds(v.<Amount>optional("otherFunds"))
                  .overallGoal(v.get("overallGoal"))
                  .indicators(v.get("indicators"))
                  .build(),
          required("projectName", JsonIn::string),
          optional("owner", JsonIn::string),
          optional("totalFunds", JsonIn::amount),
          optional("fiscalFunds", JsonIn::amount),
          optional("otherFunds", JsonIn::amount),
          required("overallGoal", JsonIn::string),
          list("indicators", in -> in.read(INDICATOR)));

  static void writePerformance(JsonOut out, PerformanceTarget target) throws IOException {
    out.start();
    out.string("projectName", target.projectName());
    out.string("owner", target.owner());
    out.amount("totalFunds", target.totalFunds());
    out.amount("fiscalFunds", target.fiscalFunds());
    out.amount("otherFunds", target.otherFunds());
    out.string("overallGoal", target.overallGoal());
    out.list("indicators", target.indicators(), ProjectCodec::writeIndicator);
    out.end();
  }

  /** {@code tableName} is written only where it differs from {@code name}. */
  static final Shape<Project> PROJECT =
      Shape.of(
          "project",
          v -> {
            Project.Builder b = Project.builder();
            if (v.has("tableName")) {
              b.tableName(v.get("tableName"));
            }
            return b.name(v.get("name"))
                .unit(v.<String>optional("unit"))
                .overview(v.<String>optional("overview"))
                .policyBasis(v.get("policyBasis"))
                .scale(v.<Amount>optional("scale"))
                .undertaker(v.get("undertaker"))
                .plan(v.<String>optional("plan"))
                .allocation(v.get("allocation"))
                .allocationTotal(v.optional("allocationTotal"))
                .executionPeriod(v.get("executionPeriod"))
                .fundingSource(v.optional("fundingSource"))
                .subsidy(v.optional("subsidy"))
                .performance(v.optional("performance"))
                .build();
          },
          required("name", JsonIn::string),
          optional("unit", JsonIn::string),
          optional("tableName", JsonIn::string),
          optional("overview", JsonIn::string),
          required("policyBasis", JsonIn::string),
          optional("scale", JsonIn::amount),
          required("undertaker", JsonIn::string),
          optional("plan", JsonIn::string),
          list("allocation", in -> in.read(PART)),
          optional("allocationTotal", JsonIn::amount),
          required("executionPeriod", JsonIn::string),
          optional("fundingSource", JsonIn::string),
          optional("subsidy", in -> in.read(SUBSIDY)),
          optional("performance", in -> in.read(PERFORMANCE)));

  static void writeProject(JsonOut out, Project project) throws IOException {
    out.start();
    out.string("name", project.name());
    out.string("unit", project.unit());
    if (!project.tableName().equals(project.name())) {
      out.string("tableName", project.tableName());
    }
    out.string("overview", project.overview());
    out.string("policyBasis", project.policyBasis());
    out.amount("scale", project.scale());
    out.string("undertaker", project.undertaker());
    out.string("plan", project.plan());
    out.list("allocation", project.allocation(), ProjectCodec::writePart);
    out.amount("allocationTotal", project.allocationTotal());
    out.string("executionPeriod", project.executionPeriod());
    out.string("fundingSource", project.fundingSource());
    out.object("subsidy", project.subsidy(), ProjectCodec::writeSubsidy);
    out.object("performance", project.performance(), ProjectCodec::writePerformance);
    out.end();
  }
}
