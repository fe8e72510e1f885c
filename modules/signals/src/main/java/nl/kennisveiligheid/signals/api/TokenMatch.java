package nl.kennisveiligheid.signals.api;

/**
 * One word of the searched name and the word of the listed name it was matched with (null: none), how they agree
 * and how much the word weighs in the name (rare words more than common ones, legal-form words little).
 */
public record TokenMatch(String queryToken, String listedToken, How how, double similarity, double weight) {

    /** How two words agree. */
    public enum How {
        /** the same word once normalised */
        EXACT,
        /** a typing error or a spelling variant (edit distance) */
        SPELLING,
        /** they sound alike (phonetic key) */
        PHONETIC,
        /** one is the initial of the other */
        INITIAL,
        /** two words written as one, or one as two */
        JOINED,
        /** no word of the other name matches */
        UNMATCHED
    }
}
