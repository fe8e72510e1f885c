package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A signed-in user is warned before the session expires and can continue without losing the page. */
class SessionTimeoutBrowserIT extends BrowserTest {

    @Test
    void warnsBeforeTheSessionExpiresAndContinues() {
        loginAs("officer.uni");
        driver().get(url("/index.xhtml?sessionWarningSeconds=4"));
        awaitReady();
        assertTrue(!find(By.id("session-warning")).isDisplayed(), "no warning while active");
        waitFor(d -> d.findElement(By.id("session-warning")).isDisplayed());
        assertTrue(text(By.id("session-warning")).contains("Uw sessie verloopt over 2 minuten"));
        checkPage(200);
        find(By.id("session:keepAlive")).click();
        waitFor(d -> !d.findElement(By.id("session-warning")).isDisplayed());
        awaitReady();
        assertEquals("Olga Officier", text(By.id("current-user")), "still signed in");
    }
}
