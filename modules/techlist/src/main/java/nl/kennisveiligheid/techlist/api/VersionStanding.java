package nl.kennisveiligheid.techlist.api;

/**
 * Where a version stands today. Follows from the effective dates and the platform clock (Europe/Amsterdam)
 * on every question; never stored, so it cannot go stale at midnight.
 */
public enum VersionStanding {
    /** Not published yet. */
    DRAFT,
    /** Published, waiting for its effective date. */
    PENDING,
    /** Published and the one in force today. */
    IN_FORCE,
    /** Published and replaced by a later version that is in force. */
    SUPERSEDED
}
