package nl.kennisveiligheid.platform.api;

import java.util.Locale;

/** Texts in the language of the current user (page or REST caller). */
public interface Messages {

    Locale locale();

    /** The text under {@code key} in {@code bundle}, formatted with {@link java.text.MessageFormat}. */
    String get(String bundle, String key, Object... arguments);
}
