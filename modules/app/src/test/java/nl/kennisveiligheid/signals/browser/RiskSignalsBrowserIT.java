package nl.kennisveiligheid.signals.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.kennisveiligheid.app.browser.BrowserTest;
import nl.kennisveiligheid.screening.ScreeningFixtures;
import nl.kennisveiligheid.signals.SanctionsFixtures;
import nl.kennisveiligheid.units.UnitFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;

/**
 * The risk signals in the browser: an assessor opens a submitted request, reads its signals with their evidence and
 * dismisses a hit with a reason; a list administrator loads the newer UN edition, and the assessor gets an alert for a
 * person in an open request whom the new edition names.
 */
class RiskSignalsBrowserIT extends BrowserTest {

    private static final String OFFICER = "demo-token-institution-officer";
    private static final String ASSESSOR = "demo-token-authority-assessor";
    private static final String LIST_ADMIN = "demo-token-list-admin";

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
        waitFor(d -> text(By.id("page:signals")).contains("Het oordeel is niet volledig"));
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
    void aNewUnEditionGivesTheAssessorAnAlertForAPersonInAnOpenRequest() throws Exception {
        awaitRescreen(loadUn(SanctionsFixtures.UN_2026_02_27));
        long id = submitted("Mateo Andres", "Duque Botero", "1975-04-07", null);

        loginAs("listadmin");
        visit("/signals/lists/list.xhtml");
        find(By.id("load:file_input")).sendKeys(SanctionsFixtures.UN_2026_08_01.toAbsolutePath().normalize().toString());
        waitFor(d -> !d.findElements(By.id("load:preview-panel")).isEmpty());
        awaitReady();
        find(By.id("load:apply")).click();
        waitFor(d -> d.findElement(By.id("messages")).getText().contains("is toegepast"));
        awaitReady();
        String status = apiGet("/api/v1/signal-alerts/rescreen", ASSESSOR);
        long edition = Long.parseLong(status.replaceAll(".*\"editionId\":(\\d+).*", "$1"));
        awaitRescreen(edition);
        visit("/signals/lists/list.xhtml");
        assertTrue(text(By.id("rescreen")).contains("Laatste controle"), text(By.id("rescreen")));
        checkPage(200);
        screenshot("rescreen-done");

        loginAs("assessor");
        assertTrue(text(By.tagName("main")).contains("Nieuwe treffers na een lijstwijziging"), text(By.tagName("main")));
        visit("/signals/alerts/list.xhtml");
        String alerts = text(By.id("alerts"));
        assertTrue(alerts.contains("Mateo Andres Duque Botero") && alerts.contains("SDi.014") && alerts.contains("Te beoordelen"), alerts);
        checkPage(200);
        screenshot("alerts");
        clickAndWaitForNewPage(By.linkText("Mateo Andres Duque Botero"));
        assertTrue(driver().getCurrentUrl().contains("id=" + id), driver().getCurrentUrl());
        assertTrue(signal("SDi.014").getText().contains("Open") && signal("SDi.014").getText().contains("gemeld na editie " + edition),
                signal("SDi.014").getText());
        checkPage(200);
    }

    @Test
    void anInstitutionOfficerCannotOpenTheAlerts() throws Exception {
        loginAs("officer.uni");
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
