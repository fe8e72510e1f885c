package nl.kennisveiligheid.platform.api;

/**
 * The append-only, tamper-evident audit trail. Every module records its events with one call.
 */
public interface AuditTrail {

    /** Records an event in the caller's transaction: it commits or rolls back with the operation. */
    void record(AuditEvent event);

    /**
     * Records an event in a transaction of its own, so it stays even when the caller's transaction rolls
     * back: for refused attempts (another institution's object, a missing role) and for reads of personal data.
     */
    void recordIndependently(AuditEvent event);

    /** The action of {@link #personalDataViewed}. */
    String PERSONAL_DATA_VIEWED = "personal-data.viewed";

    /**
     * Records that the current user was shown a person's data (contact details, identity, screening
     * data): call it whenever a screen or endpoint shows it, in a transaction of its own so that the read
     * stays recorded whatever happens next.
     */
    default void personalDataViewed(String objectType, Object objectId, Long institutionId) {
        recordIndependently(AuditEvent.of(PERSONAL_DATA_VIEWED, objectType, objectId, institutionId));
    }
}
