package nl.kennisveiligheid.signals.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.kennisveiligheid.app.browser.BrowserTest;
import nl.kennisveiligheid.screening.ScreeningFixtures;
import nl.kennisveiligheid.signals.SanctionsFixtures;
import nl.kennisveiligheid.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sanctions lists and risk signals in the browser: a list administrator loads the newer UN edition, previews and
 * applies it and reads the difference, and the assessor gets an alert for a person in an open request whom it names;
 * an assessor opens a request, reads its signals with their evidence and dismisses a hit with a reason; an assessor
 * searches a name ad hoc and reads the explanation; an institution officer gets 403.
 */
class SignalsBrowserIT extends BrowserTest {

    private static final String OFFICER = "demo-token-institution-officer";
    private static final String ASSESSOR = "demo-token-authority-assessor";
    private static final String LIST_ADMIN = "demo-token-list-admin";

    @Test
    void aListAdministratorLoadsTheNewerUnEditionAndTheAssessorGetsAnAlertForAPersonItNames() throws Exception {
        awaitRescreen(loadUn(SanctionsFixtures.UN_2026_02_27));
        long request = submitted("Mateo Andres", "Duque Botero", "1975-04-07", null);

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
        // the edition just applied: the newest of the UN list (its re-screen starts after commit, so not the status yet)
        String editions = apiGet("/api/v1/sanctions-lists/UN/editions", LIST_ADMIN);
        long august = Long.parseLong(editions.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        awaitRescreen(august);
        visit("/signals/lists/list.xhtml");
        assertTrue(text(By.id("rescreen")).contains("Laatste controle"), text(By.id("rescreen")));
        screenshot("rescreen-done");

        clickAndWaitForNewPage(By.linkText("VN-Veiligheidsraad, geconsolideerde lijst"));
        checkPage(200);
        String changes = text(By.cssSelector("[id$='changes']"));
        assertTrue(changes.contains("Toegevoegd") && changes.contains("Verwijderd") && changes.contains("SDi.011"), changes);
        assertTrue(text(By.id("editions")).contains("27 februari 2026"), text(By.id("editions")));
        screenshot("edition");

        loginAs("assessor");
        assertTrue(text(By.tagName("main")).matches("(?s).*\\d+ nieuwe treffers? na een lijstwijziging, nog niet beoordeeld.*"), text(By.tagName("main")));
        visit("/signals/alerts/list.xhtml");
        String alerts = text(By.id("alerts"));
        assertTrue(alerts.contains("Mateo Andres Duque Botero") && alerts.contains("SDi.014") && alerts.contains("Te beoordelen"), alerts);
        checkPage(200);
        screenshot("alerts");
        clickAndWaitForNewPage(By.linkText("Mateo Andres Duque Botero"));
        assertTrue(driver().getCurrentUrl().contains("id=" + request), driver().getCurrentUrl());
        assertTrue(signal("SDi.014").getText().contains("Open") && signal("SDi.014").getText().contains("gemeld na editie " + august),
                signal("SDi.014").getText());
    }

    @Test
    void anAssessorReadsTheSignalsOfARequestAndDismissesAHitWithAReason() throws Exception {
        long edition = loadUn(SanctionsFixtures.UN_2026_08_01);
        awaitRescreen(edition);
        long id = submitted("Claudia Viviana", "Oliveros Forero", "1973-01-02",
                "[{\"organisation\":\"Harbin Engineering University\",\"country\":\"CN\",\"role\":\"Gastonderzoeker\",\"from\":\"2022-01-01\",\"to\":null}]");

        loginAs("assessor");
        visit("/screening/request.xhtml?id=" + id);
        String signals = text(By.id("page:signals"));
        assertTrue(signals.contains("Juridische kaders") && signals.contains("Naam op een sanctielijst") && signals.contains("SDi.013"), signals);
        assertTrue(signals.contains("Verbonden aan een organisatie van zorg") && signals.contains("Named Research Organizations"), signals);
        assertTrue(signals.contains("Academische vrijheid beperkt") && signals.contains("Toegang tot"), signals);
        checkPage(200);
        screenshot("request-signals");

        WebElement hit = signal("SDi.013");
        hit.findElement(By.tagName("summary")).click();
        waitFor(d -> signal("SDi.013").getText().contains("Woord voor woord"));
        screenshot("explanation");

        signal("SDi.013").findElement(By.cssSelector("button[id$='dismiss']")).click();
        // the reason missing is said at the reason, beside the buttons, not at the top of the page
        waitFor(d -> signal("SDi.013").findElement(By.cssSelector(".field-error")).getText().contains("Het oordeel is niet volledig"));
        awaitReady();
        signal("SDi.013").findElement(By.tagName("textarea")).sendKeys("Andere geboorteplaats en paspoortnummer; geen overeenkomst.");
        signal("SDi.013").findElement(By.cssSelector("button[id$='dismiss']")).click();
        waitFor(d -> text(By.id("page:signals")).contains("De treffer is afgewezen"));
        awaitReady();
        String judged = signal("SDi.013").getText();
        assertTrue(judged.contains("Afgewezen door") && judged.contains("geen overeenkomst"), judged);
        checkPage(200);
        screenshot("dismissed");
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
        visit("/signals/alerts/list.xhtml", 403);
    }

    private WebElement signal(String reference) {
        return find(By.xpath("//li[contains(@class,'signal ') and contains(., '" + reference + "')]"));
    }

    private long loadUn(java.nio.file.Path file) throws Exception {
        String loaded = api("POST", "/api/v1/sanctions-lists/UN/editions", "application/xml",
                new String(SanctionsFixtures.bytes(file), StandardCharsets.UTF_8), LIST_ADMIN);
        return Long.parseLong(loaded.replaceAll("(?s).*\"applied\":\\{[^}]*\"id\":(\\d+).*", "$1"));
    }

    private void awaitRescreen(long edition) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            String status = apiGet("/api/v1/signal-alerts/rescreen", ASSESSOR);
            if (status.contains("\"editionId\":" + edition + ",") && status.contains("\"running\":false")) {
                assertFalse(status.contains("\"failed\":true"), "the re-screen after edition " + edition + " failed: " + status);
                return;
            }
            Thread.sleep(200);
        }
        fail("the re-screen after UN edition " + edition + " did not finish within 2 minutes");
    }

    private long submitted(String given, String surname, String birthDate, String affiliations) throws Exception {
        long unit = UnitFixtures.unit("Signalenlab " + UUID.randomUUID().toString().substring(0, 6)).complete()
                .entry("annex2-quantum", "Kwantumsensoren").registered(this::send).id();
        ScreeningFixtures.Builder request = ScreeningFixtures.request(unit).with("subject", "personReference", "P-" + UUID.randomUUID().toString().substring(0, 8))
                .with("subject", "givenNames", given).with("subject", "surname", surname).with("subject", "birthDate", birthDate)
                .with("subject", "birthCountry", "CO").withRaw("subject", "nationalities", "[\"CO\"]");
        if (affiliations != null) {
            request.affiliations(affiliations);
        }
        String created = send("POST", "/api/v1/screening-requests", OFFICER, request.json());
        String id = created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        String version = created.replaceAll("(?s).*\"version\":(\\d+).*", "$1");
        send("POST", "/api/v1/screening-requests/" + id + "/submission", OFFICER, "{\"version\":" + version + "}");
        return Long.parseLong(id);
    }
}

