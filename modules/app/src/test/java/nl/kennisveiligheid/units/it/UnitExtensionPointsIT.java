package nl.kennisveiligheid.units.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.units.UnitFixtures;
import nl.kennisveiligheid.units.api.UnitAccessSection;
import nl.kennisveiligheid.units.api.UnitClosureCheck;
import nl.kennisveiligheid.units.entity.HighRiskUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The units module's extension points work before any module implements them: a test implementation of
 * {@link UnitClosureCheck} (what still depends on a unit) and of {@link UnitAccessSection} (the section "people
 * with access" on the unit page), on the test classpath only. They answer only for units whose name starts with
 * {@value #MARK}, so the rest of the suite sees no dependents. Closing such a unit is refused naming the dependents
 * in the caller's language, then allowed when confirmed, and audited with the number of dependents. The browser
 * test ({@code UnitsBrowserIT}) shows the section and the refusal on the page.
 */
@ExtendWith(ArquillianExtension.class)
class UnitExtensionPointsIT {

    /** Units whose name starts with this have dependents and people with access in these tests. */
    public static final String MARK = nl.kennisveiligheid.units.UnitExtensionPoints.MARK;

    static final String BUNDLE = "nl.kennisveiligheid.units.it.extension_messages";

    private static final String OFFICER = "demo-token-institution-officer";
    private static final String AUDITOR = "demo-token-auditor";

    @ArquillianResource
    URL base;

    /** Open requests and valid decisions, as the screening and decisions modules will report them. */
    @ApplicationScoped
    public static class TestClosureCheck implements UnitClosureCheck {

        @PersistenceContext(unitName = "units")
        EntityManager em;

        @Override
        public List<Dependent> dependents(long unitId) {
            if (!marked(em, unitId)) {
                return List.of();
            }
            return List.of(new Dependent(Text.of(BUNDLE, "dependent.request", "SCR-2026-0042"), "/units/list.xhtml"),
                    new Dependent(Text.of(BUNDLE, "dependent.decision", "BES-2026-0007"), null));
        }
    }

    /** The people with access, as the decisions module will show them. */
    @ApplicationScoped
    @Named("testUnitAccess")
    public static class TestAccessSection implements UnitAccessSection {

        @PersistenceContext(unitName = "units")
        EntityManager em;

        @Override
        public String fragment() {
            return "/WEB-INF/test/unit-access.xhtml";
        }

        public List<String> people(Object unitId) {
            return unitId != null && marked(em, Long.parseLong(unitId.toString())) ? List.of("Testpersoon A. Janssen", "Testpersoon B. de Wit") : List.of();
        }
    }

    static boolean marked(EntityManager em, long unitId) {
        HighRiskUnit unit = em.find(HighRiskUnit.class, unitId);
        return unit != null && unit.summary().name().startsWith(MARK);
    }

    @Test
    void closingAUnitWithDependentsIsRefusedNamingThemThenAllowedWhenConfirmed() throws Exception {
        InContainerRestClient api = new InContainerRestClient(base);
        String name = MARK + " " + UUID.randomUUID().toString().substring(0, 6);
        UnitFixtures.Created unit = UnitFixtures.unit(name).complete().registered(api::send);
        long id = unit.id();
        long version = unit.version();

        String closure = "{\"version\":" + version + ",\"closedOn\":\"2027-02-01\",\"reason\":\"Lab verhuisd\"";
        HttpResponse<String> refused = api.json("POST", "/api/v1/units/" + id + "/closure", OFFICER, closure + "}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Lopende screeningsaanvraag SCR-2026-0042")
                && refused.body().contains("Geldig toegangsbesluit BES-2026-0007"), "named in Dutch: " + refused.body());
        HttpResponse<String> inEnglish = api.in("en").json("POST", "/api/v1/units/" + id + "/closure", OFFICER, closure + "}");
        assertTrue(inEnglish.body().contains("Open screening request SCR-2026-0042"), "and in English: " + inEnglish.body());
        assertTrue(api.json("GET", "/api/v1/units/" + id + "/summary", OFFICER, null).body().contains("\"status\":\"REGISTERED\""));

        HttpResponse<String> closed = api.json("POST", "/api/v1/units/" + id + "/closure", OFFICER, closure + ",\"confirmed\":true}");
        assertEquals(200, closed.statusCode(), closed.body());
        assertTrue(closed.body().contains("\"status\":\"CLOSED\""), closed.body());

        String trail = api.json("GET", "/api/v1/audit-trail/records?action=unit.closed&objectType=HighRiskUnit&objectId=" + id, AUDITOR, null).body();
        assertTrue(trail.contains("\"total\":1"), trail);
        assertTrue(trail.matches("(?s).*dependents[^0-9]{1,6}2.*") && trail.matches("(?s).*confirmed[^a-z]{1,6}true.*"),
                "the closure is audited with its two dependents, confirmed: " + trail);
    }
}
