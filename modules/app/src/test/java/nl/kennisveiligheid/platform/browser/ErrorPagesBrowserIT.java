package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Friendly 403, 404, 500 and view-expired pages in both languages, also for failing AJAX requests. */
class ErrorPagesBrowserIT extends BrowserTest {

    @Test
    void notFoundInDutchAndEnglish() throws Exception {
        assertEquals(404, status("/no-such-page.xhtml"));
        visit("/no-such-page.xhtml", 404);
        assertEquals("Pagina niet gevonden", text(By.tagName("h1")));
        assertReferenceShownAndNoException();
        clickAndWaitForNewPage(By.id("language-switch"));
        checkPage(404);
        assertEquals("Page not found", text(By.tagName("h1")));
        assertTrue(text(By.cssSelector(".error-page__reference")).startsWith("When you contact the service desk"));
    }

    @Test
    void notFoundForAnyPath() throws Exception {
        assertFriendlyErrorPage("/nothing/here", 404, "Pagina niet gevonden");
    }

    @Test
    void forbidden() throws Exception {
        assertFriendlyErrorPage("/test-support/status/403", 403, "Geen toegang");
    }

    @Test
    void serverErrorShowsNoException() throws Exception {
        assertFriendlyErrorPage("/test-support/fail", 500, "Er ging iets mis");
    }

    private void assertFriendlyErrorPage(String path, int status, String heading) throws Exception {
        assertEquals(status, status(path));
        visit(path, status);
        assertEquals(heading, text(By.tagName("h1")));
        assertReferenceShownAndNoException();
    }

    @Test
    void failingAjaxRequestLeadsToTheErrorPage() {
        visit("/test-support/faces.xhtml");
        find(By.id("ts:ajaxFail")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Er ging iets mis"));
        awaitReady();
        consoleErrors(500);
        checkPage(200);
        assertReferenceShownAndNoException();
    }

    @Test
    void expiredViewSaysToReload() {
        visit("/test-support/faces.xhtml");
        find(By.id("ts:text")).sendKeys("some text");
        driver().manage().deleteAllCookies();
        clickAndWaitForNewPage(By.id("ts:submit"));
        checkPage(500);
        assertEquals("Pagina verlopen", text(By.tagName("h1")));
        assertReferenceShownAndNoException();
    }

    private void assertReferenceShownAndNoException() {
        String reference = text(By.cssSelector(".error-page__reference"));
        assertTrue(reference.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*"), "correlation id shown: " + reference);
        String body = text(By.tagName("body"));
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains(".java:"), body);
    }
}
