package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An institution administrator issues a token for a system (only roles given to systems), the system uses it, the
 * administrator revokes it; a system administrator cannot hand out a role that administers or decides; a decider issues
 * a personal token, which acts as her, so that what she prepares with it she cannot sign on screen.
 */
class TokensBrowserIT extends BrowserTest {

    @Test
    void issuedTokenWorksUntilRevoked() throws Exception {
        String name = "Badgesysteem " + UUID.randomUUID().toString().substring(0, 6);
        loginAs("admin.uni");
        visit("/platform/users/tokens.xhtml");
        assertEquals(List.of("INSTITUTION_OFFICER"), roles(), "an administrator's role is never a system's");
        find(By.id("tokens:name")).sendKeys(name);
        String token = issue();
        assertTrue(token.startsWith("ksv_"), token);

        assertEquals(200, institutions(token).statusCode());
        assertTrue(institutions(token).body().contains("Demo Universiteit"));

        find(By.cssSelector("#tokens\\:list_data button[aria-label='Intrekken " + name + "']")).click();
        waitFor(d -> d.findElement(By.id("tokens:list_data")).getText().contains("Ingetrokken"));
        awaitReady();
        checkPage(200);
        assertEquals(401, institutions(token).statusCode());
    }

    @Test
    void systemAdministratorIssuesTheAuthoritysSystemRolesOnly() {
        loginAs("sysadmin");
        visit("/platform/users/tokens.xhtml");
        assertEquals(List.of("AUTHORITY_ASSESSOR", "LIST_ADMIN", "AUDITOR"), roles(),
                "no decider, no administrator: a system administrator cannot hand anyone a role through a token");
    }

    @Test
    void aPersonalTokenActsAsItsPersonSoFourEyesSeeOnePerson() throws Exception {
        loginAs("decider");
        visit("/platform/account/tokens.xhtml");
        checkPage(200);
        assertEquals(List.of("AUTHORITY_DECIDER"), roles(), "a person's own roles");
        find(By.id("tokens:name")).sendKeys("Mijn scripts");
        String token = issue();
        screenshot("personal-token");

        nl.kennisveiligheid.units.UnitFixtures.Api api = (method, path, bearer, json) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + bearer)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.statusCode() + " " + response.body());
            return response.body();
        };
        long request = nl.kennisveiligheid.decisions.DecisionsFixtures.submitted(api, nl.kennisveiligheid.decisions.DecisionsFixtures.unit(api),
                "P-TOKEN-" + UUID.randomUUID().toString().substring(0, 6));
        String path = "/api/v1/assessments/" + request;
        String opened = api.send("GET", path, nl.kennisveiligheid.decisions.DecisionsFixtures.ASSESSOR, null);
        String saved = api.send("PUT", path, nl.kennisveiligheid.decisions.DecisionsFixtures.ASSESSOR, "{\"version\":"
                + nl.kennisveiligheid.decisions.DecisionsFixtures.version(opened) + ",\"data\":"
                + nl.kennisveiligheid.decisions.DecisionsFixtures.data("GRANTED", "[]", null, "2028-06-30") + "}");
        String prepared = api.send("POST", path + "/preparation", token, "{\"version\":" + nl.kennisveiligheid.decisions.DecisionsFixtures.version(saved) + "}");
        assertTrue(prepared.contains("\"preparedBy\":\"decider\""), prepared);

        visit("/decisions/assessment/edit.xhtml?request=" + request);
        checkPage(200);
        assertTrue(driver().findElements(By.id("assessment:sign")).isEmpty(), "what she prepared with her token she does not sign on screen");
        assertTrue(find(By.id("four-eyes")).getText().contains("vier ogen"), find(By.id("four-eyes")).getText());
        screenshot("four-eyes-across-credentials");
    }

    /** Issues the token the form holds; the token as the page shows it, once. */
    private String issue() {
        find(By.id("tokens:issue")).click();
        String token = waitFor(d -> {
            List<WebElement> shown = d.findElements(By.id("issued-token"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText();
        });
        awaitReady();
        checkPage(200);
        return token;
    }

    private List<String> roles() {
        return new Select(find(By.id("tokens:role"))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    private HttpResponse<String> institutions(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/institutions")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
