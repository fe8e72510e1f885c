package nl.kennisveiligheid.signals.api;

import java.time.OffsetDateTime;

/**
 * A re-screen of the screened people: after an edition ({@code editionId}; only against what changed) or full
 * ({@code editionId} null); how many of how many people were checked, how many alerts it raised, when it started and ended,
 * and whether it failed (the log says why; the next edition or a full re-screen checks again).
 */
public record RescreenStatus(boolean running, Long editionId, SanctionsSource source, long done, long total, long alerts,
                             OffsetDateTime startedAt, OffsetDateTime finishedAt, Long millis, boolean failed) {

    public static RescreenStatus never() {
        return new RescreenStatus(false, null, null, 0, 0, 0, null, null, null, false);
    }
}
