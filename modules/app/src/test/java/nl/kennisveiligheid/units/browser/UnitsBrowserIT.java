package nl.kennisveiligheid.units.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import nl.kennisveiligheid.app.browser.BrowserTest;
import nl.kennisveiligheid.units.UnitExtensionPoints;
import nl.kennisveiligheid.units.UnitFixtures;
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
        visit("/units/edit.xhtml", 403);
        visit("/units/unit.xhtml?id=50", 403);
        visit("/units/import.xhtml", 403);
    }

    @Test
    void anotherInstitutionsUnitIsNotFoundOnEveryScreen() throws Exception {
        String id = registeredUnit("Buitenlab " + UUID.randomUUID().toString().substring(0, 6));
        loginAs("officer.hs");
        visit("/units/unit.xhtml?id=" + id);
        assertEquals("Er is geen hoog-risico onderdeel met dit nummer.", text(By.tagName("h1")));
        visit("/units/edit.xhtml?id=" + id);
        assertTrue(text(By.tagName("main")).contains("Er is geen hoog-risico onderdeel met dit nummer."), text(By.tagName("main")));
        assertTrue(driver().findElements(By.id("unit:save")).isEmpty(), "no form for another institution's unit");
        visit("/units/register/list.xhtml", 403);
        visit("/units/register/unit.xhtml?id=" + id, 403);
        String refusals = apiGet("/api/v1/audit-trail/records?action=access.refused&objectType=HighRiskUnit&objectId=" + id, "demo-token-auditor");
        assertTrue(refusals.contains("\"objectId\":\"" + id + "\""), "the attempts are audited: " + refusals);
    }

    @Test
    void assessorFindsARegisteredUnitInTheRegister() throws Exception {
        String name = "Registerlab " + UUID.randomUUID().toString().substring(0, 6);
        String id = registeredUnit(name);
        loginAs("assessor");
        assertTrue(menu().contains("Register"), menu().toString());
        assertTrue(text(By.cssSelector(".home-cards")).contains("in het register"), text(By.cssSelector(".home-cards")));
        visit("/units/register/list.xhtml");
        find(By.id("register:name")).sendKeys(name);
        find(By.id("register:cluster")).sendKeys("3");
        find(By.id("register:search")).click();
        // the first page before the search may already hold the unit: wait for the filtered table of one row
        String row = waitFor(d -> d.findElements(By.cssSelector("[id='register:table_data'] > tr")).size() == 1
                && d.findElement(By.id("register:table_data")).getText().contains(name) ? d.findElement(By.id("register:table_data")).getText() : null);
        awaitReady();
        // PrimeFaces disables the button during the request; check the page once it is enabled again
        waitFor(d -> !d.findElement(By.id("register:search")).getAttribute("class").contains("ui-state-disabled"));
        assertTrue(row.contains("Demo Universiteit") && row.contains("Geregistreerd"), row);
        checkPage(200);
        screenshot("register");
        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('register:export').href).then(r => r.text()).then(done, e => done('failed: ' + e));");
        assertTrue(csv.startsWith("id,institution_code,institution_name,name,kind") && csv.contains(name) && csv.split("\n").length == 2,
                "the export holds the filtered selection: " + csv);

        find(By.id("register:cluster")).clear();
        find(By.id("register:cluster")).sendKeys("13");
        find(By.id("register:search")).click();
        waitFor(d -> d.findElement(By.id("register:table_data")).getText().contains("Geen onderdelen gevonden"));

        visit("/units/register/unit.xhtml?id=" + id);
        assertEquals(name, text(By.id("unit-name")));
        assertTrue(text(By.id("unit-institution")).contains("Demo Universiteit"));
        assertTrue(text(By.id("unit:history")).contains("Geregistreerd"), text(By.id("unit:history")));
        assertTrue(driver().findElements(By.id("unit:edit")).isEmpty() && driver().findElements(By.id("unit:close")).isEmpty(), "read only");
        checkPage(200);
        screenshot("register-unit");
        visit("/units/unit.xhtml?id=" + id, 403);
    }

    @Test
    void officerConfirmsAUnitThatAnAnnex2ChangeTouches() throws Exception {
        String name = "Reviewlab " + UUID.randomUUID().toString().substring(0, 6);
        String id = registeredUnit(name);
        api("PUT", "/api/v1/test-support/units/" + id + "/review-mark", "text/plain", "ANNEX2 v2\nCHANGED 3 (titleNl,descriptionEn)", null);
        loginAs("officer.uni");
        String home = text(By.tagName("main"));
        assertTrue(home.contains("Onderdelen nakijken na een wijziging van Bijlage 2") && home.contains("bevestig de technologie"), home);
        checkPage(200);
        screenshot("home");
        visit("/units/list.xhtml?review=true");
        assertTrue(text(By.id("review-filter")).contains("alleen de onderdelen die moeten worden nagekeken"));
        filterWith(By.id("units:table:nameFilter"), name);
        waitFor(d -> d.findElement(By.id("units:table_data")).getText().contains(name));
        checkPage(200);

        visit("/units/unit.xhtml?id=" + id);
        String review = text(By.id("review-lines"));
        assertTrue(review.contains("Versie 2 van Bijlage 2 is in werking getreden")
                && review.contains("Bij 3 is gewijzigd: de titel (Nederlands), de omschrijving (Engels)."), review);
        checkPage(200);
        screenshot("review");
        visit("/units/unit.xhtml?id=" + id + "&lang=en");
        String english = text(By.id("review-lines"));
        assertTrue(english.contains("Version 2 of Annex 2 has taken effect")
                && english.contains("Changed in 3: the title (Dutch), the description (English)."), "in the reader's language: " + english);
        visit("/units/edit.xhtml?id=" + id);
        assertTrue(text(By.id("review-lines")).contains("Changed in 3"), "the form too: " + text(By.id("review-lines")));
        visit("/units/edit.xhtml?id=" + id + "&lang=nl");
        assertTrue(text(By.id("review-lines")).contains("Bij 3 is gewijzigd"), "the form says what to look at: " + text(By.id("review-lines")));
        visit("/units/unit.xhtml?id=" + id);
        find(By.id("unit:confirmReview")).click();
        waitFor(d -> d.findElement(By.id("unit:messages")).getText().contains("is bevestigd"));
        awaitReady();
        assertTrue(driver().findElements(By.id("unit:review")).isEmpty(), "the mark is gone");
        assertTrue(text(By.id("unit:history")).contains("Bevestigd: geldt nog na versie 2 van Bijlage 2."), text(By.id("unit:history")));
        checkPage(200);
    }

    @Test
    void officerImportsASpreadsheetAfterMendingWhatThePreviewShows() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        loginAs("officer.uni");
        visit("/units/list.xhtml");
        clickAndWaitForNewPage(By.id("import"));
        checkPage(200);
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("onderdelen-", ".csv");
        java.nio.file.Files.writeString(bad, "name;kind;entries;register\nImportlab " + suffix + ";Laboratorium;3: sensoren;\n"
                + "Importgroep " + suffix + ";Kelder;42: onbekend;\n");
        find(By.id("importForm:file_input")).sendKeys(bad.toString());
        waitFor(d -> !d.findElements(By.id("importForm:problems_data")).isEmpty());
        awaitReady();
        String problems = text(By.id("importForm:problems_data"));
        assertTrue(problems.contains("Regel 3 kind Onbekende soort \"Kelder\"") && problems.contains("Regel 3 entries Code 42 staat niet"), problems);
        checkPage(200);
        screenshot("import-problems");

        java.nio.file.Path good = java.nio.file.Files.createTempFile("onderdelen-", ".csv");
        java.nio.file.Files.writeString(good, "name;kind;entries;register\nImportlab " + suffix + ";Laboratorium;3: sensoren;\n"
                + "Importgroep " + suffix + ";Onderzoeksgroep;3: netwerken | 1: modellen;\n");
        find(By.id("importForm:file_input")).sendKeys(good.toString());
        waitFor(d -> !d.findElements(By.id("import-summary")).isEmpty());
        awaitReady();
        assertTrue(text(By.id("import-summary")).contains("2 onderdelen, waarvan 0 meteen geregistreerd"), text(By.id("import-summary")));
        assertTrue(text(By.id("importForm:rows_data")).contains("Importgroep " + suffix), text(By.id("importForm:rows_data")));
        checkPage(200);
        screenshot("import-preview");
        find(By.id("importForm:apply")).click();
        waitFor(d -> d.findElement(By.id("importForm:messages")).getText().contains("2 onderdelen zijn geïmporteerd."));
        awaitReady();
        clickAndWaitForNewPage(By.id("importForm:toList"));
        filterWith(By.id("units:table:nameFilter"), suffix);
        waitFor(d -> d.findElement(By.id("units:table_data")).getText().contains("Importgroep " + suffix));
    }

    @Test
    void unitPageShowsEachPartOnItsOwnTheAccessSectionAndNamesDependentsBeforeClosing() throws Exception {
        // marked: the test implementations of the extension points (UnitExtensionPointsIT) answer for this unit
        String name = UnitExtensionPoints.MARK + " " + UUID.randomUUID().toString().substring(0, 6);
        long id = UnitFixtures.unit(name).with("sites", "Campus Noord").with("buildings", "Gebouw B").with("rooms", "B 1.21\nB 1.23")
                .with("headName", "Prof. dr. A. de Vries").with("headEmail", "a.devries@demo-universiteit.nl")
                .with("measuresPhysical", "Toegang met pas en logging").with("measuresDigital", "Apart netwerksegment")
                .with("measuresOrganisational", "Bezoekers onder begeleiding").complete().registered(this::send).id();

        loginAs("officer.uni");
        visit("/units/unit.xhtml?id=" + id);
        checkPage(200);
        assertEquals("Campus Noord", text(By.id("current-sites")));
        assertEquals("Gebouw B", text(By.id("current-buildings")));
        assertEquals("B 1.21\nB 1.23", text(By.id("current-rooms")), "each room on its own line");
        assertEquals("Prof. dr. A. de Vries", text(By.id("current-headName")));
        assertEquals("a.devries@demo-universiteit.nl", text(By.id("current-headEmail")));
        assertEquals("Toegang met pas en logging", text(By.id("current-measuresPhysical")));
        assertEquals("Apart netwerksegment", text(By.id("current-measuresDigital")));
        assertEquals("Bezoekers onder begeleiding", text(By.id("current-measuresOrganisational")));
        String history = text(By.id("unit:history"));
        assertTrue(history.contains("Olga Officier") && !history.contains("token:") && !history.contains("officer.uni"),
                "a personal token's changes are its person's, by name: " + history);
        assertTrue(text(By.id("unit:test-access")).contains("Testpersoon A. Janssen"), "the access section renders its fragment");
        screenshot("unit-page");

        visit("/units/unit.xhtml?id=" + id + "&lang=en");
        checkPage(200);
        assertEquals("B 1.21\nB 1.23", text(By.id("current-rooms")));
        String english = text(By.id("unit"));
        assertTrue(english.contains("Rooms") && english.contains("Digital separation"), "labels in English: " + english);
        assertTrue(text(By.id("unit:history")).contains("Olga Officier"), text(By.id("unit:history")));
        screenshot("unit-page-en");
        visit("/units/unit.xhtml?id=" + id + "&lang=nl");

        find(By.id("unit:closedOn")).sendKeys("2027-02-01");
        find(By.id("unit:reason")).sendKeys("Lab verhuisd");
        find(By.id("unit:close")).click();
        waitFor(d -> !d.findElements(By.id("dependents")).isEmpty());
        awaitReady();
        String dependents = text(By.id("dependents"));
        assertTrue(dependents.contains("Lopende screeningsaanvraag SCR-2026-0042") && dependents.contains("Geldig toegangsbesluit BES-2026-0007"),
                dependents);
        assertEquals("Geregistreerd", text(By.id("unit-status")), "not closed before the second press");
        checkPage(200);
        screenshot("close-dependents");
        find(By.id("unit:close")).click();
        waitFor(d -> d.findElement(By.id("unit-status")).getText().equals("Gesloten"));
        awaitReady();
        checkPage(200);
    }

    /** A complete unit of Demo Universiteit, registered over REST: its id. */
    private String registeredUnit(String name) throws Exception {
        return String.valueOf(UnitFixtures.unit(name).complete().registered(this::send).id());
    }
}
