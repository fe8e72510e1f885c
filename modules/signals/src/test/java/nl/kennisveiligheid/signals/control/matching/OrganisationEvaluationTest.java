package nl.kennisveiligheid.signals.control.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.SanctionsHit;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.api.SubjectKind;
import nl.kennisveiligheid.signals.control.lists.RealListFiles;
import nl.kennisveiligheid.signals.control.lists.SanctionsFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How well affiliations are matched with the lists of organisations of concern, next to every sanctions list at hand:
 * recall on the organisations Canada's list and ASPI's tracker both name (Canada's name and aliases searched, ASPI's
 * entry expected), and the share of ordinary research organisations and companies that hit anything.
 */
class OrganisationEvaluationTest {

    private static final Logger LOG = Logger.getLogger(OrganisationEvaluationTest.class.getName());
    /** Research organisations and companies an affiliation commonly names that are on none of these lists. */
    static final List<String> ORDINARY = List.of("Technische Universiteit Delft", "Delft University of Technology", "Universiteit Utrecht",
            "Utrecht University", "Universiteit van Amsterdam", "Vrije Universiteit Amsterdam", "Rijksuniversiteit Groningen", "Universiteit Leiden",
            "Radboud Universiteit", "Erasmus Universiteit Rotterdam", "Technische Universiteit Eindhoven", "Universiteit Twente", "Wageningen University & Research",
            "Maastricht University", "Tilburg University", "Open Universiteit", "TNO", "Nederlandse Organisatie voor Toegepast Natuurwetenschappelijk Onderzoek",
            "NWO", "Koninklijke Nederlandse Akademie van Wetenschappen", "Nationaal Lucht- en Ruimtevaartlaboratorium", "Netherlands Aerospace Centre",
            "Centrum Wiskunde & Informatica", "Max Planck Institute for Quantum Optics", "Fraunhofer Institute for Applied Solid State Physics",
            "Karlsruhe Institute of Technology", "Technical University of Munich", "ETH Zurich", "EPFL", "KU Leuven", "Ghent University", "imec",
            "University of Cambridge", "University of Oxford", "Imperial College London", "University College London", "Massachusetts Institute of Technology",
            "Stanford University", "California Institute of Technology", "University of Tokyo", "National University of Singapore",
            "Nanyang Technological University", "University of Toronto", "McGill University", "Australian National University", "University of Melbourne",
            "Weizmann Institute of Science", "Indian Institute of Technology Bombay", "Indian Institute of Science", "Universidad de los Andes",
            "Universidade de São Paulo", "Seoul National University", "Korea Advanced Institute of Science and Technology", "CERN",
            "European Space Agency", "National Institute of Standards and Technology", "Sandia National Laboratories", "Los Alamos National Laboratory",
            "ASML Netherlands B.V.", "Koninklijke Philips N.V.", "NXP Semiconductors", "Shell International", "Airbus Defence and Space",
            "Thales Nederland", "Damen Shipyards Group", "Siemens AG", "Nokia Bell Labs", "IBM Research", "Google DeepMind", "Microsoft Research",
            "Samsung Advanced Institute of Technology", "Ministerie van Defensie", "Ministry of Defence of the Netherlands", "Netherlands Defence Academy",
            "Nederlandse Defensie Academie", "National Defence University of Finland", "Royal Military Academy Brussels", "Norwegian Defence Research Establishment",
            "University of Amsterdam Faculty of Science", "Academic Medical Center Amsterdam", "Leiden University Medical Center");

    private static SanctionsMatcher matcher;
    private static List<Designation> canada;
    private static Map<String, Designation> aspiByName;

    @BeforeAll
    static void build() {
        List<IndexedDesignation> all = new ArrayList<>(RealListFiles.newestEditions());
        List<Designation> aspi = SanctionsFiles.read(SanctionsSource.ASPI_TRACKER,
                RealListFiles.bytes("organisations/aspi_china_defence_universities_tracker_2020.csv"), RealListFiles.LIMIT).designations();
        canada = SanctionsFiles.read(SanctionsSource.CA_NRO, RealListFiles.bytes("organisations/canada_named_research_organizations.csv"),
                RealListFiles.LIMIT).designations();
        aspi.forEach(d -> all.add(new IndexedDesignation(SanctionsSource.ASPI_TRACKER, 5, d)));
        canada.forEach(d -> all.add(new IndexedDesignation(SanctionsSource.CA_NRO, 6, d)));
        matcher = SanctionsMatcher.of(all);
        aspiByName = new HashMap<>();
        for (Designation d : aspi) {
            d.names().forEach(n -> aspiByName.putIfAbsent(n.name().toLowerCase(Locale.ROOT), d));
        }
    }

    @Test
    void organisationsBothListsNameAreFoundByEachOthersNamesAndOrdinaryOrganisationsPass() {
        int asked = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Designation nro : canada) {
            Designation expected = nro.names().stream().map(n -> aspiByName.get(n.name().toLowerCase(Locale.ROOT))).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            if (expected == null) {
                continue;
            }
            for (DesignationName name : nro.names()) {
                if (name.name().length() <= 5) {
                    continue; // an acronym alone (AMS, HEU) is not a name to match on
                }
                asked++;
                List<SanctionsHit> hits = matcher.screen(new ScreeningQuery(name.name(), null, null, SubjectKind.ENTITY), MatcherDefaults.THRESHOLD);
                if (hits.stream().anyMatch(h -> h.source() == SanctionsSource.ASPI_TRACKER && h.reference().equals(expected.reference()))) {
                    found++;
                } else {
                    missed.add(name.name() + " -> " + expected.primaryName());
                }
            }
        }
        int hitting = 0;
        List<String> hitNames = new ArrayList<>();
        for (String name : ORDINARY) {
            List<SanctionsHit> hits = matcher.screen(new ScreeningQuery(name, null, null, SubjectKind.ENTITY), MatcherDefaults.THRESHOLD);
            if (!hits.isEmpty()) {
                hitting++;
                hitNames.add(name + " -> " + hits.get(0).name() + " (" + hits.get(0).source() + ", " + String.format(Locale.ROOT, "%.2f", hits.get(0).score()) + ")");
            }
        }
        double recall = found / (double) asked;
        double falseShare = hitting / (double) ORDINARY.size();
        LOG.info(String.format(Locale.ROOT, "organisations: recall %.3f (%d of %d names of Canada's list found in ASPI's), ordinary organisations hitting %.3f (%d of %d)",
                recall, found, asked, falseShare, hitting, ORDINARY.size()));
        LOG.info("missed: " + missed);
        LOG.info("ordinary hitting: " + hitNames);
        assertTrue(recall >= 0.9, "recall " + recall + ", missed " + missed);
        assertTrue(falseShare <= 0.05, "ordinary organisations hitting " + falseShare + ": " + hitNames);
    }
}
