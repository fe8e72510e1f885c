package nl.kennisveiligheid.platform.api;

import java.util.Locale;

/** Texts in the language of the current user (page or REST caller). */
public interface Messages {

    /** The platform's own message bundle. */
    String PLATFORM_BUNDLE = "nl.kennisveiligheid.platform.i18n.messages";

    Locale locale();

    /** The text under {@code key} in {@code bundle}, formatted with {@link java.text.MessageFormat}. */
    String get(String bundle, String key, Object... arguments);
}
