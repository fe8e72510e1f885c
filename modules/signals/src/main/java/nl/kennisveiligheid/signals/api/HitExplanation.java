package nl.kennisveiligheid.signals.api;

import java.util.List;

/**
 * Why a name hit a designation, for a screener to check: which of the designation's names matched (and its
 * quality), the searched name and the listed name as compared (normalised, transliterated), the words token by
 * token (searched words first, then the listed words left over), the name score, and how the date of birth and the
 * nationality agreed and what that did to the score.
 */
public record HitExplanation(String matchedName, NameQuality nameQuality, String queryNormalised, String listedNormalised,
                             List<TokenMatch> tokens, double nameScore, Agreement birthDate, String birthDateDetail,
                             Agreement nationality, String nationalityDetail, double adjustment) {

    /** How a date of birth or nationality agreed with the designation. */
    public enum Agreement {
        /** it agrees */
        MATCH,
        /** it lies within a range or near the listed date */
        NEAR,
        /** it contradicts what the list says */
        MISMATCH,
        /** the search or the list does not say */
        UNKNOWN
    }
}
