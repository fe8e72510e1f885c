package nl.kennisveiligheid.platform.api;

/** The settings every module may ask about. Read once at start, validated by the platform. */
public interface RuntimeSettings {

    Mode mode();

    default boolean isDemo() {
        return mode() == Mode.DEMO;
    }

    /** Whether the test-support pages and endpoints are on (never in production). */
    boolean testSupportEnabled();

    /** The address users reach the product at, for messages and letters (e.g. {@code http://localhost:8080/}). */
    String publicUrl();

    /**
     * Whether users reach the product over HTTPS (setting {@code BEHIND_TLS}; when unset, whether
     * {@code PUBLIC_URL} starts with {@code https://}): the session and language cookies are then Secure and
     * every response carries Strict-Transport-Security.
     */
    boolean behindTls();
}
