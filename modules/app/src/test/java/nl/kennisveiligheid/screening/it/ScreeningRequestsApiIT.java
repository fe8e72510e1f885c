package nl.kennisveiligheid.screening.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kennisveiligheid.app.it.FixedClockExtension;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.control.ConfigurableClock;
import nl.kennisveiligheid.platform.control.calendar.AtwLegalCalendar;
import nl.kennisveiligheid.platform.control.identity.ApiTokens;
import nl.kennisveiligheid.screening.ScreeningFixtures;
import nl.kennisveiligheid.units.UnitFixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Screening requests over REST, the whole intake: a draft, its submission with reference and due date, a supplement
 * request that stops the decision period and an answer that lets it run again (the worked example of the issue), the
 * extension, withdrawal; bad input named per field; idempotent creation; tenant isolation; the identity document
 * number encrypted at rest; due dates computed again when an equated day changes. In the server, so that it can give
 * Demo Hogeschool a token of its own, set the clock and look at the stored row.
 */
@ExtendWith({ArquillianExtension.class, FixedClockExtension.class})
class ScreeningRequestsApiIT {

    private static final String OFFICER = "demo-token-institution-officer";
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
    AtwLegalCalendar calendar;

    @PersistenceContext(unitName = "screening")
    EntityManager em;

    private InContainerRestClient api;
    private String hogeschool;

    @BeforeEach
    void setUp() {
        api = new InContainerRestClient(base);
        long id = institutions.byCode("DEMO-HS").orElseThrow().id();
        hogeschool = tokens.issue("Hogeschool-systeem (screening test)", Role.INSTITUTION_OFFICER, id,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).token();
    }

    private long registeredUnit(String token) throws Exception {
        String name = "Screeninglab " + UUID.randomUUID().toString().substring(0, 8);
        UnitFixtures.Builder unit = UnitFixtures.unit(name).complete().entry("annex2-quantum", "Kwantumsensoren");
        if (OFFICER.equals(token)) {
            return unit.registered(api::send).id();
        }
        UnitFixtures.Created draft = unit.created(api::send, token);
        api.send("POST", "/api/v1/units/" + draft.id() + "/registration", token, "{\"version\":" + draft.version() + "}");
        return draft.id();
    }

