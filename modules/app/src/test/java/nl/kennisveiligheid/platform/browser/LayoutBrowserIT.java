package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The shared layout: Dutch by default, English on every page by the switch, footer statements. */
class LayoutBrowserIT extends BrowserTest {

    @Test
    void homePageIsDutchByDefaultAndSwitchesToEnglishAndBack() {
        visit("/");
        assertEquals("nl", find(By.tagName("html")).getAttribute("lang"));
        assertEquals("Welkom bij Screening kennisveiligheid", text(By.tagName("h1")));
        assertTrue(text(By.id("today")).startsWith("Vandaag is het "), text(By.id("today")));

        clickAndWaitForNewPage(By.id("language-switch"));
        checkPage(200);
        assertEquals("en", find(By.tagName("html")).getAttribute("lang"));
        assertEquals("Welcome to Knowledge-security screening", text(By.tagName("h1")));
        assertTrue(text(By.id("today")).startsWith("Today is "), text(By.id("today")));
        assertTrue(driver().getCurrentUrl().endsWith("/"), "the switch returns to the same page without ?lang: " + driver().getCurrentUrl());

        visit("/accessibility.xhtml");
        assertEquals("Accessibility statement", text(By.tagName("h1")), "the choice holds on the next page");

        clickAndWaitForNewPage(By.id("language-switch"));
        assertEquals("Toegankelijkheidsverklaring", text(By.tagName("h1")));
    }

    @Test
    void footerLeadsToAccessibilityAndPrivacyStatements() {
        visit("/");
        clickAndWaitForNewPage(By.linkText("Toegankelijkheid"));
        checkPage(200);
        assertEquals("Toegankelijkheidsverklaring", text(By.tagName("h1")));
        clickAndWaitForNewPage(By.linkText("Privacy"));
        checkPage(200);
        assertEquals("Privacyverklaring", text(By.tagName("h1")));
        clickAndWaitForNewPage(By.id("language-switch"));
        checkPage(200);
        assertEquals("Privacy statement", text(By.tagName("h1")));
    }

    @Test
    void navigationMarksTheCurrentPage() {
        loginAs("sysadmin");
        visit("/platform/admin/institutions.xhtml");
        assertEquals("Instellingen", text(By.cssSelector("nav a[aria-current='page']")));
        clickAndWaitForNewPage(By.cssSelector("nav a[href$='/index.xhtml']"));
        assertEquals("Start", text(By.cssSelector("nav a[aria-current='page']")));
    }
}
