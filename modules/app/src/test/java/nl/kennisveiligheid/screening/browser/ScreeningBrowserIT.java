package nl.kennisveiligheid.screening.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.kennisveiligheid.app.browser.BrowserTest;
import nl.kennisveiligheid.app.it.FixedClockExtension;
import nl.kennisveiligheid.screening.ScreeningFixtures;
import nl.kennisveiligheid.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The intake in the browser: an officer fills in and submits a request, an assessor finds it in the queue and asks
 * for a supplement, the officer answers; the due date both see moves as the law says (the worked example:
 * asked on Monday 2 November, answered on Monday 16 November, 13 days suspended).
 */
@ExtendWith(FixedClockExtension.class)
class ScreeningBrowserIT extends BrowserTest {

    private void clockAt(String instant) throws Exception {
        api("PUT", "/api/v1/test-support/clock?at=" + instant, null, null, "demo-token-institution-officer");
    }

    private void logout() {
        clickAndWaitForNewPage(By.id("logout:logoutButton"));
    }

    @Test
    void anOfficerSubmitsAnAssessorAsksForASupplementAndTheDueDateMoves() throws Exception {
        clockAt("2026-10-26T09:00:00Z");
        String unitName = "Kwantumlab " + UUID.randomUUID().toString().substring(0, 6);
        long unit = UnitFixtures.unit(unitName).complete().entry("annex2-quantum", "Kwantumsensoren").registered(this::send).id();
        String surname = "Jansen-" + UUID.randomUUID().toString().substring(0, 4);

        loginAs("officer.uni");
        visit("/screening/requests/list.xhtml");
        screenshot("requests");
        clickAndWaitForNewPage(By.id("new"));
        checkPage(200);
        find(By.id("request:personReference")).sendKeys("UNI-" + surname);
        find(By.id("request:surname")).sendKeys(surname);
        find(By.id("request:birthDate")).sendKeys("2099-01-01");
        find(By.id("request:save")).click();
        waitFor(d -> d.findElement(By.id("request")).getText().contains("Een geboortedatum kan niet in de toekomst liggen."));
        awaitReady();
        checkPage(200);
        screenshot("form-errors");

        // submitting the incomplete draft names every missing field at once, each a link to its field; the labels mark them
        find(By.id("request:submit")).click();
        waitFor(d -> !d.findElements(By.id("request:problem-summary")).isEmpty());
        awaitReady();
        checkPage(200);
        List<WebElement> missing = driver().findElements(By.cssSelector("[id='request:problem-summary'] li"));
        String summary = text(By.id("request:problem-summary"));
        assertTrue(missing.size() >= 15, "every missing field is named: " + summary);
        assertTrue(summary.contains("Voornamen") || summary.contains("Voornaam"), summary);
        assertTrue(driver().findElements(By.cssSelector("[id='request:problem-summary'] a[href='#request:givenNames']")).size() == 1,
                "each problem links to its field: " + summary);
        assertTrue(driver().findElements(By.cssSelector("label[for='request:givenNames'] .ui-outputlabel-rfi")).size() == 1,
                "a field needed to submit is marked at its label");
        assertTrue(driver().findElements(By.cssSelector("label[for='request:otherScriptNames'] .ui-outputlabel-rfi")).isEmpty(),
                "an optional field is not marked");
        screenshot("submit-incomplete");

        find(By.id("request:givenNames")).sendKeys("Pieter");
        find(By.id("request:birthDate")).clear();
        find(By.id("request:birthDate")).sendKeys("1997-03-04");
        find(By.id("request:birthPlace")).sendKeys("Groningen");
        new Select(find(By.id("request:birthCountry"))).selectByValue("NL");
        new Select(find(By.id("request:nationality1"))).selectByValue("NL");
        find(By.id("request:email")).sendKeys("p.jansen@example.nl");
        new Select(find(By.id("request:idDocumentType"))).selectByValue("PASSPORT");
        find(By.id("request:idDocumentNumber")).sendKeys("NP1234567");
        new Select(find(By.id("request:role"))).selectByValue("PHD_CANDIDATE");
        new Select(find(By.id("request:unitId"))).selectByValue(String.valueOf(unit));
        waitFor(d -> !d.findElements(By.cssSelector("[id='request:entryKeys'] input")).isEmpty());
        awaitReady();
        find(By.cssSelector("[id='request:entryKeys'] input")).click();
        find(By.id("request:researchTopic")).sendKeys("Foutcorrectie in kwantumsensoren");
        find(By.id("request:supervisor")).sendKeys("Prof. dr. B. Bakker");
        find(By.id("request:intendedStart")).sendKeys("2027-01-01");
        find(By.id("request:intendedEnd")).sendKeys("2030-12-31");
        find(By.id("request:affiliations:0:affOrganisation")).sendKeys("Rijksuniversiteit Groningen");
        new Select(find(By.id("request:affiliations:0:affCountry"))).selectByValue("NL");
        find(By.id("request:affiliations:0:affFrom")).sendKeys("2019-09-01");
        new Select(find(By.id("request:funding:0:fundKind"))).selectByValue("OWN_INSTITUTION");
        clickAndWaitForNewPage(By.id("request:save"));
        checkPage(200);
        assertTrue(text(By.id("request:messages")).contains("Bewaard"), text(By.id("request:messages")));
        java.nio.file.Path cv = java.nio.file.Files.createTempFile("cv-", ".pdf");
        java.nio.file.Files.write(cv, ScreeningFixtures.pdf());
        find(By.cssSelector("[id='attachments:file_input']")).sendKeys(cv.toAbsolutePath().toString());
        waitFor(d -> d.findElement(By.id("attachment-list")).getText().contains(cv.getFileName().toString()));
        awaitReady();
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("publicaties-", ".pdf");
        java.nio.file.Files.writeString(fake, "geen pdf, alleen tekst");
        find(By.cssSelector("[id='attachments:file_input']")).sendKeys(fake.toAbsolutePath().toString());
        waitFor(d -> d.findElement(By.id("attachments:attachmentMessages")).getText().contains("is geen pdf"));
        awaitReady();
        checkPage(200);
        screenshot("form");

        clickAndWaitForNewPage(By.id("request:submit"));
        checkPage(200);
        assertTrue(text(By.id("page:messages")).contains("Het besluit valt uiterlijk op 23 november 2026"), text(By.id("page:messages")));
        assertTrue(text(By.id("request-reference")).matches("KVS-2026-\\d{6}"), text(By.id("request-reference")));
        String reference = text(By.id("request-reference"));
        assertEquals("23 november 2026", text(By.id("due-on")).trim());
        screenshot("submitted");
        logout();

        clockAt("2026-11-02T09:00:00Z");
        loginAs("assessor");
        assertTrue(text(By.tagName("main")).contains("Nieuw binnengekomen, nog niet toegewezen"), "the home page lists the new requests");
        visit("/screening/queue/list.xhtml?view=NEW");
        filterWith(By.id("queue:table:referenceFilter"), reference);
        waitFor(d -> d.findElements(By.cssSelector("[id='queue:table_data'] > tr")).size() == 1
                && d.findElement(By.id("queue:table_data")).getText().contains(reference));
        awaitReady();
        checkPage(200);
        screenshot("queue");
        clickAndWaitForNewPage(By.linkText(reference));
        checkPage(200);
        assertTrue(text(By.id("person-name")).contains(surname));
        clickAndWaitForNewPage(By.id("page:take"));
        find(By.id("page:questions")).sendKeys("Stuur het cv van de afgelopen vijf jaar.");
        find(By.id("page:answerBy")).sendKeys("2026-11-16");
        clickAndWaitForNewPage(By.id("page:askSupplement"));
        checkPage(200);
        assertEquals("Wacht op aanvulling", text(By.id("request-status")));
        assertEquals("7 december 2026", text(By.id("due-on")).trim(), "at the latest: 13 days suspended, then Monday");
        screenshot("supplement-asked");
        logout();

        clockAt("2026-11-16T09:00:00Z");
        loginAs("officer.uni");
        assertTrue(text(By.tagName("main")).contains("Aanvullingen gevraagd door de screeningsautoriteit")
                && text(By.tagName("main")).contains(reference), "the home page lists the supplement asked: " + text(By.tagName("main")));
        assertTrue(text(By.id("notifications-link")).startsWith("Meldingen ("), "the unread count in the header: " + text(By.id("notifications-link")));
        clickAndWaitForNewPage(By.id("notifications-link"));
        checkPage(200);
        assertTrue(text(By.id("list")).contains("Verzoek om aanvulling bij screeningsaanvraag " + reference), text(By.id("list")));
        assertTrue(text(By.id("list")).contains("Ontvangstbevestiging screeningsaanvraag " + reference), text(By.id("list")));
        screenshot("notifications");
        clickAndWaitForNewPage(By.linkText("Verzoek om aanvulling bij screeningsaanvraag " + reference));
        assertTrue(text(By.tagName("main")).contains("Stuur het cv van de afgelopen vijf jaar."));
        screenshot("supplement-to-answer");
        find(By.id("page:answer")).sendKeys("Het cv staat hieronder.");
        clickAndWaitForNewPage(By.id("page:sendAnswer"));
        checkPage(200);
        assertEquals("Ingediend", text(By.id("request-status")));
        assertEquals("7 december 2026", text(By.id("due-on")).trim(), "3 to 15 November suspended");
        find(By.cssSelector("details summary")).click();
        assertTrue(text(By.id("calculation")).contains("13"), text(By.id("calculation")));
        screenshot("answered");
        logout();

        loginAs("assessor");
        visit("/screening/queue/list.xhtml?view=MINE");
        filterWith(By.id("queue:table:referenceFilter"), reference);
        waitFor(d -> d.findElement(By.id("queue:table_data")).getText().contains("7 december 2026"));
        awaitReady();
        checkPage(200);
    }

