package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            return rows.contains("UserAccount auditor") && !rows.contains("login.failed") && !rows.contains("test.event");
        });
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
