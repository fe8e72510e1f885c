package nl.kennisveiligheid.units.api;

/** The units module's message bundle: the texts of its refusals, for whoever shows them. */
public final class UnitMessages {

    public static final String BUNDLE = "nl.kennisveiligheid.units.i18n.messages";

    private UnitMessages() {
    }
}
