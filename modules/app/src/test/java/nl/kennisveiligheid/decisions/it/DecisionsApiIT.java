package nl.kennisveiligheid.decisions.it;

import static nl.kennisveiligheid.decisions.DecisionsFixtures.ANNEX_MARKER;
import static nl.kennisveiligheid.decisions.DecisionsFixtures.API;
import static nl.kennisveiligheid.decisions.DecisionsFixtures.ASSESSOR;
import static nl.kennisveiligheid.decisions.DecisionsFixtures.DECIDER;
import static nl.kennisveiligheid.decisions.DecisionsFixtures.OFFICER;
import static nl.kennisveiligheid.decisions.DecisionsFixtures.version;
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
import java.util.List;
import java.util.UUID;
import nl.kennisveiligheid.app.it.FixedClockExtension;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.decisions.DecisionsFixtures;
import nl.kennisveiligheid.units.UnitFixtures;
import nl.kennisveiligheid.decisions.entity.DecisionLetter;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.control.ConfigurableClock;
import nl.kennisveiligheid.platform.control.identity.ApiTokens;
import nl.kennisveiligheid.screening.control.EquatedDaysFollower;
import nl.kennisveiligheid.signals.api.ScreenedPerson;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Binding access decisions over REST: four eyes and immutability enforced by the server, the hearing before a refusal,
 * the letter (its text taken out of the PDF), the confidential annex kept out of everything the institution gets and out
 * of the audit trail's values, and the access check's truth table with its log. In the server, to set the clock, give
 * Demo Hogeschool a token and read the stored letter and audit records.
 */
@ExtendWith({ArquillianExtension.class, FixedClockExtension.class})
class DecisionsApiIT {

    private static final String ADMIN = "demo-token-institution-admin";
    private static final String AUDITOR = "demo-token-auditor";

    @ArquillianResource
    URL base;

    @Inject
    ApiTokens tokens;

    @Inject
    nl.kennisveiligheid.platform.control.identity.UserAccounts users;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    ConfigurableClock clock;

    @Inject
    PlatformClock platformClock;

    @Inject
    EquatedDaysFollower dueDates;

    @Inject
    nl.kennisveiligheid.decisions.control.DecidedPeople decidedPeople;

    @Inject
    nl.kennisveiligheid.decisions.control.ExpiryNotices expiryNotices;

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    @PersistenceContext(unitName = "decisions")
    EntityManager decisions;

    private InContainerRestClient api;

    @BeforeEach
    void setUp() {
        api = new InContainerRestClient(base);
    }

