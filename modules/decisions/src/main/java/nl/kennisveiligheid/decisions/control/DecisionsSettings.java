package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import nl.kennisveiligheid.platform.api.LiveSetting;

/**
 * The decisions' settings, read afresh when used: the longest validity of a positive decision
 * ({@code decisions.max-validity-years}, default 5), the hearing term ({@code decisions.hearing-weeks}, default 2) and the
 * legal basis a new assessment starts with ({@code decisions.legal-basis}) and how many weeks before a decision
 * expires its institution is told ({@code decisions.expiry-notice-weeks}, default 8).
 */
@ApplicationScoped
public class DecisionsSettings {


    static final String DEFAULT_LEGAL_BASIS = "Wet screening kennisveiligheid: bindend besluit over toegang tot een hoog-risico onderdeel";

    public int maxValidityYears() {
        return LiveSetting.wholeNumber("decisions.max-validity-years", 5, 1, 10);
    }

    public int hearingWeeks() {
        return LiveSetting.wholeNumber("decisions.hearing-weeks", 2, 1, 6);
    }

    public int expiryNoticeWeeks() {
        return LiveSetting.wholeNumber("decisions.expiry-notice-weeks", 8, 1, 26);
    }

    public String legalBasis() {
        return LiveSetting.of("decisions.legal-basis").map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 500).orElse(DEFAULT_LEGAL_BASIS);
    }
}
