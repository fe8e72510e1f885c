package nl.kennisveiligheid.techlist.api;

/** The techlist module's message bundle, for texts its aggregates and other modules show. */
public final class TechlistMessages {

    public static final String BUNDLE = "nl.kennisveiligheid.techlist.i18n.messages";

    private TechlistMessages() {
    }
}
