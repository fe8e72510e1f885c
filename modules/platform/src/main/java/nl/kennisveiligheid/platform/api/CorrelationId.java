package nl.kennisveiligheid.platform.api;

import java.util.UUID;

/**
 * The correlation id of the request being handled on this thread. Set by the platform for every HTTP
 * request (taken from an incoming {@code X-Correlation-Id} header when it is well-formed), returned in
 * the response header of the same name, shown on error pages and problem responses, and put in front of
 * every log line the product writes through {@link #tag(String)}.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String REQUEST_ATTRIBUTE = "nl.kennisveiligheid.correlationId";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CorrelationId() {
    }

    /** The id of the current request, or a fresh one when none is set (e.g. at start-up). */
    public static String current() {
        String id = CURRENT.get();
        return id != null ? id : "-";
    }

    public static void set(String id) {
        CURRENT.set(id);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Accepts only a plain token (letters, digits, dashes; at most 64 characters), so logs cannot be forged. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.matches("[A-Za-z0-9-]{8,64}");
    }

    /** A log message prefixed with the correlation id: {@code [cid=...] message}. */
    public static String tag(String message) {
        return "[cid=" + current() + "] " + message;
    }
}
