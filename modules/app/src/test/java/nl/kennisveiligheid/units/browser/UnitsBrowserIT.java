package nl.kennisveiligheid.units.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** An institution officer registers a high-risk unit end to end; other roles cannot open the institution's unit pages. */
class UnitsBrowserIT extends BrowserTest {

    @Test
    void officerCreatesCompletesAndRegistersAUnit() throws Exception {
        String name = "Kwantumlab " + UUID.randomUUID().toString().substring(0, 6);
        loginAs("officer.uni");
        visit("/units/list.xhtml");
        checkPage(200);
        clickAndWaitForNewPage(By.id("new"));
        checkPage(200);

        find(By.id("unit:headEmail")).sendKeys("geen-adres");
        find(By.id("unit:save")).click();
        waitFor(d -> d.findElement(By.id("unit:messages")).getText().contains("niet opgeslagen"));
        awaitReady();
        String form = text(By.id("unit"));
        assertTrue(form.contains("Vul dit veld in.") && form.contains("Vul een geldig e-mailadres in"), form);
        checkPage(200);
        screenshot("form-errors");

        find(By.id("unit:name")).sendKeys(name);
        new Select(find(By.id("unit:kind"))).selectByValue("LABORATORY");
        new Select(find(By.id("unit:entries:0:entry"))).selectByVisibleText("3 Kwantumtechnologie");
        find(By.id("unit:entries:0:reason")).sendKeys("Kwantumsensoren");
        find(By.id("unit:headEmail")).clear();
        find(By.id("unit:headEmail")).sendKeys("hoofd@demo-universiteit.nl");
        clickAndWaitForNewPage(By.id("unit:save"));
        checkPage(200);
        assertEquals(name, text(By.id("unit-name")));
        assertEquals("Concept", text(By.id("unit-status")));

        find(By.id("unit:register")).click();
        waitFor(d -> d.findElement(By.id("unit:messages")).getText().contains("nog niet compleet"));
        awaitReady();
        assertTrue(text(By.id("unit:messages")).contains("Contactpersoon kennisveiligheid: Vul dit veld in."), text(By.id("unit:messages")));
        checkPage(200);

        clickAndWaitForNewPage(By.id("unit:edit"));
        find(By.id("unit:rooms")).sendKeys("Lab 2.14");
        find(By.id("unit:headName")).sendKeys("Prof. H. Hoofd");
        find(By.id("unit:contactName")).sendKeys("K. Contact");
        find(By.id("unit:contactEmail")).sendKeys("ks@demo-universiteit.nl");
        find(By.id("unit:measuresPhysical")).sendKeys("Toegang met pas, bezoekers onder begeleiding");
        clickAndWaitForNewPage(By.id("unit:save"));
        find(By.id("unit:register")).click();
        waitFor(d -> d.findElement(By.id("unit-status")).getText().equals("Geregistreerd"));
        awaitReady();
        checkPage(200);
        screenshot("registered");

        visit("/units/list.xhtml");
        filterWith(By.id("units:table:nameFilter"), name);
        waitFor(d -> d.findElement(By.id("units:table_data")).getText().contains(name));
        assertTrue(text(By.id("units:table_data")).contains("Geregistreerd"), text(By.id("units:table_data")));
        checkPage(200);
    }

    @Test
    void otherRolesCannotOpenTheInstitutionsUnitPages() {
        loginAs("assessor");
        visit("/units/list.xhtml", 403);
    }
}
