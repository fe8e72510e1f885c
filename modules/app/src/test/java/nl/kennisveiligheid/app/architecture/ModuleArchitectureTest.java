package nl.kennisveiligheid.app.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The module rules hold for the whole product, and a canary (a small fixture under
 * {@code architecture.canary} that breaks each rule) proves that every rule can fail.
 */
class ModuleArchitectureTest {

    private static final String ROOT = "nl.kennisveiligheid";
    private static final String CANARY = "nl.kennisveiligheid.app.architecture.canary";

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final JavaClasses CANARY_CLASSES = new ClassFileImporter().importPackages(CANARY);

    @Test
    void productHasEveryModuleItKnows() {
        assertTrue(PRODUCT.containPackage(ROOT + ".platform.api"), "platform classes imported");
        assertTrue(PRODUCT.containPackage(ROOT + ".app"), "app classes imported");
    }

    @Test
    void modulesUseEachOtherOnlyThroughTheirApi() {
        ModuleRules.onlyThroughApi(ROOT).check(PRODUCT);
    }

    @Test
    void dependenciesRunOneWayAndPlatformDependsOnNoBusinessModule() {
        ModuleRules.oneWay(ROOT).check(PRODUCT);
    }

    @Test
    void modulesHaveNoCycles() {
        ModuleRules.noCycles(ROOT).check(PRODUCT);
    }

    @Test
    void layersInsideAModuleLeanOneWay() {
        ModuleRules.layersInsideModule(ROOT).check(PRODUCT);
    }

    @Test
    void canaryBreaksEveryRule() {
        for (ArchRule rule : ModuleRules.all(CANARY)) {
            assertThrows(AssertionError.class, () -> rule.check(CANARY_CLASSES), () -> "the canary should break: " + rule.getDescription());
        }
    }
}
