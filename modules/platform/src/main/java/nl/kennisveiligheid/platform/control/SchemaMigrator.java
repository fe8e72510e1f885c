package nl.kennisveiligheid.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.kennisveiligheid.platform.api.ModuleDescriptor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates every module's schema with Flyway, in dependency order. Each module owns one schema, its own
 * migrations ({@code db/migration/<module>}) and its own history table ({@code <schema>.flyway_schema_history}).
 * EclipseLink generates no schema.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    static final String HISTORY_TABLE = "flyway_schema_history";

    /** Migrates all modules; throws a {@link StartupFailure} naming the module and migration that failed. */
    public void migrateAll(DataSource dataSource, ClassLoader loader) {
        List<ModuleDescriptor> modules = ModuleDescriptor.all(loader);
        if (modules.isEmpty()) {
            throw new StartupFailure("module descriptors", "no module registered a ModuleDescriptor");
        }
        for (ModuleDescriptor module : modules) {
            migrate(module, dataSource, loader);
        }
    }

    void migrate(ModuleDescriptor module, DataSource dataSource, ClassLoader loader) {
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .schemas(module.schema())
                .table(HISTORY_TABLE)
                .locations("classpath:" + module.migrationLocation())
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            LOG.info(() -> "Schema " + module.schema() + ": " + result.migrationsExecuted
                    + " migration(s) applied, now at version " + flyway.info().current().getVersion());
        } catch (FlywayException e) {
            throw new StartupFailure("migration " + describeFailed(flyway, module), firstLines(e.getMessage()), e);
        }
    }

    private static String describeFailed(Flyway flyway, ModuleDescriptor module) {
        try {
            MigrationInfo failed = Arrays.stream(flyway.info().all())
                    .filter(i -> i.getState().isFailed() || !i.getState().isApplied())
                    .findFirst().orElse(null);
            if (failed != null) {
                return module.name() + "/" + failed.getScript();
            }
        } catch (FlywayException ignored) {
            // fall through: name the module only
        }
        return module.name();
    }

    private static String firstLines(String message) {
        String one = StartupFailure.oneLine(message);
        return one.length() > 500 ? one.substring(0, 500) + " ..." : one;
    }
}
