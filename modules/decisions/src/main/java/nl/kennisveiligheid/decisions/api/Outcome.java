package nl.kennisveiligheid.decisions.api;

/** The outcome of a binding access decision. */
public enum Outcome {
    /** Access granted. */
    GRANTED,
    /** Access granted under conditions (voorschriften). */
    GRANTED_WITH_CONDITIONS,
    /** Access refused: only after the institution and the person were heard (Awb 4:7, 4:8). */
    REFUSED,
    /** The request is set aside: a supplement term ended unanswered (Awb 4:5). */
    NOT_PROCESSED,
    /**
     * A positive decision is revoked (intrekking) from its effective date, after a hearing (Awb 4:8): the outcome of a
     * correction round; the revoked decision gets its {@code revokedFrom}.
     */
    REVOKED;

    /** Whether a decision with this outcome lets the person in while it is in force. */
    public boolean allowsAccess() {
        return this == GRANTED || this == GRANTED_WITH_CONDITIONS;
    }
}
