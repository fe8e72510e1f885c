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

/** An institution administrator issues a token for a system, the system uses it, the administrator revokes it. */
class TokensBrowserIT extends BrowserTest {

    @Test
    void issuedTokenWorksUntilRevoked() throws Exception {
        String name = "Badgesysteem " + UUID.randomUUID().toString().substring(0, 6);
        loginAs("admin.uni");
        visit("/platform/users/tokens.xhtml");
        assertEquals(List.of("INSTITUTION_OFFICER", "INSTITUTION_ADMIN"),
                new Select(find(By.id("tokens:role"))).getOptions().stream().map(o -> o.getAttribute("value")).toList());
        find(By.id("tokens:name")).sendKeys(name);
        find(By.id("tokens:issue")).click();
        String token = waitFor(d -> {
            List<WebElement> shown = d.findElements(By.id("issued-token"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText();
        });
        awaitReady();
        checkPage(200);
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
    void systemAdministratorIssuesAuthorityTokensOnly() {
        loginAs("sysadmin");
        visit("/platform/users/tokens.xhtml");
        List<String> roles = new Select(find(By.id("tokens:role"))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertTrue(!roles.contains("INSTITUTION_OFFICER") && roles.contains("AUTHORITY_ASSESSOR"), roles.toString());
    }

    private HttpResponse<String> institutions(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/institutions")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
