package nl.kennisveiligheid.signals.control.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.HitExplanation;
import nl.kennisveiligheid.signals.api.HitExplanation.Agreement;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SanctionsHit;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.api.SubjectKind;

/**
 * The name matcher: one engine for persons and organisations over the designations of every list in force.
 * Candidates come from the {@link NameIndex} (words, typing errors, sounds; rare words first), at most
 * {@link #CANDIDATES} listed names per query; each is scored by {@link NameScorer}, the best name of a designation
 * counts (aliases like primary names, a low-quality a.k.a. a little less), and the date of birth and nationality
 * strengthen or weaken the name's score: they lift only a name that is already near the threshold
 * ({@link #LIFT_RANGE}), never make a hit on their own. Immutable; thread-safe.
 */
public final class SanctionsMatcher {

    /** How many listed names a query compares with at most. */
    static final int CANDIDATES = 250;
    /** From how many listed names on a word counts as common (it only adds to names rarer words found). */
    static final int COMMON = 1500;
    /** A searched name of more words is screened on its first ones (a name has rarely more than ten). */
    static final int MAX_QUERY_WORDS = 40;
    /**
     * Below which share of what the query's words found of the best candidate a candidate is not scored: it explains
     * too little of the query to come near (checked on the evaluation set).
     */
    static final double FOUND_SHARE = 0.3;
    /** How far below the threshold a name's own score may be for the date of birth and nationality to lift it. */
    static final double LIFT_RANGE = 0.06;
    static final double BIRTH_EXACT = 0.06;
    static final double BIRTH_NEAR = 0.03;
    static final double BIRTH_MISMATCH = -0.15;
    static final double NATIONALITY_MATCH = 0.04;
    static final double NATIONALITY_MISMATCH = -0.08;
    static final double LOW_QUALITY = 0.97;
    /**
     * A listed word in at most this many names may still be two words elsewhere ("airforce" in one list, "air force" in
     * another): its halves are looked up as for a word no list has. In an organisation's name they always are
     * (organisations write compounds both ways more often than persons' names do).
     */
    static final int RARE_WORD = 3;

    private final List<IndexedDesignation> designations;
    private final NameIndex index;
    private final ThreadLocal<Scratch> scratch;
    private final Map<String, IndexedDesignation> byReference = new HashMap<>();

