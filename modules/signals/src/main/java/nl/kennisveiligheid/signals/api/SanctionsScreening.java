package nl.kennisveiligheid.signals.api;

import java.util.List;

/**
 * Screening names against the editions in force of every sanctions list. The answer holds only hits at or above the
 * threshold, best first. Callers check their caller's role; the service checks it again.
 */
public interface SanctionsScreening {

    /** The hits of one name. */
    List<SanctionsHit> screen(ScreeningQuery query);

    /** The score from which a name is a hit (the setting {@code SIGNALS_MATCH_THRESHOLD}). */
    double threshold();
}
