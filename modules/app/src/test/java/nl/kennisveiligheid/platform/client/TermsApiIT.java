package nl.kennisveiligheid.platform.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/v1/terms}: the term calculator over REST, for any signed-in user's token, and its bad parameters. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TermsApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String query, String token, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + "/api/v1/terms?" + query))
                .header("Authorization", "Bearer " + token);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDecisionPeriodWithTwoOverlappingSupplementsForAnInstitutionsToken() throws Exception {
        HttpResponse<String> answer = get("start=2026-10-26&weeks=4&suspension=2026-11-02/2026-11-16&suspension=2026-11-10/2026-11-20",
                "demo-token-institution-officer", null);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"end\":\"2026-12-10\""), "3 to 19 November suspended once: " + answer.body());
        assertTrue(answer.body().contains("\"kind\":\"SUSPENSION\"") && answer.body().contains("3 november 2026 tot en met 15 november 2026"), answer.body());
    }

    @Test
    void namedTermsMonthsAndTheAtwLeftOutForATermTheAuthoritySets() throws Exception {
        HttpResponse<String> supplement = get("start=2026-11-28&term=SUPPLEMENT", "demo-token-authority-assessor", "en");
        assertEquals(200, supplement.statusCode(), supplement.body());
        assertTrue(supplement.body().contains("\"end\":\"2026-12-12\"") && supplement.body().contains("NOT_STATUTORY")
                && supplement.body().contains("\"statutory\":false"), "Awb 4:5, a Saturday: " + supplement.body());
        HttpResponse<String> objection = get("start=2026-11-28&term=objection", "demo-token-auditor", null);
        assertTrue(objection.body().contains("\"end\":\"2027-01-11\""), "6 weeks: Saturday 9 January 2027 runs on: " + objection.body());
        HttpResponse<String> months = get("start=2026-01-31&months=1", "demo-token-list-admin", null);
        assertTrue(months.body().contains("\"end\":\"2026-03-02\""), months.body());
        HttpResponse<String> backwards = get("start=2026-12-30&days=10&backwards=true", "demo-token-system-admin", null);
        assertTrue(backwards.body().contains("\"end\":\"2026-12-20\"") && backwards.body().contains("BACKWARDS"), backwards.body());
    }

    @Test
    void badParametersAreA400NamingTheParameter() throws Exception {
        String token = "demo-token-institution-officer";
        String[][] cases = {
                {"start=2026-02-30&weeks=4", "start"}, {"weeks=4", "start"}, {"start=2026-11-02", "weeks"},
                {"start=2026-11-02&weeks=4&days=3", "days"}, {"start=2026-11-02&weeks=-1", "weeks"}, {"start=2026-11-02&days=abc", "days"},
                {"start=2026-11-02&months=9999999", "months"}, {"start=2026-11-02&term=NOPE", "term"},
                {"start=2026-11-02&weeks=4&suspension=2026-11-16/2026-11-02", "suspension"},
                {"start=2026-11-02&weeks=4&suspension=2026-11-16", "suspension"},
                {"start=2026-10-26&weeks=4&suspension=2026-11-24/2026-11-30", "suspension"},
                {"start=2026-11-02&weeks=4&statutory=maybe", "statutory"}};
        for (String[] bad : cases) {
            HttpResponse<String> answer = get(bad[0], token, null);
            assertEquals(400, answer.statusCode(), bad[0] + ": " + answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""), bad[0]);
            assertTrue(answer.body().contains("\"field\":\"" + bad[1] + "\""), bad[0] + " names " + bad[1] + ": " + answer.body());
        }
        assertEquals(401, get("start=2026-11-02&weeks=4", "no-such-token", null).statusCode());
    }
}
