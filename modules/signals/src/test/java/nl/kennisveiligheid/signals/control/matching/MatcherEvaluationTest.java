package nl.kennisveiligheid.signals.control.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.kennisveiligheid.signals.api.SanctionsHit;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.control.lists.RealListFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher's quality on its own evaluation set ({@link EvaluationSet}) over the newest edition of every list at
 * hand: recall per kind of variant and the share of ordinary names that hit, at the default threshold. Target:
 * recall at least 0.98 for every kind, at most 1 % of ordinary names hitting (figures in docs/performance.md).
 */
class MatcherEvaluationTest {

    private static final Logger LOG = Logger.getLogger(MatcherEvaluationTest.class.getName());
    static final double THRESHOLD = MatcherDefaults.THRESHOLD;
    private static SanctionsMatcher matcher;
    private static EvaluationSet set;

    @BeforeAll
    static void build() {
        List<IndexedDesignation> designations = RealListFiles.newestEditions();
        matcher = SanctionsMatcher.of(designations);
        set = EvaluationSet.build(designations, 20261129L);
    }

    @Test
    void catchesEveryKindOfVariantAndLetsOrdinaryNamesPass() {
        Map<EvaluationSet.Kind, int[]> counts = new EnumMap<>(EvaluationSet.Kind.class);
        StringBuilder misses = new StringBuilder();
        for (EvaluationSet.Variant variant : set.variants()) {
            List<SanctionsHit> hits = matcher.screen(new ScreeningQuery(variant.query(), null, null, null), THRESHOLD);
            boolean found = hits.stream().anyMatch(h -> h.source() == variant.expected().source()
                    && h.reference().equals(variant.expected().designation().reference()));
            int[] c = counts.computeIfAbsent(variant.kind(), k -> new int[2]);
            c[0]++;
            if (found) {
                c[1]++;
            } else if (misses.length() < 6000) {
                misses.append("\n  ").append(variant.kind()).append(": '").append(variant.query()).append("' for ")
                        .append(variant.expected().designation().reference()).append(" ").append(variant.expected().designation().primaryName());
            }
        }
        int falseHits = 0;
        StringBuilder falses = new StringBuilder();
        for (ScreeningQuery query : set.ordinary()) {
            List<SanctionsHit> hits = matcher.screen(query, THRESHOLD);
            if (!hits.isEmpty()) {
                falseHits++;
                if (falses.length() < 3000) {
                    falses.append("\n  '").append(query.name()).append("' hit ").append(hits.get(0).name()).append(" ").append(hits.get(0).score());
                }
            }
        }
        StringBuilder curve = new StringBuilder("threshold curve:");
        for (double t = 0.78; Boolean.getBoolean("evaluation.curve") && t <= 0.885; t += 0.01) {
            int caught = 0;
            int minKind = Integer.MAX_VALUE;
            Map<EvaluationSet.Kind, Integer> perKind = new EnumMap<>(EvaluationSet.Kind.class);
            for (EvaluationSet.Variant variant : set.variants()) {
                double best = matcher.screen(new ScreeningQuery(variant.query(), null, null, null), 0.7).stream()
                        .filter(h -> h.source() == variant.expected().source() && h.reference().equals(variant.expected().designation().reference()))
                        .mapToDouble(SanctionsHit::score).max().orElse(0);
                if (best >= t) {
                    caught++;
                    perKind.merge(variant.kind(), 1, Integer::sum);
                }
            }
            for (int v : perKind.values()) {
                minKind = Math.min(minKind, v);
            }
            final double th = t;
            long fp = set.ordinary().stream().filter(q -> !matcher.screen(q, th).isEmpty()).count();
            curve.append("\n  %.2f: recall %.4f (worst kind %d of 250), ordinary hitting %.4f".formatted(t, caught / (double) set.variants().size(), minKind, fp / (double) set.ordinary().size()));
        }
        if (Boolean.getBoolean("evaluation.curve")) {
            LOG.info(curve.toString());
        }
        StringBuilder report = new StringBuilder("Matcher evaluation at threshold " + THRESHOLD + ":");
        boolean recallMet = true;
        for (var e : counts.entrySet()) {
            double recall = e.getValue()[1] / (double) e.getValue()[0];
            recallMet &= recall >= 0.98;
            report.append("\n  ").append(e.getKey()).append(": recall ").append("%.3f".formatted(recall)).append(" (")
                    .append(e.getValue()[1]).append(" of ").append(e.getValue()[0]).append(")");
        }
        double falseRate = falseHits / (double) set.ordinary().size();
        report.append("\n  ordinary names hitting: %.4f (%d of %d)".formatted(falseRate, falseHits, set.ordinary().size()));
        LOG.info(report + "\nmissed:" + misses + "\nordinary names that hit:" + falses);
        assertTrue(recallMet, report.toString());
        assertTrue(falseRate <= 0.01, report.toString());
    }
}