    private static String person() {
        return "P-DEC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void fourEyesSignTheDecisionOnceAndItNeverChanges() throws Exception {
        long unit = DecisionsFixtures.unit(api::send);
        long request = DecisionsFixtures.submitted(api::send, unit, person());
        String path = API + "/assessments/" + request;
        assertEquals(403, api.json("GET", path, OFFICER, null).statusCode(), "the assessment is the authority's");
        HttpResponse<String> opened = api.json("GET", path, ASSESSOR, null);
        assertEquals(200, opened.statusCode(), opened.body());
        assertTrue(opened.body().contains("\"state\":\"IN_PROGRESS\""), opened.body());

        HttpResponse<String> unknown = api.json("PUT", path, ASSESSOR, "{\"version\":" + version(opened.body()) + ",\"data\":"
                + DecisionsFixtures.data("GRANTED_WITH_CONDITIONS", "[\"NO_SUCH_CONDITION\"]", null, "2028-06-30") + "}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("conditionCodes"), unknown.body());
        HttpResponse<String> notReady = api.json("POST", path + "/preparation", ASSESSOR, "{\"version\":" + version(opened.body()) + "}");
        assertEquals(400, notReady.statusCode(), "nothing filled in yet: " + notReady.body());
        assertTrue(notReady.body().contains("findings.LEGAL") && notReady.body().contains("reasons"), notReady.body());

        long prepared = DecisionsFixtures.prepared(api::send, request,
                DecisionsFixtures.data("GRANTED_WITH_CONDITIONS", "[\"SUPERVISION\"]", null, "2028-06-30"));
        assertEquals(403, api.json("POST", path + "/signature", ASSESSOR, "{\"version\":" + prepared + "}").statusCode(),
                "an assessor's token cannot sign");
        String reopened = api.send("POST", path + "/reopening", DECIDER, "{\"version\":" + prepared + "}");
        String byDecider = api.send("POST", path + "/preparation", DECIDER, "{\"version\":" + version(reopened) + "}");
        HttpResponse<String> ownSignature = api.json("POST", path + "/signature", DECIDER, "{\"version\":" + version(byDecider) + "}");
        assertEquals(403, ownSignature.statusCode(), "the preparer cannot sign: " + ownSignature.body());
        assertTrue(ownSignature.body().contains("vier ogen"), ownSignature.body());
        String back = api.send("POST", path + "/reopening", ASSESSOR, "{\"version\":" + version(byDecider) + "}");
        String ready = api.send("POST", path + "/preparation", ASSESSOR, "{\"version\":" + version(back) + "}");

        HttpResponse<String> signed = api.json("POST", path + "/signature", DECIDER, "{\"version\":" + version(ready) + "}");
        assertEquals(200, signed.statusCode(), signed.body());
        String decision = signed.body();
        String id = InContainerRestClient.first(decision, "\"id\":(\\d+)");
        String today = platformClock.today().toString();
        assertTrue(decision.contains("\"outcome\":\"GRANTED_WITH_CONDITIONS\"") && decision.contains("-B1\"")
                && decision.contains("\"effectiveFrom\":\"" + today + "\"") && decision.contains("\"expiresOn\":\"2028-06-30\"")
                && decision.contains("onder begeleiding"), decision);
        HttpResponse<String> again = api.json("POST", path + "/signature", DECIDER, "{\"version\":" + version(ready) + "}");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(id, InContainerRestClient.first(again.body(), "\"id\":(\\d+)"), "a retried signature makes one decision");
        assertEquals(1L, decisions.createQuery("select count(d) from AccessDecision d where d.requestId = :r", Long.class)
                .setParameter("r", request).getSingleResult());
        String current = api.send("GET", path, ASSESSOR, null);
        assertTrue(current.contains("\"state\":\"SIGNED\""), current);
        HttpResponse<String> change = api.json("PUT", path, ASSESSOR, "{\"version\":" + version(current) + ",\"data\":"
                + DecisionsFixtures.data("GRANTED", "[]", null, "2029-01-01") + "}");
        assertEquals(409, change.statusCode(), "a signed decision does not change: " + change.body());
        assertTrue(api.send("GET", API + "/screening-requests/" + request + "/summary", OFFICER, null).contains("\"status\":\"DECIDED\""));

        // the institution's view: the decision, its letter, the notification; never the annex
        String mine = api.send("GET", API + "/decisions?request=" + request, OFFICER, null);
        assertTrue(mine.contains("\"id\":" + id + ","), mine);
        assertFalse(mine.contains(ANNEX_MARKER), "the confidential annex is not the institution's: " + mine);
        assertFalse(api.send("GET", API + "/decisions/" + id, OFFICER, null).contains(ANNEX_MARKER));
        HttpResponse<String> letter = api.call("GET", API + "/decisions/" + id + "/letter", OFFICER, null, null);
        assertEquals(200, letter.statusCode());
        assertEquals("application/pdf", letter.headers().firstValue("Content-Type").orElse(""));
        String text = letterText(Long.parseLong(id));
        for (String expected : List.of(InContainerRestClient.first(decision, "\"reference\":\"([^\"]+)\""), "Anna Maria de Vries",
                "onder de voorschriften hieronder", "begeleiding van de leidinggevende", "under the supervision of the unit's head",
                "30 juni 2028", "30 June 2028", "bezwaar maken",
                // a government letter: the addressee at its postal address for the attention of who submitted, the signatory
                // by name and function, the list in words
                "Demo Universiteit t.a.v. Olga Officier Postbus 9100 1000 AA Amsterdam", "Ons kenmerk", "Uw kenmerk",
                "Bea Beslisser Hoofd afdeling Besluitvorming", "Bijlage 2: sensitieve technologie\u00ebn, versie",
                "Annex 2: sensitive technologies, version")) {
            assertTrue(text.contains(expected), "the letter says " + expected + ": " + text);
        }
        assertFalse(text.contains(ANNEX_MARKER), "the letter holds no confidential annex");
        for (String login : List.of("decider", "officer.uni", "assessor", "ANNEX2")) {
            assertFalse(text.matches("(?s).*(?<![\\w.-])" + java.util.regex.Pattern.quote(login) + "(?![\\w.-]).*"), "no login or code in the letter: " + login);
        }
        String hogeschool = tokens.issue("Hogeschool (decisions test)", Role.INSTITUTION_OFFICER, institutions.byCode("DEMO-HS").orElseThrow().id(),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).token();
        assertEquals(404, api.json("GET", API + "/decisions/" + id, hogeschool, null).statusCode(), "another institution's decision");
        assertEquals(404, api.call("GET", API + "/decisions/" + id + "/letter", hogeschool, null, null).statusCode());
        List<String> told = platform.createQuery("select n.subject from UserNotification n where n.origin = :o", String.class)
                .setParameter("o", "screening-request:" + request).getResultList();
        assertTrue(told.stream().anyMatch(s -> s.startsWith("Besluit op screeningsaanvraag") || s.startsWith("Decision on screening request")),
                "the institution is told at once: " + told);
        List<String> mailedToPerson = platform.createQuery("select m.to from OutboxMail m where m.origin = :o", String.class)
                .setParameter("o", "access-decision:" + id).getResultList();
        assertEquals(List.of("a.devries@example.nl"), mailedToPerson, "the person is told too (Awb 3:41), at the request's address");
        Long leaked = platform.createQuery("select count(a) from AuditRecord a where a.oldValues like :m or a.newValues like :m", Long.class)
                .setParameter("m", "%" + ANNEX_MARKER + "%").getSingleResult();
        assertEquals(0L, leaked, "no audit record holds the confidential annex");
    }

    @Test
    void peopleNotCredentialsTakeTheSteps() throws Exception {
        long unit = DecisionsFixtures.unit(api::send);
        long request = DecisionsFixtures.submitted(api::send, unit, person());
        String path = API + "/assessments/" + request;
        // a system token of the authority (its case system) reads, but never prepares or hears
        String caseSystem = tokens.issue("Zaaksysteem (decisions test)", Role.AUTHORITY_ASSESSOR, null,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).token();
        String opened = api.send("GET", path, caseSystem, null);
        String saved = api.send("PUT", path, ASSESSOR, "{\"version\":" + version(opened) + ",\"data\":"
                + DecisionsFixtures.data("GRANTED", "[]", null, "2028-06-30") + "}");
        for (String step : List.of("/preparation", "/hearing")) {
            HttpResponse<String> bySystem = api.json("POST", path + step, caseSystem, "{\"version\":" + version(saved) + "}");
            assertEquals(403, bySystem.statusCode(), "a system does not take the step " + step + ": " + bySystem.body());
            assertTrue(bySystem.body().contains("persoon, geen systeem"), bySystem.body());
        }
        assertTrue(api.send("GET", path, ASSESSOR, null).contains("\"state\":\"IN_PROGRESS\""), "nothing changed");

        // one decider with two personal tokens is one person: what one prepares, the other cannot sign
        String secondToken = tokens.issuePersonal("Tweede token van de beslisser", Role.AUTHORITY_DECIDER, "decider",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).token();
        String prepared = api.send("POST", path + "/preparation", DECIDER, "{\"version\":" + version(saved) + "}");
        assertTrue(prepared.contains("\"preparedBy\":\"decider\""), "a personal token acts as its person: " + prepared);
        long refusedBefore = refusals("Assessment.sign");
        HttpResponse<String> sameDecider = api.json("POST", path + "/signature", secondToken, "{\"version\":" + version(prepared) + "}");
        assertEquals(403, sameDecider.statusCode(), sameDecider.body());
        assertTrue(sameDecider.body().contains("vier ogen"), sameDecider.body());
        assertEquals(refusedBefore + 1, refusals("Assessment.sign"), "the refusal is audited");
        assertEquals(0L, decisions.createQuery("select count(d) from AccessDecision d where d.requestId = :r", Long.class)
                .setParameter("r", request).getSingleResult());

        // a person who loses the role (or leaves) is out with all their tokens at once
        String departing = nl.kennisveiligheid.app.it.TestPeople.personalToken(users, tokens, "vertrekker-" + request, Role.AUTHORITY_ASSESSOR, null);
        assertEquals(200, api.json("GET", path, departing, null).statusCode());
        transaction.begin();
        platform.createQuery("select u from UserAccount u where u.username = :u", nl.kennisveiligheid.platform.entity.UserAccount.class)
                .setParameter("u", "vertrekker-" + request).getSingleResult().deactivate();
        transaction.commit();
        assertEquals(401, api.json("GET", path, departing, null).statusCode(), "a deactivated person's token no longer works");
    }

    private long refusals(String objectType) {
        return platform.createQuery("select count(a) from AuditRecord a where a.action = 'access.refused' and a.objectType = :t", Long.class)
                .setParameter("t", objectType).getSingleResult();
    }

    @Test
    void concurrentSignaturesAndObjectionsMakeOneEachAndNeverAServerError() throws Exception {
        long unit = DecisionsFixtures.unit(api::send);
        long request = DecisionsFixtures.submitted(api::send, unit, person());
        long prepared = DecisionsFixtures.prepared(api::send, request, DecisionsFixtures.data("GRANTED", "[]", null, "2028-06-30"));
        List<HttpResponse<String>> signatures = atOnce(5, () -> api.json("POST", API + "/assessments/" + request + "/signature", DECIDER,
                "{\"version\":" + prepared + "}"));
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (HttpResponse<String> signature : signatures) {
            assertTrue(signature.statusCode() == 200 || signature.statusCode() == 409, signature.statusCode() + " " + signature.body());
            if (signature.statusCode() == 200) {
                ids.add(InContainerRestClient.first(signature.body(), "\"id\":(\\d+)"));
            } else {
                assertTrue(signature.body().contains("gewijzigd"), "a clear message: " + signature.body());
            }
        }
        assertEquals(1, ids.size(), "every signature that succeeded answers with the one decision: " + ids);
        assertEquals(1L, decisions.createQuery("select count(d) from AccessDecision d where d.requestId = :r", Long.class)
                .setParameter("r", request).getSingleResult());

        String decision = ids.iterator().next();
        String objection = "{\"grounds\":\"Ik ben het niet eens met de voorwaarden.\"}";
        String key = "objection-" + UUID.randomUUID();
        List<HttpResponse<String>> filed = atOnce(4, () -> api.call("POST", API + "/decisions/" + decision + "/objections", OFFICER,
                "application/json", objection, "Idempotency-Key", key));
        java.util.Set<String> objectionIds = new java.util.TreeSet<>();
        for (HttpResponse<String> answer : filed) {
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 200 || answer.statusCode() == 409, answer.statusCode() + " " + answer.body());
            if (answer.statusCode() != 409) {
                objectionIds.add(InContainerRestClient.first(answer.body(), "\"id\":(\\d+)"));
            }
        }
        assertEquals(1, filed.stream().filter(a -> a.statusCode() == 201).count(), "one objection made");
        assertEquals(1, objectionIds.size(), objectionIds.toString());
        HttpResponse<String> retried = api.call("POST", API + "/decisions/" + decision + "/objections", OFFICER, "application/json", objection,
                "Idempotency-Key", key);
        assertEquals(200, retried.statusCode(), "a retry answers with the objection made: " + retried.body());
        assertEquals(objectionIds.iterator().next(), InContainerRestClient.first(retried.body(), "\"id\":(\\d+)"));
        assertEquals(1L, decisions.createQuery("select count(o) from Objection o where o.decisionId = :d", Long.class)
                .setParameter("d", Long.parseLong(decision)).getSingleResult(), "four identical objections at once store one");
    }

