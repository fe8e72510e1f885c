package nl.kennisveiligheid.platform.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import nl.kennisveiligheid.app.client.StandalonePayara;
import nl.kennisveiligheid.app.it.TestDatabase.PostgresAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Start-up checks, on the real Payara Micro with the built WAR: a wrong database, a missing production
 * secret, a test-only setting in production and a failing migration each stop the start with exactly one
 * ERROR line naming the setting or migration, and a non-zero exit. And the production first start that
 * does succeed creates exactly one system administrator who must change the password.
 *
 * <p>Runs in the PostgreSQL run of the suite (it creates and drops its own databases there).
 */
class StartupFailureIT {

    private static final String AUDIT_KEY = "test-audit-key-of-at-least-32-characters";
    private static final String PERSONAL_DATA_KEY = "dGVzdC1wZXJzb25hbC1kYXRhLWtleS0zMi1ieXRlcyE="; // 32 bytes, base64
    private static final String FAILURE_LINE = StandalonePayara.FAILURE_LINE;
    private static final String BROKEN_DB = "screening_it_broken_" + ProcessHandle.current().pid();
    private static final String PRODUCTION_DB = "screening_it_production_" + ProcessHandle.current().pid();

    private static Path work;

    @BeforeAll
    static void prepare() throws Exception {
        work = StandalonePayara.workFolder("startup-it");
        PostgresAdmin.createDatabase(BROKEN_DB);
        try (Connection c = PostgresAdmin.connect(BROKEN_DB); Statement s = c.createStatement()) {
            // a table in the way of the platform's first migration
            s.execute("CREATE SCHEMA platform");
            s.execute("CREATE TABLE platform.institution (unexpected INTEGER)");
        }
        PostgresAdmin.createDatabase(PRODUCTION_DB);
    }

    @AfterAll
    static void dropDatabases() {
        PostgresAdmin.dropDatabase(BROKEN_DB);
        PostgresAdmin.dropDatabase(PRODUCTION_DB);
    }

    @Test
    void unreachableDatabaseNamesDbUrl() throws Exception {
        StandalonePayara run = start(Map.of("MODE", "demo", "DB_URL", "jdbc:postgresql://127.0.0.1:1/nothing"));
        run.assertFailedNaming("setting DB_URL (db.url)");
    }

    @Test
    void everyWrongProductionSettingIsNamedInOneLine() throws Exception {
        StandalonePayara run = start(Map.of("MODE", "production", "DB_URL", freshH2("production-settings"), "CLOCK_FIXED", "2026-01-01",
                "ADMIN_INITIAL_PASSWORD", "a-long-enough-secret"));
        run.assertFailedNaming("setting CLOCK_FIXED (clock.fixed)");
        String line = run.output().lines().filter(l -> l.contains(FAILURE_LINE)).findFirst().orElseThrow();
        assertTrue(line.contains("; setting AUDIT_HMAC_KEY (audit.hmac-key): is required in production mode"), line);
        assertTrue(line.contains("; setting PERSONAL_DATA_KEY (personal-data.key): is required in production mode"), line);
    }

    @Test
    void missingFirstAdministratorPasswordIsNamed() throws Exception {
        StandalonePayara run = start(Map.of("MODE", "production", "DB_URL", freshH2("no-secret"), "AUDIT_HMAC_KEY", AUDIT_KEY,
                "PERSONAL_DATA_KEY", PERSONAL_DATA_KEY));
        run.assertFailedNaming("setting ADMIN_INITIAL_PASSWORD (admin.initial-password)");
    }

    @Test
    void failingMigrationIsNamed() throws Exception {
        StandalonePayara run = start(Map.of("MODE", "demo", "DB_URL", PostgresAdmin.urlOf(BROKEN_DB),
                "DB_USER", PostgresAdmin.user(), "DB_PASSWORD", PostgresAdmin.password()));
        run.assertFailedNaming("migration platform/V1__institutions_users_demo_runs.sql");
    }

    @Test
    void productionFirstStartCreatesOneAdministratorWhoMustChangeThePassword() throws Exception {
        Map<String, String> env = Map.of("MODE", "production", "DB_URL", PostgresAdmin.urlOf(PRODUCTION_DB),
                "DB_USER", PostgresAdmin.user(), "DB_PASSWORD", PostgresAdmin.password(),
                "ADMIN_INITIAL_USERNAME", "beheer", "ADMIN_INITIAL_PASSWORD", "first-start-secret-42", "AUDIT_HMAC_KEY", AUDIT_KEY,
                "PERSONAL_DATA_KEY", PERSONAL_DATA_KEY, "BEHIND_TLS", "true");
        StandalonePayara run = start(env, "--postbootcommandfile",
                Path.of(System.getProperty("test.config.dir", "../../config"), "payara", "production.asadmin").toString());
        try {
            run.awaitReady();
            for (String internal : new String[] {"/openapi", "/metrics"}) {
                int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + run.port() + internal)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                assertTrue(status == 403 || status == 404, internal + " is off in production, answered " + status);
            }
            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + run.port() + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("max-age=31536000; includeSubDomains", login.headers().firstValue("Strict-Transport-Security").orElse(null),
                    "HSTS behind TLS");
            assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(null), "a page is never kept by a cache");
            assertTrue(login.headers().firstValue("Server").isEmpty(), "no server name: " + login.headers().firstValue("Server"));
            String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                    .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
            assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + run.port() + "/api/v1/institutions")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, api.statusCode());
            assertTrue(api.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS on REST refusals too");
            for (String[] testSupport : new String[][] {{"GET", "/api/v1/test-support/clock"}, {"PUT", "/api/v1/test-support/units/50/review-mark"},
                    {"GET", "/test-support/fail"}, {"GET", "//test-support/fail"}, {"GET", "/x/../test-support/fail"},
                    {"GET", "//test-support/faces.xhtml"}, {"GET", "/x/%2e%2e/test-support/faces.xhtml"}}) {
                int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + run.port() + testSupport[1]))
                        .header("Content-Type", "text/plain").method(testSupport[0], "PUT".equals(testSupport[0])
                                ? HttpRequest.BodyPublishers.ofString("ANNEX2 v2") : HttpRequest.BodyPublishers.noBody())
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                assertEquals(404, status, "test support is off in production: " + testSupport[1]);
            }
            try (Connection c = PostgresAdmin.connect(PRODUCTION_DB); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select u.username, u.must_change_password, u.password_hash from platform.user_account u "
                         + "join platform.user_role r on r.user_id = u.id where r.role = 'SYSTEM_ADMIN'")) {
                assertTrue(rs.next());
                assertEquals("beheer", rs.getString(1));
                assertTrue(rs.getBoolean(2), "must change the password at first login");
                assertTrue(rs.getString(3).startsWith("pbkdf2-sha512$210000$"), "stored hashed");
                assertTrue(!rs.next(), "exactly one system administrator");
            }
            try (Connection c = PostgresAdmin.connect(PRODUCTION_DB); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from platform.institution")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "production seeds no demo data");
            }
            assertTrue(!run.output().contains("first-start-secret-42"), "the password never appears in the log");
        } finally {
            run.stop();
        }
    }

    private static String freshH2(String name) {
        return StandalonePayara.freshH2(work, name);
    }

    private static StandalonePayara start(Map<String, String> env, String... microOptions) throws IOException {
        return StandalonePayara.start(work, env, true, microOptions);
    }
}
