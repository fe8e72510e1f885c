package nl.kennisveiligheid.signals.control.matching;

import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.signals.api.TokenMatch;
import nl.kennisveiligheid.signals.api.TokenMatch.How;

/**
 * The score of a searched name against one listed name, words in any order: each searched word is paired with the
 * listed word most like it (best pairs first), two words written as one are joined, and the score weighs how much of
 * the searched name is explained (60 %) and how much of the listed name is covered (40 %), each word by its weight
 * (rare words more, particles and organisation words little). A name of dropped given names or initials still
 * scores high when its rare words agree; words of two different names recombined do not.
 */
final class NameScorer {

    /** The share of the score for how much of the searched name is explained. */
    static final double QUERY_SHARE = 0.6;
    private static final double JOINED = 0.95;
    /** The most words a name may have here (the matcher keeps searched and listed names within it). */
    static final int MAX_WORDS = 1000;

    /** A score and the words as paired. */
    record Scored(double score, java.util.function.Supplier<List<TokenMatch>> explanation) {

        /** The words as paired (built when asked: most candidates are never shown). */
        List<TokenMatch> tokens() {
            return explanation.get();
        }
    }

    private NameScorer() {
    }

    /** How alike searched word {@code i} and listed word {@code j} are (the matcher caches these per query). */
    interface Similarities {
        TokenSimilarity.Similarity of(int i, int j);
    }

