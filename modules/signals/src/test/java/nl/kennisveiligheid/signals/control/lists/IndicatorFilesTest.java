package nl.kennisveiligheid.signals.control.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import nl.kennisveiligheid.signals.api.CountryIndicator;
import org.junit.jupiter.api.Test;

/** Country indicator files: the real V-Dem, EIU and OWID files, the authority's threat list, and files refused. */
class IndicatorFilesTest {

    private static final long LIMIT = 16L * 1024 * 1024;

    private static byte[] resource(String name) {
        try (InputStream in = IndicatorFilesTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal value(IndicatorFiles.Parsed parsed, String country) {
        return parsed.rows().stream().filter(r -> r.country().equals(country)).findFirst().orElseThrow().value();
    }

    @Test
    void academicFreedomIndexOf2025AndItsTimeSeries() {
        IndicatorFiles.Parsed latest = IndicatorFiles.read(CountryIndicator.ACADEMIC_FREEDOM,
                resource("nl/kennisveiligheid/signals/demo/academic_freedom_index_vdem_v16_2025.csv"), LIMIT);
        assertEquals(2025, latest.year());
        assertEquals(new BigDecimal("0.071"), value(latest, "CN"));
        assertEquals(new BigDecimal("0.85"), value(latest, "KR"));
        assertEquals(2, latest.skipped(), "Somaliland and Zanzibar are no countries of ISO 3166");
        assertEquals(176, latest.rows().size(), "179 rows, 2 not countries, Palestine's West Bank and Gaza one country");
        assertTrue(CountryIndicator.ACADEMIC_FREEDOM.signals(value(latest, "RU")));

        IndicatorFiles.Parsed series = IndicatorFiles.read(CountryIndicator.ACADEMIC_FREEDOM, resource("indicators/academic_freedom_index_vdem_v16_1990_2025.csv"), LIMIT);
        assertEquals(2025, series.year());
        assertEquals(new BigDecimal("0.071"), value(series, "CN"), "a time series keeps each country's latest year");
    }

    @Test
    void democracyIndexAsTheEiuFileAndAsOurWorldInDatasExport() {
        IndicatorFiles.Parsed eiu = IndicatorFiles.read(CountryIndicator.DEMOCRACY_INDEX, resource("indicators/eiu_democracy_index_2024.csv"), LIMIT);
        assertEquals(2024, eiu.year());
        assertEquals(new BigDecimal("2.11"), value(eiu, "CN"));
        assertEquals(new BigDecimal("7.75"), value(eiu, "KR"));
        assertTrue(CountryIndicator.DEMOCRACY_INDEX.signals(value(eiu, "IR")));
        IndicatorFiles.Parsed owid = IndicatorFiles.read(CountryIndicator.DEMOCRACY_INDEX, resource("indicators/eiu_democracy_index_owid_2006_2024.csv"), LIMIT);
        assertEquals(2024, owid.year());
        assertEquals(value(eiu, "NL"), value(owid, "NL"));
        assertTrue(owid.skipped() > 0, "regions such as 'World' are skipped");
    }

    @Test
    void threatAssessmentCountriesTheAuthorityKeeps() {
        IndicatorFiles.Parsed threats = IndicatorFiles.read(CountryIndicator.THREAT_ASSESSMENT,
                resource("nl/kennisveiligheid/signals/demo/threat_assessment_countries.csv"), LIMIT);
        assertEquals(4, threats.rows().size());
        assertEquals(2025, threats.year());
        assertTrue(threats.source().contains("AIVD"));
        assertEquals(4, threats.rows().stream().filter(r -> r.value() == null).count());
        IndicatorFiles.Parsed names = IndicatorFiles.read(CountryIndicator.THREAT_ASSESSMENT,
                "country,source,year\nRusland,Eigen lijst,2026\nIran,Eigen lijst,2026\n".getBytes(StandardCharsets.UTF_8), LIMIT);
        assertEquals(2, names.rows().size());
    }

    @Test
    void filesThatAreNotWhatTheyClaimAreRefused() {
        assertProblem("file.missingColumn", CountryIndicator.ACADEMIC_FREEDOM, "country,score\nNL,0.9\n");
        assertProblem("file.badValue", CountryIndicator.ACADEMIC_FREEDOM, "iso3,year,academic_freedom_index\nNLD,2025,1.7\n");
        assertProblem("file.badValue", CountryIndicator.DEMOCRACY_INDEX, "iso3,year,democracy_index\nNLD,2024,high\n");
        assertProblem("file.badValue", CountryIndicator.THREAT_ASSESSMENT, "country,source,year\nAtlantis,x,2025\n");
        assertProblem("file.noDesignations", CountryIndicator.ACADEMIC_FREEDOM, "iso3,year,academic_freedom_index\nSML,2025,0.3\n");
        assertProblem("file.columns", CountryIndicator.ACADEMIC_FREEDOM, "iso3,year,academic_freedom_index\nNLD,2025\n");
        ListFileProblem latin1 = assertThrows(ListFileProblem.class, () -> IndicatorFiles.read(CountryIndicator.THREAT_ASSESSMENT,
                "country,source,year\nNL,Dreigingsbeeld \u00e9\u00e9n,2025\n".getBytes(StandardCharsets.ISO_8859_1), LIMIT));
        assertEquals("file.notUtf8", latin1.key());
    }

    private static void assertProblem(String key, CountryIndicator indicator, String csv) {
        ListFileProblem problem = assertThrows(ListFileProblem.class, () -> IndicatorFiles.read(indicator, csv.getBytes(StandardCharsets.UTF_8), LIMIT));
        assertEquals(key, problem.key(), () -> String.valueOf(problem.arguments()));
    }
}
