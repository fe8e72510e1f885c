package nl.kennisveiligheid.signals.api;

/**
 * What a signal says, with the indicator group it belongs to. A hit (a name found on a list) is judged by a screener:
 * confirmed or dismissed; the other signals are facts read from the request and the country indicators.
 */
public enum SignalKind {
    /** The person's name on a sanctions list. */
    PERSON_SANCTIONED(IndicatorGroup.LEGAL, true),
    /** An organisation the person is or was affiliated with, or a funder, on a sanctions list. */
    ORGANISATION_SANCTIONED(IndicatorGroup.LEGAL, true),
    /** An affiliation (within the look-back period) on a list of organisations of concern. */
    AFFILIATION_OF_CONCERN(IndicatorGroup.AFFILIATIONS, true),
    /** The person's nationality or country of birth is named in the threat assessments. */
    COUNTRY_OF_CONCERN(IndicatorGroup.AFFILIATIONS, false),
    /** An affiliation (within the look-back period) in a country the threat assessments name. */
    AFFILIATION_IN_COUNTRY_OF_CONCERN(IndicatorGroup.AFFILIATIONS, false),
    /** An Annex 2 entry the person will have access to. */
    ANNEX_ENTRY(IndicatorGroup.FIELD, false),
    /** A funder on a list of organisations of concern. */
    FUNDER_OF_CONCERN(IndicatorGroup.DEPENDENCE, true),
    /** Funding by a foreign state body. */
    FOREIGN_STATE_FUNDING(IndicatorGroup.DEPENDENCE, false),
    /** A scholarship programme from a country the threat assessments name. */
    SCHOLARSHIP_FROM_COUNTRY_OF_CONCERN(IndicatorGroup.DEPENDENCE, false),
    /** A scholarship of less than two years with topic and supervision from the home country. */
    SHORT_SCHOLARSHIP_FROM_HOME_COUNTRY(IndicatorGroup.DEPENDENCE, false),
    /** A country of the person (nationality, birth, affiliation) with an Academic Freedom Index at or below the signal value. */
    ACADEMIC_FREEDOM_CURTAILED(IndicatorGroup.ETHICS, false),
    /** A country of the person with a Democracy Index at or below the signal value. */
    LOW_DEMOCRACY_INDEX(IndicatorGroup.ETHICS, false);

    private final IndicatorGroup group;
    private final boolean hit;

    SignalKind(IndicatorGroup group, boolean hit) {
        this.group = group;
        this.hit = hit;
    }

    public IndicatorGroup group() {
        return group;
    }

    /** Whether it is a hit on a list, which a screener confirms or dismisses. */
    public boolean hit() {
        return hit;
    }
}
