package nl.kennisveiligheid.platform.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.kennisveiligheid.units.UnitFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Findings of the hostile-input review (issue 11), each reproduced: a JSON body that does not bind is a 400 naming
 * the field, never a 500; a redirect never leaves the application; a protected page reached through a path trick
 * answers as the page itself (the login). Test-support paths through tricks are checked in the production boot test
 * ({@code StartupFailureIT}), where test support is off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final String OFFICER = "demo-token-institution-officer";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    private HttpResponse<String> send(String method, String path, String json, String language) throws Exception {
        return send(OFFICER, method, path, json, language);
    }

    private HttpResponse<String> send(String token, String method, String path, String json, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, String... expected) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        for (String text : expected) {
            assertTrue(response.body().contains(text), text + " in " + response.body());
        }
    }

    @Test
    void jsonThatDoesNotBindIsA400NamingTheFieldInTheCallersLanguage() throws Exception {
        assertProblem(send("POST", "/api/v1/units", "{", null), "geen geldige JSON (regel 1, kolom");
        assertProblem(send("POST", "/api/v1/units", "{\"name\":\"x\",\"kind\":\"NOT_A_KIND\"}", null),
                "\"field\":\"kind\"", "Kies een van: RESEARCH_GROUP, LABORATORY");
        assertProblem(send("POST", "/api/v1/units", "{\"name\":\"x\",\"kind\":\"LABORATORY\",\"faculty\":[]}", "en"),
                "\"field\":\"faculty\"", "does not have the expected form");
        assertProblem(send("PUT", "/api/v1/units/1", "{\"version\":\"abc\",\"data\":{\"name\":\"x\"}}", null), "\"field\":\"version\"");
        assertProblem(send("PUT", "/api/v1/units/1", "{\"version\":1,\"data\":{\"name\":\"x\",\"kind\":\"NOPE\"}}", null),
                "\"field\":\"data.kind\"");
        assertProblem(send("POST", "/api/v1/units/1/registration", "{\"version\":[1]}", null), "\"field\":\"version\"");
        assertProblem(send("demo-token-list-admin", "POST", "/api/v1/technology-lists/ANNEX2/versions/1/publication", "{\"version\":{}}", null), "\"field\":\"version\"");
    }

    @Test
    void theLanguageSwitchRedirectsOnlyInsideTheApplication() throws Exception {
        HttpResponse<Void> switched = HTTP.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "")
                + "//evil.example/?lang=en")).build(), HttpResponse.BodyHandlers.discarding());
        String location = switched.headers().firstValue("Location").orElse("");
        assertEquals(303, switched.statusCode());
        assertFalse(location.startsWith("//") || location.contains("://evil.example"), "stays in the application: " + location);
        assertTrue(location.startsWith("/") || location.startsWith(base.toExternalForm().replaceAll("/$", "") + "/"), location);
    }

    @Test
    void aProtectedPageThroughAPathTrickAnswersAsThePageItself() throws Exception {
        String root = base.toExternalForm().replaceAll("/$", "");
        for (String trick : new String[] {"/jakarta.faces.resource/../platform/audit/trail.xhtml", "//platform/audit/trail.xhtml",
                "/units/%2e%2e/platform/audit/trail.xhtml"}) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(root + trick)).build(), HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            assertTrue(answer.statusCode() == 302 || answer.statusCode() == 303, trick + ": " + answer.statusCode() + " " + answer.body());
            assertTrue(location.contains("/login.xhtml?next=%2Fplatform%2Faudit%2Ftrail.xhtml") || location.endsWith("/platform/audit/trail.xhtml"),
                    trick + " -> " + location);
        }
    }

    @Test
    void exportsNeutraliseFormulaCells() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        UnitFixtures.unit("=1+2 " + suffix).with("faculty", "@SUM(1+1)").complete().created((method, path, token, json) -> {
            HttpResponse<String> response = send(token, method, path, json, null);
            assertTrue(response.statusCode() / 100 == 2, response.body());
            return response.body();
        });
        HttpResponse<String> export = HTTP.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "")
                + "/api/v1/units/export.csv?name=" + suffix)).header("Authorization", "Bearer " + OFFICER).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains(",'=1+2 " + suffix + ",") && export.body().contains(",'@SUM(1+1),"), export.body());
        HttpResponse<String> annex2 = HTTP.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "")
                + "/api/v1/technology-lists/ANNEX2/versions/1/export.csv")).header("Authorization", "Bearer " + OFFICER).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, annex2.statusCode());
        assertTrue(annex2.body().lines().skip(1).flatMap(line -> java.util.Arrays.stream(line.split(",")))
                .noneMatch(cell -> !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0), "no formula cells in Annex 2's export");
    }

    private static final String LIST_ADMIN = "demo-token-list-admin";
    private static final String SYSTEM_ADMIN = "demo-token-system-admin";

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertProblem(response, "\"field\":\"" + field + "\"");
    }

    @Test
    void textsLongerThanTheirColumnOrWithForbiddenCharactersAreRefusedNamingTheField() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        UnitFixtures.Created unit = UnitFixtures.unit("Lengtes " + suffix).complete().created(this::fixture);
        String data = UnitFixtures.unit("Lengtes " + suffix).complete().json();
        assertRefused(send("PUT", "/api/v1/units/" + unit.id(), "{\"version\":" + unit.version() + ",\"data\":" + data
                + ",\"note\":\"" + "a".repeat(10_001) + "\"}", null), "note");
        for (String[] hostile : new String[][] {{"name", "a\u0000b"}, {"faculty", "\u202eevil"}, {"department", "half\ud800"},
                {"name", "tab\tbed"}, {"headName", "bell\u0007"}, {"rooms", "x\u2066y"}}) {
            assertRefused(send("POST", "/api/v1/units", UnitFixtures.unit("Tekens " + suffix).complete().with(hostile[0], hostile[1]).json(), null),
                    hostile[0]);
        }
        // several lines where a field has them
        HttpResponse<String> lines = send("PUT", "/api/v1/units/" + unit.id(), "{\"version\":" + unit.version() + ",\"data\":"
                + data.replace("\"Toegangspas\"", "\"Toegangspas\\nCamera's\\tbij de deur\"") + "}", null);
        assertEquals(200, lines.statusCode(), lines.body());
        HttpResponse<String> equated = send(SYSTEM_ADMIN, "PUT", "/api/v1/legal-calendar/equated-days/2199-06-01",
                "{\"description\":\"" + "d".repeat(300) + "\",\"legalReference\":\"Stb. 2199, 1\"}", null);
        assertRefused(equated, "description");
        assertTrue(equated.body().contains("200"), "names the maximum: " + equated.body());
    }

    @Test
    void parametersThatAreNoNumberOrDateAreA400NamingThem() throws Exception {
        assertRefused(send("GET", "/api/v1/units?first=abc", "", null), "first");
        assertRefused(send(SYSTEM_ADMIN, "GET", "/api/v1/legal-calendar/holidays?year=abc", "", null), "year");
        assertRefused(send("GET", "/api/v1/units/abc", "", null), "id");
        assertRefused(send(SYSTEM_ADMIN, "PUT", "/api/v1/legal-calendar/equated-days/%20", "{\"description\":\"x\",\"legalReference\":\"y\"}", null), "date");
        assertRefused(send(SYSTEM_ADMIN, "DELETE", "/api/v1/legal-calendar/equated-days/%20", "", null), "date");
        assertRefused(send(SYSTEM_ADMIN, "DELETE", "/api/v1/legal-calendar/equated-days/0000-01-01", "", null), "date");
        assertRefused(send("GET", "/api/v1/units?name=a%00b", "", null), "name");
        HttpResponse<String> notFound = send("POST", "/api/v1/technology-lists//drafts", "", null);
        assertEquals(404, notFound.statusCode());
        assertEquals("application/problem+json", notFound.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""), notFound.body());
    }

    @Test
    void datesOutsideAPlausibleRangeAreRefused() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        UnitFixtures.Created unit = UnitFixtures.unit("Sluiten " + suffix).complete().registered(this::fixture);
        for (String day : new String[] {"0000-01-01", "9999-12-31", "1999-01-01", "2199-01-01"}) {
            assertRefused(send("POST", "/api/v1/units/" + unit.id() + "/closure", "{\"version\":" + unit.version() + ",\"closedOn\":\"" + day
                    + "\",\"reason\":\"Verhuisd\"}", null), "closedOn");
        }
        String code = "FAR-" + suffix.toUpperCase(java.util.Locale.ROOT);
        assertEquals(201, send(LIST_ADMIN, "POST", "/api/v1/technology-lists", "{\"code\":\"" + code + "\",\"nameNl\":\"Ver\",\"nameEn\":\"Far\"}", null).statusCode());
        HttpResponse<String> exists = send(LIST_ADMIN, "POST", "/api/v1/technology-lists", "{\"code\":\"" + code + "\",\"nameNl\":\"Ver\",\"nameEn\":\"Far\"}", null);
        assertEquals(409, exists.statusCode(), exists.body());
        assertTrue(exists.body().contains(code) && !exists.body().matches("(?s).*\\{\\d.*"), "a 409 in words, its argument filled in: " + exists.body());
        HttpResponse<String> far = send(LIST_ADMIN, "POST", "/api/v1/technology-lists/" + code + "/versions/1/publication",
                "{\"effectiveDate\":\"9999-12-31\",\"legalReference\":\"Stb. 9999, 1\",\"version\":0}", null);
        assertRefused(far, "effectiveDate");
    }

    @Test
    void anImportThatGivesAnExistingCodeANewKeyImportsAsItsDryRunSaid() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        String code = "KEYS-" + suffix;
        assertEquals(201, send(LIST_ADMIN, "POST", "/api/v1/technology-lists", "{\"code\":\"" + code + "\",\"nameNl\":\"Sleutels\",\"nameEn\":\"Keys\"}", null).statusCode());
        HttpResponse<String> draft = send(LIST_ADMIN, "POST", "/api/v1/technology-lists/" + code + "/drafts", "", null);
        assertEquals(201, draft.statusCode(), draft.body());
        String path = "/api/v1/technology-lists/" + code + "/versions/1/import";
        String header = "key,code,parent_code,title_nl,title_en,description_nl,description_en,references,retired\n";
        HttpResponse<String> first = upload(path, header + "k-one,9A1,,Een,One,,,,false\nk-two,9A2,,Twee,Two,,,,false\n");
        assertEquals(200, first.statusCode(), first.body());
        // 9A1 moves to a new key; 9A2 moves from k-two to a new k-three, which takes a new code
        String moved = header + "k-new,9A1,,Een,One,,,,false\nk-two,9A3,,Twee,Two,,,,false\nk-three,9A2,,Drie,Three,,,,false\n";
        HttpResponse<String> dryRun = upload(path + "?dryRun=true", moved);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        HttpResponse<String> imported = upload(path, moved);
        assertEquals(200, imported.statusCode(), imported.body());
        String entries = send(LIST_ADMIN, "GET", "/api/v1/technology-lists/" + code + "/versions/1/entries", "", null).body();
        assertTrue(entries.contains("\"key\":\"k-new\"") && !entries.contains("\"key\":\"k-one\""), entries);
    }

    private HttpResponse<String> upload(String path, String csv) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + LIST_ADMIN).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String fixture(String method, String path, String token, String json) throws Exception {
        HttpResponse<String> response = send(token, method, path, json, null);
        assertTrue(response.statusCode() / 100 == 2, response.body());
        return response.body();
    }
}
