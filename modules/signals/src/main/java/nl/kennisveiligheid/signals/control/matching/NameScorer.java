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

    /** A score and the words as paired. */
    record Scored(double score, List<TokenMatch> tokens) {
    }

    private NameScorer() {
    }

    /**
     * Scores {@code query} (with its words' weights, for words the list does not hold) against the listed words
     * {@code listed} with their weights.
     */
    static Scored score(String[] query, double[] queryWeights, String[] listed, double[] listedWeights) {
        int q = query.length;
        int l = listed.length;
        TokenSimilarity.Similarity[][] sims = new TokenSimilarity.Similarity[q][l];
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < l; j++) {
                sims[i][j] = TokenSimilarity.of(query[i], listed[j]);
                if (sims[i][j].value() > 0) {
                    pairs.add(new int[]{i, j});
                }
            }
        }
        pairs.sort((a, b) -> {
            int bySimilarity = Double.compare(sims[b[0]][b[1]].value(), sims[a[0]][a[1]].value());
            return bySimilarity != 0 ? bySimilarity : Double.compare(listedWeights[b[1]], listedWeights[a[1]]);
        });
        int[] pairedWith = new int[q];
        java.util.Arrays.fill(pairedWith, -1);
        boolean[] listedUsed = new boolean[l];
        double[] queryScore = new double[q];
        How[] queryHow = new How[q];
        for (int[] pair : pairs) {
            if (pairedWith[pair[0]] < 0 && !listedUsed[pair[1]]) {
                pairedWith[pair[0]] = pair[1];
                listedUsed[pair[1]] = true;
                queryScore[pair[0]] = sims[pair[0]][pair[1]].value();
                queryHow[pair[0]] = sims[pair[0]][pair[1]].how();
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
            if (j >= 0 && queryHow[i] != How.INITIAL && queryScore[i] >= 0.85 && NameWords.kindWeight(listed[j]) == 1.0) {
                solid = true;
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
            for (String word : listed) {
                allLow &= NameWords.kindWeight(word) < 1.0;
            }
            solid = allLow && queryMatched >= 0.8 * queryTotal;
        }
        if (!solid || queryTotal == 0 || listedTotal == 0) {
            return new Scored(0, explain(query, listed, pairedWith, joinedTo, listedJoined, queryScore, queryHow, effectiveWeight, listedWeights));
        }
        double score = QUERY_SHARE * (queryMatched / queryTotal) + (1 - QUERY_SHARE) * Math.min(1, listedMatched / listedTotal);
        return new Scored(Math.min(1, score), explain(query, listed, pairedWith, joinedTo, listedJoined, queryScore, queryHow, effectiveWeight,
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
            String joined = query[i] + query[i + 1];
            for (int j = 0; j < listed.length; j++) {
                if (!listedUsed[j] && TokenSimilarity.of(joined, listed[j]).value() >= 0.9) {
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
        // one searched word as two listed words ("jongun" / "jong un")
        for (int i = 0; i < query.length; i++) {
            if (pairedWith[i] >= 0) {
                continue;
            }
            for (int j = 0; j + 1 < listed.length; j++) {
                if (!listedUsed[j] && !listedUsed[j + 1] && TokenSimilarity.of(query[i], listed[j] + listed[j + 1]).value() >= 0.9) {
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
