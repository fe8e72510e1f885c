package nl.kennisveiligheid.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kennisveiligheid.platform.api.InstitutionKind;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.control.InstitutionService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared lazy-table query: filter, sort and page in the database, unknown columns ignored. */
@ExtendWith(ArquillianExtension.class)
class TableQueryIT {

    @Inject
    InstitutionService institutions;

    private String prefix;

    @BeforeEach
    void createInstitutions() {
        prefix = "TQ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        for (int i = 1; i <= 7; i++) {
            institutions.create(prefix + i, "Tabel " + prefix + " instelling " + i + (i % 2 == 0 ? " 100%_even" : ""),
                    i <= 3 ? InstitutionKind.TO2_INSTITUTE : InstitutionKind.UNIVERSITY_MEDICAL_CENTRE);
        }
    }

    @Test
    void filtersCaseInsensitivelyAndCounts() {
        Map<String, Object> filters = Map.of("name", prefix.toLowerCase());
        assertEquals(7, institutions.count(filters));
        assertEquals(3, institutions.count(Map.of("name", prefix, "kind", "TO2_INSTITUTE")));
    }

    @Test
    void likeWildcardsInFiltersAreLiteral() {
        assertEquals(4, institutions.count(Map.of("name", prefix + " instelling", "code", prefix, "kind", "UNIVERSITY_MEDICAL_CENTRE")));
        assertEquals(3, institutions.count(Map.of("name", "100%_even", "code", prefix)));
        assertEquals(0, institutions.count(Map.of("name", "100x_even", "code", prefix)));
    }

    @Test
    void sortsAndPages() {
        Map<String, Object> filters = Map.of("code", prefix);
        List<InstitutionSummary> page = institutions.load(new PageRequest(2, 3, List.of(new PageRequest.Sort("code", false)), filters));
        assertEquals(List.of(prefix + "5", prefix + "4", prefix + "3"), page.stream().map(InstitutionSummary::code).toList());
    }

    @Test
    void unknownColumnsAreIgnored() {
        Map<String, Object> filters = Map.of("code", prefix, "password_hash", "x", "name) or (1=1", "y");
        assertEquals(7, institutions.count(filters));
        List<InstitutionSummary> page = institutions.load(new PageRequest(0, 10, List.of(new PageRequest.Sort("nonexistent", true)), filters));
        assertEquals(7, page.size());
    }
}
