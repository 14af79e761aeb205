package org.evsettle.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of DESIGN.md: settlement <- rules, integrations, reports <- batch-jobs
 * <- features. The domain knows no framework but JPA; Drools, Camel, Spring Batch and POI stay in
 * their modules. Fails the build when a class crosses a boundary.
 */
class ModuleBoundariesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.evsettle");
  }

  @Test
  void settlementDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.evsettle.settlement..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.evsettle.rules..",
            "org.evsettle.integrations..",
            "org.evsettle.reports..",
            "org.evsettle.batch..",
            "org.evsettle.features..")
        .check(classes);
  }

  @Test
  void rulesIntegrationsAndReportsDoNotDependOnEachOtherOrUpwards() {
    String[][] modules = {
      {"org.evsettle.rules..", "org.evsettle.integrations..", "org.evsettle.reports.."},
      {"org.evsettle.integrations..", "org.evsettle.rules..", "org.evsettle.reports.."},
      {"org.evsettle.reports..", "org.evsettle.rules..", "org.evsettle.integrations.."}
    };
    for (String[] m : modules) {
      noClasses()
          .that()
          .resideInAPackage(m[0])
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(m[1], m[2], "org.evsettle.batch..", "org.evsettle.features..")
          .allowEmptyShould(true) // a module may not have classes yet; the rule holds as it grows
          .check(classes);
    }
  }

  @Test
  void theDomainUsesNoFrameworkButJpa() {
    noClasses()
        .that()
        .resideInAPackage("org.evsettle.settlement.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "org.hibernate..",
            "org.apache.camel..",
            "org.kie..",
            "org.drools..",
            "org.apache.poi..",
            "com.fasterxml..")
        .check(classes);
  }

  @Test
  void frameworksStayInTheirModules() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.evsettle.integrations..", "org.evsettle.batch..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.camel..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("org.evsettle.rules..", "org.evsettle.batch..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.kie..", "org.drools..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("org.evsettle.reports..", "org.evsettle.rules.pack..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.poi..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("org.evsettle.batch..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework.batch..")
        .check(classes);
  }
}
