package nl.kennisveiligheid.signals.control.matching;

/** The matcher's default threshold: the score from which a name is a hit, unless the setting says otherwise. */
public final class MatcherDefaults {

    /** Chosen on the evaluation set (docs/performance.md): recall at least 0.98 per variant, at most 1 % of ordinary names. */
    public static final double THRESHOLD = 0.83;

    private MatcherDefaults() {
    }
}
