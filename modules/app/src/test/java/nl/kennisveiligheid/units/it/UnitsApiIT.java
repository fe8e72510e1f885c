package nl.kennisveiligheid.units.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.kennisveiligheid.app.it.FixedClockExtension;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.control.ConfigurableClock;
import nl.kennisveiligheid.platform.control.identity.ApiTokens;
import nl.kennisveiligheid.techlist.control.ListEditing;
import nl.kennisveiligheid.units.UnitFixtures;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitKind;
import nl.kennisveiligheid.units.control.UnitEditing;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * High-risk units over REST, as institution and authority systems use them: the status flow, versions as of a
 * date, tenant isolation (another institution's unit is 404 and the attempt audited) and the register's scope.
 * In the server, so that it can give Demo Hogeschool a token of its own and set the clock.
 */
@ExtendWith({ArquillianExtension.class, FixedClockExtension.class})
class UnitsApiIT {

    private static final String UNI_OFFICER = "demo-token-institution-officer";
    private static final String ASSESSOR = "demo-token-authority-assessor";

    @ArquillianResource
    URL base;

    @Inject
    ApiTokens tokens;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    ConfigurableClock clock;

    @Inject
    UnitEditing editing;

    @Inject
    ListEditing lists;

    private InContainerRestClient api;
    private String hogeschool;

    @BeforeEach
    void hogeschoolToken() {
        api = new InContainerRestClient(base);
        long id = institutions.byCode("DEMO-HS").orElseThrow().id();
        hogeschool = tokens.issue("Hogeschool-systeem (test)", Role.INSTITUTION_OFFICER, id,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).token();
    }

    static String unit(String name, String reason, boolean complete) {
        UnitFixtures.Builder unit = UnitFixtures.unit(name).entry("annex2-quantum", reason);
        return (complete ? unit.complete() : unit).json();
    }

    @Test
    void aUnitGoesFromDraftToRegisteredToClosedAndKeepsEveryVersion() throws Exception {
        String name = "Kwantumlab " + UUID.randomUUID().toString().substring(0, 6);
        clock.fix(Instant.parse("2026-12-01T10:00:00Z"));
        HttpResponse<String> created = call("POST", "/api/v1/units", UNI_OFFICER, unit(name, "Kwantumsensoren", false));
        assertEquals(201, created.statusCode(), created.body());
        String id = InContainerRestClient.first(created.body(), "\"id\":(\\d+)");
        assertTrue(created.body().contains("\"status\":\"DRAFT\"") && created.body().contains("\"clusters\":\"3\""), created.body());

        HttpResponse<String> incomplete = call("POST", "/api/v1/units/" + id + "/registration", UNI_OFFICER, "{\"version\":" + version(created) + "}");
        assertEquals(400, incomplete.statusCode(), "registration needs head, contact, access and measures: " + incomplete.body());
        assertTrue(incomplete.body().contains("\"field\":\"headEmail\""), incomplete.body());

        HttpResponse<String> completed = call("PUT", "/api/v1/units/" + id, UNI_OFFICER,
                "{\"version\":" + version(created) + ",\"data\":" + unit(name, "Kwantumsensoren", true) + "}");
        assertEquals(200, completed.statusCode(), completed.body());
        assertTrue(completed.body().contains("\"currentVersion\":1"), "a draft is edited in place: " + completed.body());
        HttpResponse<String> registered = call("POST", "/api/v1/units/" + id + "/registration", UNI_OFFICER, "{\"version\":" + version(completed) + "}");
        assertEquals(200, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("\"status\":\"REGISTERED\"") && registered.body().contains("\"registeredOn\":\"2026-12-01\""));

        clock.fix(Instant.parse("2027-01-15T10:00:00Z"));
        HttpResponse<String> changed = call("PUT", "/api/v1/units/" + id, UNI_OFFICER,
                "{\"version\":" + version(registered) + ",\"note\":\"Ook kwantumnetwerken\",\"data\":" + unit(name, "Sensoren en netwerken", true) + "}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"currentVersion\":2"), changed.body());
        HttpResponse<String> stale = call("PUT", "/api/v1/units/" + id, UNI_OFFICER,
                "{\"version\":" + version(registered) + ",\"data\":" + unit(name, "Oud", true) + "}");
        assertEquals(409, stale.statusCode(), "someone else's change is not overwritten: " + stale.body());

        String december = call("GET", "/api/v1/units/" + id + "?asOf=2026-12-31", UNI_OFFICER, null).body();
        assertTrue(december.contains("\"reason\":\"Kwantumsensoren\"") && december.contains("\"number\":1"), december);
        String january = call("GET", "/api/v1/units/" + id + "?asOf=2027-01-15", UNI_OFFICER, null).body();
        assertTrue(january.contains("\"reason\":\"Sensoren en netwerken\"") && january.contains("\"recordedBy\""), january);
        assertEquals(404, call("GET", "/api/v1/units/" + id + "?asOf=2026-11-01", UNI_OFFICER, null).statusCode(), "not yet there");

        HttpResponse<String> closed = call("POST", "/api/v1/units/" + id + "/closure", UNI_OFFICER,
                "{\"version\":" + version(changed) + ",\"closedOn\":\"2027-01-31\",\"reason\":\"Project afgerond\"}");
        assertEquals(200, closed.statusCode(), closed.body());
        assertTrue(closed.body().contains("\"status\":\"CLOSED\"") && closed.body().contains("\"currentVersion\":3"), closed.body());
        assertEquals(409, call("PUT", "/api/v1/units/" + id, UNI_OFFICER,
                "{\"version\":" + version(closed) + ",\"data\":" + unit(name, "x", true) + "}").statusCode(), "a closed unit does not change");

        String history = call("GET", "/api/v1/units/" + id + "/history", UNI_OFFICER, null).body();
        assertEquals(3, history.split("\"number\":").length - 1, history);
        assertTrue(history.contains("\"changeNote\":\"Ook kwantumnetwerken\"") && history.contains("\"changeNote\":\"Project afgerond\""), history);
    }

    @Test
    void institutionsSeeOnlyTheirOwnUnitsAndTheAuthoritySeesTheRegister() throws Exception {
        String name = "Eigen lab " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = call("POST", "/api/v1/units", UNI_OFFICER, unit(name, "Onderzoek", true));
        String id = InContainerRestClient.first(created.body(), "\"id\":(\\d+)");

        HttpResponse<String> foreign = call("GET", "/api/v1/units/" + id, hogeschool, null);
        assertEquals(404, foreign.statusCode(), "another institution's unit does not exist for them");
        assertEquals(404, call("PUT", "/api/v1/units/" + id, hogeschool, "{\"version\":0,\"data\":" + unit(name, "x", true) + "}").statusCode());
        assertEquals(404, call("POST", "/api/v1/units/" + id + "/registration", hogeschool, "{\"version\":0}").statusCode());
        for (String path : new String[] {"/summary", "/history", "?asOf=2030-01-01", "/review"}) {
            assertEquals(404, call("GET", "/api/v1/units/" + id + path, hogeschool, null).statusCode(), "GET " + path);
        }
        assertEquals(404, call("POST", "/api/v1/units/" + id + "/closure", hogeschool,
                "{\"version\":0,\"closedOn\":\"2030-01-01\",\"reason\":\"x\"}").statusCode());
        assertEquals(404, call("POST", "/api/v1/units/" + id + "/review-confirmation", hogeschool, "{\"version\":0}").statusCode());
        assertFalse(call("GET", "/api/v1/units/export.csv", hogeschool, null).body().contains(name), "nor in its export");
        assertFalse(call("GET", "/api/v1/units?name=" + name.replace(" ", "%20"), hogeschool, null).body().contains(name));
        String refusals = call("GET", "/api/v1/audit-trail/records?action=access.refused&objectType=HighRiskUnit&objectId=" + id,
                "demo-token-auditor", null).body();
        assertTrue(refusals.contains("\"objectId\":\"" + id + "\""), "the attempts are audited: " + refusals);

        assertEquals(404, call("GET", "/api/v1/units/" + id, ASSESSOR, null).statusCode(), "a draft is not in the register");
        call("POST", "/api/v1/units/" + id + "/registration", UNI_OFFICER, "{\"version\":" + version(created) + "}");
        String register = call("GET", "/api/v1/units?cluster=3&status=REGISTERED&name=" + name.replace(" ", "%20"), ASSESSOR, null).body();
        assertTrue(register.contains(name), "registered: in the register: " + register);
        assertFalse(call("GET", "/api/v1/units?cluster=13&name=" + name.replace(" ", "%20"), ASSESSOR, null).body().contains(name),
                "cluster 3 is not cluster 13");
        assertEquals(403, call("POST", "/api/v1/units", ASSESSOR, unit("x", "x", true)).statusCode(), "the register is read-only");
        assertEquals(403, call("GET", "/api/v1/units", "demo-token-list-admin", null).statusCode());
    }

    @Test
    void aSpreadsheetIsPreviewedWithEveryProblemByLineAndImportedAllOrNothing() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String bad = "name,kind,entries,register\n"
                + "Lab A " + suffix + ",Laboratorium,3: sensoren,\n"
                + "Lab B " + suffix + ",Kelder,99: onbekend,\n"
                + "Lab C " + suffix + ",Project,3: x,ja\n";
        HttpResponse<String> refused = api.call("POST", "/api/v1/units/import", hogeschool, "text/csv", bad);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("{\"field\":\"kind\",\"line\":3,\"message\":\"Onbekende soort \\\"Kelder\\\"")
                && refused.body().contains("{\"field\":\"entries\",\"line\":3,\"message\":\"Code 99 staat niet")
                && refused.body().contains("{\"field\":\"head_name\",\"line\":4,"), refused.body());
        assertFalse(call("GET", "/api/v1/units?name=" + suffix, hogeschool, null).body().contains("Lab A"), "nothing created");

        String good = "name;kind;entries;register;head_name;head_email;contact_name;contact_email;rooms;measures_physical\n"
                + "Lab A " + suffix + ";Laboratorium;3: sensoren;;;;;;;\n"
                + "Lab C " + suffix + ";Project;3: kwantum | 1: modellen;ja;H. Hoofd;h@demo-hs.nl;K. Contact;k@demo-hs.nl;C 0.12;Pas\n";
        HttpResponse<String> preview = api.call("POST", "/api/v1/units/import?dryRun=true", hogeschool, "text/csv", good);
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().contains("\"imported\":false,\"problems\":[],\"toRegister\":1,\"units\":2,\"valid\":true"), preview.body());
        assertFalse(call("GET", "/api/v1/units?name=" + suffix, hogeschool, null).body().contains("Lab A"), "a preview writes nothing");

        HttpResponse<String> imported = api.call("POST", "/api/v1/units/import", hogeschool, "text/csv", good);
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("\"imported\":true"), imported.body());
        String units = call("GET", "/api/v1/units?name=" + suffix, hogeschool, null).body();
        assertTrue(units.contains("\"total\":2") && units.contains("\"name\":\"Lab C " + suffix + "\"") && units.contains("\"status\":\"REGISTERED\"")
                && units.contains("\"status\":\"DRAFT\"") && units.contains("\"clusters\":\"1, 3\""), units);
        HttpResponse<String> again = api.call("POST", "/api/v1/units/import", hogeschool, "text/csv", good);
        assertEquals(422, again.statusCode(), "the same file twice creates nothing twice");
        assertTrue(again.body().contains("al een onderdeel"), again.body());
        assertEquals(403, api.call("POST", "/api/v1/units/import", ASSESSOR, "text/csv", good).statusCode());

        String csv = call("GET", "/api/v1/units/export.csv?name=Lab%20C%20" + suffix, ASSESSOR, null).body();
        assertTrue(csv.startsWith("id,institution_code,institution_name,name,kind"), csv);
        assertTrue(csv.contains(",DEMO-HS,") && csv.contains("Lab C " + suffix) && csv.contains("REGISTERED"), csv);
        assertFalse(csv.contains("Lab A " + suffix), "a draft is not in the register");
        String exports = call("GET", "/api/v1/audit-trail/records?action=unit.exported", "demo-token-auditor", null).body();
        assertTrue(exports.contains("unit.exported"), "the export is audited: " + exports);
    }

    @Test
    void badInputIsNamedPerField() throws Exception {
        HttpResponse<String> bad = call("POST", "/api/v1/units", UNI_OFFICER,
                "{\"name\":\"\",\"kind\":\"LABORATORY\",\"headEmail\":\"geen-adres\",\"entries\":[{\"entryKey\":\"no-such-entry\",\"reason\":\"x\"}]}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("{\"field\":\"entries[0]\",\"message\":\"Dit onderdeel van Bijlage 2 bestaat niet"), bad.body());
        HttpResponse<String> noEntries = call("POST", "/api/v1/units", UNI_OFFICER, "{\"name\":\"<b>x</b>\",\"kind\":\"LABORATORY\",\"headEmail\":\"geen-adres\"}");
        assertTrue(noEntries.body().contains("\"field\":\"name\",\"message\":\"Gebruik gewone tekst") && noEntries.body().contains("\"field\":\"headEmail\"")
                && noEntries.body().contains("\"field\":\"entries\""), noEntries.body());
        assertEquals(400, call("GET", "/api/v1/units?status=OPEN", UNI_OFFICER, null).statusCode());
    }

    @Test
    void aServiceRefusesACallerWithoutTheRoleAs403NotAsAServerError() {
        // in the container the test runs as nobody: the service's own check answers, as it would behind any screen
        Refusal refused = assertThrows(Refusal.class, () -> editing.create(new UnitData("x", UnitKind.LABORATORY, null, null, null, null, null,
                null, null, null, null, null, null, null, List.of())));
        assertEquals(Refusal.Kind.FORBIDDEN, refused.kind());
        assertEquals(403, refused.status());
        Refusal listAdmin = assertThrows(Refusal.class, () -> lists.createList("TEST-REFUSED", "Test", "Test"));
        assertEquals(403, listAdmin.status());
    }

    @Test
    void theListFiltersOnReviewNeededOnEveryDatabase() throws Exception {
        // EclipseLink binds a boolean as 1 on H2, which H2 2.x refuses to compare with a BOOLEAN column (TableQuery)
        for (String value : new String[] {"true", "false"}) {
            HttpResponse<String> page = call("GET", "/api/v1/units?reviewNeeded=" + value, UNI_OFFICER, null);
            assertEquals(200, page.statusCode(), page.body());
            assertFalse(page.body().contains("\"reviewNeeded\":" + ("true".equals(value) ? "false" : "true")), page.body());
        }
        HttpResponse<String> register = call("GET", "/api/v1/units?reviewNeeded=false&size=5", ASSESSOR, null);
        assertEquals(200, register.statusCode(), register.body());
    }

    private static String version(HttpResponse<String> response) {
        return InContainerRestClient.first(response.body(), "\"version\":(\\d+)");
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        return api.call(method, path, token, null, json);
    }
}
