package uk.org.ncjaa.springboard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("uk.org.ncjaa.springboard");

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class)
            .because("dependencies are passed to constructors and kept in final fields")
            .check(CLASSES);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().notHaveModifier(JavaModifier.PUBLIC)
            .check(CLASSES);
    }

    @Test
    void noCyclesBetweenModules() {
        slices().matching("uk.org.ncjaa.springboard.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void webLayerIsNotUsedByTheDomain() {
        noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("..web..")
            .check(CLASSES);
    }

    @Test
    void nothingLogsThroughStandardError() {
        noClasses().should().accessField(System.class, "err").check(CLASSES);
    }
}
