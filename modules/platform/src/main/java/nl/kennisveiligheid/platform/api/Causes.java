package nl.kennisveiligheid.platform.api;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A failure and its causes, outermost first; a cause that repeats (a cycle) ends the chain. */
public final class Causes {

    private Causes() {
    }

    /** {@code failure}, its cause, that cause's cause, … */
    public static List<Throwable> of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /** The outermost cause of the given type, if the failure has one. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return of(failure).stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
