package nl.kennisveiligheid.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartupFailureTest {

    @Test
    void oneLineNamingTheEnvironmentVariableAndTheKey() {
        StartupFailure failure = StartupFailure.setting(Settings.DB_URL, "cannot connect\n  to the database\tat x");
        assertEquals("ERROR Screening kennisveiligheid cannot start: setting DB_URL (db.url): cannot connect to the database at x", failure.line());
    }

    @Test
    void severalSettingsInOneLineSoThatOneRestartIsEnough() {
        StartupFailure failure = StartupFailure.together(java.util.List.of(
                StartupFailure.setting(Settings.CLOCK_FIXED, "is a test-only setting"),
                StartupFailure.requiredInProduction(Settings.AUDIT_HMAC_KEY)));
        assertEquals("ERROR Screening kennisveiligheid cannot start: setting CLOCK_FIXED (clock.fixed): is a test-only setting; "
                + "setting AUDIT_HMAC_KEY (audit.hmac-key): is required in production mode (the audit trail's HMAC key, at least 32 characters)",
                failure.line());
        StartupFailure alone = StartupFailure.setting(Settings.DB_URL, "x");
        assertEquals(alone, StartupFailure.together(java.util.List.of(alone)));
    }

    @Test
    void environmentNames() {
        assertEquals("ADMIN_INITIAL_PASSWORD", Settings.environmentName(Settings.ADMIN_PASSWORD));
        assertEquals("CLOCK_FIXED", Settings.environmentName(Settings.CLOCK_FIXED));
    }

    @Test
    void urlsAreRedacted() {
        assertEquals("jdbc:postgresql://h/db?user=a&password=***", RoutingDataSource.redact("jdbc:postgresql://h/db?user=a&password=geheim"));
    }
}
