package nl.kennisveiligheid.signals.api;

/** The signals module's message bundle, for texts other modules show ({@link nl.kennisveiligheid.platform.api.Text}). */
public final class SignalsMessages {

    public static final String BUNDLE = "nl.kennisveiligheid.signals.i18n.messages";

    private SignalsMessages() {
    }
}
