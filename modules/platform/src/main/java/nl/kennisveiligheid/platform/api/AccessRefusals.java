package nl.kennisveiligheid.platform.api;

import jakarta.enterprise.inject.spi.CDI;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one audited path of a refused access: a role check that fails, a step a system may not take, the same person
 * twice under four eyes, another institution's object. Each is recorded as {@code access.refused} on the object type
 * and id, with the caller's institution, in a transaction of its own (so it stays when the caller's rolls back).
 * {@link Refusal#forbidden(String, Object)} goes through here; so do the refusals that answer 404 to hide another
 * institution's object.
 */
public final class AccessRefusals {

    private static final Logger LOG = Logger.getLogger(AccessRefusals.class.getName());

    private AccessRefusals() {
    }

    /** Records a refused access to {@code objectType} {@code objectId} by the current caller. */
    public static void record(String objectType, Object objectId) {
        CDI<Object> cdi;
        try {
            cdi = CDI.current();
        } catch (IllegalStateException noContainer) { // a unit test without a container: nothing to record in
            LOG.log(Level.FINE, "No CDI container: a refused access to " + objectType + " is not recorded", noContainer);
            return;
        }
        try {
            CurrentUser user = cdi.select(CurrentUser.class).get();
            Long institution = user.isAuthenticated() ? user.institutionId().orElse(null) : null;
            cdi.select(AuditTrail.class).get().recordIndependently(AuditEvent.of("access.refused", objectType, objectId, institution));
        } catch (RuntimeException e) {
            // never let the record of a refusal turn the refusal into a server error
            LOG.log(Level.WARNING, "A refused access to " + objectType + " could not be recorded", e);
        }
    }
}
