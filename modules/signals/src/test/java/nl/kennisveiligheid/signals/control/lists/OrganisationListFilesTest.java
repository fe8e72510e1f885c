package nl.kennisveiligheid.signals.control.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.SanctionsHit;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.api.SubjectKind;
import nl.kennisveiligheid.signals.control.matching.IndexedDesignation;
import nl.kennisveiligheid.signals.control.matching.MatcherDefaults;
import nl.kennisveiligheid.signals.control.matching.SanctionsMatcher;
import org.junit.jupiter.api.Test;

/** The lists of organisations of concern, read from the real files and matched with the sanctions engine. */
class OrganisationListFilesTest {

    private static ParsedEdition aspi() {
        return SanctionsFiles.read(SanctionsSource.ASPI_TRACKER, RealListFiles.bytes("organisations/aspi_china_defence_universities_tracker_2020.csv"),
                RealListFiles.LIMIT);
    }

    private static ParsedEdition canada() {
        return SanctionsFiles.read(SanctionsSource.CA_NRO, RealListFiles.bytes("organisations/canada_named_research_organizations.csv"),
                RealListFiles.LIMIT);
    }

    @Test
    void aspiTrackerWithRiskLevelsCategoriesAndChineseNames() {
        ParsedEdition edition = aspi();
        assertEquals(159, edition.entities());
        assertEquals(0, edition.persons());
        Designation harbin = find(edition, "harbin-institute-of-technology");
        assertEquals("Harbin Institute of Technology", harbin.primaryName());
        assertEquals("very high", harbin.riskLevel());
        assertEquals(List.of("CN"), harbin.nationalities());
        assertTrue(harbin.names().stream().anyMatch(n -> n.originalScript() && n.name().equals("哈尔滨工业大学")), harbin.names().toString());
        assertEquals(92, edition.designations().stream().filter(d -> "very high".equals(d.riskLevel())).count());
        assertNull(find(edition, "national-university-of-defense-technology").riskLevel(), "the tracker's one unrated institution");
    }

    @Test
    void canadasNamedResearchOrganizationsWithCountriesAndAliases() {
        ParsedEdition edition = canada();
        assertEquals(103, edition.entities());
        assertEquals(85, edition.designations().stream().filter(d -> d.nationalities().equals(List.of("CN"))).count());
        assertEquals(12, edition.designations().stream().filter(d -> d.nationalities().equals(List.of("IR"))).count());
        assertEquals(6, edition.designations().stream().filter(d -> d.nationalities().equals(List.of("RU"))).count());
        Designation beihang = find(edition, "Beihang University");
        assertTrue(beihang.names().stream().anyMatch(n -> n.name().equals("Beijing University of Aeronautics and Astronautics")));
    }

    @Test
    void affiliationsAreMatchedWithTheSameEngine() {
        List<IndexedDesignation> all = new ArrayList<>();
        aspi().designations().forEach(d -> all.add(new IndexedDesignation(SanctionsSource.ASPI_TRACKER, 1, d)));
        canada().designations().forEach(d -> all.add(new IndexedDesignation(SanctionsSource.CA_NRO, 2, d)));
        SanctionsMatcher matcher = SanctionsMatcher.of(all);
        List<SanctionsHit> hits = matcher.screen(new ScreeningQuery("Beijing Univ. of Aeronautics & Astronautics", null, null, SubjectKind.ENTITY),
                MatcherDefaults.THRESHOLD);
        assertTrue(hits.stream().anyMatch(h -> h.source() == SanctionsSource.CA_NRO && h.name().equals("Beihang University")), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.source() == SanctionsSource.ASPI_TRACKER && h.reference().equals("beihang-university")), hits.toString());
        assertTrue(matcher.screen(new ScreeningQuery("National University of Defence Technology", null, null, SubjectKind.ENTITY),
                MatcherDefaults.THRESHOLD).stream().anyMatch(h -> h.reference().equals("national-university-of-defense-technology")));
        assertTrue(matcher.screen(new ScreeningQuery("Delft University of Technology", null, null, SubjectKind.ENTITY), MatcherDefaults.THRESHOLD).isEmpty(),
                "a Dutch university is not on these lists");
    }

    @Test
    void aFileWithoutItsColumnsOrWithAnUnknownCountryIsRefused() {
        byte[] aspiAsCanada = RealListFiles.bytes("organisations/aspi_china_defence_universities_tracker_2020.csv");
        assertEquals("file.missingColumn", assertThrows(ListFileProblem.class,
                () -> SanctionsFiles.read(SanctionsSource.CA_NRO, aspiAsCanada, RealListFiles.LIMIT)).key());
        byte[] unknown = "name,country,iso3,aliases\nInstitute,Atlantis,ATL,\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("file.badValue", assertThrows(ListFileProblem.class,
                () -> SanctionsFiles.read(SanctionsSource.CA_NRO, unknown, RealListFiles.LIMIT)).key());
        byte[] nameless = "name_en,name_zh,risk_level,categories,aliases\n,大学,high,,\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("file.missingName", assertThrows(ListFileProblem.class,
                () -> SanctionsFiles.read(SanctionsSource.ASPI_TRACKER, nameless, RealListFiles.LIMIT)).key());
    }

    private static Designation find(ParsedEdition edition, String reference) {
        return edition.designations().stream().filter(d -> d.reference().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no designation " + reference));
    }
}
