package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** User administration: a new user gets a temporary password that must be changed; institution admins see their own users only. */
class UsersBrowserIT extends BrowserTest {

    @Test
    void newUserMustChangeTheTemporaryPasswordAtFirstLogin() {
        String username = "nieuw." + UUID.randomUUID().toString().substring(0, 8);
        loginAs("sysadmin");
        visit("/platform/users/users.xhtml");
        find(By.id("users:username")).sendKeys(username);
        find(By.id("users:displayName")).sendKeys("Nina Nieuw");
        new Select(find(By.id("users:role"))).selectByValue("INSTITUTION_OFFICER");
        new Select(find(By.id("users:institution"))).selectByVisibleText("Demo Hogeschool");
        find(By.id("users:create")).click();
        String temporary = waitFor(d -> {
            List<WebElement> shown = d.findElements(By.id("temporary-password"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText();
        });
        awaitReady();
        checkPage(200);
        assertEquals(16, temporary.length());

        loginAs(username, temporary, "/login.xhtml");
        assertTrue(driver().getCurrentUrl().endsWith("/platform/account/password.xhtml"), driver().getCurrentUrl());
        visit("/index.xhtml");
        assertTrue(driver().getCurrentUrl().endsWith("/platform/account/password.xhtml"), "no other page until the password is changed");
        find(By.id("password:current")).sendKeys(temporary);
        find(By.id("password:next")).sendKeys("een nieuw wachtwoord voor nina");
        find(By.id("password:repeat")).sendKeys("een nieuw wachtwoord voor nina");
        clickAndWaitForNewPage(By.id("password:save"));
        checkPage(200);
        assertTrue(driver().getCurrentUrl().endsWith("/index.xhtml"), driver().getCurrentUrl());
        assertEquals("Nina Nieuw", text(By.id("current-user")));
    }

    @Test
    void viewingAUsersContactDetailsIsAudited() throws Exception {
        String username = "inzage." + UUID.randomUUID().toString().substring(0, 8);
        loginAs("admin.uni");
        visit("/platform/users/users.xhtml");
        find(By.id("users:username")).sendKeys(username);
        find(By.id("users:displayName")).sendKeys("Ingrid Inzage");
        find(By.id("users:email")).sendKeys("geen-adres");
        find(By.id("users:create")).click();
        waitFor(d -> d.findElement(By.id("users:messages")).getText().contains("e-mailadres"));
        awaitReady();
        find(By.id("users:email")).clear();
        find(By.id("users:email")).sendKeys("ingrid@demo-universiteit.nl");
        find(By.id("users:create")).click();
        waitFor(d -> !d.findElements(By.id("temporary-password")).isEmpty());
        awaitReady();

        filterWith(By.id("users:list:usernameFilter"), username);
        waitFor(d -> d.findElements(By.cssSelector("#users\\:list_data tr")).size() == 1
                && d.findElement(By.id("users:list_data")).getText().contains(username));
        awaitReady();
        find(By.cssSelector("#users\\:list_data button[aria-label='Gegevens " + username + "']")).click();
        waitFor(d -> !d.findElements(By.id("details-email")).isEmpty());
        awaitReady();
        assertEquals("ingrid@demo-universiteit.nl", text(By.id("details-email")));
        assertTrue(text(By.id("users:details")).contains("vastgelegd in de audittrail"));
        assertTrue(text(By.id("users:details")).matches("(?s).*Aangemaakt\\s+\\d{1,2} \\p{L}+ 20\\d\\d.*\\(Arend Beheerder\\).*"), text(By.id("users:details")));
        checkPage(200);

        String records = apiGet("/api/v1/audit-trail/records?action=personal-data.viewed&actor=admin.uni&objectType=UserAccount", "demo-token-auditor");
        assertTrue(records.contains("\"action\":\"personal-data.viewed\""), records);
    }

    @Test
    void tooShortNewPasswordIsExplainedOnTheField() {
        String username = "kort." + UUID.randomUUID().toString().substring(0, 8);
        loginAs("admin.uni");
        visit("/platform/users/users.xhtml");
        find(By.id("users:username")).sendKeys(username);
        find(By.id("users:displayName")).sendKeys("Kees Kort");
        find(By.id("users:create")).click();
        String temporary = waitFor(d -> {
            List<WebElement> shown = d.findElements(By.id("temporary-password"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText();
        });
        loginAs(username, temporary, "/login.xhtml");
        find(By.id("password:current")).sendKeys(temporary);
        find(By.id("password:next")).sendKeys("kort");
        find(By.id("password:repeat")).sendKeys("kort");
        clickAndWaitForNewPage(By.id("password:save"));
        checkPage(200);
        assertTrue(text(By.id("password:messages")).contains("ten minste 12 tekens"), text(By.id("password:messages")));
    }

    @Test
    void institutionAdministratorSeesAndGivesOnlyTheirOwnInstitutionsUsersAndRoles() {
        loginAs("admin.uni");
        visit("/platform/users/users.xhtml");
        String users = text(By.id("users:list_data"));
        assertTrue(users.contains("officer.uni") && users.contains("admin.uni"), users);
        assertFalse(users.contains("officer.hs") || users.contains("sysadmin"), users);
        List<String> roles = new Select(find(By.id("users:role"))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertEquals(List.of("INSTITUTION_OFFICER", "INSTITUTION_ADMIN"), roles);
        assertTrue(driver().findElements(By.id("users:institution")).isEmpty(), "no institution choice: always their own");
        visit("/platform/admin/institutions.xhtml", 403);
    }

    @Test
    void deactivatedUserCannotLogIn() {
        String username = "weg." + UUID.randomUUID().toString().substring(0, 8);
        loginAs("admin.hs");
        visit("/platform/users/users.xhtml");
        find(By.id("users:username")).sendKeys(username);
        find(By.id("users:displayName")).sendKeys("Wim Weg");
        find(By.id("users:create")).click();
        String temporary = waitFor(d -> {
            List<WebElement> shown = d.findElements(By.id("temporary-password"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText();
        });
        filterWith(By.id("users:list:usernameFilter"), username);
        waitFor(d -> d.findElements(By.cssSelector("#users\\:list_data tr")).size() == 1
                && d.findElement(By.id("users:list_data")).getText().contains(username));
        awaitReady();
        find(By.cssSelector("#users\\:list_data button[aria-label='Deactiveren " + username + "']")).click();
        waitFor(d -> d.findElement(By.id("users:list_data")).getText().contains("Gedeactiveerd"));
        awaitReady();
        checkPage(200);
        driver().manage().deleteAllCookies();
        visit("/login.xhtml");
        find(By.id("login:username")).sendKeys(username);
        find(By.id("login:password")).sendKeys(temporary);
        clickAndWaitForNewPage(By.id("login:submit"));
        assertTrue(text(By.id("login:messages")).startsWith("Gebruikersnaam of wachtwoord klopt niet, of het account is tijdelijk geblokkeerd."));
    }
}
