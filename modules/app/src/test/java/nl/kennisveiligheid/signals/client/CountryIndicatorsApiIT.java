package nl.kennisveiligheid.signals.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.signals.SanctionsFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The country indicators over REST: demo mode starts with the threat assessments' countries and the Academic Freedom
 * Index 2025; a list administrator loads the EIU Democracy Index (test data: no open licence); a country's values say
 * which are signals; bad files change nothing; institution users get 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountryIndicatorsApiIT {

    private static final String LIST_ADMIN = "demo-token-list-admin";
    private static final String ASSESSOR = "demo-token-authority-assessor";
    private static final Path EIU = Path.of("../signals/src/test/resources/indicators/eiu_democracy_index_2024.csv");

    @ArquillianResource
    URL base;

    private InContainerRestClient api() {
        return new InContainerRestClient(base);
    }

    @Test
    void aCountrysValuesSayWhichAreSignals() throws Exception {
        HttpResponse<String> loaded = api().upload("POST", "/api/v1/country-indicators/DEMOCRACY_INDEX/editions?source=EIU%20Democracy%20Index%202024",
                LIST_ADMIN, "text/csv", SanctionsFixtures.bytes(EIU));
        assertEquals(201, loaded.statusCode(), loaded.body());
        assertTrue(loaded.body().contains("\"year\":2024") && loaded.body().contains("\"source\":\"EIU Democracy Index 2024\""), loaded.body());

        String editions = api().json("GET", "/api/v1/country-indicators", ASSESSOR, null).body();
        assertTrue(editions.contains("THREAT_ASSESSMENT") && editions.contains("ACADEMIC_FREEDOM") && editions.contains("DEMOCRACY_INDEX"), editions);

        String china = api().json("GET", "/api/v1/country-indicators/countries/CN", ASSESSOR, null).body();
        assertTrue(china.contains("\"indicator\":\"THREAT_ASSESSMENT\"") && china.contains("\"value\":0.071")
                && china.contains("\"value\":2.11") && !china.contains("\"signal\":false"), china);
        String netherlands = api().json("GET", "/api/v1/country-indicators/countries/Nederland", ASSESSOR, null).body();
        assertTrue(netherlands.contains("\"country\":\"NL\"") && !netherlands.contains("\"signal\":true")
                && !netherlands.contains("THREAT_ASSESSMENT"), netherlands);
        assertEquals(404, api().json("GET", "/api/v1/country-indicators/countries/Atlantis", ASSESSOR, null).statusCode());
    }

    @Test
    void badFilesChangeNothingAndInstitutionsGet403() throws Exception {
        String before = api().json("GET", "/api/v1/country-indicators", ASSESSOR, null).body();
        HttpResponse<String> bad = api().upload("POST", "/api/v1/country-indicators/ACADEMIC_FREEDOM/editions", LIST_ADMIN, "text/csv",
                "iso3,year,academic_freedom_index\nNLD,2025,7\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("academic_freedom_index"), bad.body());
        assertEquals(404, api().upload("POST", "/api/v1/country-indicators/HAPPINESS/editions", LIST_ADMIN, "text/csv",
                "x\n".getBytes(StandardCharsets.UTF_8)).statusCode());
        HttpResponse<String> preview = api().upload("POST", "/api/v1/country-indicators/THREAT_ASSESSMENT/editions?dryRun=true", LIST_ADMIN,
                "text/csv", "country,source,year\nBY,Test,2026\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(before, api().json("GET", "/api/v1/country-indicators", ASSESSOR, null).body(), "nothing changed");
        for (String token : new String[]{"demo-token-institution-officer", "demo-token-institution-admin"}) {
            assertEquals(403, api().json("GET", "/api/v1/country-indicators", token, null).statusCode());
            assertEquals(403, api().json("GET", "/api/v1/country-indicators/countries/CN", token, null).statusCode());
        }
        assertEquals(403, api().upload("POST", "/api/v1/country-indicators/THREAT_ASSESSMENT/editions", ASSESSOR, "text/csv",
                "country,source,year\nBY,Test,2026\n".getBytes(StandardCharsets.UTF_8)).statusCode());
    }
}
