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
}
