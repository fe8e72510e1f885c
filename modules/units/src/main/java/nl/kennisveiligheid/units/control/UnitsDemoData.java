package nl.kennisveiligheid.units.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.kennisveiligheid.platform.api.DemoActors;
import nl.kennisveiligheid.platform.api.DemoDataContributor;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitEntry;
import nl.kennisveiligheid.units.api.UnitKind;
import nl.kennisveiligheid.units.api.UnitSummary;

/**
 * Demo data: a dozen high-risk units of the two demo institutions, registered by their officers some months ago
 * through the same service a person uses (one stays a draft), so that requests have units to name.
 */
@ApplicationScoped
public class UnitsDemoData implements DemoDataContributor {

    /** A demo unit: name, kind, faculty, rooms, and its Annex 2 entries as key:reason. */
    private record Demo(String officer, String name, UnitKind kind, String faculty, String rooms, boolean register, String... entries) {
    }

    private static final List<Demo> UNITS = List.of(
            new Demo("officer.uni", "Kwantumlab Noord", UnitKind.LABORATORY, "Technische Natuurkunde", "Lab N 2.14, N 2.16", true,
                    "annex2-quantum:Kwantumsensoren en kwantumnetwerken"),
            new Demo("officer.uni", "Cleanroom Halfgeleiders", UnitKind.FACILITY, "Elektrotechniek", "Cleanroom B, sluis B0.01", true,
                    "annex2-semiconductors:Chipontwerp en lithografie"),
            new Demo("officer.uni", "Groep Veilige AI-systemen", UnitKind.RESEARCH_GROUP, "Informatica", "Gebouw 28, vleugel C", true,
                    "annex2-ai:Robuuste en verifieerbare AI", "annex2-cybersecurity:Aanvallen op leersystemen"),
            new Demo("officer.uni", "Biotechnologielab BSL-3", UnitKind.LABORATORY, "Levenswetenschappen", "BSL-3 suite L1.40", true,
                    "annex2-biotechnology:Werk met gemodificeerde pathogenen", "annex2-synthetic-biology:Genetische circuits"),
            new Demo("officer.uni", "Radarlab Delta", UnitKind.LABORATORY, "Elektrotechniek", "Dak-lab D5", true,
                    "annex2-radar:Passieve radar en signaalverwerking"),
            new Demo("officer.uni", "Zwermrobotica", UnitKind.PROJECT, "Werktuigbouwkunde", "Testhal 3", true,
                    "annex2-robot-swarms:Coördinatie van drones", "annex2-ai:Planning voor zwermen"),
            new Demo("officer.uni", "Bundellijn Kernfysica", UnitKind.FACILITY, "Natuurkunde", "Versnellerhal K0", true,
                    "annex2-nuclear:Bestralingsexperimenten"),
            new Demo("officer.uni", "Hypersone windtunnel", UnitKind.FACILITY, "Luchtvaart- en Ruimtevaarttechniek", "Windtunnelgebouw", false,
                    "annex2-hypersonic:Stroming rond hypersone vliegtuigen"),
            new Demo("officer.hs", "Lectoraat Cybersecurity", UnitKind.RESEARCH_GROUP, "ICT", "Lokaal 4.12", true,
                    "annex2-cybersecurity:Industriële besturingssystemen"),
            new Demo("officer.hs", "Microreactoren Procestechnologie", UnitKind.LABORATORY, "Chemie", "Proceshal P1", true,
                    "annex2-chemical-reactors:Continue microreactoren"),
            new Demo("officer.hs", "Lab Toegepaste AI", UnitKind.LABORATORY, "ICT", "Lokaal 3.07", true,
                    "annex2-ai:Beeldherkenning voor de industrie"),
            new Demo("officer.hs", "Smart Sensing", UnitKind.PROJECT, "Techniek", "Lab T2.01", true,
                    "annex2-radar:Radarsensoren voor de zorg", "annex2-quantum:Kwantumsensoren"));

    @Inject
    DemoActors demo;

    @Inject
    UnitEditing editing;

    @Inject
    PlatformClock clock;

    @Override
    public String key() {
        return "units.demo-units";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void seed() {
        LocalDate today = clock.today();
        for (int i = 0; i < UNITS.size(); i++) {
            Demo unit = UNITS.get(i);
            Instant created = today.minusDays(300 - i * 7L).atTime(10, 0).atZone(clock.zone()).toInstant();
            UnitSummary draft = demo.as(unit.officer(), created, () -> editing.create(data(unit)));
            if (unit.register()) {
                demo.as(unit.officer(), created.plusSeconds(3600), () -> editing.register(draft.id(), draft.version()));
            }
        }
    }

    private static UnitData data(Demo unit) {
        String domain = unit.officer().endsWith(".uni") ? "demo-universiteit.nl" : "demo-hogeschool.nl";
        List<UnitEntry> entries = Arrays.stream(unit.entries()).map(e -> e.split(":", 2)).map(e -> new UnitEntry(e[0], null, e[1])).toList();
        return new UnitData(unit.name(), unit.kind(), unit.faculty(), null, "Hoofdlocatie", null, unit.rooms(), "Prof. dr. A. Hoofd",
                "hoofd@" + domain, "Kennisveiligheid", "kennisveiligheid@" + domain, "Toegang met persoonlijke pas; bezoekers onder begeleiding",
                "Gescheiden netwerk; data op afgeschermde opslag", "Toegang alleen na screening; jaarlijkse controle van toegangsrechten", entries);
    }
}
