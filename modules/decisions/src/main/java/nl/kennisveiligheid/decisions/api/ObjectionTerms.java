package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;

/** Whether an objection came in time (Awb 6:7, 6:8, 6:9 lid 2), from the end of its term: a pure rule. */
public final class ObjectionTerms {

    /** The week after the term in which an objection posted in time may still arrive (Awb 6:9 lid 2). */
    public static final int GRACE_DAYS = 7;

    private ObjectionTerms() {
    }

    /**
     * In time: received by the term's last day, or posted by then and received within a week after it.
     *
     * @param postedOn the day it was posted, or {@code null} when it did not come by post
     */
    public static boolean inTime(LocalDate termEndsOn, LocalDate receivedOn, LocalDate postedOn) {
        if (!receivedOn.isAfter(termEndsOn)) {
            return true;
        }
        return postedOn != null && !postedOn.isAfter(termEndsOn) && !receivedOn.isAfter(termEndsOn.plusDays(GRACE_DAYS));
    }
}
