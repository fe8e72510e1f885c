package nl.kennisveiligheid.signals.control.matching;

/**
 * The edit distance between two words up to a small bound, counting an insertion, a deletion, a substitution and a
 * swap of two neighbouring letters as one edit each (optimal string alignment). Only the band of the matrix within
 * the bound is computed and the comparison stops as soon as the bound is passed: it runs for every word pair the
 * matcher scores, where a general distance (Apache Commons Text) spent most of the screening's time.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** The distance between {@code a} and {@code b} when it is at most {@code max}, else -1. */
    static int within(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return -1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        int big = max + 1;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = i;
            if (from > 1) {
                current[from - 1] = big;
            }
            int rowMin = i <= max ? i : big;
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = Math.min(value, big);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < m) {
                current[to + 1] = big;
            }
            if (rowMin > max) {
                return -1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[m] <= max ? previous[m] : -1;
    }
}
