package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.LiveSetting;

/**
 * The decisions' settings, read afresh when used: the longest validity of a positive decision
 * ({@code decisions.max-validity-years}, default 5), the hearing term ({@code decisions.hearing-weeks}, default 2) and the
 * legal basis a new assessment starts with ({@code decisions.legal-basis}).
 */
@ApplicationScoped
public class DecisionsSettings {

    private static final Logger LOG = Logger.getLogger(DecisionsSettings.class.getName());

    static final String DEFAULT_LEGAL_BASIS = "Wet screening kennisveiligheid: bindend besluit over toegang tot een hoog-risico onderdeel";

    public int maxValidityYears() {
        return number("decisions.max-validity-years", 5, 1, 10);
    }

    public int hearingWeeks() {
        return number("decisions.hearing-weeks", 2, 1, 6);
    }

    public String legalBasis() {
        return LiveSetting.of("decisions.legal-basis").map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 500).orElse(DEFAULT_LEGAL_BASIS);
    }

    private static int number(String setting, int fallback, int min, int max) {
        String value = LiveSetting.of(setting).map(String::trim).orElse("");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> "Setting " + setting + " must be a number from " + min + " to " + max + "; using " + fallback);
        return fallback;
    }
}
