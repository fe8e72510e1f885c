package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The system administrator reads the outgoing mail; every user has a notifications page; others may not read the outbox. */
class NotificationsBrowserIT extends BrowserTest {

    @Test
    void theSystemAdministratorReadsTheOutgoingMail() throws Exception {
        // something to read: a receipt for a submitted request is mailed to Demo Universiteit
        String unit = send("POST", "/api/v1/units", "demo-token-institution-officer", nl.kennisveiligheid.units.UnitFixtures.unit("Outboxlab "
                + java.util.UUID.randomUUID().toString().substring(0, 6)).complete().json()).replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        loginAs("sysadmin");
        visit("/platform/admin/outbox.xhtml");
        assertTrue(text(By.tagName("main")).contains("Uitgaande mail"), text(By.tagName("main")));
        screenshot("outbox");
        visit("/platform/account/notifications.xhtml");
        screenshot("notifications");
        assertTrue(unit.matches("\\d+"), unit);
    }

    @Test
    void othersCannotReadTheOutbox() {
        loginAs("assessor");
        visit("/platform/admin/outbox.xhtml", 403);
        visit("/platform/account/notifications.xhtml");
    }
}
