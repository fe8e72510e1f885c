package nl.kennisveiligheid.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionKind;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.Mode;
import nl.kennisveiligheid.platform.api.RuntimeSettings;
import nl.kennisveiligheid.platform.control.DemoDataSeeder;
import nl.kennisveiligheid.platform.control.StartupSequence;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Start-up on a real database: every module migrated into its own schema and history, demo data once. */
@ExtendWith(ArquillianExtension.class)
class PlatformStartupIT {

    @Inject
    StartupSequence startup;

    @Inject
    RuntimeSettings settings;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    DemoDataSeeder demoData;

    @Resource(lookup = StartupSequence.DATASOURCE)
    DataSource dataSource;

    @Test
    void startupCompletedInDemoMode() {
        assertTrue(startup.isReady());
        assertEquals(Mode.DEMO, settings.mode());
    }

    @Test
    void platformSchemaHasItsOwnMigrationHistory() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version, success from platform.flyway_schema_history where version is not null order by installed_rank")) {
            assertTrue(rs.next(), "platform.flyway_schema_history has rows");
            assertEquals("1", rs.getString(1));
            assertTrue(rs.getBoolean(2));
        }
    }

    @Test
    void demoInstitutionsAreSeededOnceAndNotAgain() {
        List<InstitutionSummary> demo = institutions.all().stream().filter(i -> i.code().startsWith("DEMO-")).toList();
        assertEquals(2, demo.size(), demo.toString());
        assertEquals(InstitutionKind.UNIVERSITY, institutions.byCode("DEMO-UNI").orElseThrow().kind());
        assertEquals("Demo Hogeschool", institutions.byCode("DEMO-HS").orElseThrow().name());

        assertEquals(List.of(), demoData.seedOnce(), "a second run seeds nothing");
        assertEquals(2, institutions.all().stream().filter(i -> i.code().startsWith("DEMO-")).count());
    }
}
