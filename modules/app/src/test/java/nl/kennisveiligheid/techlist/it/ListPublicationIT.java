package nl.kennisveiligheid.techlist.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisveiligheid.app.it.FixedClockExtension;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.control.ConfigurableClock;
import nl.kennisveiligheid.platform.control.identity.ApiTokens;
import nl.kennisveiligheid.techlist.control.TechlistSettings;
import nl.kennisveiligheid.techlist.api.EntryChange;
import nl.kennisveiligheid.techlist.api.ListVersionPublished;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.techlist.api.VersionStanding;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing, in the server: the published event is observed in the publishing transaction (an observer that
 * fails undoes the publication), carries the diff from the version it replaces, and a version whose date lies
 * ahead takes over at midnight Amsterdam time without a restart. Runs on a list of its own, so Annex 2's tests
 * are not disturbed; the list administrator acts through the REST API with the demo token.
 */
@ExtendWith({ArquillianExtension.class, FixedClockExtension.class})
class ListPublicationIT {

    /** Records every publication; fails on request, as a later module's observer might. */
    @ApplicationScoped
    public static class RecordingObserver {

        static final List<ListVersionPublished> SEEN = new CopyOnWriteArrayList<>();
        static volatile String failFor;

        void published(@Observes ListVersionPublished event) {
            if (event.listCode().equals(failFor)) {
                throw new IllegalStateException("observer refuses " + event.listCode());
            }
            SEEN.add(event);
        }
    }

    @ArquillianResource
    URL base;

    @Inject
    TechnologyListCatalog catalog;

    @Inject
    ConfigurableClock clock;

    @Inject
    ApiTokens tokens;

    @Inject
    nl.kennisveiligheid.platform.control.identity.UserAccounts users;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void release() {
        RecordingObserver.failFor = null;
    }

    @Test
    void publicationFiresTheDiffInItsTransactionAndTakesEffectAtMidnight() throws Exception {
        String list = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertEquals(201, call("POST", "/api/v1/technology-lists", "application/json",
                "{\"code\":\"" + list + "\",\"nameNl\":\"Testlijst\",\"nameEn\":\"Test list\"}").statusCode());
        assertTrue(!catalog.list(list).orElseThrow().binding(), "only Annex 2 binds");
        clock.fix(Instant.parse("2027-03-01T10:00:00Z"));

        int first = draftWith(list, "code,parent_code,title_nl,title_en\n1,,Eerste,First\n2,,Tweede,Second\n");
        assertEquals(200, publish(list, first, "2027-03-01").statusCode());
        ListVersionPublished one = last(list);
        assertEquals(null, one.replacedVersionNumber());
        assertEquals(List.of(EntryChange.Kind.ADDED, EntryChange.Kind.ADDED), one.changes().stream().map(EntryChange::kind).toList());
        assertEquals(VersionStanding.IN_FORCE, catalog.version(list, first).orElseThrow().standing());

        int second = draftWith(list, "code,parent_code,title_nl,title_en\n1,,Eerste (herzien),First (revised)\n3,,Derde,Third\n");
        RecordingObserver.failFor = list;
        HttpResponse<String> refused = publish(list, second, "2027-04-01");
        assertEquals(500, refused.statusCode(), refused.body());
        assertEquals(VersionStanding.DRAFT, catalog.version(list, second).orElseThrow().standing(),
                "the observer failed, so nothing was published");
        RecordingObserver.failFor = null;

        assertEquals(200, publish(list, second, "2027-04-01").statusCode());
        ListVersionPublished two = last(list);
        assertEquals(first, two.replacedVersionNumber());
        assertEquals(LocalDate.of(2027, 4, 1), two.effectiveDate());
        assertEquals(List.of("CHANGED 1", "ADDED 3", "REMOVED 2"),
                two.changes().stream().map(c -> c.kind() + " " + c.code()).toList());
        assertEquals(VersionStanding.PENDING, catalog.version(list, second).orElseThrow().standing());

        clock.fix(Instant.parse("2027-03-31T21:59:00Z"));
        assertEquals(first, catalog.inForce(list, clock.today()).orElseThrow().number(), "23:59 in Amsterdam: still the first");
        clock.fix(Instant.parse("2027-03-31T22:00:00Z"));
        assertEquals(second, catalog.inForce(list, clock.today()).orElseThrow().number(), "00:00 in Amsterdam: the second, no restart");
        assertEquals(VersionStanding.SUPERSEDED, catalog.version(list, first).orElseThrow().standing());
        assertEquals(VersionStanding.IN_FORCE, catalog.version(list, second).orElseThrow().standing());
        assertEquals("Eerste", catalog.entries(list, first).get(0).titleNl(), "a published version never changes");
    }

