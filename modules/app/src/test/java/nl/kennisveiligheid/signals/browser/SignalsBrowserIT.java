package nl.kennisveiligheid.signals.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import nl.kennisveiligheid.app.browser.BrowserTest;
import nl.kennisveiligheid.signals.SanctionsFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The sanctions lists in the browser: a list administrator loads the newer UN edition, previews and applies it and
 * reads the difference; an assessor searches a name ad hoc and reads the explanation; an institution officer gets 403.
 */
class SignalsBrowserIT extends BrowserTest {

    @Test
    void aListAdministratorLoadsTheNewerUnEditionAndSeesTheDifference() throws Exception {
        String loaded = api("POST", "/api/v1/sanctions-lists/UN/editions", "application/xml",
                new String(SanctionsFixtures.bytes(SanctionsFixtures.UN_2026_02_27), StandardCharsets.UTF_8), "demo-token-list-admin");
        assertTrue(loaded.contains("\"publishedOn\":\"2026-02-27\""), loaded);

        loginAs("listadmin");
        visit("/signals/lists/list.xhtml");
        assertTrue(text(By.id("lists")).contains("27 februari 2026"), text(By.id("lists")));
        screenshot("lists");

        find(By.id("load:file_input")).sendKeys(SanctionsFixtures.UN_2026_08_01.toAbsolutePath().normalize().toString());
        waitFor(d -> !d.findElements(By.id("load:preview-panel")).isEmpty());
        awaitReady();
        String preview = text(By.id("load:preview-panel"));
        assertTrue(preview.contains("Voorbeeld: nog niet toegepast") && preview.contains("16 toegevoegd, 8 verwijderd")
                && preview.contains("736 / 275 / 4144") && preview.contains("SDi.011"), preview);
        checkPage(200);
        screenshot("preview");

        find(By.id("load:apply")).click();
        waitFor(d -> d.findElement(By.id("messages")).getText().contains("is toegepast"));
        awaitReady();
        assertTrue(text(By.id("messages")).contains("16 toegevoegd, 8 verwijderd"), text(By.id("messages")));
        assertTrue(text(By.id("lists")).contains("1 augustus 2026"), text(By.id("lists")));
        checkPage(200);
        screenshot("applied");

        clickAndWaitForNewPage(By.linkText("VN-Veiligheidsraad, geconsolideerde lijst"));
        checkPage(200);
        String changes = text(By.cssSelector("[id$='changes']"));
        assertTrue(changes.contains("Toegevoegd") && changes.contains("Verwijderd") && changes.contains("SDi.011"), changes);
        assertTrue(text(By.id("editions")).contains("27 februari 2026"), text(By.id("editions")));
        screenshot("edition");
    }

    @Test
    void anAssessorSearchesANameAndReadsTheExplanation() throws Exception {
        loginAs("assessor");
        visit("/signals/search/search.xhtml");
        screenshot("empty");
        find(By.id("search:submit")).click();
        waitFor(d -> d.findElement(By.id("search:messages")).getText().contains("Verplicht veld"));
        awaitReady();
        checkPage(200);

        find(By.id("search:name")).sendKeys("Eric Badegé");
        find(By.id("search:nationality")).sendKeys("Atlantis");
        find(By.id("search:submit")).click();
        waitFor(d -> d.findElement(By.id("search:messages")).getText().contains("Onbekend land"));
        awaitReady();

        find(By.id("search:nationality")).clear();
        find(By.id("search:nationality")).sendKeys("Congo-Kinshasa");
        find(By.id("search:submit")).click();
        waitFor(d -> !d.findElements(By.id("search:hits")).isEmpty());
        awaitReady();
        String hits = text(By.id("search:hits"));
        assertTrue(hits.contains("CDi.001") && hits.contains("ERIC BADEGE"), hits);
        find(By.cssSelector("#search\\:hits .ui-row-toggler")).click();
        waitFor(d -> d.findElement(By.id("search:hits")).getText().contains("Woord voor woord"));
        awaitReady();
        String explanation = text(By.id("search:hits"));
        assertTrue(explanation.contains("badege") && explanation.contains("komt overeen") && explanation.contains("gelijk"), explanation);
        checkPage(200);
        screenshot("explanation");

        find(By.id("search:name")).clear();
        find(By.id("search:name")).sendKeys("Maria Jansen");
        find(By.id("search:nationality")).clear();
        find(By.id("search:submit")).click();
        waitFor(d -> !d.findElements(By.id("search:no-hits")).isEmpty());
        awaitReady();
        checkPage(200);

        visit("/signals/lists/countries.xhtml");
        String countries = text(By.id("countries"));
        assertTrue(countries.contains("Rusland") && countries.contains("signaal") && countries.contains("0,176"), countries);
        assertTrue(driver().findElements(By.id("load")).isEmpty(), "authority staff read the indicators; list administrators load them");
        screenshot("countries");

        // the same screens in English
        clickAndWaitForNewPage(By.id("language-switch"));
        checkPage(200);
        assertTrue(text(By.tagName("h1")).equals("Countries") && text(By.id("countries")).contains("Russia"), text(By.id("countries")));
        screenshot("countries-en");
        visit("/signals/search/search.xhtml");
        assertEquals("Sanctions check", text(By.tagName("h1")));
        find(By.id("search:name")).sendKeys("Eric Badege");
        find(By.id("search:submit")).click();
        waitFor(d -> !d.findElements(By.id("search:hits")).isEmpty());
        awaitReady();
        find(By.cssSelector("#search\\:hits .ui-row-toggler")).click();
        waitFor(d -> d.findElement(By.id("search:hits")).getText().contains("Word by word"));
        awaitReady();
        checkPage(200);
        screenshot("explanation-en");
        visit("/signals/lists/list.xhtml");
        assertEquals("Sanctions lists and organisations of concern", text(By.tagName("h1")));
        screenshot("lists-en");
        clickAndWaitForNewPage(By.id("language-switch"));
        assertEquals("Sanctielijsten en organisaties van zorg", text(By.tagName("h1")), "back to Dutch for the tests after this one");
    }

    @Test
    void institutionStaffDoNotSeeTheLists() throws Exception {
        loginAs("officer.uni");
        assertTrue(menu().stream().noneMatch(m -> m.contains("Sanctie")), menu().toString());
        visit("/signals/lists/list.xhtml", 403);
        visit("/signals/search/search.xhtml", 403);
        visit("/signals/lists/edition.xhtml?source=UN", 403);
    }
}
