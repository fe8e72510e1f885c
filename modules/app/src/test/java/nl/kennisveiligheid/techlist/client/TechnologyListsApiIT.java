package nl.kennisveiligheid.techlist.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Annex 2 over REST: everyone reads; list administrators draft and publish; a version whose effective date
 * lies ahead is pending until then, and the version in force follows the dates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TechnologyListsApiIT {

    private static final String LIST_ADMIN = "demo-token-list-admin";
    private static final String OFFICER = "demo-token-institution-officer";

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyoneReadsTheProvisionalFirstVersionInForce() throws Exception {
        HttpResponse<String> lists = call("GET", "/api/v1/technology-lists", OFFICER, null);
        assertEquals(200, lists.statusCode(), lists.body());
        assertTrue(lists.body().contains("\"code\":\"ANNEX2\"") && lists.body().contains("\"binding\":true"), lists.body());

        HttpResponse<String> inForce = call("GET", "/api/v1/technology-lists/ANNEX2/in-force?date=2025-06-01", OFFICER, null);
        assertEquals(200, inForce.statusCode(), inForce.body());
        assertTrue(inForce.body().contains("\"number\":1") && inForce.body().contains("\"provisional\":true"), inForce.body());

        HttpResponse<String> before = call("GET", "/api/v1/technology-lists/ANNEX2/in-force?date=2024-12-31", OFFICER, null);
        assertEquals(404, before.statusCode(), "no version before the first took effect: " + before.body());

        HttpResponse<String> entries = call("GET", "/api/v1/technology-lists/ANNEX2/versions/1/entries", OFFICER, null);
        assertEquals(200, entries.statusCode());
        assertEquals(11, count(entries.body(), "\"key\":"), "the eleven clusters of the public record: " + entries.body());
        assertTrue(entries.body().contains("Kwantumtechnologie") && entries.body().contains("Hypersonic propulsion"));

        HttpResponse<String> search = call("GET", "/api/v1/technology-lists/ANNEX2/versions/1/entries?q=quantum", OFFICER, null);
        assertEquals(1, count(search.body(), "\"key\":"), search.body());

        HttpResponse<String> csv = call("GET", "/api/v1/technology-lists/ANNEX2/versions/1/export.csv", OFFICER, null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("key,code,parent_code,title_nl,title_en,description_nl,description_en,references,retired"), csv.body());
        assertEquals(12, csv.body().lines().count(), "header and eleven rows");
    }

    @Test
    void onlyListAdministratorsDraftAndPublish() throws Exception {
        assertEquals(403, call("POST", "/api/v1/technology-lists/ANNEX2/drafts", OFFICER, "").statusCode());
        assertEquals(403, call("POST", "/api/v1/technology-lists/ANNEX2/versions/1/publication", "demo-token-system-admin",
                "{\"effectiveDate\":\"2030-01-01\",\"legalReference\":\"x\",\"version\":0}").statusCode());
    }

    @Test
    void aPublishedVersionWithAFutureDateIsPendingAndTakesOverOnItsDate() throws Exception {
        HttpResponse<String> draft = call("POST", "/api/v1/technology-lists/ANNEX2/drafts", LIST_ADMIN, "");
        assertEquals(201, draft.statusCode(), draft.body());
        int number = Integer.parseInt(first(draft.body(), "\"number\":(\\d+)"));
        long version = Long.parseLong(first(draft.body(), "\"version\":(\\d+)"));
        assertTrue(draft.body().contains("\"standing\":\"DRAFT\""), draft.body());
        assertEquals(409, call("POST", "/api/v1/technology-lists/ANNEX2/drafts", LIST_ADMIN, "").statusCode(), "one draft at a time");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        HttpResponse<String> past = publish(number, today.minusDays(1), "Stb. test", version);
        assertEquals(400, past.statusCode(), past.body());
        assertTrue(past.body().contains("De ingangsdatum ligt in het verleden"), past.body());
        HttpResponse<String> noReference = publish(number, today.plusDays(30), " ", version);
        assertEquals(400, noReference.statusCode(), noReference.body());
        HttpResponse<String> stale = publish(number, today.plusDays(30), "Stb. test", version + 7);
        assertEquals(409, stale.statusCode(), stale.body());

        LocalDate effective = today.plusDays(30);
        HttpResponse<String> published = publish(number, effective, "Stb. " + today.getYear() + ", test", version);
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(published.body().contains("\"outcome\":\"PUBLISHED\"") && published.body().contains("\"standing\":\"PENDING\""), published.body());

        assertEquals("1", first(call("GET", "/api/v1/technology-lists/ANNEX2/in-force", OFFICER, null).body(), "\"number\":(\\d+)"),
                "until its date the earlier version stays in force");
        assertEquals(String.valueOf(number), first(call("GET", "/api/v1/technology-lists/ANNEX2/in-force?date=" + effective, OFFICER, null).body(),
                "\"number\":(\\d+)"), "from its date on it is in force");
        assertEquals("1", first(call("GET", "/api/v1/technology-lists/ANNEX2/in-force?date=" + effective.minusDays(1), OFFICER, null).body(),
                "\"number\":(\\d+)"));

        HttpResponse<String> next = call("POST", "/api/v1/technology-lists/ANNEX2/drafts", LIST_ADMIN, "");
        assertEquals(201, next.statusCode(), next.body());
        int nextNumber = Integer.parseInt(first(next.body(), "\"number\":(\\d+)"));
        assertEquals(String.valueOf(number), first(next.body(), "\"basedOnNumber\":(\\d+)"), "copies the newest published version");
        HttpResponse<String> second = publish(nextNumber, effective.plusDays(10), "Stb. later", Long.parseLong(first(next.body(), "\"version\":(\\d+)")));
        assertEquals(409, second.statusCode(), "at most one version waits for its date: " + second.body());
        assertTrue(second.body().contains("wacht al op haar ingangsdatum"), second.body());
        assertEquals(204, call("DELETE", "/api/v1/technology-lists/ANNEX2/versions/" + nextNumber, LIST_ADMIN, null).statusCode());
        assertEquals(409, call("DELETE", "/api/v1/technology-lists/ANNEX2/versions/" + number, LIST_ADMIN, null).statusCode(),
                "a published version is never discarded");
    }

    @Test
    void importsIntoADraftOnlyAValidFileAndNamesEveryProblemByLine() throws Exception {
        HttpResponse<String> draft = call("POST", "/api/v1/technology-lists/ANNEX2/drafts", LIST_ADMIN, "");
        assertEquals(201, draft.statusCode(), draft.body());
        String number = first(draft.body(), "\"number\":(\\d+)");
        String path = "/api/v1/technology-lists/ANNEX2/versions/" + number + "/import";
        String exported = call("GET", "/api/v1/technology-lists/ANNEX2/versions/1/export.csv", OFFICER, null).body();

        HttpResponse<String> bad = upload(path, exported + ",3.1,3,<b>Kwantumsensoren</b>,,,,,false\n,3.1,3,Dubbel,Double,,,,false\n", "text/csv");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("{\"field\":\"titleNl\",\"line\":13,\"message\":\"Gebruik gewone tekst"), bad.body());
        assertTrue(bad.body().contains("{\"field\":\"titleEn\",\"line\":13,\"message\":\"Vul dit veld in.\"}"), bad.body());
        assertTrue(bad.body().contains("\"line\":14,\"message\":\"De code 3.1 komt al voor"), bad.body());
        assertEquals(11, count(call("GET", "/api/v1/technology-lists/ANNEX2/versions/" + number + "/entries", LIST_ADMIN, null).body(), "\"key\":"),
                "nothing written");

        assertTrue(upload(path, "", "text/csv").body().contains("Het bestand is leeg."));
        HttpResponse<String> latin1 = http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + LIST_ADMIN).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray("code,title_nl,title_en\n1,Nucléaire,Nuclear\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, latin1.statusCode());
        assertTrue(latin1.body().contains("geen UTF-8"), latin1.body());
        HttpResponse<String> huge = upload(path, "code,title_nl,title_en\n" + "x".repeat(1_100_000), "text/csv");
        assertEquals(413, huge.statusCode(), huge.body());
        assertTrue(huge.body().contains("groter dan 1024 kB"), huge.body());

        String good = exported + ",3.1,3,Kwantumsensoren,Quantum sensors,,,6A001,false\n";
        HttpResponse<String> dryRun = upload(path + "?dryRun=true", good, "text/csv");
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertTrue(dryRun.body().contains("\"imported\":false") && dryRun.body().contains("\"kind\":\"ADDED\""), dryRun.body());
        assertEquals(11, count(call("GET", "/api/v1/technology-lists/ANNEX2/versions/" + number + "/entries", LIST_ADMIN, null).body(), "\"key\":"));

        HttpResponse<String> done = upload(path, good, "text/csv");
        assertEquals(200, done.statusCode(), done.body());
        String entries = call("GET", "/api/v1/technology-lists/ANNEX2/versions/" + number + "/entries", LIST_ADMIN, null).body();
        assertEquals(12, count(entries, "\"key\":"), entries);
        assertTrue(entries.contains("\"key\":\"annex2-quantum\""), "stable keys kept through export and import");
        assertEquals(403, upload(path, good, "text/csv", OFFICER).statusCode());
    }

    @org.junit.jupiter.api.AfterEach
    void discardDrafts() throws Exception {
        Matcher drafts = Pattern.compile("\"number\":(\\d+),[^}]*\"status\":\"DRAFT\"")
                .matcher(call("GET", "/api/v1/technology-lists/ANNEX2/versions", LIST_ADMIN, null).body());
        while (drafts.find()) {
            call("DELETE", "/api/v1/technology-lists/ANNEX2/versions/" + drafts.group(1), LIST_ADMIN, null);
        }
    }

    private HttpResponse<String> upload(String path, String body, String type) throws Exception {
        return upload(path, body, type, LIST_ADMIN);
    }

    private HttpResponse<String> upload(String path, String body, String type, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> publish(int number, LocalDate effective, String reference, long version) throws Exception {
        return call("POST", "/api/v1/technology-lists/ANNEX2/versions/" + number + "/publication", LIST_ADMIN,
                "{\"effectiveDate\":\"" + effective + "\",\"legalReference\":\"" + reference + "\",\"changeNote\":\"Test\",\"version\":" + version + "}");
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws IOException, InterruptedException {
        return new InContainerRestClient(base).call(method, path, token, null, json);
    }

    private static String first(String body, String regex) {
        return InContainerRestClient.first(body, regex);
    }

    private static int count(String body, String needle) {
        return body.split(Pattern.quote(needle), -1).length - 1;
    }
}
