package nl.kennisveiligheid.screening.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One step in a request's life, with the due date as it stood after it.
 *
 * @param kind   what happened
 * @param detail a short value the step names (the supplement's number, the new due date, the assignee), or {@code null}
 */
public record TimelineEntry(OffsetDateTime at, LocalDate on, TimelineKind kind, String actor, String detail, LocalDate dueOn) {

    /** What can happen to a request. */
    public enum TimelineKind {
        CREATED, CHANGED, SUBMITTED, RECEIPT_CONFIRMED, ASSIGNED, SUPPLEMENT_ASKED, SUPPLEMENT_ANSWERED, SUPPLEMENT_TERM_ENDED,
        EXTENDED, SUSPENDED, WITHDRAWN, DUE_DATE_RECOMPUTED, DECIDED, SIGNALS_DETERMINED
    }
}
