package nl.kennisveiligheid.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The audit trail's codes in words: an action ({@code personal-data.viewed}) under {@code audit.action.<code>} and an
 * object type ({@code ScreeningRequest}) under {@code audit.object.<type>}, in the bundle of the module that records it
 * (every module's bundle is asked, so each keeps the words for its own actions).
 */
public final class AuditWords {

    /** The modules' bundles, found once (the audit trail asks for every cell of every page). */
    private static final class Bundles {
        static final List<String> ALL = ModuleDescriptor.all(AuditWords.class.getClassLoader()).stream()
                .map(ModuleDescriptor::messageBundle).toList();
    }

    private AuditWords() {
    }

    /** The action in words, if a module has words for it. */
    public static Optional<String> action(String code, Locale locale) {
        return code == null ? Optional.empty() : find("audit.action." + code, locale);
    }

    /** The object type in words, if a module has words for it. */
    public static Optional<String> objectType(String type, Locale locale) {
        return type == null ? Optional.empty() : find("audit.object." + type, locale);
    }

    private static Optional<String> find(String key, Locale locale) {
        ClassLoader loader = AuditWords.class.getClassLoader();
        for (String bundleName : Bundles.ALL) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, loader);
                if (bundle.containsKey(key)) {
                    return Optional.of(bundle.getString(key));
                }
            } catch (MissingResourceException noBundle) {
                // a module without a bundle in this language has no words for it
            }
        }
        return Optional.empty();
    }
}
