package nl.kennisveiligheid.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.kennisveiligheid.platform.api.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * What {@code docs/adding-a-module.md} asks of every module, where a test can check it: each module's descriptor,
 * persistence unit, migrations, bundles and Faces configuration agree with each other and with the module order.
 */
class ModuleConventionsTest {

    private static final ClassLoader LOADER = ModuleConventionsTest.class.getClassLoader();
    private static final List<ModuleDescriptor> MODULES = ModuleDescriptor.all(LOADER);

    @Test
    void descriptorsFollowTheModuleOrder() {
        List<String> names = MODULES.stream().map(ModuleDescriptor::name).toList();
        assertTrue(names.size() >= 3, "platform, techlist and units at least: " + names);
        List<String> expected = ModuleRules.ORDER.stream().filter(names::contains).toList();
        assertEquals(expected, names, "descriptor order() must follow ModuleRules.ORDER");
        assertTrue(ModuleRules.ORDER.containsAll(names), "every module is in ModuleRules.ORDER: " + names);
        assertEquals(names.size(), MODULES.stream().map(ModuleDescriptor::order).distinct().count(), "orders are unique");
    }

    @Test
    void eachModuleHasOnePersistenceUnitNamedAfterIt() throws Exception {
        List<String> units = new ArrayList<>();
        for (URL url : Collections.list(LOADER.getResources("META-INF/persistence.xml"))) {
            NodeList found = parse(url).getElementsByTagName("persistence-unit");
            for (int i = 0; i < found.getLength(); i++) {
                units.add(found.item(i).getAttributes().getNamedItem("name").getNodeValue());
            }
        }
        List<String> names = MODULES.stream().map(ModuleDescriptor::name).sorted().toList();
        assertEquals(names, units.stream().sorted().toList(), "one persistence unit per module, named as the module");
    }

    @Test
    void eachModuleHasMigrationsAndBothBundles() {
        for (ModuleDescriptor module : MODULES) {
            assertNotNull(LOADER.getResource(module.migrationLocation()), module.name() + ": migrations in " + module.migrationLocation());
            assertEquals(module.name(), module.schema(), module.name() + ": the schema is named after the module");
            for (String language : List.of("nl", "en")) {
                String path = module.messageBundle().replace('.', '/') + "_" + language + ".properties";
                assertNotNull(LOADER.getResource(path), module.name() + ": bundle " + path);
            }
        }
    }

    @Test
    void bundleVariablesAreUniqueAndNameTheModulesBundles() throws Exception {
        Set<String> variables = new HashSet<>();
        Set<String> bundles = new HashSet<>();
        for (URL url : Collections.list(LOADER.getResources("META-INF/faces-config.xml"))) {
            Document config = parse(url);
            NodeList vars = config.getElementsByTagName("var");
            NodeList bases = config.getElementsByTagName("base-name");
            for (int i = 0; i < vars.getLength(); i++) {
                String variable = vars.item(i).getTextContent().trim();
                assertTrue(variables.add(variable), "bundle variable '" + variable + "' is used twice (" + url + ")");
                bundles.add(bases.item(i).getTextContent().trim());
            }
        }
        for (ModuleDescriptor module : MODULES) {
            assertTrue(bundles.contains(module.messageBundle()), module.name() + ": its bundle has a variable in its faces-config.xml");
        }
    }

    private static Document parse(URL url) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = url.openStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
