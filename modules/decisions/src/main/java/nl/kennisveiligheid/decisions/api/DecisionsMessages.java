package nl.kennisveiligheid.decisions.api;

/** The decisions module's message bundle, for texts other modules show ({@link nl.kennisveiligheid.platform.api.Text}). */
public final class DecisionsMessages {

    public static final String BUNDLE = "nl.kennisveiligheid.decisions.i18n.messages";

    private DecisionsMessages() {
    }
}
