package nl.kennisveiligheid.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.kennisveiligheid.platform.api.ModuleDescriptor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every module's Dutch and English message bundles exist and have the same keys, none empty. */
class MessageBundlesTest {

    private static final List<ModuleDescriptor> MODULES = ModuleDescriptor.all(MessageBundlesTest.class.getClassLoader());

    @Test
    void everyModuleIsDescribed() {
        assertTrue(MODULES.stream().anyMatch(m -> m.name().equals("platform")), "platform registers a ModuleDescriptor");
    }

    @TestFactory
    List<DynamicTest> dutchAndEnglishHaveTheSameKeys() {
        return MODULES.stream().map(module -> DynamicTest.dynamicTest(module.name(), () -> {
            Properties dutch = load(module.messageBundle(), "nl");
            Properties english = load(module.messageBundle(), "en");
            Set<String> onlyDutch = new TreeSet<>(dutch.stringPropertyNames());
            onlyDutch.removeAll(english.stringPropertyNames());
            Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
            onlyEnglish.removeAll(dutch.stringPropertyNames());
            assertEquals(Set.of(), onlyDutch, module.name() + ": keys only in Dutch");
            assertEquals(Set.of(), onlyEnglish, module.name() + ": keys only in English");
            for (Properties bundle : List.of(dutch, english)) {
                bundle.forEach((key, value) -> assertFalse(value.toString().isBlank(), module.name() + ": empty text for " + key));
            }
        })).toList();
    }

    /**
     * A text without placeholders is shown as it is written (no message format reads it), so a doubled apostrophe, the
     * message format's escape, would be shown doubled: "request''s". Such texts use ’ or quotation marks.
     */
    @TestFactory
    List<DynamicTest> aTextWithoutPlaceholdersHasNoEscapedApostrophes() {
        return MODULES.stream().map(module -> DynamicTest.dynamicTest(module.name(), () -> {
            Set<String> doubled = new TreeSet<>();
            for (String language : List.of("nl", "en")) {
                load(module.messageBundle(), language).forEach((key, value) -> {
                    String text = value.toString();
                    if (!text.matches("(?s).*\\{\\d.*") && text.contains("''")) {
                        doubled.add(language + ": " + key);
                    }
                });
            }
            assertEquals(Set.of(), doubled, module.name() + ": texts that would show ''");
        })).toList();
    }

    static Properties load(String baseName, String language) throws IOException {
        String resource = baseName.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "missing bundle " + resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
