package nl.kennisveiligheid.platform.api;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one audited path of a refused access: a role check that fails, a step a system may not take, the same person
 * twice under four eyes, another institution's object. Each is recorded as {@code access.refused} on the object type
 * and id, with the caller's institution, in a transaction of its own (so it stays when the caller's rolls back).
 * {@link Refusal#forbidden(String, Object)} goes through here; so do the refusals that answer 404 to hide another
 * institution's object. The platform installs the recorder at start-up ({@link #use}).
 */
public final class AccessRefusals {

    /** Writes a refused access to the audit trail. */
    @FunctionalInterface
    public interface Recorder {
        void record(String objectType, Object objectId);
    }

    private static final Logger LOG = Logger.getLogger(AccessRefusals.class.getName());
    private static volatile Recorder recorder;

    private AccessRefusals() {
    }

    /** Installs the recorder (the platform, at start-up). */
    public static void use(Recorder audited) {
        recorder = audited;
    }

    /** Records a refused access to {@code objectType} {@code objectId} by the current caller. */
    public static void record(String objectType, Object objectId) {
        Recorder current = recorder;
        if (current == null) { // a unit test without the platform: nothing to record in
            LOG.fine(() -> "No recorder installed: a refused access to " + objectType + " is not recorded");
            return;
        }
        try {
            current.record(objectType, objectId);
        } catch (RuntimeException e) {
            // never let the record of a refusal turn the refusal into a server error
            LOG.log(Level.WARNING, "A refused access to " + objectType + " could not be recorded", e);
        }
    }
}
