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
}
