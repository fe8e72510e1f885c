package nl.kennisveiligheid.signals.api;

import java.time.LocalDate;

/**
 * A tie of the person to an organisation: an affiliation (work or study), or a funder of the position or stay, with
 * its country (ISO 3166 alpha-2) and period ({@code to} null while it lasts). For a scholarship,
 * {@code topicAndSupervisionFromHomeCountry} says whether its topic and supervision are set from the home country.
 */
public record Tie(Kind kind, String organisation, String country, LocalDate from, LocalDate to, boolean topicAndSupervisionFromHomeCountry) {

    public enum Kind {
        AFFILIATION,
        /** funding by a foreign government or another foreign state body */
        STATE_FUNDING,
        COMPANY_FUNDING,
        SCHOLARSHIP
    }

    /** Whether the tie is a funder rather than an affiliation. */
    public boolean funder() {
        return kind != Kind.AFFILIATION;
    }
}
