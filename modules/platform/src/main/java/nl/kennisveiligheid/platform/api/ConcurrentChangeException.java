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

    /** Whether {@code failure} or one of its causes is a concurrent change (ours or JPA's optimistic lock). */
    public static boolean isCause(Throwable failure) {
        return Causes.of(failure).stream().anyMatch(cause -> cause instanceof ConcurrentChangeException
                || cause instanceof jakarta.persistence.OptimisticLockException
                || cause.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException"));
    }
}