    @Test
    void anIncompleteRequestIsNamedFieldByFieldInEnglishToo() throws Exception {
        loginAs("officer.uni");
        visit("/screening/requests/edit.xhtml?lang=en");
        String surname = "Incomplete-" + UUID.randomUUID().toString().substring(0, 4);
        find(By.id("request:personReference")).sendKeys("UNI-" + surname);
        find(By.id("request:surname")).sendKeys(surname);
        find(By.id("request:submit")).click();
        waitFor(d -> !d.findElements(By.id("request:problem-summary")).isEmpty());
        awaitReady();
        checkPage(200);
        String summary = text(By.id("request:problem-summary"));
        assertTrue(summary.startsWith("Check these fields") && summary.contains("Given names"), summary);
        assertTrue(driver().findElements(By.cssSelector("[id='request:problem-summary'] li")).size() >= 15, summary);
        assertTrue(text(By.id("required-explained")).contains("Fields with an asterisk are needed"), "what the asterisk means is said");
        screenshot("submit-incomplete-en");
        visit("/?lang=nl");
    }

    @Test
    void anotherInstitutionsRequestIsNotFoundAndOtherRolesAreRefused() throws Exception {
        long unit = UnitFixtures.unit("Isolatielab " + UUID.randomUUID().toString().substring(0, 6)).complete().registered(this::send).id();
        String created = send("POST", "/api/v1/screening-requests", "demo-token-institution-officer", ScreeningFixtures.request(unit).json());
        String id = created.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        loginAs("officer.hs");
        visit("/screening/request.xhtml?id=" + id);
        assertEquals("Deze aanvraag bestaat niet, of u mag haar niet inzien.", text(By.tagName("h1")));
        visit("/screening/requests/edit.xhtml?id=" + id);
        assertTrue(driver().findElements(By.id("request:save")).isEmpty(), "no form for another institution's request");
        visit("/screening/queue/list.xhtml", 403);
        logout();
        loginAs("assessor");
        visit("/screening/request.xhtml?id=" + id);
        assertEquals("Deze aanvraag bestaat niet, of u mag haar niet inzien.", text(By.tagName("h1")), "a draft is the institution's own");
        visit("/screening/requests/list.xhtml", 403);
        logout();
        loginAs("listadmin");
        visit("/screening/queue/list.xhtml", 403);
        visit("/screening/request.xhtml?id=" + id, 403);
    }
}