    /** The answers to {@code n} calls sent at the same moment from {@code n} threads. */
    private static List<HttpResponse<String>> atOnce(int n, java.util.concurrent.Callable<HttpResponse<String>> call) throws Exception {
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> result = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                result.add(answer.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRefusalComesOnlyAfterTheHearing() throws Exception {
        long unit = DecisionsFixtures.unit(api::send);
        String person = person();
        long request = DecisionsFixtures.submitted(api::send, unit, person);
        String path = API + "/assessments/" + request;
        String opened = api.send("GET", path, ASSESSOR, null);
        String saved = api.send("PUT", path, ASSESSOR, "{\"version\":" + version(opened) + ",\"data\":"
                + DecisionsFixtures.data("REFUSED", "[]", null, null) + "}");
        HttpResponse<String> unheard = api.json("POST", path + "/preparation", ASSESSOR, "{\"version\":" + version(saved) + "}");
        assertEquals(400, unheard.statusCode(), unheard.body());
        assertTrue(unheard.body().contains("\"hearing\""), unheard.body());
        LocalDate today = platformClock.today();
        HttpResponse<String> tooLong = api.json("POST", path + "/hearing", ASSESSOR, "{\"version\":" + version(saved) + ",\"respondBy\":\""
                + today.plusWeeks(12) + "\"}");
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        String invited = api.send("POST", path + "/hearing", ASSESSOR, "{\"version\":" + version(saved) + "}");
        assertTrue(invited.contains("\"respondBy\":\"" + today.plusWeeks(2) + "\""), "the default hearing term: " + invited);
        HttpResponse<String> running = api.json("POST", path + "/preparation", ASSESSOR, "{\"version\":" + version(invited) + "}");
        assertEquals(400, running.statusCode(), "the term still runs: " + running.body());
        String heard = api.send("POST", path + "/hearing/view", ASSESSOR, "{\"version\":" + version(invited)
                + ",\"view\":\"De instelling wijst op de begeleiding die zij kan bieden.\"}");
        assertTrue(heard.contains("\"viewReceivedOn\":\"" + today + "\""), heard);
        String prepared = api.send("POST", path + "/preparation", ASSESSOR, "{\"version\":" + version(heard) + "}");
        String refused = api.send("POST", path + "/signature", DECIDER, "{\"version\":" + version(prepared) + "}");
        assertTrue(refused.contains("\"outcome\":\"REFUSED\"") && !refused.contains("\"expiresOn\""), "a refusal does not expire: " + refused);
        String answer = api.send("GET", API + "/access-checks?unit=" + unit + "&person=" + person, OFFICER, null);
        assertTrue(answer.contains("\"allowed\":false") && answer.contains("\"decision\":\"" + InContainerRestClient.first(refused,
                "\"reference\":\"([^\"]+)\"") + "\""), answer);
    }

    @Test
    void theAccessCheckFollowsTheDatesOfTheDecisions() throws Exception {
        long unit = DecisionsFixtures.unit(api::send);
        LocalDate today = platformClock.today();
        String granted = person();
        String conditional = person();
        String tomorrow = person();
        String shortOne = person();
        DecisionsFixtures.decided(api::send, unit, granted, "GRANTED", "[]", null, "2028-06-30");
        DecisionsFixtures.decided(api::send, unit, conditional, "GRANTED_WITH_CONDITIONS", "[\"NO_NAMED_ROOMS\"]", null, "2028-06-30");
        DecisionsFixtures.decided(api::send, unit, tomorrow, "GRANTED", "[]", today.plusDays(1).toString(), "2028-06-30");
        DecisionsFixtures.decided(api::send, unit, shortOne, "GRANTED", "[]", null, today.plusDays(10).toString());

        assertAccess(unit, granted, null, true);
        String withConditions = check(unit, conditional, null);
        assertTrue(withConditions.contains("\"allowed\":true") && withConditions.contains("ruimten") && withConditions.contains("\"validUntil\":\"2028-06-30\""),
                withConditions);
        assertAccess(unit, tomorrow, null, false);
        assertAccess(unit, tomorrow, today.plusDays(1).toString(), true);
        assertAccess(unit, shortOne, today.plusDays(10).toString(), true);
        assertAccess(unit, shortOne, today.plusDays(11).toString(), false);
        String unknown = check(unit, "P-NOBODY-" + UUID.randomUUID(), null);
        assertTrue(unknown.contains("\"allowed\":false") && !unknown.contains("\"decision\""), "an unknown person is no, not an error: " + unknown);
        assertEquals(400, api.json("GET", API + "/access-checks?unit=" + unit + "&person=" + granted + "&date=2026-13-01", OFFICER, null).statusCode());
        assertEquals(400, api.json("GET", API + "/access-checks?unit=" + unit, OFFICER, null).statusCode(), "no person");
        String hogeschool = tokens.issue("Hogeschool-poort (decisions test)", Role.INSTITUTION_OFFICER, institutions.byCode("DEMO-HS").orElseThrow().id(),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).token();
        assertEquals(404, api.json("GET", API + "/access-checks?unit=" + unit + "&person=" + granted, hogeschool, null).statusCode(),
                "another institution's unit is not found");

        String log = api.send("GET", API + "/access-checks/log?size=50", ADMIN, null);
        assertTrue(log.contains("\"personReference\":\"" + shortOne + "\""), "the institution's administrator reads the log: " + log);
        assertEquals(403, api.json("GET", API + "/access-checks/log", OFFICER, null).statusCode(), "an officer does not");
        assertTrue(api.send("GET", API + "/access-checks/log?size=200", AUDITOR, null).contains(granted), "the auditor does");

        // closing the unit: refused while people have access, then confirmed; nobody may enter any more
        String unitJson = api.send("GET", API + "/units/" + unit + "/summary", OFFICER, null);
        HttpResponse<String> refusedClosure = api.json("POST", API + "/units/" + unit + "/closure", OFFICER, "{\"version\":"
                + InContainerRestClient.first(unitJson, "\"version\":(\\d+)") + ",\"closedOn\":\"" + today + "\",\"reason\":\"Project beëindigd\"}");
        assertEquals(409, refusedClosure.statusCode(), refusedClosure.body());
        assertTrue(refusedClosure.body().contains(granted), "the closure names who still has access: " + refusedClosure.body());
        api.send("POST", API + "/units/" + unit + "/closure", OFFICER, "{\"version\":" + InContainerRestClient.first(unitJson, "\"version\":(\\d+)")
                + ",\"closedOn\":\"" + today + "\",\"reason\":\"Project beëindigd\",\"confirmed\":true}");
        assertAccess(unit, granted, null, false);
    }

    @Test
    void aRequestWhoseSupplementTermEndedUnansweredIsSetAside() throws Exception {
        clock.fix(Instant.parse("2026-11-02T09:00:00Z"));
        long unit = DecisionsFixtures.unit(api::send);
        String person = person();
        long request = DecisionsFixtures.submitted(api::send, unit, person);
        String summary = api.send("GET", API + "/screening-requests/" + request + "/summary", ASSESSOR, null);
        api.send("POST", API + "/screening-requests/" + request + "/supplement-requests", ASSESSOR,
                "{\"version\":" + version(summary) + ",\"questions\":\"Stuur het cv.\",\"answerBy\":\"2026-11-09\"}");
        String opened = api.send("GET", API + "/assessments/" + request, ASSESSOR, null);
        String saved = api.send("PUT", API + "/assessments/" + request, ASSESSOR, "{\"version\":" + version(opened) + ",\"data\":"
                + DecisionsFixtures.data("NOT_PROCESSED", "[]", null, null) + "}");
        HttpResponse<String> early = api.json("POST", API + "/assessments/" + request + "/preparation", ASSESSOR, "{\"version\":" + version(saved) + "}");
        assertEquals(400, early.statusCode(), "the supplement term has not ended: " + early.body());
        clock.fix(Instant.parse("2026-11-20T09:00:00Z"));
        dueDates.recompute(List.of(request), null);
        String prepared = api.send("POST", API + "/assessments/" + request + "/preparation", ASSESSOR, "{\"version\":" + version(saved) + "}");
        String setAside = api.send("POST", API + "/assessments/" + request + "/signature", DECIDER, "{\"version\":" + version(prepared) + "}");
        assertTrue(setAside.contains("\"outcome\":\"NOT_PROCESSED\"") && setAside.contains("\"decidedOn\":\"2026-11-20\""), setAside);
        assertAccess(unit, person, null, false);
    }

    @Test
    void aGrantIsRevokedAfterAHearingAndTheAccessCheckSaysNoFromThatDay() throws Exception {
        long unit = DecisionsFixtures.unit(api::send);
        String person = person();
        long request = DecisionsFixtures.submitted(api::send, unit, person);
        String first = api.send("GET", API + "/assessments/" + request, ASSESSOR, null);
        HttpResponse<String> notACorrection = api.json("PUT", API + "/assessments/" + request, ASSESSOR, "{\"version\":" + version(first)
                + ",\"data\":" + DecisionsFixtures.data("REVOKED", "[]", null, null) + "}");
        assertEquals(200, notACorrection.statusCode(), notACorrection.body());
        HttpResponse<String> refused = api.json("POST", API + "/assessments/" + request + "/preparation", ASSESSOR,
                "{\"version\":" + version(notACorrection.body()) + "}");
        assertEquals(400, refused.statusCode(), "only a correction of a grant revokes: " + refused.body());
        String granted = api.send("PUT", API + "/assessments/" + request, ASSESSOR, "{\"version\":" + version(notACorrection.body())
                + ",\"data\":" + DecisionsFixtures.data("GRANTED", "[]", null, "2028-06-30") + "}");
        String ready = api.send("POST", API + "/assessments/" + request + "/preparation", ASSESSOR, "{\"version\":" + version(granted) + "}");
        String grant = api.send("POST", API + "/assessments/" + request + "/signature", DECIDER, "{\"version\":" + version(ready) + "}");
        String grantId = InContainerRestClient.first(grant, "\"id\":(\\d+)");
        assertAccess(unit, person, null, true);
        // the reference as people type it: any case, spaces around it; a yes says who, where and from when
        String typed = check(unit, java.net.URLEncoder.encode("  " + person.toLowerCase(java.util.Locale.ROOT) + " ", java.nio.charset.StandardCharsets.UTF_8), null);
        assertTrue(typed.contains("\"allowed\":true") && typed.contains("\"personName\":\"") && typed.contains("\"unitName\":\"")
                && typed.contains("\"validFrom\":\""), typed);

        String correction = api.send("POST", API + "/assessments/" + request + "/correction", ASSESSOR, null);
        assertTrue(correction.contains("\"round\":2") && correction.contains("\"correctsDecisionId\":" + grantId), correction);
        String tomorrow = platformClock.today().plusDays(1).toString();
        String revoking = api.send("PUT", API + "/assessments/" + request, ASSESSOR, "{\"version\":" + version(correction) + ",\"data\":"
                + DecisionsFixtures.data("REVOKED", "[]", tomorrow, null) + "}");
        HttpResponse<String> unheard = api.json("POST", API + "/assessments/" + request + "/preparation", ASSESSOR, "{\"version\":" + version(revoking) + "}");
        assertEquals(400, unheard.statusCode(), "a revocation needs the hearing (Awb 4:8): " + unheard.body());
        String invited = api.send("POST", API + "/assessments/" + request + "/hearing", ASSESSOR, "{\"version\":" + version(revoking) + "}");
        String heard = api.send("POST", API + "/assessments/" + request + "/hearing/view", ASSESSOR, "{\"version\":" + version(invited)
                + ",\"view\":\"Geen zienswijze op de nieuwe feiten.\"}");
        String prepared = api.send("POST", API + "/assessments/" + request + "/preparation", ASSESSOR, "{\"version\":" + version(heard) + "}");
        String revocation = api.send("POST", API + "/assessments/" + request + "/signature", DECIDER, "{\"version\":" + version(prepared) + "}");
        assertTrue(revocation.contains("\"outcome\":\"REVOKED\"") && revocation.contains("-B2\"") && revocation.contains("\"correctsId\":" + grantId),
                revocation);
        assertTrue(api.send("GET", API + "/decisions/" + grantId, OFFICER, null).contains("\"revokedFrom\":\"" + tomorrow + "\""),
                "the grant is revoked from the revocation's effective day");
        assertAccess(unit, person, null, true);
        assertAccess(unit, person, tomorrow, false);
        assertEquals(2, api.send("GET", API + "/decisions?request=" + request, OFFICER, null).split("\"reference\"").length - 1);
        String revocationId = InContainerRestClient.first(revocation, "\"id\":(\\d+)");
        String text = letterText(Long.parseLong(revocationId));
        assertTrue(text.contains("trekt besluit " + InContainerRestClient.first(grant, "\"reference\":\"([^\"]+)\"") + " in"), text);

        // the person goes to court; a provisional relief suspends the revocation for three days: the grant holds then
        LocalDate day = platformClock.today().plusDays(1);
        assertEquals(403, api.json("POST", API + "/decisions/" + revocationId + "/appeals", OFFICER,
                "{\"court\":\"Rechtbank Den Haag\",\"caseNumber\":\"SGR 26/1234\"}").statusCode(), "the authority records appeals");
        String appeal = api.send("POST", API + "/decisions/" + revocationId + "/appeals", ASSESSOR,
                "{\"court\":\"Rechtbank Den Haag\",\"caseNumber\":\"SGR 26/1234\"}");
        String appealPath = API + "/appeals/" + InContainerRestClient.first(appeal, "\"id\":(\\d+)");
        HttpResponse<String> backwards = api.json("POST", appealPath + "/relief", ASSESSOR, "{\"version\":" + version(appeal) + ",\"from\":\""
                + day.plusDays(3) + "\",\"until\":\"" + day + "\"}");
        assertEquals(400, backwards.statusCode(), backwards.body());
        String relief = api.send("POST", appealPath + "/relief", ASSESSOR, "{\"version\":" + version(appeal) + ",\"from\":\"" + day.plusDays(1)
                + "\",\"until\":\"" + day.plusDays(3) + "\"}");
        assertAccess(unit, person, day.toString(), false);
        assertAccess(unit, person, day.plusDays(2).toString(), true);
        assertAccess(unit, person, day.plusDays(4).toString(), false);
        assertTrue(api.send("GET", API + "/decisions/" + revocationId + "/appeals", OFFICER, null).contains("SGR 26/1234"), "the institution reads it");
        String upheld = api.send("POST", appealPath + "/decision", ASSESSOR, "{\"version\":" + version(relief) + ",\"outcome\":\"UPHELD\"}");
        assertTrue(upheld.contains("\"outcome\":\"UPHELD\""), upheld);
        assertAccess(unit, person, day.plusDays(2).toString(), false); // the relief ended with the court's decision
    }

    @Test
    void objectionTermsRunOverTheHolidaysWithAWeekOfGraceForThePost() throws Exception {
        clock.fix(Instant.parse("2026-11-13T09:00:00Z")); // Friday: sent today, 6 weeks end on Christmas Day
        long unit = DecisionsFixtures.unit(api::send);
        String person = person();
        String decision = DecisionsFixtures.decided(api::send, unit, person, "GRANTED", "[]", null, "2028-06-30");
        String path = API + "/decisions/" + InContainerRestClient.first(decision, "\"id\":(\\d+)") + "/objections";
        // Christmas Day (Friday 25), Boxing Day (Saturday 26) and Sunday 27: the term ends on Monday 28 December
        clock.fix(Instant.parse("2026-12-28T10:00:00Z"));
        HttpResponse<String> filed = api.json("POST", path, OFFICER, "{\"grounds\":\"De persoon werkt alleen met open data.\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        String onTheLastDay = filed.body();
        assertTrue(onTheLastDay.contains("\"termEndsOn\":\"2026-12-28\"") && onTheLastDay.contains("\"inTime\":true")
                && onTheLastDay.contains("\"filedBy\":\"INSTITUTION\"") && onTheLastDay.contains("\"dueOn\":\"2027-02-08\""),
                "in time on the last day; decided 6 weeks after the term: " + onTheLastDay);
        clock.fix(Instant.parse("2027-01-05T10:00:00Z"));
        String graced = api.send("POST", path, ASSESSOR, "{\"grounds\":\"Per post.\",\"filedBy\":\"PERSON\",\"receivedOn\":\"2027-01-04\","
                + "\"postedOn\":\"2026-12-28\"}");
        assertTrue(graced.contains("\"inTime\":true"), "posted in time, received within the week after (Awb 6:9): " + graced);
        String late = api.send("POST", path, ASSESSOR, "{\"grounds\":\"Per post, een dag later.\",\"filedBy\":\"PERSON\",\"receivedOn\":\"2027-01-05\","
                + "\"postedOn\":\"2026-12-28\"}");
        assertTrue(late.contains("\"inTime\":false"), "a day past the week of grace: " + late);
        assertEquals(403, api.json("POST", API + "/objections/" + InContainerRestClient.first(late, "\"id\":(\\d+)") + "/excusal", OFFICER,
                "{\"version\":" + version(late) + ",\"reason\":\"x\"}").statusCode());
        String excused = api.send("POST", API + "/objections/" + InContainerRestClient.first(late, "\"id\":(\\d+)") + "/excusal", ASSESSOR,
                "{\"version\":" + version(late) + ",\"reason\":\"Poststaking in de kerstweek.\"}");
        assertTrue(excused.contains("\"excuse\":\"Poststaking in de kerstweek.\""), excused);

        String objection = API + "/objections/" + InContainerRestClient.first(onTheLastDay, "\"id\":(\\d+)");
        String heard = api.send("POST", objection + "/committee", ASSESSOR, "{\"version\":" + version(onTheLastDay) + "}");
        assertTrue(heard.contains("\"dueOn\":\"2027-03-22\""), "12 weeks with an advisory committee: " + heard);
        String extended = api.send("POST", objection + "/extension", ASSESSOR, "{\"version\":" + version(heard) + "}");
        assertTrue(extended.contains("\"dueOn\":\"2027-05-03\""), "and 6 more once extended: " + extended);
        assertEquals(409, api.json("POST", objection + "/extension", ASSESSOR, "{\"version\":" + version(extended) + "}").statusCode(), "once");
        assertAccess(unit, person, "2027-01-05", true); // an objection does not suspend the decision (Awb 6:16)
        String decided = api.send("POST", objection + "/decision", ASSESSOR, "{\"version\":" + version(extended)
                + ",\"outcome\":\"UNFOUNDED\",\"reasons\":\"De signalen zijn juist gewogen.\"}");
        assertTrue(decided.contains("\"outcome\":\"UNFOUNDED\"") && decided.contains("\"decidedOn\":\"2027-01-05\""), decided);
        assertEquals(409, api.json("POST", objection + "/decision", ASSESSOR, "{\"version\":" + version(decided)
                + ",\"outcome\":\"FOUNDED\",\"reasons\":\"x\"}").statusCode(), "decided once");
        String listed = api.send("GET", path, OFFICER, null);
        assertEquals(3, listed.split("\"filedBy\"").length - 1, listed);
    }

    @Test
    void aLateDecisionCostsAPenaltyFromTwoWeeksAfterTheNoticeOfDefault() throws Exception {
        clock.fix(Instant.parse("2026-10-05T09:00:00Z")); // Monday: due 2 November
        long request = DecisionsFixtures.submitted(api::send, DecisionsFixtures.unit(api::send), person());
        clock.fix(Instant.parse("2026-11-02T09:00:00Z"));
        assertEquals(400, api.json("POST", API + "/assessments/" + request + "/default-notice", ASSESSOR, "{}").statusCode(),
                "not before the decision period ended");
        clock.fix(Instant.parse("2026-11-03T09:00:00Z"));
        String noticed = api.send("POST", API + "/assessments/" + request + "/default-notice", ASSESSOR, "{}");
        assertTrue(noticed.contains("\"firstDay\":\"2026-11-17\"") && noticed.contains("\"days\":0"), noticed);
        assertEquals(409, api.json("POST", API + "/assessments/" + request + "/default-notice", ASSESSOR, "{}").statusCode(), "once");
        clock.fix(Instant.parse("2026-12-07T09:00:00Z"));
        String running = api.send("GET", API + "/decisions/penalty?request=" + request, OFFICER, null);
        assertTrue(running.contains("\"days\":21") && running.contains("\"euros\":567") && running.contains("\"stopped\":false"),
                "14 days of 23 and 7 of 35: " + running);
        long version = DecisionsFixtures.prepared(api::send, request, DecisionsFixtures.data("GRANTED", "[]", null, "2028-06-30"));
        String decision = api.send("POST", API + "/assessments/" + request + "/signature", DECIDER, "{\"version\":" + version + "}");
        assertTrue(decision.contains("\"daysLate\":35"), decision);
        String stopped = api.send("GET", API + "/decisions/penalty?request=" + request, OFFICER, null);
        assertTrue(stopped.contains("\"days\":20") && stopped.contains("\"euros\":532") && stopped.contains("\"stopped\":true")
                && stopped.contains("\"settingDecisionDueOn\":\"2026-12-20\""), "the days before the decision; set within 2 weeks: " + stopped);
    }

    @Test
    void decidersKeepTheCatalogueOfConditions() throws Exception {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        String body = "{\"code\":\"" + code + "\",\"textNl\":\"Geen toegang buiten kantooruren.\",\"textEn\":\"No access outside office hours.\"}";
        assertEquals(403, api.json("POST", API + "/assessments/conditions", ASSESSOR, body).statusCode(), "deciders keep the catalogue");
        assertEquals(201, api.json("POST", API + "/assessments/conditions", DECIDER, body).statusCode());
        assertEquals(409, api.json("POST", API + "/assessments/conditions", DECIDER, body).statusCode(), "a code once");
        HttpResponse<String> bad = api.json("POST", API + "/assessments/conditions", DECIDER, "{\"code\":\"lower case\",\"textNl\":\"\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("code") && bad.body().contains("textNl") && bad.body().contains("textEn"), bad.body());
        assertTrue(api.send("GET", API + "/assessments/conditions", ASSESSOR, null).contains(code));
        api.send("DELETE", API + "/assessments/conditions/" + code, DECIDER, null);
        assertFalse(api.send("GET", API + "/assessments/conditions", ASSESSOR, null).contains(code), "withdrawn");
        long request = DecisionsFixtures.submitted(api::send, DecisionsFixtures.unit(api::send), person());
        String opened = api.send("GET", API + "/assessments/" + request, ASSESSOR, null);
        HttpResponse<String> withdrawn = api.json("PUT", API + "/assessments/" + request, ASSESSOR, "{\"version\":" + version(opened) + ",\"data\":"
                + DecisionsFixtures.data("GRANTED_WITH_CONDITIONS", "[\"" + code + "\"]", null, null) + "}");
        assertEquals(400, withdrawn.statusCode(), "a withdrawn condition cannot be chosen: " + withdrawn.body());
    }

    @Test
    void thePeopleWithAValidDecisionAreScreenedAgainWhenAListChanges() throws Exception {
        long unit = DecisionsFixtures.unit(api::send);
        String granted = person();
        String decision = DecisionsFixtures.decided(api::send, unit, granted, "GRANTED", "[]", null, "2028-06-30");
        long id = Long.parseLong(InContainerRestClient.first(decision, "\"id\":(\\d+)"));
        assertTrue(decidedPeople.count() >= 1);
        List<ScreenedPerson> page = decidedPeople.page(id - 1, 10);
        ScreenedPerson person = page.stream().filter(p -> p.subject().ownerId() == id).findFirst().orElseThrow(() -> new AssertionError(
                "the decision's person is declared as screened: " + page));
        assertEquals("access-decision", person.subject().owner());
        assertEquals(granted, person.subject().personReference());
        assertTrue(person.profile().names().contains("Anna Maria de Vries"), person.profile().names().toString());
        assertFalse(person.profile().ties().isEmpty(), "with the affiliations of the request");
        long request = Long.parseLong(InContainerRestClient.first(decision, "\"requestId\":(\\d+)"));
        assertEquals("/decisions/assessment/edit.xhtml?request=" + request, decidedPeople.pageOf(id), "an alert leads to where a revocation starts");
    }

    @Test
    void anObjectionIsHeardAndDecidedWithItsLetterAndItsFileLeavesOutTheAnnex() throws Exception {
        clock.fix(Instant.parse("2026-11-13T09:00:00Z"));
        long unit = DecisionsFixtures.unit(api::send);
        String decision = DecisionsFixtures.decided(api::send, unit, person(), "GRANTED", "[]", null, "2028-06-30");
        String decisionId = InContainerRestClient.first(decision, "\"id\":(\\d+)");
        long request = Long.parseLong(InContainerRestClient.first(decision, "\"requestId\":(\\d+)"));
        clock.fix(Instant.parse("2026-11-16T09:00:00Z"));
        String filed = api.send("POST", API + "/decisions/" + decisionId + "/objections", OFFICER, "{\"grounds\":\"Te korte geldigheid.\"}");
        String objection = API + "/objections/" + InContainerRestClient.first(filed, "\"id\":(\\d+)");
        clock.fix(Instant.parse("2026-11-20T09:00:00Z"));
        assertEquals(403, api.json("POST", objection + "/hearing", OFFICER, "{\"version\":" + version(filed) + ",\"heardOn\":\"2026-11-20\"}")
                .statusCode(), "the hearing is recorded by the authority");
        assertEquals(400, api.json("POST", objection + "/hearing", ASSESSOR, "{\"version\":" + version(filed) + ",\"heardOn\":\"2026-11-21\"}")
                .statusCode(), "not in the future");
        String heard = api.send("POST", objection + "/hearing", ASSESSOR, "{\"version\":" + version(filed) + ",\"heardOn\":\"2026-11-20\"}");
        assertTrue(heard.contains("\"heardOn\":\"2026-11-20\""), heard);

        String file = api.send("GET", objection + "/file", OFFICER, null);
        for (String kind : List.of("REQUEST", "FINDINGS", "DECISION", "LETTER", "OBJECTION", "OBJECTION_HEARING")) {
            assertTrue(file.contains("\"kind\":\"" + kind + "\""), "the file lists " + kind + ": " + file);
        }
        assertFalse(file.contains(ANNEX_MARKER) || file.contains("ANNEX"), "never the confidential annex (Awb 7:4 lid 6): " + file);
        String hogeschool = tokens.issue("Hogeschool (objection file)", Role.INSTITUTION_OFFICER, institutions.byCode("DEMO-HS").orElseThrow().id(),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).token();
        assertEquals(404, api.json("GET", objection + "/file", hogeschool, null).statusCode(), "another institution's objection");
        assertEquals(404, api.call("GET", objection + "/letter", OFFICER, null, null).statusCode(), "no letter before the decision");

        clock.fix(Instant.parse("2026-11-27T09:00:00Z"));
        String decided = api.send("POST", objection + "/decision", DECIDER, "{\"version\":" + version(heard)
                + ",\"outcome\":\"UNFOUNDED\",\"reasons\":\"De geldigheid volgt de duur van het project.\"}");
        assertTrue(decided.contains("\"letter\":true") && decided.contains("\"decidedBy\":\"decider\""), decided);
        var letter = api.call("GET", objection + "/letter", OFFICER, null, null);
        assertEquals(200, letter.statusCode());
        assertEquals("application/pdf", letter.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (PDDocument document = Loader.loadPDF(decisions.find(nl.kennisveiligheid.decisions.entity.ObjectionLetter.class,
                Long.parseLong(InContainerRestClient.first(filed, "\"id\":(\\d+)"))).getContent())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        // sent Friday 27 November: 6 weeks from the day after end on Friday 8 January 2027
        for (String expected : List.of("Beslissing op bezwaar", "ongegrond", "De geldigheid volgt de duur van het project.", "20 november 2026",
                "beroep instellen bij de rechtbank", "8 januari 2027", "8 January 2027", "-BZ1")) {
            assertTrue(text.contains(expected), "the letter says " + expected + ": " + text);
        }
        assertFalse(text.contains(ANNEX_MARKER), "the letter holds no confidential annex");
        List<String> told = platform.createQuery("select n.subject from UserNotification n where n.origin = :o", String.class)
                .setParameter("o", "screening-request:" + request).getResultList();
        assertTrue(told.stream().anyMatch(s -> s.startsWith("Beslissing op bezwaar") || s.startsWith("Decision on the objection")),
                "the institution is told: " + told);
    }

    @Test
    void theRegisterListsDecisionsWithTheirTurnaroundAndExportsThemWithoutNamesOrAnnexes() throws Exception {
        clock.fix(Instant.parse("2026-11-02T09:00:00Z"));
        long unit = UnitFixtures.unit("=SOM(1;1) lab " + UUID.randomUUID().toString().substring(0, 6)).complete()
                .entry("annex2-quantum", "Kwantumsensoren").registered(api::send).id();
        String person = person();
        long request = DecisionsFixtures.submitted(api::send, unit, person);
        clock.fix(Instant.parse("2026-11-10T09:00:00Z"));
        long version = DecisionsFixtures.prepared(api::send, request, DecisionsFixtures.data("GRANTED", "[]", null, "2028-06-30"));
        String decision = api.send("POST", API + "/assessments/" + request + "/signature", DECIDER, "{\"version\":" + version + "}");
        String reference = InContainerRestClient.first(decision, "\"reference\":\"([^\"]+)\"");
        String register = API + "/decisions/register?reference=" + reference;

        String listed = api.send("GET", register, ASSESSOR, null);
        assertTrue(listed.contains("\"total\":1") && listed.contains("\"turnaroundDays\":8") && listed.contains("\"withinTerm\":true")
                && listed.contains("\"status\":\"IN_FORCE\"") && listed.contains("\"submittedOn\":\"2026-11-02\"")
                && listed.contains("\"underObjection\":false"), "8 days from submission to decision: " + listed);
        assertFalse(listed.contains("Anna Maria de Vries") || listed.contains(person) || listed.contains(ANNEX_MARKER), "no names, no annex: " + listed);
        String cluster = InContainerRestClient.first(listed, "\"clusters\":\"([^\",]+)");
        assertTrue(api.send("GET", register + "&cluster=" + cluster, ASSESSOR, null).contains("\"total\":1"), "its Annex 2 cluster " + cluster);
        assertTrue(api.send("GET", register + "&cluster=99", ASSESSOR, null).contains("\"total\":0"), "another cluster");
        assertTrue(api.send("GET", register + "&outcome=REFUSED", ASSESSOR, null).contains("\"total\":0"));
        assertTrue(api.send("GET", register + "&outcome=granted&decidedFrom=2026-11-10&decidedUntil=2026-11-10", ASSESSOR, null)
                .contains("\"total\":1"), "decided that day");
        assertTrue(api.send("GET", register + "&decidedFrom=2026-11-11", ASSESSOR, null).contains("\"total\":0"));
        assertTrue(api.send("GET", register + "&underObjection=true", ASSESSOR, null).contains("\"total\":0"));
        api.send("POST", API + "/decisions/" + InContainerRestClient.first(decision, "\"id\":(\\d+)") + "/objections", OFFICER,
                "{\"grounds\":\"Bezwaar.\"}");
        assertTrue(api.send("GET", register + "&underObjection=true", ASSESSOR, null).contains("\"underObjection\":true"), "under objection now");
        assertEquals(400, api.json("GET", register + "&decidedFrom=gisteren", ASSESSOR, null).statusCode());
        assertEquals(400, api.json("GET", register + "&outcome=MAYBE", ASSESSOR, null).statusCode());
        assertEquals(403, api.json("GET", register, OFFICER, null).statusCode(), "the register is the authority's");
        assertEquals(403, api.call("GET", API + "/decisions/export.csv", OFFICER, null, null).statusCode());

        var csv = api.call("GET", API + "/decisions/export.csv?reference=" + reference, ASSESSOR, null, null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r?\n");
        assertTrue(lines[0].startsWith("reference,request_reference,institution_code"), lines[0]);
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[1].startsWith(reference + ",") && lines[1].contains(",'=SOM(1;1) lab") && lines[1].contains(",8,"),
                "the unit's formula-like name neutralised, the turnaround given: " + lines[1]);
        assertFalse(csv.body().contains(person) || csv.body().contains("Vries") || csv.body().contains(ANNEX_MARKER),
                "no names, no annexes: " + csv.body());
    }

    @Test
    void anInstitutionIsToldOnceBeforeADecisionExpiresAndARunAfterDowntimeCatchesUp() throws Exception {
        clock.fix(Instant.parse("2026-11-02T09:00:00Z"));
        long unit = DecisionsFixtures.unit(api::send);
        String soon = DecisionsFixtures.decided(api::send, unit, person(), "GRANTED", "[]", null, "2026-12-15");
        String later = DecisionsFixtures.decided(api::send, unit, person(), "GRANTED", "[]", null, "2027-06-30");
        String soonId = InContainerRestClient.first(soon, "\"id\":(\\d+)");
        String laterId = InContainerRestClient.first(later, "\"id\":(\\d+)");
        expiryNotices.notifyDue();
        int told = notices(soonId).size();
        assertTrue(told > 0, "told 8 weeks before (15 December is 6 weeks away)");
        assertTrue(notices(soonId).get(0).startsWith("Toegang verloopt") || notices(soonId).get(0).startsWith("Access expires"), notices(soonId).toString());
        assertEquals(0, notices(laterId).size(), "not yet: June is more than 8 weeks away");
        expiryNotices.notifyDue();
        assertEquals(told, notices(soonId).size(), "told once (a notice for each of the institution's users)");
        // no run from now until 10 July 2027: the next one tells of the decision that expired meanwhile
        clock.fix(Instant.parse("2027-07-10T09:00:00Z"));
        expiryNotices.notifyDue();
        assertEquals(told, notices(laterId).size(), "caught up after downtime");
        assertTrue(notices(laterId).get(0).startsWith("Toegang verlopen") || notices(laterId).get(0).startsWith("Access expired"), notices(laterId).toString());
        assertEquals(told, notices(soonId).size());
        assertAccess(unit, InContainerRestClient.first(later, "\"personReference\":\"([^\"]+)\""), "2027-07-10", false);
    }

    private List<String> notices(String decisionId) {
        return platform.createQuery("select n.subject from UserNotification n where n.origin = :o", String.class)
                .setParameter("o", "access-decision:" + decisionId).getResultList();
    }

    private String check(long unit, String person, String date) throws Exception {
        return api.send("GET", API + "/access-checks?unit=" + unit + "&person=" + person + (date == null ? "" : "&date=" + date), OFFICER, null);
    }

    private void assertAccess(long unit, String person, String date, boolean allowed) throws Exception {
        String answer = check(unit, person, date);
        assertTrue(answer.contains("\"allowed\":" + allowed), person + " on " + date + ": " + answer);
    }

    private String letterText(long decisionId) throws Exception {
        DecisionLetter letter = decisions.find(DecisionLetter.class, decisionId);
        try (PDDocument document = Loader.loadPDF(letter.getContent())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
