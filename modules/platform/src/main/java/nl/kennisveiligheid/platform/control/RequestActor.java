package nl.kennisveiligheid.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import nl.kennisveiligheid.platform.api.CurrentActor;

/**
 * The actor of the request on this thread, set by the platform's request filter from the authenticated
 * principal; {@code system} outside requests (start-up, timers) and for anonymous requests.
 */
@ApplicationScoped
public class RequestActor implements CurrentActor {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    public static void set(String name) {
        CURRENT.set(name);
    }

    public static void clear() {
        CURRENT.remove();
    }

    @Override
    public String name() {
        String name = CURRENT.get();
        return name != null ? name : SYSTEM;
    }
}