    @Test
    void withFourEyesASecondListAdministratorPublishes() throws Exception {
        String list = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertEquals(201, call("POST", "/api/v1/technology-lists", "application/json",
                "{\"code\":\"" + list + "\",\"nameNl\":\"Vier ogen\",\"nameEn\":\"Four eyes\"}").statusCode());
        // a second person: a list administrator's system token is no person, and cannot approve
        String system = tokens.issue("Lijstvoeding (test)", Role.LIST_ADMIN, null, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(1)).token();
        String second = nl.kennisveiligheid.app.it.TestPeople.personalToken(users, tokens, "listadmin-" + list.toLowerCase(java.util.Locale.ROOT),
                Role.LIST_ADMIN, null);
        int number = draftWith(list, "code,title_nl,title_en\n1,Eén,One\n");
        System.setProperty(TechlistSettings.FOUR_EYES, "true");
        try {
            HttpResponse<String> requested = publish(list, number, clock.today().plusDays(1).toString());
            assertEquals(200, requested.statusCode(), requested.body());
            assertTrue(requested.body().contains("\"outcome\":\"AWAITING_APPROVAL\""), requested.body());
            assertEquals(VersionStanding.DRAFT, catalog.version(list, number).orElseThrow().standing());

            HttpResponse<String> sameAdministrator = publish(list, number, clock.today().plusDays(1).toString());
            assertEquals(403, sameAdministrator.statusCode(), sameAdministrator.body());
            assertTrue(sameAdministrator.body().contains("een andere lijstbeheerder moet goedkeuren"), sameAdministrator.body());

            long version = catalog.version(list, number).orElseThrow().version();
            HttpResponse<String> bySystem = approve(system, list, number, version);
            assertEquals(403, bySystem.statusCode(), "a system approves nothing: " + bySystem.body());
            assertTrue(bySystem.body().contains("persoon, geen systeem"), bySystem.body());
            HttpResponse<String> approved = approve(second, list, number, version);
            assertEquals(200, approved.statusCode(), approved.body());
            assertTrue(approved.body().contains("\"outcome\":\"PUBLISHED\"") && approved.body().contains("\"standing\":\"PENDING\""), approved.body());
        } finally {
            System.clearProperty(TechlistSettings.FOUR_EYES);
        }
    }

    private HttpResponse<String> approve(String token, String list, int number, long version) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "")
                        + "/api/v1/technology-lists/" + list + "/versions/" + number + "/publication"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"effectiveDate\":\"" + clock.today().plusDays(1)
                        + "\",\"legalReference\":\"Test\",\"version\":" + version + "}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int draftWith(String list, String csv) throws Exception {
        HttpResponse<String> draft = call("POST", "/api/v1/technology-lists/" + list + "/drafts", "application/json", "");
        assertEquals(201, draft.statusCode(), draft.body());
        int number = Integer.parseInt(first(draft.body(), "\"number\":(\\d+)"));
        HttpResponse<String> imported = call("POST", "/api/v1/technology-lists/" + list + "/versions/" + number + "/import", "text/csv", csv);
        assertEquals(200, imported.statusCode(), imported.body());
        return number;
    }

    private HttpResponse<String> publish(String list, int number, String effective) throws Exception {
        long version = catalog.version(list, number).orElseThrow().version();
        return call("POST", "/api/v1/technology-lists/" + list + "/versions/" + number + "/publication", "application/json",
                "{\"effectiveDate\":\"" + effective + "\",\"legalReference\":\"Test\",\"version\":" + version + "}");
    }

    private static ListVersionPublished last(String list) {
        List<ListVersionPublished> mine = RecordingObserver.SEEN.stream().filter(e -> e.listCode().equals(list)).toList();
        assertTrue(!mine.isEmpty(), "the event was observed");
        return mine.get(mine.size() - 1);
    }

    private HttpResponse<String> call(String method, String path, String type, String body) throws Exception {
        return new InContainerRestClient(base).call(method, path, "demo-token-list-admin", type, body);
    }

    private static String first(String body, String regex) {
        return InContainerRestClient.first(body, regex);
    }
}
