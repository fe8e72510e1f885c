package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The institutions overview: the shared lazy table filters and sorts in the database. */
class InstitutionsBrowserIT extends BrowserTest {

    private static final By ROWS = By.cssSelector("#institutions-form\\:institutions_data tr");

    @Test
    void showsTheDemoInstitutionsAndFiltersByName() {
        loginAs("sysadmin");
        visit("/platform/admin/institutions.xhtml");
        List<String> names = names();
        assertTrue(names.contains("Demo Universiteit") && names.contains("Demo Hogeschool"), names.toString());

        filterWith(By.id("institutions-form:institutions:nameFilter"), "hogesch");
        waitForRows(rows -> rows.size() == 1 && rows.get(0).getText().startsWith("Demo Hogeschool"));
        checkPage(200);
    }

    @Test
    void saysWhatToDoWhenNothingMatches() {
        loginAs("sysadmin");
        visit("/platform/admin/institutions.xhtml");
        filterWith(By.id("institutions-form:institutions:nameFilter"), "zzzz-no-such-institution");
        waitForRows(rows -> rows.size() == 1 && rows.get(0).getText().contains("Geen instellingen gevonden. Pas het filter aan"));
        checkPage(200);
    }

    @Test
    void systemAdministratorRegistersAnInstitution() {
        String code = "T" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        loginAs("sysadmin");
        visit("/platform/admin/institutions.xhtml");
        find(By.id("institutions-form:newName")).sendKeys("Testinstituut " + code);
        find(By.id("institutions-form:newCode")).sendKeys(code.toLowerCase());
        new org.openqa.selenium.support.ui.Select(find(By.id("institutions-form:newKind"))).selectByValue("TO2_INSTITUTE");
        find(By.id("institutions-form:register")).click();
        waitFor(d -> d.findElement(By.id("institutions-form:messages")).getText().contains("is geregistreerd"));
        awaitReady();
        checkPage(200);
        filterWith(By.id("institutions-form:institutions:codeFilter"), code);
        waitForRows(rows -> rows.size() == 1 && rows.get(0).getText().contains("Testinstituut " + code) && rows.get(0).getText().contains("TO2-instituut"));

        find(By.id("institutions-form:newName")).sendKeys("Dubbel");
        find(By.id("institutions-form:newCode")).sendKeys(code);
        find(By.id("institutions-form:register")).click();
        waitFor(d -> d.findElement(By.id("institutions-form:messages")).getText().contains("Er is al een instelling met deze code."));
        awaitReady();
        checkPage(200);
    }

    @Test
    void systemAdministratorEditsAnInstitutionAndIsToldWhenSomeoneElseChangedItFirst() throws Exception {
        String code = "E" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        loginAs("sysadmin");
        visit("/platform/admin/institutions.xhtml");
        find(By.id("institutions-form:newName")).sendKeys("Wijzigingsinstituut " + code);
        find(By.id("institutions-form:newCode")).sendKeys(code);
        find(By.id("institutions-form:register")).click();
        waitFor(d -> d.findElement(By.id("institutions-form:messages")).getText().contains("is geregistreerd"));
        awaitReady();
        filterWith(By.id("institutions-form:institutions:codeFilter"), code);
        waitForRows(rows -> rows.size() == 1 && rows.get(0).getText().contains(code));

        openEditor(code);
        find(By.id("institutions-form:editName")).clear();
        find(By.id("institutions-form:editName")).sendKeys("Hernoemd instituut " + code);
        find(By.id("institutions-form:save")).click();
        waitFor(d -> d.findElement(By.id("institutions-form:messages")).getText().contains("Instelling Hernoemd instituut " + code + " is gewijzigd."));
        awaitReady();
        waitForRows(rows -> rows.size() == 1 && rows.get(0).getText().contains("Hernoemd instituut " + code));
        checkPage(200);

        openEditor(code);
        find(By.id("institutions-form:editName")).clear();
        find(By.id("institutions-form:editName")).sendKeys("Mijn versie " + code);
        changeByApi(code, "Andermans versie " + code);
        find(By.id("institutions-form:save")).click();
        waitFor(d -> d.findElement(By.id("institutions-form:messages")).getText().contains("Iemand anders heeft dit intussen gewijzigd."));
        awaitReady();
        assertEquals("Mijn versie " + code, find(By.id("institutions-form:editName")).getAttribute("value"), "the input is kept");
        checkPage(200);
        String stored = apiGet("/api/v1/institutions?name=" + code, "demo-token-system-admin");
        assertTrue(stored.contains("Andermans versie " + code), "the other change is not overwritten: " + stored);
    }

    private void openEditor(String code) {
        find(By.cssSelector("#institutions-form\\:institutions_data button[aria-label^='Wijzigen']")).click();
        waitFor(d -> !d.findElements(By.id("institutions-form:editName")).isEmpty());
        awaitReady();
        assertTrue(text(By.id("edit-institution-heading")).contains(code));
    }

    /** Someone else renames the institution through the API, with the version they read. */
    private void changeByApi(String code, String newName) throws Exception {
        String read = apiGet("/api/v1/institutions?name=" + code, "demo-token-system-admin");
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("\"id\":(\\d+),\"kind\":\"([A-Z_0-9]+)\",\"name\":\"[^\"]*\",\"version\":(\\d+)").matcher(read);
        assertTrue(found.find(), read);
        int status = apiPut("/api/v1/institutions/" + found.group(1),
                "{\"name\":\"" + newName + "\",\"kind\":\"" + found.group(2) + "\",\"version\":" + found.group(3) + "}", "demo-token-system-admin");
        assertEquals(200, status);
    }

    private List<String> names() {
        return driver().findElements(By.cssSelector("#institutions-form\\:institutions_data tr td:first-child"))
                .stream().map(WebElement::getText).toList();
    }

    /** Waits until the rows satisfy the condition and no filter request is pending any more (filter delay 400 ms). */
    private void waitForRows(java.util.function.Predicate<List<WebElement>> condition) {
        waitFor(d -> {
            if (!condition.test(d.findElements(ROWS))) {
                return false;
            }
            try {
                Thread.sleep(600);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            awaitReady();
            return condition.test(d.findElements(ROWS));
        });
    }
}
