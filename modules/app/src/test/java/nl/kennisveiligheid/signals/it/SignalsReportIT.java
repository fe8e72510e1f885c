package nl.kennisveiligheid.signals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.screening.ScreeningFixtures;
import nl.kennisveiligheid.signals.SanctionsFixtures;
import nl.kennisveiligheid.units.UnitFixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signals report of a submitted request (sanctions hit, organisation of concern, countries, a short scholarship,
 * the Annex 2 entry), dismissals that stick for the person, and re-screening when the UN list changes: the two real UN
 * editions of 2026, whose difference raises an alert for a person in an open request and whose delisting closes a hit.
 * Everything over REST with the demo tokens, in the server (to read the notifications written).
 */
@ExtendWith(ArquillianExtension.class)
class SignalsReportIT {

    private static final String OFFICER = "demo-token-institution-officer";
    private static final String ASSESSOR = "demo-token-authority-assessor";
    private static final String LIST_ADMIN = "demo-token-list-admin";
    private static final String API = "/api/v1";

    @ArquillianResource
    URL base;

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    private InContainerRestClient api;

    @BeforeEach
    void setUp() throws Exception {
        api = new InContainerRestClient(base);
    }

    @AfterEach
    void augustInForce() throws Exception {
        loadUn(SanctionsFixtures.UN_2026_08_01);
    }

    @Test
    void aSubmittedRequestHasItsSignalsWithEvidenceAndADismissalSticksForThePerson() throws Exception {
        loadUn(SanctionsFixtures.UN_2026_08_01);
        String person = "P-SIG-" + UUID.randomUUID().toString().substring(0, 8);
        long id = submitted(person, "Claudia Viviana", "Oliveros Forero", "1973-01-02", "CO",
                "[{\"organisation\":\"Harbin Engineering University\",\"country\":\"CN\",\"role\":\"Gastonderzoeker\",\"from\":\"2022-01-01\",\"to\":null}]",
                "[{\"kind\":\"SCHOLARSHIP\",\"funder\":\"China Scholarship Council\",\"country\":\"CN\",\"from\":\"2025-09-01\",\"to\":\"2026-08-31\","
                        + "\"topicFromHomeCountry\":true}]");

        assertEquals(403, api.json("GET", API + "/screening-requests/" + id + "/signals", OFFICER, null).statusCode(),
                "institution users do not read the signals");
        HttpResponse<String> report = api.json("GET", API + "/screening-requests/" + id + "/signals", ASSESSOR, null);
        assertEquals(200, report.statusCode(), report.body());
        String body = report.body();
        assertTrue(body.contains("\"kind\":\"PERSON_SANCTIONED\"") && body.contains("\"reference\":\"SDi.013\"") && body.contains("\"source\":\"UN\""),
                "the person's name on the UN list: " + body);
        assertTrue(body.contains("\"matchedName\":") && body.contains("\"tokens\":["), "a hit with its explanation: " + body);
        assertTrue(body.contains("\"kind\":\"AFFILIATION_OF_CONCERN\"") && body.contains("\"source\":\"CA_NRO\""),
                "Harbin Engineering University on Canada's list: " + body);
        for (String kind : new String[] {"AFFILIATION_IN_COUNTRY_OF_CONCERN", "SCHOLARSHIP_FROM_COUNTRY_OF_CONCERN",
                "SHORT_SCHOLARSHIP_FROM_HOME_COUNTRY", "ACADEMIC_FREEDOM_CURTAILED", "ANNEX_ENTRY"}) {
            assertTrue(body.contains("\"kind\":\"" + kind + "\""), kind + " in " + body);
        }
        assertTrue(body.contains("\"group\":\"LEGAL\"") && body.contains("\"group\":\"ETHICS\"") && body.contains("\"group\":\"DEPENDENCE\""), body);
        assertTrue(body.contains("Academic Freedom Index 0.071"), "the evidence names the value: " + body);
        assertTrue(api.json("GET", API + "/screening-requests/" + id + "/timeline", ASSESSOR, null).body().contains("SIGNALS_DETERMINED"),
                "the timeline notes the run");

        long hit = signalId(body, "SDi.013");
        long fact = signals(body).stream().filter(x -> x.getString("kind").equals("ANNEX_ENTRY")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String path = API + "/screening-requests/" + id + "/signals/" + hit;
        assertEquals(400, api.json("POST", path, ASSESSOR, "{\"verdict\":\"DISMISSED\"}").statusCode(), "a reason is required");
        assertEquals(400, api.json("POST", path, ASSESSOR, "{\"verdict\":\"MAYBE\",\"reason\":\"x\"}").statusCode());
        assertEquals(400, api.json("POST", path, ASSESSOR, "{\"verdict\":\"DISMISSED\",\"reason\":\"a\\u202Eb\"}").statusCode(),
                "a right-to-left override is refused");
        assertEquals(403, api.json("POST", path, OFFICER, "{\"verdict\":\"DISMISSED\",\"reason\":\"x\"}").statusCode());
        assertEquals(409, api.json("POST", API + "/screening-requests/" + id + "/signals/" + fact, ASSESSOR,
                "{\"verdict\":\"DISMISSED\",\"reason\":\"Geen treffer\"}").statusCode(), "a fact is not judged");
        HttpResponse<String> dismissed = api.json("POST", path, ASSESSOR,
                "{\"verdict\":\"DISMISSED\",\"reason\":\"Andere geboortedatum en nationaliteit volgens paspoort.\"}");
        assertEquals(200, dismissed.statusCode(), dismissed.body());
        assertTrue(dismissed.body().contains("\"state\":\"DISMISSED\"") && dismissed.body().contains("Andere geboortedatum"), dismissed.body());

        HttpResponse<String> again = api.json("POST", API + "/screening-requests/" + id + "/signals", ASSESSOR, "{\"lookbackYears\":10}");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"lookbackYears\":10"), again.body());
        assertEquals("DISMISSED", stateOf(again.body(), "SDi.013"), "a dismissed hit stays dismissed when the report runs again");
        assertEquals(400, api.json("POST", API + "/screening-requests/" + id + "/signals", ASSESSOR, "{\"lookbackYears\":7}").statusCode());

