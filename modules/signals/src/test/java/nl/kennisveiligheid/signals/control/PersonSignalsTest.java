package nl.kennisveiligheid.signals.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.signals.api.CountryIndicator;
import nl.kennisveiligheid.signals.api.CountryIndicators;
import nl.kennisveiligheid.signals.api.CountrySignal;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.PersonProfile;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.api.SignalKind;
import nl.kennisveiligheid.signals.api.SubjectKind;
import nl.kennisveiligheid.signals.api.Tie;
import nl.kennisveiligheid.signals.control.matching.IndexedDesignation;
import nl.kennisveiligheid.signals.control.matching.MatcherDefaults;
import nl.kennisveiligheid.signals.control.matching.SanctionsMatcher;
import org.junit.jupiter.api.Test;

/** The signals of a person: which hits and facts a profile gives, with the look-back and the scholarship rules. */
class PersonSignalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** The country indicators as a table: China named in the threat assessments with AFI 0.071, the Netherlands 0.763. */
    private static final CountryIndicators COUNTRIES = country -> {
        List<CountrySignal> out = new ArrayList<>();
        Map<String, String> afi = Map.of("CN", "0.071", "NL", "0.763", "CO", "0.6");
        if (country.equals("CN")) {
            out.add(new CountrySignal("CN", CountryIndicator.THREAT_ASSESSMENT, null, true, 2025, "AIVD/MIVD", 1));
        }
        if (afi.containsKey(country)) {
            BigDecimal value = new BigDecimal(afi.get(country));
            out.add(new CountrySignal(country, CountryIndicator.ACADEMIC_FREEDOM, value, CountryIndicator.ACADEMIC_FREEDOM.signals(value), 2025, "V-Dem", 2));
        }
        return out;
    };

    private static final SanctionsMatcher MATCHER = SanctionsMatcher.of(List.of(
            new IndexedDesignation(SanctionsSource.UN, 10, new Designation("SDi.013", SubjectKind.PERSON, "Sudan", null,
                    List.of(new DesignationName("CLAUDIA VIVIANA OLIVEROS FORERO", NameQuality.PRIMARY, false)), List.of("1973-01-02"), List.of(),
                    List.of("CO"))),
            new IndexedDesignation(SanctionsSource.CA_NRO, 11, new Designation("Harbin Engineering University", SubjectKind.ENTITY, null, null,
                    List.of(new DesignationName("Harbin Engineering University", NameQuality.PRIMARY, false)), List.of(), List.of(), List.of("CN"))),
            new IndexedDesignation(SanctionsSource.UN, 10, new Designation("XXe.001", SubjectKind.ENTITY, "Test", null,
                    List.of(new DesignationName("Harbin Engineering University", NameQuality.PRIMARY, false)), List.of(), List.of(), List.of()))));

    private static List<PersonSignals.Found> of(PersonProfile profile, int lookback) {
        return PersonSignals.of(profile, MATCHER, MatcherDefaults.THRESHOLD, COUNTRIES, TODAY, lookback);
    }

    private static PersonProfile person(List<Tie> ties) {
        return new PersonProfile(List.of("Claudia Viviana Oliveros Forero"), LocalDate.of(1973, 1, 2), null, "CO", List.of("CO", "CN"), ties,
                List.of("A2.1 Kwantumsensoren"));
    }

    @Test
    void hitsOnSanctionsListsAndListsOfOrganisationsOfConcernAreSignalsOfTheirGroups() {
        List<PersonSignals.Found> found = of(person(List.of(new Tie(Tie.Kind.AFFILIATION, "Harbin Engineering Univ.", "CN", LocalDate.of(2020, 1, 1),
                null, false))), 5);
        assertTrue(found.stream().anyMatch(f -> f.kind() == SignalKind.PERSON_SANCTIONED && f.reference().equals("SDi.013") && f.fingerprint() != null));
        assertTrue(found.stream().anyMatch(f -> f.kind() == SignalKind.AFFILIATION_OF_CONCERN && f.source().equals("CA_NRO")));
        assertTrue(found.stream().anyMatch(f -> f.kind() == SignalKind.ORGANISATION_SANCTIONED && f.reference().equals("XXe.001")),
                "an affiliation on a sanctions list is a legal signal");
        assertTrue(found.stream().anyMatch(f -> f.kind() == SignalKind.COUNTRY_OF_CONCERN && f.details().get(1).equals("nationality")));
        assertTrue(found.stream().anyMatch(f -> f.kind() == SignalKind.AFFILIATION_IN_COUNTRY_OF_CONCERN));
        PersonSignals.Found freedom = found.stream().filter(f -> f.kind() == SignalKind.ACADEMIC_FREEDOM_CURTAILED).findFirst().orElseThrow();
        assertEquals(List.of("CN", "0.071", "2025", "V-Dem", "nationality,affiliation"), freedom.details());
        assertEquals(1, found.stream().filter(f -> f.kind() == SignalKind.ACADEMIC_FREEDOM_CURTAILED).count(), "Colombia at 0.6 is no signal");
        assertTrue(found.stream().anyMatch(f -> f.kind() == SignalKind.ANNEX_ENTRY && f.about().equals("A2.1 Kwantumsensoren")));
    }

    @Test
    void affiliationsOlderThanTheLookBackDoNotCountUnlessTheAssessorLooksTenYearsBack() {
        List<Tie> ended2018 = List.of(new Tie(Tie.Kind.AFFILIATION, "Harbin Engineering University", "CN", LocalDate.of(2015, 9, 1),
                LocalDate.of(2018, 6, 30), false));
        assertFalse(of(person(ended2018), 5).stream().anyMatch(f -> f.kind() == SignalKind.AFFILIATION_OF_CONCERN));
        assertTrue(of(person(ended2018), 10).stream().anyMatch(f -> f.kind() == SignalKind.AFFILIATION_OF_CONCERN));
    }

    @Test
    void stateFundingAndScholarshipsFromACountryOfConcernAndShortScholarshipsFromTheHomeCountry() {
        List<PersonSignals.Found> found = of(person(List.of(
                new Tie(Tie.Kind.STATE_FUNDING, "Ministry of Science", "CO", null, null, false),
                new Tie(Tie.Kind.SCHOLARSHIP, "China Scholarship Council", "CN", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31), true))), 5);
        assertTrue(found.stream().anyMatch(f -> f.kind() == SignalKind.FOREIGN_STATE_FUNDING && f.about().equals("Ministry of Science")));
        assertTrue(found.stream().anyMatch(f -> f.kind() == SignalKind.SCHOLARSHIP_FROM_COUNTRY_OF_CONCERN));
        assertTrue(found.stream().anyMatch(f -> f.kind() == SignalKind.SHORT_SCHOLARSHIP_FROM_HOME_COUNTRY), "two years less a day");
        List<PersonSignals.Found> twoYears = of(person(List.of(new Tie(Tie.Kind.SCHOLARSHIP, "Programme", "CO", LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 9, 1), true))), 5);
        assertFalse(twoYears.stream().anyMatch(f -> f.kind() == SignalKind.SHORT_SCHOLARSHIP_FROM_HOME_COUNTRY), "two years is not less than two");
        List<PersonSignals.Found> ownTopic = of(person(List.of(new Tie(Tie.Kind.SCHOLARSHIP, "Programme", "CO", LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 9, 1), false))), 5);
        assertFalse(ownTopic.stream().anyMatch(f -> f.kind() == SignalKind.SHORT_SCHOLARSHIP_FROM_HOME_COUNTRY));
    }

    @Test
    void aDesignationsFingerprintChangesWithWhatItSaysNotWithTheOrderOfItsNames() {
        Designation a = new Designation("X.1", SubjectKind.PERSON, "R", null, List.of(new DesignationName("A B", NameQuality.PRIMARY, false),
                new DesignationName("C D", NameQuality.GOOD, false)), List.of("1970"), List.of(), List.of("IR"));
        Designation reordered = new Designation("X.1", SubjectKind.PERSON, "R", null, List.of(new DesignationName("C D", NameQuality.GOOD, false),
                new DesignationName("A B", NameQuality.PRIMARY, false)), List.of("1970"), List.of(), List.of("IR"));
        Designation changed = new Designation("X.1", SubjectKind.PERSON, "R", null, List.of(new DesignationName("A B", NameQuality.PRIMARY, false),
                new DesignationName("C D", NameQuality.GOOD, false)), List.of("1971"), List.of(), List.of("IR"));
        assertEquals(PersonSignals.fingerprint(a), PersonSignals.fingerprint(reordered));
        assertNotEquals(PersonSignals.fingerprint(a), PersonSignals.fingerprint(changed));
    }
}
