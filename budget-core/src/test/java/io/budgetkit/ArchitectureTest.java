package io.budgetkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pins the package dependencies of budget-core: each layer sees only the layers below it. */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.budgetkit");
  }

  @Test
  void layersDependOnlyDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("io.budgetkit..")
        .layer("Style")
        .definedBy("io.budgetkit")
        .layer("Code")
        .definedBy("io.budgetkit.code..")
        .layer("Money")
        .definedBy("io.budgetkit.money..")
        .layer("Project")
        .definedBy("io.budgetkit.project..")
        .layer("Model")
        .definedBy("io.budgetkit.model..")
        .layer("Table")
        .definedBy("io.budgetkit.table..")
        .layer("Document")
        .definedBy("io.budgetkit.document..", "io.budgetkit.layout..")
        .layer("Validation")
        .definedBy("io.budgetkit.validation..")
        .whereLayer("Validation")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Document")
        .mayOnlyBeAccessedByLayers("Validation")
        .whereLayer("Table")
        .mayOnlyBeAccessedByLayers("Document", "Validation")
        .whereLayer("Model")
        .mayOnlyBeAccessedByLayers("Table", "Document", "Validation")
        .whereLayer("Project")
        .mayOnlyBeAccessedByLayers("Model", "Table", "Document", "Validation")
        .whereLayer("Money")
        .mayOnlyBeAccessedByLayers("Project", "Model", "Table", "Document", "Validation")
        .whereLayer("Code")
        .mayOnlyBeAccessedByLayers("Project", "Model", "Table", "Document", "Validation")
        .check(core);
  }

  @Test
  void codesAndMoneyAreIndependentOfEachOther() {
    noClasses()
        .that()
        .resideInAPackage("io.budgetkit.code..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.budgetkit.money..")
        .check(core);
    noClasses()
        .that()
        .resideInAPackage("io.budgetkit.money..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.budgetkit.code..")
        .check(core);
  }

  @Test
  void coreNeverSeesJackson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "tools.jackson..")
        .check(core);
  }

  @Test
  void onlyTheMoneyPackageUsesJsr354Directly() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.budgetkit.money..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.money..", "org.javamoney..")
        .check(core);
  }
}
