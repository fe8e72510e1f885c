package nl.kennisveiligheid.signals.api;

import java.time.OffsetDateTime;

/**
 * A new hit that re-screening raised for a screened person after a list changed (or after a full re-screen): the
 * person and the record, the designation, the edition (null after a full re-screen), open until its hit is judged.
 */
public record SignalAlert(long id, ScreenedSubject subject, long signalId, SignalKind kind, String source, String reference,
                          String designationName, Double score, Long editionId, OffsetDateTime raisedAt, boolean open) {
}
