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
    /** How far below the threshold a name's own score may be for the date of birth and nationality to lift it. */
    static final double LIFT_RANGE = 0.06;
    static final double BIRTH_EXACT = 0.06;
    static final double BIRTH_NEAR = 0.03;
    static final double BIRTH_MISMATCH = -0.15;
    static final double NATIONALITY_MATCH = 0.04;
    static final double NATIONALITY_MISMATCH = -0.08;
    static final double LOW_QUALITY = 0.97;

    private final List<IndexedDesignation> designations;
    private final NameIndex index;
    private final ThreadLocal<float[]> scratch;

    private SanctionsMatcher(List<IndexedDesignation> designations) {
        this.designations = List.copyOf(designations);
        this.index = NameIndex.build(this.designations);
        int size = index.entries.length;
        this.scratch = ThreadLocal.withInitial(() -> new float[size]);
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

    /** The hits of {@code query} at or above {@code threshold}, best first. */
    public List<SanctionsHit> screen(ScreeningQuery query, double threshold) {
        List<String> tokens = NameNormalizer.tokens(query.name());
        if (tokens.isEmpty()) {
            return List.of();
        }
        String[] words = tokens.toArray(String[]::new);
        int[] candidates = candidates(words);
        double[] queryWeights = new double[words.length];
        for (int i = 0; i < words.length; i++) {
            queryWeights[i] = index.weightOf(words[i], index.idOf(words[i]));
        }
        Map<Integer, SanctionsHit> best = new HashMap<>();
        for (int entryId : candidates) {
            NameIndex.Entry entry = index.entries[entryId];
            IndexedDesignation listed = designations.get(entry.designation());
            Designation designation = listed.designation();
            if (query.kind() != null && designation.kind() != query.kind()) {
                continue;
            }
            double[] listedWeights = new double[entry.tokenIds().length];
            for (int j = 0; j < listedWeights.length; j++) {
                listedWeights[j] = index.weight(entry.tokenIds()[j]);
            }
            NameScorer.Scored scored = NameScorer.score(words, queryWeights, entry.tokens(), listedWeights);
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

    /** The listed names most like the query words, by the weights of the words they share (or nearly share). */
    private int[] candidates(String[] words) {
        float[] score = scratch.get();
        List<Integer> touched = new ArrayList<>();
        for (String word : words) {
            Map<Integer, Float> bestPerName = new HashMap<>();
            List<NameIndex.Similar> similars = index.similar(word);
            if (word.length() >= 4 && index.idOf(word) < 0) {
                similars = new ArrayList<>(similars);
                similars.addAll(index.halves(word));
            }
            for (NameIndex.Similar similar : similars) {
                float gain = (float) (similar.similarity().value() * index.weight(similar.tokenId()));
                for (int entry : index.namesWith(similar.tokenId())) {
                    bestPerName.merge(entry, gain, Math::max);
                }
            }
            for (Map.Entry<Integer, Float> e : bestPerName.entrySet()) {
                if (score[e.getKey()] == 0) {
                    touched.add(e.getKey());
                }
                score[e.getKey()] += e.getValue();
            }
        }
        Integer[] order = touched.toArray(Integer[]::new);
        java.util.Arrays.sort(order, (a, b) -> Float.compare(score[b], score[a]));
        List<Character> initials = new ArrayList<>();
        for (String word : words) {
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                initials.add(word.charAt(0));
            }
        }
        if (!initials.isEmpty()) {
            // initials find nothing alone: among the best names by their full words, those with names of these initials first
            int considered = Math.min(order.length, CANDIDATES * 8);
            for (int i = 0; i < considered; i++) {
                int entry = order[i];
                for (String token : index.entries[entry].tokens()) {
                    if (token.length() > 1 && initials.contains(token.charAt(0))) {
                        score[entry] += 0.5f;
                    }
                }
            }
            java.util.Arrays.sort(order, 0, considered, (a, b) -> Float.compare(score[b], score[a]));
        }
        int[] out = new int[Math.min(CANDIDATES, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        for (int entry : touched) {
            score[entry] = 0;
        }
        return out;
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
