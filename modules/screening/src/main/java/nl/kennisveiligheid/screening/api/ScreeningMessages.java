package nl.kennisveiligheid.screening.api;

/** The screening module's message bundle, for texts other modules show ({@link nl.kennisveiligheid.platform.api.Text}). */
public final class ScreeningMessages {

    public static final String BUNDLE = "nl.kennisveiligheid.screening.i18n.messages";

    private ScreeningMessages() {
    }
}
