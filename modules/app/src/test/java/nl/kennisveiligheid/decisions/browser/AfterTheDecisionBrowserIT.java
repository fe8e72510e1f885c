package nl.kennisveiligheid.decisions.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import nl.kennisveiligheid.app.browser.BrowserTest;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.decisions.DecisionsFixtures;
import nl.kennisveiligheid.screening.ScreeningFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * After the decision, in the browser: the institution objects and sees when the decision on its objection is due; the
 * authority hears and decides it (with its letter) and finds it in the decision register. And a grant is revoked
 * after an alert: the authority's own list names the person, the re-screen raises an alert that leads to the
 * assessment, a correction revokes the grant after a hearing, and from then the access check says no.
 */
class AfterTheDecisionBrowserIT extends BrowserTest {

    private static final String LIST_ADMIN = "demo-token-list-admin";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("nl-NL"));

    @Test
    void anInstitutionObjectsAndSeesWhenTheDecisionOnItIsDue() throws Exception {
        long unit = DecisionsFixtures.unit(this::send);
        String person = "P-OBJ-" + UUID.randomUUID().toString().substring(0, 8);
        String decision = DecisionsFixtures.decided(this::send, unit, person, "GRANTED", "[]", null, "2028-06-30");
        String decisionId = InContainerRestClient.first(decision, "\"id\":(\\d+)");
        String reference = InContainerRestClient.first(decision, "\"reference\":\"([^\"]+)\"");
        String request = InContainerRestClient.first(decision, "\"requestId\":(\\d+)");

        loginAs("officer.uni");
        visit("/screening/request.xhtml?id=" + request);
        clickAndWaitForNewPage(By.cssSelector("#decision-section a[id$='object']"));
        checkPage(200);
        assertTrue(text(By.id("term")).contains("De bezwaartermijn loopt tot en met"), text(By.id("term")));
        screenshot("objection-form");
        find(By.id("objection:submit")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#objection .ui-message-error")).isEmpty());
        awaitReady();
        assertTrue(driver().getCurrentUrl().contains("decision=" + decisionId), "an empty objection stays on the form, its problem named");
        checkPage(200);
        find(By.id("objection:grounds")).sendKeys("De voorschriften zijn niet nodig: de persoon werkt alleen met open data.");
        clickAndWaitForNewPage(By.id("objection:submit"));
        checkPage(200);
        String objections = api("GET", "/api/v1/decisions/" + decisionId + "/objections", null, null, DecisionsFixtures.OFFICER);
        LocalDate due = LocalDate.parse(InContainerRestClient.first(objections, "\"dueOn\":\"([^\"]+)\""));
        assertTrue(text(By.id("objection:messages")).contains("Het bezwaar is vastgelegd"), text(By.id("objection:messages")));
        assertTrue(text(By.id("due-on")).contains(DUTCH_DATE.format(due)), "the officer sees when the decision is due: " + text(By.id("due-on")));
        assertTrue(text(By.id("objection-file")).contains("Besluitbrief") && text(By.id("objection-file")).contains("Bezwaarschrift"),
                text(By.id("objection-file")));
        assertTrue(driver().findElements(By.id("objection:decide")).isEmpty(), "deciding is the authority's");
        screenshot("objection-filed");
        visit("/screening/request.xhtml?id=" + request);
        assertTrue(text(By.id("decision-section")).contains("Beslissing op bezwaar uiterlijk op " + DUTCH_DATE.format(due)),
                text(By.id("decision-section")));
        // a renewal is a new request, linked to this one
        clickAndWaitForNewPage(By.cssSelector("#decision-section a[id$='renew']"));
        checkPage(200);
        assertEquals("RENEWAL", new Select(find(By.id("request:kind"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(InContainerRestClient.first(decision, "\"requestReference\":\"([^\"]+)\""),
                find(By.id("request:earlierReference")).getAttribute("value"));

        loginAs("decider");
        visit("/screening/request.xhtml?id=" + request);
        clickAndWaitForNewPage(By.cssSelector("#decision-section a[id$='objection-link']"));
        checkPage(200);
        find(By.id("objection:heardOn")).sendKeys(LocalDate.parse(InContainerRestClient.first(objections, "\"receivedOn\":\"([^\"]+)\"")).toString());
        clickAndWaitForNewPage(By.id("objection:heard"));
        assertTrue(text(By.id("objection:messages")).contains("hoorzitting is vastgelegd"), text(By.id("objection:messages")));
        new Select(find(By.id("objection:outcome"))).selectByValue("UNFOUNDED");
        find(By.id("objection:reasons")).sendKeys("Zonder begeleiding is het risico niet aanvaardbaar; de voorschriften blijven.");
        screenshot("objection-handling");
        clickAndWaitForNewPage(By.id("objection:decide"));
        checkPage(200);
        assertTrue(text(By.id("outcome")).contains("Ongegrond"), text(By.id("outcome")));
        assertTrue(text(By.id("objection-file")).contains("Hoorzitting bezwaar") && text(By.id("objection-file")).contains("Beslissing op bezwaar"), text(By.id("objection-file")));
        String letter = find(By.id("objection:objection-letter")).getAttribute("href");
        Object download = ((org.openqa.selenium.JavascriptExecutor) driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type'))));", letter);
        assertTrue(String.valueOf(download).startsWith("200 application/pdf"), "the letter downloads: " + download);
        screenshot("objection-decided");

        // the institution goes to court; the court suspends the grant for now, and the access check follows
        visit("/screening/request.xhtml?id=" + request);
        clickAndWaitForNewPage(By.cssSelector("#decision-section a[id$='appeals']"));
        checkPage(200);
        assertTrue(text(By.id("no-appeal")).contains("nog geen beroep"), text(By.id("no-appeal")));
        find(By.id("appeal:court")).sendKeys("Rechtbank Den Haag");
        find(By.id("appeal:caseNumber")).sendKeys("SGR 26/" + letters(4));
        step(By.id("appeal:record"));
        find(By.cssSelector("input[id$='reliefFrom']")).sendKeys(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
        step(By.cssSelector("button[id$='relief']"));
        assertTrue(text(By.id("appeal:messages")).contains("voorlopige voorziening is vastgelegd"), text(By.id("appeal:messages")));
        checkPage(200);
        screenshot("appeal");
        assertFalse(apiGet("/api/v1/access-checks?unit=" + unit + "&person=" + person, DecisionsFixtures.OFFICER).contains("\"allowed\":true"),
                "suspended by the provisional relief");

        visit("/decisions/register/list.xhtml");
        find(By.id("register:reference")).sendKeys(reference);
        find(By.id("register:search")).click();
        waitFor(d -> d.findElement(By.id("register:table")).getText().contains(reference));
        awaitReady();
        String row = text(By.id("register:table"));
        assertTrue(row.contains("Toegang verleend") && row.contains("Geschorst") && row.contains("Beroep loopt") && row.contains("binnen de termijn"),
                "suspended by the relief, on appeal, decided within the term: " + row);
        assertTrue(find(By.id("register:export")).getAttribute("href").contains("reference=" + reference), "the download repeats the search");
        checkPage(200);
        screenshot("register");

        // the authority's new screens in English
        clickAndWaitForNewPage(By.id("language-switch"));
        checkPage(200);
        assertTrue(text(By.tagName("h1")).contains("Decision register"), text(By.tagName("h1")));
        screenshot("register-en");
        visit("/decisions/appeals/appeal.xhtml?decision=" + decisionId);
        assertTrue(text(By.tagName("main")).contains("Provisional relief") && text(By.tagName("main")).contains("Suspended"),
                text(By.tagName("main")));
        screenshot("appeal-en");
        visit("/decisions/objections/objection.xhtml?id=" + InContainerRestClient.first(objections, "\"id\":(\\d+)"));
        assertTrue(text(By.id("objection-file")).contains("Notice of objection") && text(By.id("outcome")).contains("Unfounded"),
                text(By.id("objection-file")));
        screenshot("objection-en");
    }

    @Test
    void aGrantIsRevokedAfterAnAlertAndTheAccessCheckSaysNo() throws Exception {
        long unit = DecisionsFixtures.unit(this::send);
        String person = "P-REV-" + UUID.randomUUID().toString().substring(0, 8);
        String surname = "Vlietstra" + letters(6);
        String created = send("POST", "/api/v1/screening-requests", DecisionsFixtures.OFFICER,
                ScreeningFixtures.request(unit).with("subject", "personReference", person).with("subject", "surname", surname).json());
        long request = Long.parseLong(InContainerRestClient.first(created, "\"id\":(\\d+)"));
        send("POST", "/api/v1/screening-requests/" + request + "/submission", DecisionsFixtures.OFFICER,
                "{\"version\":" + InContainerRestClient.first(created, "\"version\":(\\d+)") + "}");
        long version = DecisionsFixtures.prepared(this::send, request, DecisionsFixtures.data("GRANTED", "[]", null, "2028-06-30"));
        send("POST", "/api/v1/assessments/" + request + "/signature", DecisionsFixtures.DECIDER, "{\"version\":" + version + "}");
        assertAccess(unit, person, true);

        // the authority's own list now names the person: the re-screen of everyone with a valid decision raises an alert
        String loaded = api("POST", "/api/v1/sanctions-lists/NL/editions", "text/csv",
                ("reference,kind,name,name_type,birth_dates,birth_places,nationalities,regime,listed_on\n"
                        + "NL-REV-" + letters(4) + ",PERSON,Anna Maria " + surname + ",PRIMARY,1998-04-12,Utrecht,NL,Nationale lijst,2026-11-01\n"),
                LIST_ADMIN);
        awaitRescreen(Long.parseLong(loaded.replaceAll("(?s).*\"applied\":\\{[^}]*\"id\":(\\d+).*", "$1")));

        loginAs("assessor");
        visit("/signals/alerts/list.xhtml");
        clickAndWaitForNewPage(By.linkText("Anna Maria " + surname));
        checkPage(200);
        assertTrue(driver().getCurrentUrl().contains("/decisions/assessment/edit.xhtml?request=" + request),
                "the alert leads to the decision's assessment: " + driver().getCurrentUrl());
        assertTrue(text(By.tagName("main")).contains("Anna Maria " + surname), "the alert's hit is shown beside the findings");
        screenshot("alert-to-assessment");
        clickAndWaitForNewPage(By.id("assessment:correct"));
        new Select(find(By.id("assessment:proposedOutcome"))).selectByValue("REVOKED");
        find(By.id("assessment:reasons")).clear();
        find(By.id("assessment:reasons")).sendKeys("Na het besluit is de persoon op de nationale lijst geplaatst; de zienswijze neemt dat risico niet weg.");
        find(By.id("assessment:expiresOn")).clear(); // a revocation has no expiry of its own
        step(By.id("assessment:invite"));
        find(By.id("assessment:hearingView")).sendKeys("De instelling vraagt de toegang te laten tot het einde van het project.");
        step(By.id("assessment:recordView"));
        step(By.id("assessment:prepare"));
        assertTrue(text(By.id("assessment:messages")).contains("klaar voor ondertekening"), text(By.id("assessment:messages")));

        loginAs("decider");
        visit("/decisions/assessment/edit.xhtml?request=" + request);
        confirmAndWaitForNewPage(By.id("assessment:sign"), "Het besluit is daarna bindend");
        assertTrue(text(By.id("assessment:messages")).contains("is ondertekend en verzonden"), text(By.id("assessment:messages")));
        checkPage(200);
        screenshot("revoked");
        assertAccess(unit, person, false);

        loginAs("officer.uni");
        visit("/screening/request.xhtml?id=" + request);
        String section = text(By.id("decision-section"));
        assertTrue(section.contains("Toegang ingetrokken") && section.contains("Toegang verleend") && section.contains("Ingetrokken vanaf"), section);
        screenshot("officer-revoked");
    }

    /** Clicks a button that leads to a new page, failing with the page's messages when it stays (a refused step). */
    private void step(By button) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver();
        js.executeScript("window.__screeningOldPage = true;");
        find(button).click();
        waitFor(d -> {
            Object old = ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.__screeningOldPage === true && jQuery.active === 0;");
            boolean newPage = !Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.__screeningOldPage === true;"));
            return newPage || (Boolean.TRUE.equals(old) && !d.findElements(By.cssSelector(".form-messages__error, .ui-message-error")).isEmpty());
        });
        awaitReady();
        java.util.List<String> errors = driver().findElements(By.cssSelector(".form-messages__error, .ui-message-error")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        assertTrue(errors.isEmpty(), "the step was refused: " + errors);
    }

    private void assertAccess(long unit, String person, boolean allowed) throws Exception {
        String answer = apiGet("/api/v1/access-checks?unit=" + unit + "&person=" + person, DecisionsFixtures.OFFICER);
        assertTrue(answer.contains("\"allowed\":" + allowed), person + ": " + answer);
    }

    private void awaitRescreen(long edition) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            String status = apiGet("/api/v1/signal-alerts/rescreen", "demo-token-authority-assessor");
            if (status.contains("\"editionId\":" + edition + ",") && status.contains("\"running\":false")) {
                assertFalse(status.contains("\"failed\":true"), "the re-screen after edition " + edition + " failed: " + status);
                return;
            }
            Thread.sleep(200);
        }
        fail("the re-screen after NL edition " + edition + " did not finish within 2 minutes");
    }

    /** Letters only (names hold no digits). */
    private static String letters(int count) {
        StringBuilder out = new StringBuilder();
        for (byte b : UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII)) {
            if (out.length() == count) {
                break;
            }
            out.append((char) ('a' + Math.floorMod(b * 7 + out.length() * 13, 26)));
        }
        assertEquals(count, out.length());
        return out.toString();
    }
}
