package nl.kennisveiligheid.screening.api;

import java.util.Set;

/** Where a screening request stands. */
public enum RequestStatus {
    /** Being filled in by the institution; the authority does not see it. */
    DRAFT,
    /** Submitted and received: the decision period runs. */
    SUBMITTED,
    /** The authority asked for a supplement (Awb 4:5): the decision period stands still until it comes in or its term ends. */
    AWAITING_SUPPLEMENT,
    /** Withdrawn by the institution before a decision. */
    WITHDRAWN,
    /** Decided (the decisions module records the decision). */
    DECIDED;

    /** The statuses of a request the authority still has to decide on. */
    public static final Set<RequestStatus> OPEN = Set.of(SUBMITTED, AWAITING_SUPPLEMENT);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
