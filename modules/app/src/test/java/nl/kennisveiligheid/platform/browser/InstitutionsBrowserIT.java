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