    @Test
    void aSupplementStopsTheDecisionPeriodAndTheAnswerLetsItRunAgain() throws Exception {
        clock.fix(Instant.parse("2026-10-26T09:00:00Z"));
        long unit = registeredUnit(OFFICER); // Monday
        HttpResponse<String> created = call("POST", "/api/v1/screening-requests", OFFICER, ScreeningFixtures.request(unit).json());
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"status\":\"DRAFT\"") && created.body().contains("\"subjectName\":\"Anna Maria de Vries\""), created.body());
        String id = InContainerRestClient.first(created.body(), "\"id\":(\\d+)");
        assertEquals(404, call("GET", "/api/v1/screening-requests/" + id, ASSESSOR, null).statusCode(), "a draft is the institution's own");

        HttpResponse<String> submitted = call("POST", "/api/v1/screening-requests/" + id + "/submission", OFFICER, "{\"version\":" + version(created) + "}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertTrue(submitted.body().matches(".*\"reference\":\"KVS-2026-\\d{6}\".*"), submitted.body());
        assertTrue(submitted.body().contains("\"dueOn\":\"2026-11-23\"") && submitted.body().contains("\"submittedOn\":\"2026-10-26\""),
                "4 weeks after the day of submission: " + submitted.body());

        assertTrue(call("GET", "/api/v1/screening-requests?reference=kvs-2026&size=500", OFFICER, null).body().contains("\"id\":" + id + ","),
                "a reference year finds the year's requests");
        assertFalse(call("GET", "/api/v1/screening-requests?reference=KVS-2025&size=500", OFFICER, null).body().contains("\"id\":" + id + ","));
        HttpResponse<String> queue = call("GET", "/api/v1/screening-requests?view=NEW&size=500", ASSESSOR, null);
        assertTrue(queue.body().contains("\"id\":" + id + ","), "new in the authority's queue: " + queue.body());
        assertFalse(queue.body().contains("de Vries"), "the queue shows no names");
        HttpResponse<String> taken = call("POST", "/api/v1/screening-requests/" + id + "/assignment", ASSESSOR, "{\"version\":" + version(submitted) + "}");
        assertEquals(200, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("\"assignee\":\"assessor\""), taken.body());
        assertTrue(call("GET", "/api/v1/screening-requests?view=MINE&size=500", ASSESSOR, null).body().contains("\"id\":" + id + ","));

        clock.fix(Instant.parse("2026-11-02T09:00:00Z")); // Monday 2 November
        HttpResponse<String> asked = call("POST", "/api/v1/screening-requests/" + id + "/supplement-requests", ASSESSOR,
                "{\"version\":" + version(taken) + ",\"questions\":\"Stuur het cv van de afgelopen vijf jaar.\",\"answerBy\":\"2026-11-16\"}");
        assertEquals(200, asked.statusCode(), asked.body());
        assertTrue(asked.body().contains("\"status\":\"AWAITING_SUPPLEMENT\"") && asked.body().contains("\"supplementDueOn\":\"2026-11-16\""), asked.body());
        assertTrue(asked.body().contains("\"dueOn\":\"2026-12-07\""),
                "at the latest: 3 to 15 November suspended, 13 days, to Sunday 6 December, then Monday: " + asked.body());

        clock.fix(Instant.parse("2026-11-16T09:00:00Z")); // Monday 16 November
        HttpResponse<String> answered = call("POST", "/api/v1/screening-requests/" + id + "/supplement-requests/1/answer", OFFICER,
                "{\"version\":" + version(asked) + ",\"answer\":\"Het cv is bijgevoegd.\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertTrue(answered.body().contains("\"status\":\"SUBMITTED\"") && answered.body().contains("\"dueOn\":\"2026-12-07\""), answered.body());
        assertEquals(409, call("POST", "/api/v1/screening-requests/" + id + "/supplement-requests/1/answer", OFFICER,
                "{\"version\":" + version(answered) + ",\"answer\":\"Nogmaals\"}").statusCode(), "answered once");

        HttpResponse<String> extended = call("POST", "/api/v1/screening-requests/" + id + "/extension", ASSESSOR,
                "{\"version\":" + version(answered) + ",\"reason\":\"Advies van een deskundige nodig.\"}");
        assertEquals(200, extended.statusCode(), extended.body());
        assertTrue(extended.body().contains("\"dueOn\":\"2027-01-04\"") && extended.body().contains("\"extended\":true"),
                "4 weeks more, from Sunday 6 December to Sunday 3 January, then Monday: " + extended.body());
        assertEquals(409, call("POST", "/api/v1/screening-requests/" + id + "/extension", ASSESSOR,
                "{\"version\":" + version(extended) + ",\"reason\":\"Nog eens\"}").statusCode(), "once only");

        HttpResponse<String> timeline = api.in("en").json("GET", "/api/v1/screening-requests/" + id + "/timeline", OFFICER, null);
        assertEquals(200, timeline.statusCode(), timeline.body());
        for (String kind : new String[] {"CREATED", "SUBMITTED", "RECEIPT_CONFIRMED", "ASSIGNED", "SUPPLEMENT_ASKED", "SUPPLEMENT_ANSWERED", "EXTENDED"}) {
            assertTrue(timeline.body().contains("\"kind\":\"" + kind + "\""), kind + " in " + timeline.body());
        }
        assertTrue(timeline.body().contains("\"dueOn\":\"2027-01-04\"") && timeline.body().contains("13"),
                "the calculation names the suspended days: " + timeline.body());

        HttpResponse<String> view = call("GET", "/api/v1/screening-requests/" + id, OFFICER, null);
        assertTrue(view.body().contains("\"questions\":\"Stuur het cv van de afgelopen vijf jaar.\"")
                && view.body().contains("\"answer\":\"Het cv is bijgevoegd.\"") && view.body().contains("\"late\":false"), view.body());

        clock.fix(Instant.parse("2026-11-20T09:00:00Z"));
        HttpResponse<String> withdrawn = call("POST", "/api/v1/screening-requests/" + id + "/withdrawal", OFFICER,
                "{\"version\":" + version(extended) + ",\"reason\":\"Kandidaat heeft afgezegd.\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(withdrawn.body().contains("\"status\":\"WITHDRAWN\""), withdrawn.body());
        assertEquals(409, call("POST", "/api/v1/screening-requests/" + id + "/assignment", ASSESSOR,
                "{\"version\":" + version(withdrawn) + "}").statusCode(), "a withdrawn request is no longer open");
    }

    @Test
    void overlappingSupplementRequestsSuspendEachDayOnceAndALateAnswerSuspendsNoFurther() throws Exception {
        clock.fix(Instant.parse("2026-10-26T09:00:00Z"));
        long unit = registeredUnit(OFFICER);
        String id = submit(unit, ScreeningFixtures.request(unit).json());
        clock.fix(Instant.parse("2026-11-02T09:00:00Z"));
        HttpResponse<String> first = call("POST", "/api/v1/screening-requests/" + id + "/supplement-requests", ASSESSOR,
                "{\"version\":" + currentVersion(id) + ",\"questions\":\"Vraag 1\",\"answerBy\":\"2026-11-09\"}");
        assertEquals(200, first.statusCode(), first.body());
        clock.fix(Instant.parse("2026-11-05T09:00:00Z"));
        HttpResponse<String> second = call("POST", "/api/v1/screening-requests/" + id + "/supplement-requests", ASSESSOR,
                "{\"version\":" + version(first) + ",\"questions\":\"Vraag 2\",\"answerBy\":\"2026-11-12\"}");
        assertEquals(200, second.statusCode(), second.body());
        // 3-8 and 6-11 November: 3 to 11 suspended, 9 days: 23 November + 9 = 2 December (Wednesday)
        assertTrue(second.body().contains("\"dueOn\":\"2026-12-02\""), second.body());
        clock.fix(Instant.parse("2026-11-20T09:00:00Z")); // both terms ended unanswered
        String queue = call("GET", "/api/v1/screening-requests/" + id + "/summary", ASSESSOR, null).body();
        assertTrue(queue.contains("\"dueOn\":\"2026-12-02\""), queue);
        HttpResponse<String> late = call("POST", "/api/v1/screening-requests/" + id + "/supplement-requests/1/answer", OFFICER,
                "{\"version\":" + currentVersion(id) + ",\"answer\":\"Laat, maar hier is het.\"}");
        assertEquals(200, late.statusCode(), late.body());
        assertTrue(late.body().contains("\"dueOn\":\"2026-12-02\"") && late.body().contains("\"status\":\"AWAITING_SUPPLEMENT\""),
                "a late answer is accepted without a new suspension: " + late.body());
        assertTrue(late.body().contains("\"setAsideDueOn\":\"2026-12-10\""),
                "the second term ended unanswered on 12 November: setting aside is due 4 weeks later: " + late.body());
        assertTrue(call("GET", "/api/v1/screening-requests/" + id, OFFICER, null).body().contains("\"late\":true"));
    }

    @Test
    void badInputIsNamedAtItsFieldInTheCallersLanguage() throws Exception {
        long unit = registeredUnit(OFFICER);
        long foreignUnit = registeredUnit(hogeschool);
        String bad = ScreeningFixtures.request(unit).with("subject", "birthDate", "2099-01-01").with("subject", "birthCountry", "XX")
                .withRaw("subject", "nationalities", "[\"NL\",\"ZZ\"]").with("access", "intendedEnd", "2026-01-01")
                .withRaw("access", "entryKeys", "[\"annex2-quantum\",\"no-such-entry\"]").with("subject", "email", "geen-adres").json();
        HttpResponse<String> refused = api.in("en").json("POST", "/api/v1/screening-requests", OFFICER, bad);
        assertEquals(400, refused.statusCode(), refused.body());
        for (String expected : new String[] {
                "{\"field\":\"subject.birthDate\",\"message\":\"A date of birth cannot be in the future.\"}",
                "{\"field\":\"subject.birthCountry\",\"message\":\"Give a country as its two-letter ISO 3166 code",
                "{\"field\":\"subject.nationalities[1]\"", "{\"field\":\"subject.email\"",
                "{\"field\":\"access.intendedEnd\",\"message\":\"The end must be after the start.\"}"}) {
            assertTrue(refused.body().contains(expected), expected + " in " + refused.body());
        }
        HttpResponse<String> entry = call("POST", "/api/v1/screening-requests", OFFICER, ScreeningFixtures.request(unit)
                .withRaw("access", "entryKeys", "[\"annex2-quantum\",\"no-such-entry\"]").json());
        assertEquals(400, entry.statusCode(), entry.body());
        assertTrue(entry.body().contains("{\"field\":\"access.entryKeys[1]\",\"message\":\"Dit onderdeel van Bijlage 2 hoort niet"), entry.body());
        HttpResponse<String> foreign = call("POST", "/api/v1/screening-requests", OFFICER, ScreeningFixtures.request(foreignUnit).json());
        assertEquals(400, foreign.statusCode(), "another institution's unit is not one to choose: " + foreign.body());
        assertTrue(foreign.body().contains("{\"field\":\"access.unitId\",\"message\":\"Kies een van de hoog-risico onderdelen"), foreign.body());
        HttpResponse<String> wrongType = call("POST", "/api/v1/screening-requests", OFFICER,
                ScreeningFixtures.request(unit).with("access", "intendedStart", "2027-02-30").json());
        assertEquals(400, wrongType.statusCode(), wrongType.body());
        assertTrue(wrongType.body().contains("intendedStart"), wrongType.body());

        HttpResponse<String> draft = call("POST", "/api/v1/screening-requests", OFFICER, ScreeningFixtures.request(unit)
                .with("subject", "givenNames", null).with("subject", "idDocumentNumber", null).withRaw("subject", "nationalities", "[]").json());
        assertEquals(201, draft.statusCode(), "a draft may be incomplete: " + draft.body());
        HttpResponse<String> incomplete = call("POST", "/api/v1/screening-requests/" + InContainerRestClient.first(draft.body(), "\"id\":(\\d+)")
                + "/submission", OFFICER, "{\"version\":" + version(draft) + "}");
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("\"field\":\"subject.givenNames\"") && incomplete.body().contains("\"field\":\"subject.idDocumentNumber\"")
                && incomplete.body().contains("\"field\":\"subject.nationalities\""), incomplete.body());
        assertEquals(400, call("GET", "/api/v1/screening-requests?view=SOMETIMES", ASSESSOR, null).statusCode());
        assertEquals(400, call("POST", "/api/v1/screening-requests/" + InContainerRestClient.first(draft.body(), "\"id\":(\\d+)") + "/submission",
                OFFICER, "{}").statusCode(), "the version read is required");
    }

    @Test
    void aRetriedCreateWithTheSameKeyMakesOneRequestEvenAtOnce() throws Exception {
        long unit = registeredUnit(OFFICER);
        String body = ScreeningFixtures.request(unit).json();
        String key = "retry-" + UUID.randomUUID();
        HttpResponse<String> first = api.call("POST", "/api/v1/screening-requests", OFFICER, "application/json", body, "Idempotency-Key", key);
        HttpResponse<String> again = api.call("POST", "/api/v1/screening-requests", OFFICER, "application/json", body, "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(InContainerRestClient.first(first.body(), "\"id\":(\\d+)"), InContainerRestClient.first(again.body(), "\"id\":(\\d+)"));
        HttpResponse<String> other = api.call("POST", "/api/v1/screening-requests", OFFICER, "application/json",
                ScreeningFixtures.request(unit).with("subject", "surname", "Jansen").json(), "Idempotency-Key", key);
        assertEquals(422, other.statusCode(), other.body());
        assertTrue(other.body().contains("application/problem+json") || other.headers().firstValue("Content-Type").orElse("").contains("problem+json"));

        String concurrentKey = "together-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            Callable<HttpResponse<String>> post = () -> api.call("POST", "/api/v1/screening-requests", OFFICER, "application/json", body,
                    "Idempotency-Key", concurrentKey);
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(post));
            }
            List<String> ids = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
                ids.add(InContainerRestClient.first(response.body(), "\"id\":(\\d+)"));
            }
            assertEquals(1, ids.stream().distinct().count(), "one request for one key: " + ids);
        } finally {
            pool.shutdownNow();
        }
        String list = call("GET", "/api/v1/screening-requests?unitId=" + unit + "&size=100", OFFICER, null).body();
        assertTrue(list.contains("\"total\":2"), "two keys, two requests: " + list);
    }

    @Test
    void anotherInstitutionsRequestIsNotFoundAndTheAttemptAudited() throws Exception {
        long unit = registeredUnit(OFFICER);
        String id = submit(unit, ScreeningFixtures.request(unit).json());
        String v = currentVersion(id);
        for (String[] attempt : new String[][] {{"GET", ""}, {"GET", "/summary"}, {"GET", "/timeline"},
                {"PUT", ""}, {"POST", "/submission"}, {"POST", "/withdrawal"}, {"POST", "/supplement-requests/1/answer"}}) {
            String body = "GET".equals(attempt[0]) ? null : "PUT".equals(attempt[0])
                    ? "{\"version\":" + v + ",\"data\":" + ScreeningFixtures.request(unit).json() + "}" : "{\"version\":" + v + ",\"answer\":\"x\"}";
            HttpResponse<String> response = call(attempt[0], "/api/v1/screening-requests/" + id + attempt[1], hogeschool, body);
            assertEquals(404, response.statusCode(), attempt[0] + " " + attempt[1] + ": " + response.body());
        }
        assertFalse(call("GET", "/api/v1/screening-requests?size=500", hogeschool, null).body().contains("\"id\":" + id + ","));
        String refusals = call("GET", "/api/v1/audit-trail/records?action=access.refused&objectType=ScreeningRequest&objectId=" + id,
                "demo-token-auditor", null).body();
        assertTrue(refusals.contains("\"objectId\":\"" + id + "\""), "audited: " + refusals);
        assertEquals(403, call("POST", "/api/v1/screening-requests/" + id + "/assignment", OFFICER, "{\"version\":" + v + "}").statusCode(),
                "the intake is the authority's");
        assertEquals(403, call("POST", "/api/v1/screening-requests", ASSESSOR, ScreeningFixtures.request(unit).json()).statusCode(),
                "requests are the institutions'");
        assertEquals(403, call("GET", "/api/v1/screening-requests", "demo-token-list-admin", null).statusCode());
    }

    @Test
    void theIdentityDocumentNumberIsEncryptedAtRestAndNeverAudited() throws Exception {
        long unit = registeredUnit(OFFICER);
        String number = "ZZ" + (100000 + (System.nanoTime() % 899999));
        String id = submit(unit, ScreeningFixtures.request(unit).with("subject", "idDocumentNumber", number).json());
        Object[] stored = (Object[]) em.createNativeQuery("SELECT id_document_key, id_document_sealed FROM screening.screening_request WHERE id = ?1")
                .setParameter(1, Long.parseLong(id)).getSingleResult();
        assertEquals("demo", stored[0], "the key's id is stored with the value");
        assertFalse(String.valueOf(stored[1]).contains(number), "not readable at rest");
        assertTrue(call("GET", "/api/v1/screening-requests/" + id, ASSESSOR, null).body().contains("\"idDocumentNumber\":\"" + number + "\""));
        String audit = call("GET", "/api/v1/audit-trail/records?objectType=ScreeningRequest&objectId=" + id + "&size=100", "demo-token-auditor", null).body();
        assertTrue(audit.contains("personal-data.viewed"), "the authority's read is audited: " + audit);
        assertFalse(audit.contains(number), "the number is in no audit record");
    }

    @Test
    void dueDatesAreComputedAgainWhenADayIsEquatedWithAHoliday() throws Exception {
        clock.fix(Instant.parse("2026-10-26T09:00:00Z"));
        long unit = registeredUnit(OFFICER);
        String id = submit(unit, ScreeningFixtures.request(unit).json());
        LocalDate due = LocalDate.parse(InContainerRestClient.first(call("GET", "/api/v1/screening-requests/" + id + "/summary", OFFICER, null).body(),
                "\"dueOn\":\"([^\"]+)\""));
        assertEquals(LocalDate.of(2026, 11, 23), due);
        try {
            calendar.equate(due, "Test: gelijkgestelde dag", "Testbesluit");
            String after = call("GET", "/api/v1/screening-requests/" + id + "/summary", OFFICER, null).body();
            for (int i = 0; i < 50 && !after.contains("\"dueOn\":\"2026-11-24\""); i++) { // computed again after the commit, off the thread
                Thread.sleep(200);
                after = call("GET", "/api/v1/screening-requests/" + id + "/summary", OFFICER, null).body();
            }
            assertTrue(after.contains("\"dueOn\":\"2026-11-24\""), "the term runs on to the next working day: " + after);
            assertTrue(call("GET", "/api/v1/screening-requests/" + id + "/timeline", OFFICER, null).body().contains("\"kind\":\"DUE_DATE_RECOMPUTED\""));
        } finally {
            calendar.unequate(due);
        }
        String back = call("GET", "/api/v1/screening-requests/" + id + "/summary", OFFICER, null).body();
        for (int i = 0; i < 50 && !back.contains("\"dueOn\":\"2026-11-23\""); i++) {
            Thread.sleep(200);
            back = call("GET", "/api/v1/screening-requests/" + id + "/summary", OFFICER, null).body();
        }
        assertTrue(back.contains("\"dueOn\":\"2026-11-23\""), back);
    }

    @Test
    void attachmentsArePdfsCheckedByContentWithinTheirLimits() throws Exception {
        long unit = registeredUnit(OFFICER);
        HttpResponse<String> created = call("POST", "/api/v1/screening-requests", OFFICER, ScreeningFixtures.request(unit).json());
        String id = InContainerRestClient.first(created.body(), "\"id\":(\\d+)");
        String path = "/api/v1/screening-requests/" + id + "/attachments";
        byte[] pdf = ScreeningFixtures.pdf();
        HttpResponse<String> added = upload(path + "?kind=CV", OFFICER, pdf, "attachment; filename=\"cv Anna de Vries.pdf\"");
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(added.body().contains("\"fileName\":\"cv Anna de Vries.pdf\"") && added.body().contains("\"kind\":\"CV\""), added.body());
        String attachment = InContainerRestClient.first(added.body(), "\"id\":(\\d+)");

        HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base.toExternalForm().replaceAll("/$", "") + path + "/" + attachment)).header("Authorization", "Bearer " + OFFICER).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(java.util.Arrays.equals(pdf, download.body()), "the same bytes back");
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"cv Anna de Vries.pdf\""));

        HttpResponse<String> text = upload(path, OFFICER, "name,kind\nx,y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "attachment; filename=\"cv.pdf\"");
        assertEquals(400, text.statusCode(), text.body());
        assertTrue(text.body().contains("Het bestand cv.pdf is geen pdf"), text.body());
        HttpResponse<String> script = upload(path, OFFICER, javaScriptPdf(), null);
        assertEquals(400, script.statusCode(), script.body());
        assertTrue(script.body().contains("bevat JavaScript"), script.body());
        HttpResponse<String> encrypted = upload(path, OFFICER, encryptedPdf(), null);
        assertTrue(encrypted.statusCode() == 400 && encrypted.body().contains("beveiligd of versleuteld"), encrypted.body());
        // active content and polyglots: each refused, saying what was found
        java.util.Map<String, byte[]> tricks = new java.util.LinkedHashMap<>();
        tricks.put("een programma start", pdfWith(d -> {
            var launch = new org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch();
            launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("cmd.exe")));
            d.getDocumentCatalog().setOpenAction(launch);
        }));
        tricks.put("een webadres opent", pdfWith(d -> {
            var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
            uri.setURI("https://evil.example/");
            d.getDocumentCatalog().setOpenAction(uri);
        }));
        tricks.put("ingesloten bestand", pdfWith(d -> {
            var spec = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            spec.setFile("x.html");
            try {
                spec.setEmbeddedFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(d,
                        new java.io.ByteArrayInputStream("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            var tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
            tree.setNames(java.util.Map.of("x.html", spec));
            var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(d.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            d.getDocumentCatalog().setNames(names);
        }));
        byte[] html = "<html><body><script>alert(1)</script></body></html>\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] afterEnd = java.util.Arrays.copyOf(pdf, pdf.length + html.length);
        System.arraycopy(html, 0, afterEnd, pdf.length, html.length);
        tricks.put("na het einde van de pdf", afterEnd);
        tricks.put("opmaak van een webpagina", ("%PDF-1.7\n" + new String(html, java.nio.charset.StandardCharsets.ISO_8859_1) + "%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        for (java.util.Map.Entry<String, byte[]> trick : tricks.entrySet()) {
            HttpResponse<String> refused = upload(path, OFFICER, trick.getValue(), null);
            assertEquals(400, refused.statusCode(), trick.getKey() + ": " + refused.body());
            assertTrue(refused.body().contains(trick.getKey()), "the refusal says what was found (" + trick.getKey() + "): " + refused.body());
        }

        System.setProperty("screening.attachment-max-bytes", String.valueOf(pdf.length - 1));
        try {
            HttpResponse<String> tooLarge = upload(path, OFFICER, pdf, null);
            assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        } finally {
            System.clearProperty("screening.attachment-max-bytes");
        }
        System.setProperty("screening.request-attachments-max-bytes", String.valueOf(pdf.length + pdf.length / 2));
        try {
            HttpResponse<String> full = upload(path, OFFICER, pdf, null);
            assertEquals(413, full.statusCode(), full.body());
            assertTrue(full.body().contains("samen"), full.body());
        } finally {
            System.clearProperty("screening.request-attachments-max-bytes");
        }

        assertEquals(404, call("GET", path + "/" + attachment, hogeschool, null).statusCode(), "another institution's");
        assertEquals(404, call("GET", path, hogeschool, null).statusCode());
        String listed = call("GET", path, OFFICER, null).body();
        assertEquals(1, listed.split("\"fileName\"").length - 1, "only the accepted file: " + listed);

        HttpResponse<String> submitted = call("POST", "/api/v1/screening-requests/" + id + "/submission", OFFICER, "{\"version\":" + currentVersion(id) + "}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals(409, upload(path, OFFICER, pdf, null).statusCode(), "not while the authority has it, unless it asks for a supplement");
        assertEquals(409, call("DELETE", path + "/" + attachment, OFFICER, null).statusCode());
        assertEquals(200, call("GET", path + "/" + attachment, ASSESSOR, null).statusCode(), "the authority reads it");
    }

    private HttpResponse<String> upload(String path, String token, byte[] content, String disposition) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content));
        if (disposition != null) {
            request.header("Content-Disposition", disposition);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] pdfWith(java.util.function.Consumer<org.apache.pdfbox.pdmodel.PDDocument> change) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] javaScriptPdf() throws java.io.IOException {
        return pdfWith(d -> d.getDocumentCatalog().setOpenAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert(1);")));
    }

    private static byte[] encryptedPdf() throws java.io.IOException {
        return pdfWith(d -> {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            try {
                d.protect(policy);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aUnitWithUnfinishedRequestsIsNotClosedWithoutNamingThem() throws Exception {
        long unit = registeredUnit(OFFICER);
        String id = submit(unit, ScreeningFixtures.request(unit).json());
        String reference = InContainerRestClient.first(call("GET", "/api/v1/screening-requests/" + id + "/summary", OFFICER, null).body(),
                "\"reference\":\"([^\"]+)\"");
        String unitVersion = InContainerRestClient.first(call("GET", "/api/v1/units/" + unit + "/summary", OFFICER, null).body(), "\"version\":(\\d+)");
        String closure = "{\"version\":" + unitVersion + ",\"closedOn\":\"" + java.time.LocalDate.now() + "\",\"reason\":\"Project afgerond\"}";
        HttpResponse<String> refused = call("POST", "/api/v1/units/" + unit + "/closure", OFFICER, closure);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Aanvraag " + reference), "the open request is named: " + refused.body());
        call("POST", "/api/v1/screening-requests/" + id + "/withdrawal", OFFICER, "{\"version\":" + currentVersion(id) + "}");
        HttpResponse<String> closed = call("POST", "/api/v1/units/" + unit + "/closure", OFFICER, closure);
        assertEquals(200, closed.statusCode(), "nothing depends on it any more: " + closed.body());
    }

    private String submit(long unit, String json) throws Exception {
        HttpResponse<String> created = call("POST", "/api/v1/screening-requests", OFFICER, json);
        assertEquals(201, created.statusCode(), created.body());
        String id = InContainerRestClient.first(created.body(), "\"id\":(\\d+)");
        HttpResponse<String> submitted = call("POST", "/api/v1/screening-requests/" + id + "/submission", OFFICER, "{\"version\":" + version(created) + "}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        return id;
    }

    private String currentVersion(String id) throws Exception {
        return version(call("GET", "/api/v1/screening-requests/" + id + "/summary", OFFICER, null));
    }

    private static String version(HttpResponse<String> response) {
        return InContainerRestClient.first(response.body(), "\"version\":(\\d+)");
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        return api.call(method, path, token, null, json);
    }
}
