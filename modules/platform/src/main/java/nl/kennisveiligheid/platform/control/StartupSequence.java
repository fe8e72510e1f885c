package nl.kennisveiligheid.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.kennisveiligheid.platform.api.Mode;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one start-up component: before anything else touches the database it checks the settings and the
 * database, migrates every module's schema in dependency order, then seeds demo data (demo mode) or
 * makes sure a first system administrator exists (production). When any step fails it prints a single
 * ERROR line naming the setting or migration to fix and stops the process with exit code 1, so that a
 * broken start never leaves a server running that answers 404.
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());
    public static final String DATASOURCE = "java:app/jdbc/screening";

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    RuntimeSettingsBean settings;

    @Inject
    ConfigurableClock clock;

    @Inject
    SchemaMigrator migrator;

    @Inject
    DemoDataSeeder demoData;

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    nl.kennisveiligheid.platform.control.audit.AuditTrailService auditTrail;

    @Inject
    nl.kennisveiligheid.platform.api.crypto.PersonalDataCipher personalData;

    @Inject
    nl.kennisveiligheid.platform.control.work.WorkRunner work;

    @Inject
    nl.kennisveiligheid.platform.control.audit.AuditedAccessRefusals accessRefusals;

    private volatile boolean ready;

    /**
     * Marks completion for {@link RoutingDataSource}, which the container may load through another class
     * loader than this bean's: a system property is the one place both see.
     */
    private static final String COMPLETED_PROPERTY = "nl.kennisveiligheid.startup.completed";

    /** Whether a start-up of this process has completed. */
    public static boolean hasCompleted() {
        return Boolean.getBoolean(COMPLETED_PROPERTY);
    }

    /** Runs the start-up; called once by {@code PlatformStartupListener} when the web application starts. */
    public void run() {
        try {
            settings.verify();
            clock.now();
            verifyDatabase();
            migrator.migrateAll(dataSource, Thread.currentThread().getContextClassLoader());
            auditTrail.ensureHead();
            nl.kennisveiligheid.platform.api.AccessRefusals.use(accessRefusals);
            if (settings.mode() == Mode.DEMO) {
                demoData.seedOnce();
            } else {
                firstAdministrator.ensure();
            }
            personalData.open(personalData.seal("start-up check")); // the key is read, and works, before anyone needs it
            ready = true;
            System.setProperty(COMPLETED_PROPERTY, "true");
            work.kick(); // work left by a stop or crash goes on (an item whose lease has not run out yet: at the next schedule)
            LOG.info(() -> "Screening kennisveiligheid is running in " + settings.mode().name().toLowerCase()
                    + " mode at " + settings.publicUrl()
                    + (settings.mode() == Mode.DEMO ? " (demo data: institutions 'Demo Universiteit' and 'Demo Hogeschool'; see README for demo accounts)" : ""));
        } catch (StartupFailure failure) {
            stop(failure);
        } catch (RuntimeException unexpected) {
            // a StartupFailure may arrive wrapped (e.g. thrown while CDI created a bean)
            for (Throwable cause = unexpected; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
                if (cause instanceof StartupFailure failure) {
                    stop(failure);
                }
            }
            stop(new StartupFailure("start-up", unexpected.getClass().getSimpleName() + ": " + rootMessage(unexpected), unexpected));
        }
    }

    private void verifyDatabase() {
        String url = ConfigProvider.getConfig().getOptionalValue(Settings.DB_URL, String.class).orElse("");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(10)) {
                throw StartupFailure.setting(Settings.DB_URL, "the database at " + RoutingDataSource.redact(url) + " does not answer");
            }
            LOG.info(() -> "Database: " + RoutingDataSource.redact(url));
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StartupFailure f) {
                throw f;
            }
            throw StartupFailure.setting(Settings.DB_URL, "cannot connect to the database at " + RoutingDataSource.redact(url)
                    + " (check also DB_USER and DB_PASSWORD): " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Whether start-up completed; the readiness check reports it. */
    public boolean isReady() {
        return ready;
    }

    /** Prints the failure's one ERROR line and stops the process with exit code 1. */
    static void stop(StartupFailure failure) {
        System.err.println(failure.line());
        System.err.flush();
        System.out.flush();
        // halt, not exit: shutdown hooks would wait for the deployment this thread is part of
        Runtime.getRuntime().halt(1);
    }
}