    /**
     * Scores {@code query} (with its words' weights, for words the list does not hold) against the listed words
     * {@code listed} with their weights, which of them are ordinary words (not organisation words or particles), which a
     * hyphen joins to the word before (an initial covers a hyphenated given name whole: {@code T.} for
     * {@code Tong-chol}), and the similarities of the words.
     */
    static Scored score(String[] query, double[] queryWeights, String[] listed, double[] listedWeights, boolean[] hyphenBefore,
                        boolean[] ordinary, Similarities similarities) {
        int q = query.length;
        int l = listed.length;
        if (q > MAX_WORDS || l > MAX_WORDS) {
            throw new IllegalArgumentException("a name of more than " + MAX_WORDS + " words");
        }
        TokenSimilarity.Similarity[][] sims = new TokenSimilarity.Similarity[q][l];
        // every pair that agrees, best first (ties: the rarer listed word first), as sortable numbers
        long[] pairs = new long[q * l];
        int count = 0;
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < l; j++) {
                sims[i][j] = similarities.of(i, j);
                if (sims[i][j].value() > 0) {
                    long similarity = Math.round(sims[i][j].value() * 1_000_000);
                    long weight = Math.min(1023, Math.round(listedWeights[j] * 1000));
                    pairs[count++] = (similarity << 30) | (weight << 20) | ((long) i << 10) | j;
                }
            }
        }
        java.util.Arrays.sort(pairs, 0, count);
        int[] pairedWith = new int[q];
        java.util.Arrays.fill(pairedWith, -1);
        boolean[] listedUsed = new boolean[l];
        double[] queryScore = new double[q];
        How[] queryHow = new How[q];
        for (int p = count - 1; p >= 0; p--) {
            int i = (int) (pairs[p] >>> 10) & 1023;
            int j = (int) pairs[p] & 1023;
            if (pairedWith[i] < 0 && !listedUsed[j]) {
                pairedWith[i] = j;
                listedUsed[j] = true;
                queryScore[i] = sims[i][j].value();
                queryHow[i] = sims[i][j].how();
            }
        }
        int[] joinedTo = new int[q];
        java.util.Arrays.fill(joinedTo, -1);
        joinWords(query, listed, pairedWith, listedUsed, queryScore, queryHow, joinedTo);

        double queryTotal = 0;
        double queryMatched = 0;
        double listedTotal = 0;
        double listedMatched = 0;
        boolean solid = false;
        double[] effectiveWeight = new double[q];
        for (int i = 0; i < q; i++) {
            int j = pairedWith[i];
            double weight = j >= 0 ? Math.min(listedWeights[j], Math.max(queryWeights[i], listedWeights[j] * 0.5)) : queryWeights[i];
            if (j >= 0 && queryHow[i] == How.INITIAL) {
                weight = listedWeights[j] * 0.5;
            }
            effectiveWeight[i] = weight;
            queryTotal += weight;
            queryMatched += weight * queryScore[i];
            if (j >= 0 && queryHow[i] != How.INITIAL && queryScore[i] >= 0.85 && ordinary[j]) {
                solid = true;
            }
        }
        // an initial covers the hyphenated parts after the word it matched (T. for Tong-chol)
        double[] hyphenCovered = new double[l];
        for (int i = 0; i < q; i++) {
            int j = pairedWith[i];
            if (j >= 0 && queryHow[i] == How.INITIAL) {
                for (int k = j + 1; k < l && hyphenBefore[k] && !listedUsed[k]; k++) {
                    listedUsed[k] = true;
                    hyphenCovered[k] = queryScore[i];
                }
            }
        }
        boolean[] listedJoined = new boolean[l];
        for (int i = 0; i < q; i++) {
            if (pairedWith[i] >= 0) {
                listedJoined[pairedWith[i]] = true;
                if (joinedTo[i] >= 0) {
                    listedJoined[joinedTo[i]] = true;
                }
            }
        }
        for (int j = 0; j < l; j++) {
            listedTotal += listedWeights[j];
        }
        for (int j = 0; j < l; j++) {
            if (hyphenCovered[j] > 0) {
                listedMatched += listedWeights[j] * hyphenCovered[j];
                listedJoined[j] = true;
            }
        }
        boolean[] counted = new boolean[l];
        for (int i = 0; i < q; i++) {
            int j = pairedWith[i];
            if (j >= 0 && !counted[j]) {
                counted[j] = true;
                listedMatched += listedWeights[j] * queryScore[i];
                if (joinedTo[i] >= 0) {
                    listedMatched += listedWeights[joinedTo[i]] * queryScore[i];
                }
            }
        }
        if (!solid) {
            boolean allLow = true;
            for (int j = 0; j < l; j++) {
                allLow &= !ordinary[j];
            }
            solid = allLow && queryMatched >= 0.8 * queryTotal;
        }
        if (!solid || queryTotal == 0 || listedTotal == 0) {
            return new Scored(0, () -> explain(query, listed, pairedWith, joinedTo, listedJoined, queryScore, queryHow, effectiveWeight, listedWeights));
        }
        double score = QUERY_SHARE * (queryMatched / queryTotal) + (1 - QUERY_SHARE) * Math.min(1, listedMatched / listedTotal);
        return new Scored(Math.min(1, score), () -> explain(query, listed, pairedWith, joinedTo, listedJoined, queryScore, queryHow, effectiveWeight,
                listedWeights));
    }

    /** Pairs the words left over where two adjacent words of one name are one word of the other. */
    private static void joinWords(String[] query, String[] listed, int[] pairedWith, boolean[] listedUsed, double[] queryScore,
                                  How[] queryHow, int[] joinedTo) {
        // two searched words as one listed word ("ze dong" / "zedong")
        for (int i = 0; i + 1 < query.length; i++) {
            if (pairedWith[i] >= 0 || pairedWith[i + 1] >= 0) {
                continue;
            }
            int length = query[i].length() + query[i + 1].length();
            for (int j = 0; j < listed.length; j++) {
                if (!listedUsed[j] && Math.abs(length - listed[j].length()) <= 1 && query[i].charAt(0) == listed[j].charAt(0)
                        && joinedAlike(query[i] + query[i + 1], listed[j])) {
                    listedUsed[j] = true;
                    pairedWith[i] = j;
                    pairedWith[i + 1] = j;
                    queryScore[i] = JOINED;
                    queryScore[i + 1] = JOINED;
                    queryHow[i] = How.JOINED;
                    queryHow[i + 1] = How.JOINED;
                    break;
                }
            }
        }
        // two searched words as two listed words split elsewhere ("aln asser" / "al nasser"), unless they already agree better
        for (int i = 0; i + 1 < query.length; i++) {
            if (queryScore[i] + queryScore[i + 1] >= 2 * JOINED) {
                continue;
            }
            int length = query[i].length() + query[i + 1].length();
            for (int j = 0; j + 1 < listed.length; j++) {
                if (Math.abs(length - listed[j].length() - listed[j + 1].length()) <= 1 && query[i].charAt(0) == listed[j].charAt(0)
                        && free(listedUsed, pairedWith, i, j) && free(listedUsed, pairedWith, i, j + 1)
                        && joinedAlike(query[i] + query[i + 1], listed[j] + listed[j + 1])) {
                    for (int k = i; k <= i + 1; k++) {
                        if (pairedWith[k] >= 0) {
                            listedUsed[pairedWith[k]] = false;
                        }
                    }
                    listedUsed[j] = true;
                    listedUsed[j + 1] = true;
                    pairedWith[i] = j;
                    pairedWith[i + 1] = j + 1;
                    queryScore[i] = JOINED;
                    queryScore[i + 1] = JOINED;
                    queryHow[i] = How.JOINED;
                    queryHow[i + 1] = How.JOINED;
                    break;
                }
            }
        }
        // one searched word as two listed words ("jongun" / "jong un")
        for (int i = 0; i < query.length; i++) {
            if (pairedWith[i] >= 0) {
                continue;
            }
            for (int j = 0; j + 1 < listed.length; j++) {
                if (!listedUsed[j] && !listedUsed[j + 1] && Math.abs(query[i].length() - listed[j].length() - listed[j + 1].length()) <= 1
                        && query[i].charAt(0) == listed[j].charAt(0) && joinedAlike(query[i], listed[j] + listed[j + 1])) {
                    listedUsed[j] = true;
                    listedUsed[j + 1] = true;
                    pairedWith[i] = j;
                    joinedTo[i] = j + 1;
                    queryScore[i] = JOINED;
                    queryHow[i] = How.JOINED;
                    break;
                }
            }
        }
    }

    /** Whether listed word {@code j} is free for searched words {@code i} and {@code i + 1}: unused, or used by one of them. */
    private static boolean free(boolean[] listedUsed, int[] pairedWith, int i, int j) {
        return !listedUsed[j] || pairedWith[i] == j || pairedWith[i + 1] == j;
    }

    /** Whether two words written as one are the other word: the same, or one letter apart in words of six letters or more. */
    private static boolean joinedAlike(String joined, String word) {
        if (joined.equals(word)) {
            return true;
        }
        return Math.min(joined.length(), word.length()) >= 6 && Math.abs(joined.length() - word.length()) <= 1
                && (joined.charAt(0) == word.charAt(0) || joined.charAt(joined.length() - 1) == word.charAt(word.length() - 1))
                && EditDistance.within(joined, word, 1) >= 0;
    }

    private static List<TokenMatch> explain(String[] query, String[] listed, int[] pairedWith, int[] joinedTo, boolean[] listedJoined,
                                            double[] queryScore, How[] queryHow, double[] queryWeights, double[] listedWeights) {
        List<TokenMatch> tokens = new ArrayList<>(query.length + listed.length);
        for (int i = 0; i < query.length; i++) {
            int j = pairedWith[i];
            String listedWord = j < 0 ? null : joinedTo[i] >= 0 ? listed[j] + " " + listed[joinedTo[i]] : listed[j];
            tokens.add(new TokenMatch(query[i], listedWord, j < 0 ? How.UNMATCHED : queryHow[i], round(queryScore[i]), round(queryWeights[i])));
        }
        for (int j = 0; j < listed.length; j++) {
            if (!listedJoined[j]) {
                tokens.add(new TokenMatch(null, listed[j], How.UNMATCHED, 0, round(listedWeights[j])));
            }
        }
        return tokens;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
