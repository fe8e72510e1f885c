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

    /** Every module of the order is there to be checked: a rule over a module that is missing would hold trivially. */
    @Test
    void productHasEveryModuleItKnows() {
        for (String module : ModuleRules.ORDER) {
            String root = ROOT + "." + module;
            assertTrue(PRODUCT.stream().anyMatch(c -> c.getPackageName().equals(root) || c.getPackageName().startsWith(root + ".")),
                    "module '" + module + "' has classes to check");
        }
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

    /**
     * Each rule fails on the canary with the violation the canary was written to commit: not merely with some error
     * (a rule that found no classes to check fails too, and would pass an "any failure" canary).
     */
    @Test
    void canaryBreaksEveryRuleWithTheViolationItExpects() {
        java.util.Map<ArchRule, String> expected = new java.util.LinkedHashMap<>();
        expected.put(ModuleRules.onlyThroughApi(CANARY), "reaches into module 'units' outside its api package");
        expected.put(ModuleRules.oneWay(CANARY), "module 'platform' may not depend on module 'units'");
        expected.put(ModuleRules.noCycles(CANARY), "Cycle detected");
        expected.put(ModuleRules.layersInsideModule(CANARY), "the entity layer of module 'units' may not import its control layer");
        assertTrue(expected.size() == ModuleRules.all(CANARY).size(), "every rule has its expected violation");
        for (java.util.Map.Entry<ArchRule, String> rule : expected.entrySet()) {
            AssertionError failure = assertThrows(AssertionError.class, () -> rule.getKey().check(CANARY_CLASSES),
                    () -> "the canary should break: " + rule.getKey().getDescription());
            assertTrue(failure.getMessage().contains(rule.getValue()), "expected the violation '" + rule.getValue() + "', got: " + failure.getMessage());
        }
    }
}
