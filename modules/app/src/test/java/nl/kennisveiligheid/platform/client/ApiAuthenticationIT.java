package nl.kennisveiligheid.platform.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/** API access: only bearer tokens; 401 without a usable token, 403 without the role, data scoped to the token's institution. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAuthenticationIT {

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void missingTokenIs401ProblemJson() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/institutions", null, null);
        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(response.body().contains("\"title\":\"Niet aangemeld\""), response.body());
    }

    @Test
    void unknownTokenIs401InTheCallersLanguage() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + "/api/v1/institutions"))
                .header("Authorization", "Bearer ksv_not-a-real-token").header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("The token is unknown, expired or revoked."), response.body());
    }

    @Test
    void tokenWithoutTheRoleIs403() throws Exception {
        HttpResponse<String> response = send("PUT", "/api/v1/legal-calendar/equated-days/2031-05-30", "demo-token-institution-officer",
                "{\"description\":\"x\",\"legalReference\":\"y\"}");
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":403"), response.body());
    }

    @Test
    void everyRefusedRoleCheckIsAudited() throws Exception {
        assertEquals(403, send("GET", "/api/v1/signal-alerts", "demo-token-institution-officer", null).statusCode(), "an endpoint's roles");
        assertEquals(403, send("POST", "/api/v1/signal-alerts/rescreen", "demo-token-auditor", "").statusCode());
        assertRecorded("SignalAlertsResource.list", "officer.uni");
        assertRecorded("SignalAlertsResource.rescreen", "auditor");
    }

    /** The newest access.refused record on the endpoint names the actor (read again for a few seconds: the trail is shared). */
    private void assertRecorded(String endpoint, String actor) throws Exception {
        String body = "";
        for (int attempt = 0; attempt < 20; attempt++) {
            body = send("GET", "/api/v1/audit-trail/records?action=access.refused&objectType=" + endpoint + "&size=20", "demo-token-auditor", null).body();
            if (body.contains("\"objectType\":\"" + endpoint + "\"") && body.contains("\"actor\":\"" + actor + "\"")) {
                return;
            }
            Thread.sleep(250);
        }
        String recent = send("GET", "/api/v1/audit-trail/records?action=access.refused&size=10", "demo-token-auditor", null).body();
        throw new AssertionError("the refusal of " + endpoint + " by " + actor + " is not in the audit trail: " + body + "; the newest refusals: " + recent);
    }

    @Test
    void systemAdministratorMaintainsEquatedDays() throws Exception {
        assertEquals(204, send("PUT", "/api/v1/legal-calendar/equated-days/2031-05-30", "demo-token-system-admin",
                "{\"description\":\"Vrijdag na Hemelvaartsdag\",\"legalReference\":\"Besluit (test)\"}").statusCode());
        HttpResponse<String> year = send("GET", "/api/v1/legal-calendar/holidays?year=2031", "demo-token-institution-officer", null);
        assertTrue(year.body().contains("\"date\":\"2031-05-30\""), year.body());
        assertEquals(204, send("DELETE", "/api/v1/legal-calendar/equated-days/2031-05-30", "demo-token-system-admin", null).statusCode());
        assertTrue(!send("GET", "/api/v1/legal-calendar/holidays?year=2031", "demo-token-auditor", null).body().contains("2031-05-30"));
    }

    @Test
    void institutionTokenSeesOnlyItsOwnInstitution() throws Exception {
        HttpResponse<String> list = send("GET", "/api/v1/institutions", "demo-token-institution-officer", null);
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Demo Universiteit") && !list.body().contains("Demo Hogeschool"), list.body());
        HttpResponse<String> all = send("GET", "/api/v1/institutions?name=demo", "demo-token-authority-assessor", null);
        assertTrue(all.body().contains("Demo Hogeschool"), all.body());
        String other = all.body().replaceAll("(?s).*\\{\"code\":\"DEMO-HS\",\"id\":(\\d+).*", "$1");
        assertEquals(404, send("GET", "/api/v1/institutions/" + other, "demo-token-institution-officer", null).statusCode());
        HttpResponse<String> audited = send("GET", "/api/v1/audit-trail/records?action=access.refused&objectType=Institution&objectId=" + other,
                "demo-token-auditor", null);
        assertTrue(audited.body().contains("\"actor\":\"officer.uni\"") && audited.body().contains("\"objectId\":\"" + other + "\""),
                "the refused attempt is in the audit trail: " + audited.body());
        assertEquals(200, send("GET", "/api/v1/institutions/" + other, "demo-token-authority-assessor", null).statusCode());
    }
}
