package io.budgetkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetkit.document.BudgetDocument;
import io.budgetkit.model.GovernmentProcurement;
import io.budgetkit.model.Staffing;
import io.budgetkit.model.UnitBudget;
import io.budgetkit.model.UnitProfile;
import io.budgetkit.money.Amount;
import io.budgetkit.testkit.BudgetAssertions;
import org.junit.jupiter.api.Test;

/** {@link BudgetAssertions#assertConsistent(BudgetDocument)} on the small consistent document. */
class DocumentAssertionsTest {

  @Test
  void consistentDocumentPasses() {
    BudgetAssertions.assertConsistent(SmallBudget.example().document());
    BudgetAssertions.assertConsistent(
        SmallBudget.example().document(), Validators.document(), RuleProfile.STRICT);
  }

  @Test
  void failureListsEachFindingWithRulePlaceExpectedAndActual() {
    BudgetDocument d = SmallBudget.example().document();
    UnitBudget b = d.budget();
    GovernmentProcurement g = b.procurement().orElseThrow();
    Staffing s = b.profile().staffing().orElseThrow();
    UnitBudget.Builder broken = UnitBudget.builder();
    broken.from(b);
    broken.procurement(
        new GovernmentProcurement(
            g.total(),
            g.goods().plus(Amount.ofWanYuan("1.00")),
            g.works(),
            g.services(),
            g.reservedForSmes(),
            g.reservedForSmallAndMicro()));
    Staffing.Builder staffing = Staffing.builder();
    staffing.from(s);
    staffing.actual(s.actual() + 2);
    UnitProfile.Builder profile = UnitProfile.builder();
    profile.from(b.profile());
    profile.staffing(staffing.build());
    broken.profile(profile.build());
    BudgetDocument doc = BudgetDocument.of(broken.build(), d.layoutTables().orElseThrow());

    AssertionError e =
        assertThrows(AssertionError.class, () -> BudgetAssertions.assertConsistent(doc));
    String m = e.getMessage();
    assertTrue(m.contains("but 2 findings (profile default)"), m);
    assertTrue(m.contains("ERROR procurement.parts at 政府采购预算"), m);
    assertTrue(m.contains("ERROR staffing.counts at staffing 实有人数: 实有人数 " + (s.actual() + 2)), m);
    assertTrue(m.contains("; expected " + s.actual() + ", actual " + (s.actual() + 2)), m);
    assertEquals(2, m.lines().filter(l -> l.startsWith("  ERROR ")).count(), m);
  }

  @Test
  void strictProfileFailsOnAWarningThatTheDefaultAlsoReports() {
    BudgetDocument d = SmallBudget.example().document();
    UnitBudget.Builder b = UnitBudget.builder();
    b.from(d.budget());
    b.addProject(
        io.budgetkit.project.Project.builder()
            .name("未列入表7的项目")
            .policyBasis("克财社[2022]73 号")
            .scale(Amount.ofWanYuan("1.00"))
            .undertaker("阿图什市人力资源和社会保障局")
            .executionPeriod("2023 年")
            .fundingSource("财政拨款")
            .build());
    BudgetDocument doc = BudgetDocument.of(b.build(), d.layoutTables().orElseThrow());
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                BudgetAssertions.assertConsistent(doc, Validators.document(), RuleProfile.STRICT));
    assertTrue(e.getMessage().contains("projects.t7"), e.getMessage());
    assertTrue(e.getMessage().contains("(profile strict)"), e.getMessage());
  }
}
