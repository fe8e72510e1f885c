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

    private Settings() {
    }

    /** The environment variable for a setting: {@code db.url} becomes {@code DB_URL}. */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
