package io.budgetkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.ExpenditureKind;
import io.budgetkit.model.FundSource;
import io.budgetkit.model.Measure;
import io.budgetkit.model.StaffCategory;
import io.budgetkit.money.MoneyUnit;
import io.budgetkit.project.EvidenceType;
import io.budgetkit.project.IndicatorCategory;
import io.budgetkit.project.Relation;
import io.budgetkit.project.ScoringRule;
import io.budgetkit.project.SubsidyPeriod;
import io.budgetkit.table.TableId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped schema accepts what the writer writes and rejects what the reader rejects. */
class BudgetJsonSchemaTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(BudgetJson.schema());
  private static final String GOOD = BudgetJson.toJson(SeedSample.document());

  static Set<ValidationMessage> validate(String json) {
    try {
      return SCHEMA.validate(PLAIN.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<ValidationMessage> validate(BudgetDocument document) {
    return validate(BudgetJson.toJson(document));
  }

  @Test
  void schemaIsTheShippedResourceInDraft2020_12() throws IOException {
    try (InputStream in =
        BudgetJson.class.getResourceAsStream("/io/budgetkit/json/budget-document.schema.json")) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), BudgetJson.schema());
    }
    JsonNode schema = PLAIN.readTree(BudgetJson.schema());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals(BudgetJson.FORMAT_VERSION, schema.at("/properties/formatVersion/const").asText());
    assertEquals(BudgetJson.UNIT.label(), schema.at("/properties/unit/const").asText());
  }

  @Test
  void theSeedSampleIsValid() {
    assertEquals(Set.of(), validate(SeedSample.document()));
  }

  /**
   * A project as the 上海 项目经费情况说明 prints it: no scale, no 资金来源, a target with a goal but no owner,
   * funds or indicators; overview and plan with a paragraph break. Valid, and read back equal with
   * the absent fields still absent.
   */
  @Test
  void aProjectWithoutScaleOrFundsIsValidAndSurvivesJson() throws BudgetJsonException {
    io.budgetkit.model.UnitBudget seed = SeedSample.document().budget();
    io.budgetkit.project.Project printed =
        io.budgetkit.project.Project.builder()
            .name("社区公共服务中心新建工程")
            .overview("第一段。\n第二段。")
            .policyBasis("根据…的批复进行建设。")
            .undertaker("本工程由建设单位…建设。")
            .plan("设计策略：1、…；2、…。")
            .executionPeriod("第一至四季度支付尾款。")
            .part("第一季度用款计划", "15")
            .performance(
                io.budgetkit.project.PerformanceTarget.builder()
                    .projectName("社区公共服务中心新建工程")
                    .overallGoal("建成后作为社区事务受理场所。")
                    .build())
            .build();
    BudgetDocument document =
        BudgetDocument.of(
            io.budgetkit.model.UnitBudget.builder()
                .profile(seed.profile())
                .fiscalYear(seed.fiscalYear())
                .addProjects(printed)
                .build());
    String json = BudgetJson.toJson(document);
    assertEquals(Set.of(), validate(json));
    assertFalse(json.contains("\"scale\""), json);
    assertFalse(json.contains("\"owner\""), json);
    assertTrue(json.contains("\"overview\": \"第一段。\\n第二段。\""), json);
    assertEquals(document, BudgetJson.fromJson(json));
  }

  @Test
  void aConsolidatedDepartmentIsValidAndSurvivesJsonWithItsUnits() {
    qt().withExamples(50)
        .forAll(io.budgetkit.testkit.BudgetGenerators.departmentUnits(3))
        .checkAssert(
            units -> {
              BudgetDocument department =
                  BudgetDocument.of(
                      io.budgetkit.model.Consolidation.of(
                          ConsolidationProperties.DEPARTMENT, units));
              String json = BudgetJson.toJson(department);
              assertEquals(Set.of(), validate(json));
              try {
                assertEquals(department, BudgetJson.fromJson(json));
              } catch (BudgetJsonException e) {
                throw new AssertionError(e.getMessage(), e);
              }
            });
  }

  @Test
  void everyGeneratedDocumentIsValid() {
    qt().withExamples(100)
        .forAll(BudgetGen.DOCUMENT)
        .checkAssert(document -> assertEquals(Set.of(), validate(document)));
  }

  @Test
  void theSchemaEnumsAreTheJavaConstants() throws IOException {
    JsonNode defs = PLAIN.readTree(BudgetJson.schema()).get("$defs");
    Map<String, Class<? extends Enum<?>>> enums =
        Map.ofEntries(
            Map.entry("FundSource", FundSource.class),
            Map.entry("ExpenditureKind", ExpenditureKind.class),
            Map.entry("Measure", Measure.class),
            Map.entry("StaffCategory", StaffCategory.class),
            Map.entry("IndicatorCategory", IndicatorCategory.class),
            Map.entry("EvidenceType", EvidenceType.class),
            Map.entry("ScoringRule", ScoringRule.class),
            Map.entry("Relation", Relation.class),
            Map.entry("SubsidyPeriod", SubsidyPeriod.class),
            Map.entry("MoneyUnit", MoneyUnit.class),
            Map.entry("TableId", TableId.class));
    enums.forEach(
        (name, type) -> {
          List<String> inSchema = new ArrayList<>();
          defs.get(name).get("enum").forEach(n -> inSchema.add(n.asText()));
          List<String> inJava = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
          assertEquals(inJava, inSchema, name);
        });
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String amount = "\"amount\": \"110.94\"";
    List<String> bad =
        List.of(
            GOOD.replace(amount, "\"amount\": 110.94"),
            GOOD.replace(amount, "\"amount\": \"1e3\""),
            GOOD.replace(amount, "\"amount\": \"110.9400001\""),
            GOOD.replace(amount, "\"amount\": \"1,110.94\""),
            GOOD.replace(amount, amount + ", \"note\": \"x\""),
            GOOD.replace("\"kind\": \"BASIC_PERSONNEL\", ", ""),
            GOOD.replace("\"208 01 01\"", "\"208-01-01\""),
            GOOD.replace("\"fiscalYear\": 2023", "\"fiscalYear\": \"2023\""),
            GOOD.replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\""),
            GOOD.replace("\"share\": \"76.40%\"", "\"share\": \"76.4\""),
            GOOD.replace("\"f:201\"", "\"x:201\""),
            GOOD.replace("\"type\": \"month\", ", "\"type\": \"text\", "));
    for (String json : bad) {
      assertFalse(GOOD.equals(json), "the mutation applies");
      assertFalse(validate(json).isEmpty(), "schema accepts what the reader rejects");
      assertTrue(
          Pattern.compile("line \\d+, column \\d+")
              .matcher(
                  org.junit.jupiter.api.Assertions.assertThrows(
                          BudgetJsonException.class, () -> BudgetJson.fromJson(json))
                      .getMessage())
              .find());
    }
  }
}