        long second = submitted(person, "Claudia Viviana", "Oliveros Forero", "1973-01-02", "CO", null, null);
        String secondReport = api.json("GET", API + "/screening-requests/" + second + "/signals", ASSESSOR, null).body();
        assertEquals("DISMISSED", stateOf(secondReport, "SDi.013"), "the same person's next request: the dismissal sticks: " + secondReport);
        long other = submitted("P-SIG-OTHER-" + UUID.randomUUID().toString().substring(0, 6), "Claudia Viviana", "Oliveros Forero", "1973-01-02", "CO",
                null, null);
        assertEquals("OPEN", stateOf(api.json("GET", API + "/screening-requests/" + other + "/signals", ASSESSOR, null).body(), "SDi.013"),
                "another person (another reference) is judged anew");
    }

    @Test
    void aNewUnEditionRaisesAnAlertForAPersonInAnOpenRequestAndDelistingClosesTheHit() throws Exception {
        long february = loadUn(SanctionsFixtures.UN_2026_02_27);
        String before = api.json("GET", API + "/signal-alerts?open=true&size=200", ASSESSOR, null).body();
        long id = submitted("P-ALERT-" + UUID.randomUUID().toString().substring(0, 8), "Mateo Andres", "Duque Botero", "1975-04-07", "CO", null, null);
        assertEquals(null, stateOf(api.json("GET", API + "/screening-requests/" + id + "/signals", ASSESSOR, null).body(), "SDi.014"),
                "not on the February list");

        long august = loadUn(SanctionsFixtures.UN_2026_08_01);
        HttpResponse<String> alerts = api.json("GET", API + "/signal-alerts?open=true&edition=" + august, ASSESSOR, null);
        assertEquals(200, alerts.statusCode(), alerts.body());
        assertTrue(alerts.body().contains("\"reference\":\"SDi.014\"") && alerts.body().contains("Mateo Andres Duque Botero")
                && alerts.body().contains("\"ownerId\":" + id + ","), "an alert naming the person, the designation and the edition: " + alerts.body());
        assertFalse(before.contains("\"ownerId\":" + id + ","));
        assertEquals(403, api.json("GET", API + "/signal-alerts", OFFICER, null).statusCode());
        assertEquals(400, api.json("GET", API + "/signal-alerts?open=maybe", ASSESSOR, null).statusCode());
        String report = api.json("GET", API + "/screening-requests/" + id + "/signals", ASSESSOR, null).body();
        assertEquals("OPEN", stateOf(report, "SDi.014"), report);
        assertTrue(report.contains("\"raisedByEdition\":" + august), report);
        Long notified = platform.createQuery("select count(n) from UserNotification n where n.origin = :origin", Long.class)
                .setParameter("origin", "signals-alerts:" + august).getSingleResult();
        assertTrue(notified > 0, "the assessors are notified");

        long delisted = loadUn(SanctionsFixtures.UN_2026_02_27);
        String closed = api.json("GET", API + "/screening-requests/" + id + "/signals", ASSESSOR, null).body();
        assertEquals("CLOSED", stateOf(closed, "SDi.014"), "the designation left the list: " + closed);
        assertTrue(closed.contains("\"closedByEdition\":" + delisted), closed);
        assertFalse(api.json("GET", API + "/signal-alerts?open=true&edition=" + august, ASSESSOR, null).body().contains("\"ownerId\":" + id + ","),
                "its alert is no longer open");
        assertTrue(february < august && august < delisted);
    }

    // ---- helpers

    /** Loads a UN edition and waits until the re-screen after it has finished; returns the edition's id. */
    private long loadUn(java.nio.file.Path file) throws Exception {
        HttpResponse<String> loaded = api.upload("POST", API + "/sanctions-lists/UN/editions", LIST_ADMIN, "application/xml", SanctionsFixtures.bytes(file));
        assertEquals(201, loaded.statusCode(), loaded.body());
        long edition = Long.parseLong(InContainerRestClient.first(loaded.body(), "\"applied\":\\{[^}]*\"id\":(\\d+)"));
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            String status = api.json("GET", API + "/signal-alerts/rescreen", ASSESSOR, null).body();
            if (status.contains("\"editionId\":" + edition + ",") && status.contains("\"running\":false")) {
                assertFalse(status.contains("\"failed\":true"), "the re-screen after edition " + edition + " failed: " + status);
                return edition;
            }
            Thread.sleep(200);
        }
        fail("the re-screen after UN edition " + edition + " did not finish within 2 minutes");
        return edition;
    }

    private long submitted(String person, String given, String surname, String birthDate, String country, String affiliations, String funding)
            throws Exception {
        long unit = UnitFixtures.unit("Signalenlab " + UUID.randomUUID().toString().substring(0, 8)).complete()
                .entry("annex2-quantum", "Kwantumsensoren").registered(api::send).id();
        ScreeningFixtures.Builder request = ScreeningFixtures.request(unit).with("subject", "personReference", person)
                .with("subject", "givenNames", given).with("subject", "surname", surname).with("subject", "birthDate", birthDate)
                .with("subject", "birthCountry", country).withRaw("subject", "nationalities", "[\"" + country + "\"]");
        if (affiliations != null) {
            request.affiliations(affiliations);
        }
        if (funding != null) {
            request.funding(funding);
        }
        String created = api.send("POST", API + "/screening-requests", OFFICER, request.json());
        String id = InContainerRestClient.first(created, "\"id\":(\\d+)");
        String version = InContainerRestClient.first(created, "\"version\":(\\d+)");
        HttpResponse<String> submitted = api.json("POST", API + "/screening-requests/" + id + "/submission", OFFICER, "{\"version\":" + version + "}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        return Long.parseLong(id);
    }

    /** Every signal of a report (JSON), over its groups. */
    private static java.util.List<JsonObject> signals(String report) {
        java.util.List<JsonObject> all = new java.util.ArrayList<>();
        try (var reader = Json.createReader(new java.io.StringReader(report))) {
            for (var group : reader.readObject().getJsonArray("groups")) {
                group.asJsonObject().getJsonArray("signals").forEach(x -> all.add(x.asJsonObject()));
            }
        }
        return all;
    }

    private static JsonObject signalOf(String report, String reference) {
        return signals(report).stream().filter(x -> reference.equals(x.getString("reference", null))).findFirst().orElse(null);
    }

    private static long signalId(String report, String reference) {
        JsonObject signal = signalOf(report, reference);
        if (signal == null) {
            fail("no signal for " + reference + " in " + report);
        }
        return signal.getJsonNumber("id").longValue();
    }

    /** The state of the signal of a designation in a report, or null when there is none. */
    private static String stateOf(String report, String reference) {
        JsonObject signal = signalOf(report, reference);
        return signal == null ? null : signal.getString("state");
    }
}
