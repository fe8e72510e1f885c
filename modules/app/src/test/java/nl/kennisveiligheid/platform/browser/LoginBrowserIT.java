package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Form login for every demo role, each with its own menu (docs/roles.md); logout; wrong password; wrong role. */
class LoginBrowserIT extends BrowserTest {

    @ParameterizedTest(name = "{0} sees {2}")
    @CsvSource(delimiter = ';', value = {
            "officer.uni; Olga Officier; Start|Bijlage 2|Onderdelen|Screeningsaanvragen|Toegang|Termijnen",
            "admin.uni; Arend Beheerder; Start|Bijlage 2|Onderdelen|Screeningsaanvragen|Toegang|Termijnen|Gebruikers|API-tokens",
            "officer.hs; Hanna Officier; Start|Bijlage 2|Onderdelen|Screeningsaanvragen|Toegang|Termijnen",
            "admin.hs; Bram Beheerder; Start|Bijlage 2|Onderdelen|Screeningsaanvragen|Toegang|Termijnen|Gebruikers|API-tokens",
            "assessor; Toon Toetser; Start|Bijlage 2|Register|Werkvoorraad|Sanctiecontrole|Signaalmeldingen|Besluitenregister|Sanctielijsten|Termijnen",
            "decider; Bea Beslisser; Start|Bijlage 2|Register|Werkvoorraad|Sanctiecontrole|Signaalmeldingen|Besluitenregister|Sanctielijsten|Termijnen",
            "listadmin; Lies Lijstbeheerder; Start|Bijlage 2|Lijstbeheer|Sanctielijsten|Termijnen",
            "sysadmin; Sam Systeembeheerder; Start|Bijlage 2|Termijnen|Gebruikers|API-tokens|Instellingen|Termijnkalender|Uitgaande mail",
            "auditor; Aad Auditor; Start|Bijlage 2|Termijnen|Audittrail"})
    void everyDemoRoleLogsInAndSeesItsOwnMenu(String username, String displayName, String expectedMenu) {
        loginAs(username);
        assertEquals(displayName, text(By.id("current-user")));
        assertEquals(List.of(expectedMenu.split("\\|")), menu());
        clickAndWaitForNewPage(By.id("logout:logoutButton"));
        assertTrue(consoleErrors(200).isEmpty(), "the logged-out page loads cleanly (it is the login page, checked below)");
        assertTrue(driver().getCurrentUrl().contains("/login.xhtml"), driver().getCurrentUrl());
        assertEquals("U bent uitgelogd.", text(By.id("logged-out")));
        assertEquals(List.of("Start"), menu());
    }

    @Test
    void protectedPageAsksForLoginAndReturnsAfterwards() {
        visit("/platform/admin/institutions.xhtml");
        assertEquals("Inloggen", text(By.tagName("h1")));
        loginAs("sysadmin", DEMO_PASSWORD, "/platform/admin/institutions.xhtml");
        assertTrue(driver().getCurrentUrl().endsWith("/platform/admin/institutions.xhtml"), driver().getCurrentUrl());
        assertEquals("Instellingen", text(By.tagName("h1")));
    }

    @Test
    void wrongPasswordSaysSoAndStaysOnTheLoginPage() {
        visit("/login.xhtml"); // the login page, checked (axe) here for every test that logs in
        find(By.id("login:username")).sendKeys("officer.hs");
        find(By.id("login:password")).sendKeys("not-the-password");
        clickAndWaitForNewPage(By.id("login:submit"));
        checkPage(200);
        assertTrue(text(By.id("login:messages")).startsWith("Gebruikersnaam of wachtwoord klopt niet, of het account is tijdelijk geblokkeerd."), text(By.id("login:messages")));
        assertEquals("Inloggen", text(By.tagName("h1")));
    }

    @Test
    void anotherRolesPageIsForbidden() throws Exception {
        loginAs("officer.uni");
        visit("/platform/admin/institutions.xhtml", 403);
        assertEquals("Geen toegang", text(By.tagName("h1")));
        assertTrue(text(By.cssSelector(".error-page__reference")).matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*"), "the refused request has a reference too");
    }

    @Test
    void theSessionCookieDoesNotOpenTheApi() {
        loginAs("sysadmin");
        driver().get(url("/api/v1/institutions"));
        assertTrue(driver().getPageSource().contains("\"status\":401"), driver().getPageSource());
        consoleErrors(401);
    }
}
