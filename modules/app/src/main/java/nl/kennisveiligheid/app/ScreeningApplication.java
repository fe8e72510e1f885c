package nl.kennisveiligheid.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The assembled product: REST under {@code /api/v1} (resources and providers of every module jar are
 * found by scanning), and the one data source every module's persistence unit uses.
 *
 * <p>The data source takes {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} (MicroProfile Config;
 * defaults in {@code META-INF/microprofile-config.properties}: an H2 file under {@code ./data/}). Its driver
 * hands the URL to PostgreSQL's or H2's driver, so switching databases needs no rebuild.
 */
@ApplicationPath("api/v1")
@DeclareRoles({"INSTITUTION_OFFICER", "INSTITUTION_ADMIN", "AUTHORITY_ASSESSOR", "AUTHORITY_DECIDER", "LIST_ADMIN", "SYSTEM_ADMIN", "AUDITOR"})
@OpenAPIDefinition(info = @Info(title = "Screening kennisveiligheid API", version = "1",
        description = "REST API of the knowledge-security screening system. Errors are application/problem+json (RFC 9457)."))
@DataSourceDefinition(
        name = "java:app/jdbc/screening",
        className = "nl.kennisveiligheid.platform.control.RoutingDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
public class ScreeningApplication extends Application {
}
