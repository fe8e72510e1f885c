package nl.kennisveiligheid.app.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each integration-test run its own database before the suite deploys, and drops it afterwards.
 *
 * <p>Active only when the system property {@code test.db} is set (the failsafe executions set it):
 * {@code h2} makes a fresh H2 file under {@code target/}; {@code postgresql} creates a database named
 * {@code screening_it_<timestamp>} on the server at {@code test.pg.url} (user {@code test.pg.user}, who
 * needs CREATEDB) and drops it when the run ends. A PostgreSQL that does not answer fails the run with a
 * message that names the setting. The resulting URL, user and password are published as the system
 * properties {@code test.db.url}, {@code test.db.user} and {@code test.db.password}, which
 * {@code arquillian.xml} hands to Payara Micro.
 */
public class TestDatabase implements LauncherSessionListener {

    private static String createdDatabase;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String kind = System.getProperty("test.db");
        if (kind == null || System.getProperty("test.db.url") != null) {
            return;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        // a fresh Payara Micro root per run: a reused root directory redeploys the previous run's exploded WAR
        try {
            Path output = Files.createDirectories(Path.of(System.getProperty("test.output", "target")));
            System.setProperty("test.payara.root", Files.createTempDirectory(output, "payara-it-" + kind + "-").toAbsolutePath().toString());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create a Payara Micro root directory under target/", e);
        }
        switch (kind) {
            case "h2" -> {
                Path dir = Path.of(System.getProperty("test.output", "target"), "it-h2");
                try {
                    Files.createDirectories(dir);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot create " + dir, e);
                }
                publish("jdbc:h2:file:" + dir.toAbsolutePath().resolve("screening-" + stamp)
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "screening", "");
            }
            case "postgresql" -> {
                String name = "screening_it_" + stamp;
                PostgresAdmin.createDatabase(name);
                createdDatabase = name;
                publish(PostgresAdmin.urlOf(name), PostgresAdmin.user(), PostgresAdmin.password());
            }
            default -> throw new IllegalStateException("test.db must be h2 or postgresql, is " + kind);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (createdDatabase != null) {
            PostgresAdmin.dropDatabase(createdDatabase);
            createdDatabase = null;
        }
    }

    private static void publish(String url, String user, String password) {
        System.setProperty("test.db.url", url);
        System.setProperty("test.db.user", user);
        System.setProperty("test.db.password", password);
    }

    /** The PostgreSQL server of the test run, reached with the settings {@code test.pg.*}. */
    public static final class PostgresAdmin {

        private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PostgresAdmin.class.getName());

        private PostgresAdmin() {
        }

        static String adminUrl() {
            return System.getProperty("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        }

        public static String user() {
            return System.getProperty("test.pg.user", "screening");
        }

        public static String password() {
            return System.getProperty("test.pg.password", "screening");
        }

        /** The URL of a database on the same server. */
        public static String urlOf(String database) {
            String admin = adminUrl();
            int slash = admin.lastIndexOf('/');
            int query = admin.indexOf('?', slash);
            return admin.substring(0, slash + 1) + database + (query > 0 ? admin.substring(query) : "");
        }

        public static Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(database == null ? adminUrl() : urlOf(database), user(), password());
        }

        public static void createDatabase(String name) {
            try (Connection c = connect(null); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("The PostgreSQL test server does not answer or refuses to create a database "
                        + "(settings test.pg.url=" + adminUrl() + ", test.pg.user=" + user() + "; see README, Tests; "
                        + ".ci/run installs and starts one): " + e.getMessage(), e);
            }
        }

        public static void dropDatabase(String name) {
            try (Connection c = connect(null); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                LOG.warning(() -> "Could not drop test database " + name + ": " + e.getMessage());
            }
        }
    }
}
