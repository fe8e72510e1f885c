package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import nl.kennisveiligheid.platform.api.DemoActors;
import nl.kennisveiligheid.platform.api.DemoDataContributor;
import nl.kennisveiligheid.signals.api.CountryIndicator;
import nl.kennisveiligheid.signals.api.SanctionsSource;

/**
 * Demo data: the UN Security Council consolidated list of 1 August 2026 (the publisher's own file, shipped with the
 * module), the countries the threat assessments name and the Academic Freedom Index 2025 (V-Dem, CC BY-SA), loaded by
 * the demo list administrator through the same services a person uses (see {@code demo/SOURCES.md}).
 */
@ApplicationScoped
public class SignalsDemoData implements DemoDataContributor {

    static final String DEMO = "nl/kennisveiligheid/signals/demo/";
    static final String UN_EDITION = DEMO + "un_consolidated_2026-08-01.xml";

    @Inject
    DemoActors demo;

    @Inject
    EditionLoading loading;

    @Inject
    CountryIndicatorRegister indicators;

    @Override
    public String key() {
        return "signals.lists-and-country-indicators";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void seed() {
        byte[] un = resource(UN_EDITION);
        demo.as("listadmin", Instant.parse("2026-08-03T09:00:00Z"),
                () -> loading.apply(SanctionsSource.UN, un, "un_consolidated_2026-08-01.xml", null));
        byte[] canada = resource(DEMO + "canada_named_research_organizations.csv");
        demo.as("listadmin", Instant.parse("2026-08-03T09:05:00Z"), () -> loading.apply(SanctionsSource.CA_NRO, canada,
                "canada_named_research_organizations.csv", java.time.LocalDate.of(2024, 1, 16)));
        byte[] threats = resource(DEMO + "threat_assessment_countries.csv");
        demo.as("listadmin", Instant.parse("2026-08-03T09:10:00Z"),
                () -> indicators.load(CountryIndicator.THREAT_ASSESSMENT, threats, "threat_assessment_countries.csv", null, false));
        byte[] freedom = resource(DEMO + "academic_freedom_index_vdem_v16_2025.csv");
        demo.as("listadmin", Instant.parse("2026-08-03T09:15:00Z"),
                () -> indicators.load(CountryIndicator.ACADEMIC_FREEDOM, freedom, "academic_freedom_index_vdem_v16_2025.csv", null, false));
    }

    private static byte[] resource(String name) {
        try (InputStream in = SignalsDemoData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Demo data of the signals module missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
