package nl.kennisveiligheid.platform.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** REST conventions seen from a client: problem+json errors in the caller's language, headers, health, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static final String AUDITOR_TOKEN = "demo-token-auditor";

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path)).GET();
        if (path.startsWith("/api/") && !List.of(headers).contains("Authorization")) {
            request.header("Authorization", "Bearer " + AUDITOR_TOKEN);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void concurrentRequestsWithTheSameTokenAllSucceedWhileItsUseIsRecorded() throws Exception {
        String root = base.toExternalForm().replaceAll("/$", "");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int burst = 0; burst < 5; burst++) {
                // a minute later each time: every request of the burst wants to record the token's use
                HttpResponse<String> clock = http.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/test-support/clock?at="
                        + java.time.Instant.now().plus(java.time.Duration.ofMinutes(2L * (burst + 1))))).PUT(HttpRequest.BodyPublishers.noBody())
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, clock.statusCode(), clock.body());
                List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(pool.submit(() -> get("/api/v1/technology-lists").statusCode()));
                }
                for (java.util.concurrent.Future<Integer> answer : answers) {
                    assertEquals(200, answer.get(), "burst " + burst);
                }
            }
        } finally {
            pool.shutdown();
            http.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/test-support/clock")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void unknownResourceIsProblemJsonInDutchByDefault() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-resource");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"title\":\"Niet gevonden\""), response.body());
        assertTrue(response.body().contains("\"status\":404"), response.body());
        String correlation = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertTrue(response.body().contains(correlation), "the body names the correlation id of the header");
    }

    @Test
    void problemsFollowAcceptLanguage() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-resource", "Accept-Language", "en-GB,en;q=0.9");
        assertTrue(response.body().contains("\"title\":\"Not found\""), response.body());
    }

    @Test
    void wrongInputGivesFieldErrors() throws Exception {
        HttpResponse<String> response = get("/api/v1/institutions?size=0&first=-1", "Accept-Language", "en");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("{\"field\":\"first\",\"message\":\"Must be 0 or more.\"}"), response.body());
        assertTrue(response.body().contains("{\"field\":\"size\",\"message\":\"Must be between 1 and 500.\"}"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void missingInstitutionIs404() throws Exception {
        HttpResponse<String> response = get("/api/v1/institutions/999999999");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Er is geen instelling met dit nummer."), response.body());
    }

    @Test
    void listsInstitutions() throws Exception {
        HttpResponse<String> response = get("/api/v1/institutions?name=demo");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"name\":\"Demo Universiteit\""), response.body());
        assertTrue(response.body().contains("\"name\":\"Demo Hogeschool\""), response.body());
    }

    @Test
    void wellFormedCorrelationIdIsKeptAndForgedOneReplaced() throws Exception {
        HttpResponse<String> kept = get("/api/v1/institutions", "X-Correlation-Id", "abcdef12-3456");
        assertEquals("abcdef12-3456", kept.headers().firstValue("X-Correlation-Id").orElse(""));
        HttpResponse<String> replaced = get("/api/v1/institutions", "X-Correlation-Id", "bad id <script>");
        String given = replaced.headers().firstValue("X-Correlation-Id").orElse("");
        // a fresh UUID may well contain the letters "bad": check that it is a new, well-formed id instead
        assertTrue(given.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), given);
    }

    @Test
    void securityHeadersOnRestPagesAndStaticResources() throws Exception {
        for (String path : new String[] {"/api/v1/institutions", "/", "/login.xhtml", "/jakarta.faces.resource/css/screening.css.xhtml?ln=platform",
                "/no-such-page.xhtml", "/platform/admin/institutions.xhtml", "/favicon.ico", "/api/v1/no-such-resource"}) {
            HttpResponse<String> response = get(path);
            assertSecurityHeaders(path, response);
        }
        HttpResponse<String> unauthorized = get("/api/v1/institutions", "Authorization", "Bearer not-a-token");
        assertEquals(401, unauthorized.statusCode());
        assertSecurityHeaders("401", unauthorized);
        HttpResponse<String> page = get("/");
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "exactly one CSP header on pages");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self' 'nonce-"));
    }

    private static void assertSecurityHeaders(String what, HttpResponse<String> response) {
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElse(null), what);
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(),
                what + ": no HSTS when not behind TLS (the production boot test checks it with BEHIND_TLS=true)");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteButNotSecureWithoutTls() throws Exception {
        HttpResponse<String> login = get("/login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("the login page starts a session: " + login.headers().map()));
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
    }

    @Test
    void systemAdministratorChangesAnInstitutionWithItsVersion() throws Exception {
        HttpResponse<String> read = get("/api/v1/institutions?name=Demo%20Hogeschool", "Authorization", "Bearer demo-token-system-admin");
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("\\{\"code\":\"([^\"]+)\",\"id\":(\\d+),\"kind\":\"([A-Z_0-9]+)\",\"name\":\"Demo Hogeschool\",\"version\":(\\d+)\\}")
                .matcher(read.body());
        assertTrue(found.find(), read.body());
        String id = found.group(2);
        long version = Long.parseLong(found.group(4));
        String body = "{\"name\":\"Demo Hogeschool (tijdelijk)\",\"kind\":\"" + found.group(3) + "\",\"version\":" + version + "}";

        HttpResponse<String> officer = put("/api/v1/institutions/" + id, body, "demo-token-institution-officer");
        assertEquals(403, officer.statusCode(), officer.body());

        HttpResponse<String> changed = put("/api/v1/institutions/" + id, body, "demo-token-system-admin");
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"version\":" + (version + 1)), changed.body());

        HttpResponse<String> stale = put("/api/v1/institutions/" + id, body, "demo-token-system-admin");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("application/problem+json", stale.headers().firstValue("Content-Type").orElse(""));
        assertTrue(stale.body().contains("Iemand anders heeft dit object gewijzigd"), stale.body());

        HttpResponse<String> noVersion = put("/api/v1/institutions/" + id, "{\"name\":\"X\",\"kind\":\"UNIVERSITY\"}", "demo-token-system-admin");
        assertEquals(400, noVersion.statusCode(), noVersion.body());
        assertTrue(noVersion.body().contains("\"field\":\"version\""), noVersion.body());

        HttpResponse<String> blankName = put("/api/v1/institutions/" + id,
                "{\"name\":\" \",\"kind\":\"UNIVERSITY\",\"version\":" + (version + 1) + "}", "demo-token-system-admin");
        assertEquals(400, blankName.statusCode(), blankName.body());
        assertTrue(blankName.body().contains("\"field\":\"name\""), blankName.body());

        HttpResponse<String> restored = put("/api/v1/institutions/" + id,
                body.replace(" (tijdelijk)", "").replace("\"version\":" + version, "\"version\":" + (version + 1)), "demo-token-system-admin");
        assertEquals(200, restored.statusCode(), restored.body());
    }

    private HttpResponse<String> put(String path, String json, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessIsAnonymousAndUp() throws Exception {
        HttpResponse<String> response = get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    }

    @Test
    void openApiDocumentsModuleResourcesInDemoMode() throws Exception {
        HttpResponse<String> response = get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/institutions"), response.body());
        assertFalse(response.body().contains("test-support"), "test support is hidden from the API document");
    }

    @Test
    void metricsAreReachableInDemoMode() throws Exception {
        assertEquals(200, get("/metrics").statusCode());
    }

    @Test
    void testSupportIsReachableInTheSuite() throws Exception {
        assertEquals(200, get("/api/v1/test-support/clock").statusCode());
    }
}