    private SanctionsMatcher(List<IndexedDesignation> designations) {
        this.designations = List.copyOf(designations);
        for (IndexedDesignation listed : this.designations) {
            byReference.putIfAbsent(listed.source() + "|" + listed.designation().reference(), listed);
        }
        this.index = NameIndex.build(this.designations);
        int size = index.entries.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(size));
    }

    /** A matcher over {@code designations}. */
    public static SanctionsMatcher of(List<IndexedDesignation> designations) {
        return new SanctionsMatcher(designations);
    }

    /** How many designations and listed names (distinct per designation) the matcher holds. */
    public int designations() {
        return designations.size();
    }

    public int names() {
        return index.entries.length;
    }

    /** The designation a hit names (its list and reference), as indexed. */
    public Designation designation(SanctionsHit hit) {
        IndexedDesignation listed = byReference.get(hit.source() + "|" + hit.reference());
        return listed == null ? null : listed.designation();
    }

    /** The hits of {@code query} at or above {@code threshold}, best first. */
    public List<SanctionsHit> screen(ScreeningQuery query, double threshold) {
        List<String> tokens = NameNormalizer.tokens(query.name());
        if (tokens.isEmpty()) {
            return List.of();
        }
        String[] words = tokens.stream().limit(MAX_QUERY_WORDS).toArray(String[]::new);
        String[][] wordKeys = new String[words.length][];
        List<List<NameIndex.Similar>> similars = new ArrayList<>(words.length);
        double[] queryWeights = new double[words.length];
        for (int i = 0; i < words.length; i++) {
            wordKeys[i] = words[i].length() >= 3 && !Character.isDigit(words[i].charAt(0)) ? TokenSimilarity.keys(words[i]) : null;
            similars.add(index.similar(words[i], wordKeys[i]));
            queryWeights[i] = index.weightOf(words[i], index.idOf(words[i]));
        }
        // a word the lists write as two ("epmnb": "ep mnb"), or that only a few names write as one, finds the names of both
        // halves; the scorer joins them
        List<List<NameIndex.Similar>> finding = new ArrayList<>(similars);
        for (int i = 0; i < words.length; i++) {
            int id = index.idOf(words[i]);
            if (words[i].length() >= 4 && (id < 0 || index.frequency(id) <= RARE_WORD || query.kind() == SubjectKind.ENTITY)) {
                List<NameIndex.Similar> withHalves = new ArrayList<>(similars.get(i));
                withHalves.addAll(index.halves(words[i]));
                finding.set(i, withHalves);
            }
        }
        int[] candidates = candidates(words, finding);
        // the similarities of each searched word with the listed words met so far: candidates share many words
        SimilarityCache known = scratch.get().cache();
        for (int i = 0; i < words.length; i++) {
            for (NameIndex.Similar s : similars.get(i)) {
                known.put(i, s.tokenId(), s.similarity());
            }
        }
        Map<Integer, SanctionsHit> best = new HashMap<>();
        for (int entryId : candidates) {
            NameIndex.Entry entry = index.entries[entryId];
            IndexedDesignation listed = designations.get(entry.designation());
            Designation designation = listed.designation();
            if (query.kind() != null && designation.kind() != query.kind()) {
                continue;
            }
            int[] ids = entry.tokenIds();
            double[] listedWeights = new double[ids.length];
            for (int j = 0; j < listedWeights.length; j++) {
                listedWeights[j] = index.weight(ids[j]);
            }
            NameScorer.Scored scored = NameScorer.score(words, queryWeights, entry.tokens(), listedWeights, entry.hyphenBefore(), entry.ordinary(),
                    (i, j) -> {
                        TokenSimilarity.Similarity similarity = known.get(i, ids[j]);
                        if (similarity == null) {
                            similarity = TokenSimilarity.of(words[i], index.words[ids[j]], wordKeys[i], index.keys(ids[j]));
                            known.put(i, ids[j], similarity);
                        }
                        return similarity;
                    });
            DesignationName name = designation.names().get(entry.name());
            double nameScore = scored.score() * (name.quality() == NameQuality.LOW ? LOW_QUALITY : 1);
            if (nameScore < threshold - LIFT_RANGE) {
                continue;
            }
            SanctionsHit current = best.get(entry.designation());
            if (current != null && current.explanation().nameScore() >= nameScore) {
                continue;
            }
            Judged birth = birthDate(query.birthDate(), designation);
            Judged nationality = nationality(query.nationality(), designation);
            double adjustment = designation.kind() == SubjectKind.ENTITY ? nationality.adjustment() : birth.adjustment() + nationality.adjustment();
            double score = Math.max(0, Math.min(1, nameScore + adjustment));
            HitExplanation explanation = new HitExplanation(name.name(), name.quality(), String.join(" ", words), String.join(" ", entry.tokens()),
                    scored.tokens(), NameScorer.round(nameScore), birth.agreement(), birth.detail(), nationality.agreement(), nationality.detail(),
                    NameScorer.round(adjustment));
            best.put(entry.designation(), new SanctionsHit(listed.source(), listed.editionId(), designation.reference(), designation.kind(),
                    designation.primaryName(), designation.regime(), NameScorer.round(score), explanation));
        }
        List<SanctionsHit> hits = new ArrayList<>();
        for (SanctionsHit hit : best.values()) {
            if (hit.score() >= threshold) {
                hits.add(hit);
            }
        }
        hits.sort(Comparator.comparingDouble(SanctionsHit::score).reversed().thenComparing(SanctionsHit::reference));
        return hits;
    }

    /**
     * Scratch arrays of one thread: the candidates' scores, per searched word its best gain per listed name, and the
     * similarities of the searched words with the listed words met in one query.
     */
    private static final class Scratch {
        final float[] score;
        final float[] wordBest;
        final int[] wordStamp;
        int stamp;
        private SimilarityCache cache;

        Scratch(int size) {
            score = new float[size];
            wordBest = new float[size];
            wordStamp = new int[size];
        }

        SimilarityCache cache() {
            if (cache == null) {
                cache = new SimilarityCache();
            }
            cache.clear();
            return cache;
        }
    }

    /**
     * Similarities by searched word and listed word for one query: an open-addressing table that a generation number
     * clears at once, small enough to keep per thread.
     */
    private static final class SimilarityCache {
        private long[] keys = new long[4096];
        private TokenSimilarity.Similarity[] values = new TokenSimilarity.Similarity[4096];
        private int[] generation = new int[4096];
        private int current = 1;
        private int size;

        void clear() {
            size = 0;
            if (++current == Integer.MAX_VALUE) {
                java.util.Arrays.fill(generation, 0);
                current = 1;
            }
        }

        TokenSimilarity.Similarity get(int word, int listed) {
            long key = ((long) word << 32) | listed;
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); generation[slot] == current; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
            return null;
        }

        void put(int word, int listed, TokenSimilarity.Similarity similarity) {
            if (size * 2 >= keys.length) {
                grow();
            }
            insert(((long) word << 32) | listed, similarity);
        }

        private void insert(long key, TokenSimilarity.Similarity similarity) {
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (generation[slot] == current && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (generation[slot] != current) {
                size++;
            }
            keys[slot] = key;
            values[slot] = similarity;
            generation[slot] = current;
        }

        private void grow() {
            long[] oldKeys = keys;
            TokenSimilarity.Similarity[] oldValues = values;
            int[] oldGeneration = generation;
            int live = current;
            keys = new long[oldKeys.length * 2];
            values = new TokenSimilarity.Similarity[oldKeys.length * 2];
            generation = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldGeneration[i] == live) {
                    insert(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }

    /**
     * The listed names most like the query words, by the weights of the words they share (or nearly share), at most
     * {@link #CANDIDATES}. A common word (in more than {@link #COMMON} names) only adds to names a rarer word found,
     * unless every word of the query is common.
     */
    private int[] candidates(String[] words, List<List<NameIndex.Similar>> similars) {
        Scratch scratch = this.scratch.get();
        float[] score = scratch.score;
        int[] touched = new int[64];
        int touchedCount = 0;
        int[] postingsOf = new int[words.length];
        int rarest = Integer.MAX_VALUE;
        boolean[] letter = new boolean[words.length];
        for (int w = 0; w < words.length; w++) {
            letter[w] = words[w].length() == 1;
            for (NameIndex.Similar similar : similars.get(w)) {
                postingsOf[w] += index.namesWith(similar.tokenId()).length;
            }
            if (postingsOf[w] > 0 && !letter[w]) {
                rarest = Math.min(rarest, postingsOf[w]);
            }
        }
        int[] wordTouched = new int[64];
        // a single letter (an initial, or a letter of an abbreviation) and a common word only add to names others found:
        // the finding words go first
        boolean[] scoringOnlyOf = new boolean[words.length];
        List<Integer> order = new ArrayList<>();
        for (int w = 0; w < words.length; w++) {
            scoringOnlyOf[w] = letter[w] ? rarest != Integer.MAX_VALUE : postingsOf[w] > COMMON && rarest <= COMMON;
            if (!scoringOnlyOf[w]) {
                order.add(w);
            }
        }
        for (int w = 0; w < words.length; w++) {
            if (scoringOnlyOf[w]) {
                order.add(w);
            }
        }
        for (int w : order) {
            if (postingsOf[w] == 0) {
                continue;
            }
            boolean scoringOnly = scoringOnlyOf[w];
            int stamp = ++scratch.stamp;
            int wordCount = 0;
            for (NameIndex.Similar similar : similars.get(w)) {
                float gain = (float) (similar.similarity().value() * index.weight(similar.tokenId()));
                for (int entry : index.namesWith(similar.tokenId())) {
                    if (scoringOnly && score[entry] == 0) {
                        continue;
                    }
                    if (scratch.wordStamp[entry] != stamp) {
                        scratch.wordStamp[entry] = stamp;
                        scratch.wordBest[entry] = gain;
                        if (wordCount == wordTouched.length) {
                            wordTouched = java.util.Arrays.copyOf(wordTouched, wordCount * 2);
                        }
                        wordTouched[wordCount++] = entry;
                    } else if (gain > scratch.wordBest[entry]) {
                        scratch.wordBest[entry] = gain;
                    }
                }
            }
            for (int i = 0; i < wordCount; i++) {
                int entry = wordTouched[i];
                if (score[entry] == 0) {
                    if (touchedCount == touched.length) {
                        touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = entry;
                }
                score[entry] += scratch.wordBest[entry];
            }
        }
        if (scratch.stamp > Integer.MAX_VALUE - 1000) {
            java.util.Arrays.fill(scratch.wordStamp, 0);
            scratch.stamp = 0;
        }
        List<Character> initials = new ArrayList<>();
        for (String word : words) {
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                initials.add(word.charAt(0));
            }
        }
        // names that found less than a share of the best one cannot come near: neither ranked nor scored
        float most = 0;
        for (int i = 0; i < touchedCount; i++) {
            most = Math.max(most, score[touched[i]]);
        }
        int[] ranked = new int[touchedCount];
        int rankedCount = 0;
        for (int i = 0; i < touchedCount; i++) {
            int entry = touched[i];
            if (score[entry] < FOUND_SHARE * most) {
                continue;
            }
            ranked[rankedCount++] = entry;
            String[] tokens = index.entries[entry].tokens();
            // among equals, shorter names first (fewer words the query does not explain)
            float adjusted = score[entry] - 0.02f * tokens.length;
            if (!initials.isEmpty()) {
                // initials find nothing alone: names with words of these initials come first
                boolean[] ordinary = index.entries[entry].ordinary();
                for (char initial : initials) {
                    for (int t = 0; t < tokens.length; t++) {
                        String token = tokens[t];
                        if (token.length() > 1 && token.charAt(0) == initial && ordinary[t]) {
                            adjusted += 0.5f;
                            break;
                        }
                    }
                }
            }
            score[entry] = Math.max(Float.MIN_VALUE, adjusted);
        }
        int[] out = top(ranked, rankedCount, score, CANDIDATES);
        for (int i = 0; i < touchedCount; i++) {
            score[touched[i]] = 0;
        }
        return out;
    }

    /** The {@code limit} entries of {@code entries} with the highest scores (in no particular order beyond that). */
    private static int[] top(int[] entries, int count, float[] score, int limit) {
        if (count <= limit) {
            return java.util.Arrays.copyOf(entries, count);
        }
        // a min-heap of the best seen so far
        int[] heap = new int[limit];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int entry = entries[i];
            if (size < limit) {
                heap[size] = entry;
                int c = size++;
                while (c > 0 && score[heap[(c - 1) / 2]] > score[heap[c]]) {
                    int parent = (c - 1) / 2;
                    int t = heap[parent];
                    heap[parent] = heap[c];
                    heap[c] = t;
                    c = parent;
                }
            } else if (score[entry] > score[heap[0]]) {
                heap[0] = entry;
                int c = 0;
                while (true) {
                    int l = 2 * c + 1;
                    int r = l + 1;
                    int m = c;
                    if (l < size && score[heap[l]] < score[heap[m]]) {
                        m = l;
                    }
                    if (r < size && score[heap[r]] < score[heap[m]]) {
                        m = r;
                    }
                    if (m == c) {
                        break;
                    }
                    int t = heap[m];
                    heap[m] = heap[c];
                    heap[c] = t;
                    c = m;
                }
            }
        }
        return heap;
    }

    private record Judged(Agreement agreement, String detail, double adjustment) {
    }

    private static final Judged UNKNOWN = new Judged(Agreement.UNKNOWN, null, 0);

    private static Judged birthDate(LocalDate date, Designation designation) {
        if (date == null || designation.birthDates().isEmpty()) {
            return UNKNOWN;
        }
        Judged judged = null;
        for (String listed : designation.birthDates()) {
            Judged one = birthDate(date, listed);
            if (one != null && (judged == null || one.adjustment() > judged.adjustment())) {
                judged = one;
            }
        }
        return judged == null ? UNKNOWN : judged;
    }

    /** How a date of birth agrees with one listed date ({@code 1971}, {@code 1978-04-28}, {@code 1960-1965}, {@code 1971-04}). */
    static Judged birthDate(LocalDate date, String listed) {
        PartialDate partial = PartialDate.parse(listed);
        if (partial == null) {
            return null;
        }
        int year = date.getYear();
        if (partial.exact() != null && partial.exact().equals(date)) {
            return new Judged(Agreement.MATCH, listed, BIRTH_EXACT);
        }
        if (partial.exact() == null && year >= partial.fromYear() && year <= partial.toYear()
                && (partial.month() == 0 || partial.month() == date.getMonthValue())) {
            return new Judged(Agreement.NEAR, listed, BIRTH_NEAR);
        }
        if (year >= partial.fromYear() - 1 && year <= partial.toYear() + 1) {
            return new Judged(Agreement.NEAR, listed, 0);
        }
        return new Judged(Agreement.MISMATCH, listed, BIRTH_MISMATCH);
    }

    private static Judged nationality(String code, Designation designation) {
        if (code == null || code.isBlank() || designation.nationalities().isEmpty()) {
            return UNKNOWN;
        }
        for (String listed : designation.nationalities()) {
            if (listed.equalsIgnoreCase(code)) {
                return new Judged(Agreement.MATCH, listed, NATIONALITY_MATCH);
            }
        }
        boolean allCodes = designation.nationalities().stream().allMatch(n -> n.length() == 2);
        return allCodes ? new Judged(Agreement.MISMATCH, String.join(", ", designation.nationalities()), NATIONALITY_MISMATCH) : UNKNOWN;
    }
}
