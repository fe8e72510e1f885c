package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The auditor verifies the chain and finds logins in the trail. */
class AuditTrailBrowserIT extends BrowserTest {

    @Test
    void auditorVerifiesTheChainAndFindsLogins() {
        loginAs("auditor");
        clickAndWaitForNewPage(By.linkText("Audittrail"));
        checkPage(200);
        assertEquals("Audittrail", text(By.tagName("h1")));
        find(By.id("audit:verify")).click();
        waitFor(d -> d.findElement(By.id("audit:verification-result")).getText().startsWith("De keten is intact"));
        filterWith(By.id("audit:records:actionFilter"), "login.succeeded");
        waitFor(d -> {
            String rows = d.findElement(By.id("audit:records_data")).getText();
            // the action and the object in words, the person by name (with the login beside it)
            return rows.contains("Gebruiker auditor") && !rows.contains("Inloggen mislukt") && !rows.contains("test.event");
        });
        String rows = text(By.id("audit:records_data"));
        assertTrue(rows.contains("Ingelogd") && rows.contains("het systeem") && !rows.contains("login.succeeded"), rows);
        awaitReady();
        checkPage(200);
    }

    @Test
    void otherRolesCannotOpenIt() {
        loginAs("assessor");
        visit("/platform/audit/trail.xhtml", 403);
        assertEquals("Geen toegang", text(By.tagName("h1")));
    }
}
