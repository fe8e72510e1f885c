package nl.kennisveiligheid.platform.boundary.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import nl.kennisveiligheid.platform.control.StartupSequence;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up has completed and the database answers ({@code /health/ready}, anonymous). */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = StartupSequence.DATASOURCE)
    DataSource dataSource;

    @Inject
    StartupSequence startup;

    @Override
    public HealthCheckResponse call() {
        boolean database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.isValid(5);
        } catch (Exception e) {
            database = false;
        }
        return HealthCheckResponse.named("database")
                .status(database && startup.isReady())
                .withData("startupComplete", startup.isReady())
                .withData("databaseAnswers", database)
                .build();
    }
}
