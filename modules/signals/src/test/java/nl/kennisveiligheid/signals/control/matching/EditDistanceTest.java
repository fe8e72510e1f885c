package nl.kennisveiligheid.signals.control.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The bounded edit distance: agrees with Apache Commons Text's Levenshtein distance, and counts a swap of neighbours as one. */
class EditDistanceTest {

    @Test
    void swapsCountOnceAndTheBoundHolds() {
        assertEquals(0, EditDistance.within("badege", "badege", 2));
        assertEquals(1, EditDistance.within("badege", "bdaege", 2));
        assertEquals(1, EditDistance.within("badege", "badge", 1));
        assertEquals(1, EditDistance.within("badege", "baedege", 1));
        assertEquals(2, EditDistance.within("mohammed", "muhammad", 2));
        assertEquals(-1, EditDistance.within("mohammed", "muhamad", 1));
        assertEquals(-1, EditDistance.within("ali", "alexander", 2));
        assertEquals(1, EditDistance.within("", "a", 1));
    }

    @Test
    void agreesWithLevenshteinWhereNoSwapIsInvolved() {
        Random random = new Random(7);
        LevenshteinDistance reference = new LevenshteinDistance();
        for (int n = 0; n < 20_000; n++) {
            String a = word(random);
            String b = word(random);
            int expected = reference.apply(a, b);
            int bound = random.nextInt(4);
            int got = EditDistance.within(a, b, bound);
            if (expected <= bound) {
                // a swap may make the distance smaller, never larger
                assertEquals(true, got >= 0 && got <= expected, a + "/" + b);
            } else if (got >= 0) {
                assertEquals(true, got < expected, a + "/" + b);
            }
        }
    }

    private static String word(Random random) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(4)));
        }
        return out.toString();
    }
}
