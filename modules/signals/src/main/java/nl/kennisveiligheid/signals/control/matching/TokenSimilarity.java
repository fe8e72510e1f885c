package nl.kennisveiligheid.signals.control.matching;

import nl.kennisveiligheid.signals.api.TokenMatch.How;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two normalised words are, and why: the same word (1), an initial of the other (0.85), a typing error or
 * spelling variant within a small edit distance ({@link EditDistance}: a swap of two letters is one edit) or a high
 * Jaro-Winkler similarity (Apache Commons Text), or the same sound (Double
 * Metaphone key, Apache Commons Codec). Numbers agree only when equal. Thread-safe.
 */
public final class TokenSimilarity {

    /** A similarity and how it came about; {@link #NONE} when the words do not agree. */
    public record Similarity(double value, How how) {
    }

    public static final Similarity NONE = new Similarity(0, How.UNMATCHED);
    static final double INITIAL = 0.85;
    static final double PHONETIC = 0.86;
    private static final Similarity SAME = new Similarity(1, How.EXACT);
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private TokenSimilarity() {
    }

    /** How alike {@code a} and {@code b} are, with their Double Metaphone keys where known ({@link #keys}; null: computed when needed). */
    static Similarity of(String a, String b, String[] keysA, String[] keysB) {
        if (a.equals(b)) {
            return SAME;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) && (a.length() == 1) != (b.length() == 1) && Character.isLetter(a.charAt(0))
                    ? new Similarity(INITIAL, How.INITIAL) : NONE;
        }
        if (Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return NONE;
        }
        int shorter = Math.min(a.length(), b.length());
        int longer = Math.max(a.length(), b.length());
        if (longer - shorter > 3) {
            return NONE;
        }
        double spelling = 0;
        boolean sameStart = a.charAt(0) == b.charAt(0);
        boolean alikeStart = sameStart || similarStart(a.charAt(0), b.charAt(0));
        if (!alikeStart && shorter <= 5) {
            return NONE;
        }
        int allowed = longer <= 3 ? 0 : shorter <= 5 ? (sameStart ? 1 : 0) : 2;
        if (allowed > 0) {
            int distance = EditDistance.within(a, b, allowed);
            if (distance >= 0 && distance <= allowed) {
                spelling = distance == 1 ? (shorter <= 4 ? 0.88 : 0.92) : 0.85;
            }
        }
        // Jaro-Winkler rewards a common start; without one it stays under 0.92 for names
        double jw = shorter >= 4 && alikeStart ? JARO_WINKLER.apply(a, b) : 0;
        if (jw >= 0.92) {
            spelling = Math.max(spelling, jw - 0.04);
        }
        double phonetic = (shorter < 4 || jw >= 0.8) && sameSound(a, b, keysA, keysB) ? PHONETIC : 0;
        if (spelling == 0 && phonetic == 0) {
            return NONE;
        }
        return spelling >= phonetic ? new Similarity(Math.min(spelling, 0.95), How.SPELLING) : new Similarity(phonetic, How.PHONETIC);
    }

    /** Whether two words of at least three letters sound alike: a Double Metaphone key in common, and alike first letters. */
    static boolean sameSound(String a, String b, String[] keysA, String[] keysB) {
        if (a.length() < 3 || b.length() < 3 || !similarStart(a.charAt(0), b.charAt(0))) {
            return false;
        }
        String[] ka = keysA != null ? keysA : keys(a);
        String[] kb = keysB != null ? keysB : keys(b);
        return !ka[0].isEmpty() && (ka[0].equals(kb[0]) || ka[0].equals(kb[1]) || ka[1].equals(kb[0]));
    }

    /** The primary and alternate Double Metaphone keys of a word. */
    public static String[] keys(String token) {
        String primary = METAPHONE.doubleMetaphone(token, false);
        String alternate = METAPHONE.doubleMetaphone(token, true);
        return new String[]{primary == null ? "" : primary, alternate == null ? "" : alternate};
    }

    private static boolean similarStart(char a, char b) {
        return a == b || (isVowel(a) && isVowel(b)) || pair(a, b, 'c', 'k') || pair(a, b, 'k', 'q') || pair(a, b, 'j', 'y')
                || pair(a, b, 'j', 'd') || pair(a, b, 'z', 's') || pair(a, b, 'f', 'p') || pair(a, b, 'g', 'j') || pair(a, b, 'c', 's')
                || pair(a, b, 'h', 'k') || pair(a, b, 'w', 'v') || pair(a, b, 'y', 'i') || pair(a, b, 'y', 'e');
    }

    private static boolean pair(char a, char b, char x, char y) {
        return (a == x && b == y) || (a == y && b == x);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
