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
    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    public static void set(String name) {
        CURRENT.set(name);
    }

    /** The client's network address for the request on this thread (audit trail). */
    public static void setClientAddress(String address) {
        ADDRESS.set(address);
    }

    public static String clientAddress() {
        return ADDRESS.get();
    }

    public static void clear() {
        CURRENT.remove();
        ADDRESS.remove();
    }

    @Override
    public String name() {
        String name = CURRENT.get();
        return name != null ? name : SYSTEM;
    }
}
