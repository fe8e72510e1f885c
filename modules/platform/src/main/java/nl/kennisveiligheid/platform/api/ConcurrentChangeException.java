package nl.kennisveiligheid.platform.api;

/**
 * Someone else changed the object after the caller read it: the caller's change is refused, nothing is
 * overwritten. Pages show a message saying so (in the page's language, the input kept); REST answers
 * 409 problem+json. A JPA {@code OptimisticLockException} at commit is treated the same way.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String objectType, Object objectId) {
        super(objectType + " " + objectId + " was changed by someone else");
    }

    /**
     * Refuses the change unless {@code entity} still has the version the caller read (the version a page
     * or REST client held when it started editing).
     */
    public static void requireVersion(AuditedEntity entity, long expectedVersion, String objectType, Object objectId) {
        if (entity.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(objectType, objectId);
        }
    }

    /**
     * Whether {@code failure} or one of its causes is a concurrent change: ours, JPA's optimistic lock, or the database
     * refusing a write because a concurrent transaction made it first (a unique key taken meanwhile, SQLState 23505; a
     * serialization failure or deadlock, 40001 and 40P01). Every service checks uniqueness before it writes, so a
     * unique key that fails at the write was taken by a transaction running at the same time.
     */
    public static boolean isCause(Throwable failure) {
        return Causes.of(failure).stream().anyMatch(cause -> cause instanceof ConcurrentChangeException
                || cause instanceof jakarta.persistence.OptimisticLockException
                || cause.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")
                || cause instanceof java.sql.SQLException sql && CONCURRENT_STATES.contains(String.valueOf(sql.getSQLState())));
    }

    private static final java.util.Set<String> CONCURRENT_STATES = java.util.Set.of("23505", "40001", "40P01");
}
