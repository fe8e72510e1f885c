package nl.kennisveiligheid.platform.control;

/**
 * Names of the platform's settings (MicroProfile Config keys) and of the environment variables that set
 * them. MicroProfile Config maps a key to its variable by upper-casing it and replacing every character
 * that is not a letter or digit by an underscore, so both names below are the same setting.
 */
public final class Settings {

    public static final String MODE = "mode";
    public static final String DB_URL = "db.url";
    public static final String DB_USER = "db.user";
    public static final String DB_PASSWORD = "db.password";
    public static final String CLOCK_FIXED = "clock.fixed";
    public static final String TEST_SUPPORT = "test.support";
    public static final String ADMIN_USERNAME = "admin.initial-username";
    public static final String ADMIN_PASSWORD = "admin.initial-password";
    public static final String PUBLIC_URL = "public.url";
    /** Whether users reach the product over HTTPS (directly or through a TLS-terminating proxy). */
    public static final String BEHIND_TLS = "behind.tls";
    /** The audit trail's HMAC key ({@code AuditKey}). */
    public static final String AUDIT_HMAC_KEY = "audit.hmac-key";
    /** The key that encrypts identity document numbers ({@code AesGcmPersonalDataCipher}). */
    public static final String PERSONAL_DATA_KEY = "personal-data.key";

    /** The secrets production cannot start without (demo mode uses public demo keys), with what they are. */
    public static final java.util.Map<String, String> REQUIRED_IN_PRODUCTION = java.util.Map.of(
            AUDIT_HMAC_KEY, "the audit trail's HMAC key, at least 32 characters",
            PERSONAL_DATA_KEY, "base64 of a 32-byte AES key for identity document numbers: openssl rand -base64 32");

    /** Test only: durable work pauses this many milliseconds after each progress report (to stop a server mid-way). */
    public static final String WORK_PAUSE_MILLIS = "work.pause-millis";

    /** The settings for tests only, refused in production. */
    public static final java.util.List<String> TEST_ONLY = java.util.List.of(CLOCK_FIXED, TEST_SUPPORT, WORK_PAUSE_MILLIS);

    private Settings() {
    }

    /** The environment variable for a setting: {@code db.url} becomes {@code DB_URL}. */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
