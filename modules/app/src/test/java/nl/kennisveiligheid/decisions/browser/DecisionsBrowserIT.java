package nl.kennisveiligheid.decisions.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.kennisveiligheid.app.browser.BrowserTest;
import nl.kennisveiligheid.decisions.DecisionsFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A decision in the browser, from a submitted request: the assessor records the findings beside the signals, a
 * confidential annex and the hearing, and prepares; the decider signs; the officer reads the decision, downloads its
 * letter, sees the person among who may enter the unit and where the person may go; the badge system's access check
 * says yes. The confidential annex is on none of the officer's pages.
 */
class DecisionsBrowserIT extends BrowserTest {

    @Test
    void fromASubmittedRequestToAnAccessCheckThatSaysYes() throws Exception {
        long unit = DecisionsFixtures.unit(this::send);
        String person = "P-BRW-" + UUID.randomUUID().toString().substring(0, 8);
        long request = DecisionsFixtures.submitted(this::send, unit, person);
        String unitName = DecisionsFixtures.unitName(apiGet("/api/v1/units/" + unit + "/summary", DecisionsFixtures.OFFICER));

        loginAs("assessor");
        visit("/screening/request.xhtml?id=" + request);
        assertTrue(text(By.id("decision-section")).contains("Er is nog geen besluit"), text(By.id("decision-section")));
        clickAndWaitForNewPage(By.id("open-assessment"));
        checkPage(200);
        List<WebElement> findings = driver().findElements(By.cssSelector("select[id$=':finding']"));
        assertEquals(5, findings.size(), "a finding per indicator group");
        for (int i = 0; i < findings.size(); i++) {
            new Select(driver().findElements(By.cssSelector("select[id$=':finding']")).get(i)).selectByValue(i == 1 ? "SIGNAL" : "NO_SIGNAL");
        }
        new Select(find(By.id("assessment:proposedOutcome"))).selectByValue("GRANTED_WITH_CONDITIONS");
        find(By.id("assessment:conditionCodes:0")).click();
        find(By.id("assessment:reasons")).sendKeys("De signalen zijn gewogen; toegang onder begeleiding is verantwoord.");
        find(By.id("assessment:confidentialAnnex")).sendKeys(DecisionsFixtures.ANNEX_MARKER + " uit een ambtsbericht.");
        screenshot("assessment");
        clickAndWaitForNewPage(By.id("assessment:invite"));
        assertTrue(text(By.id("assessment:messages")).contains("uitgenodigd"), text(By.id("assessment:messages")));
        assertTrue(text(By.id("hearing")).contains("Termijn loopt"), text(By.id("hearing")));
        find(By.id("assessment:hearingView")).sendKeys("De instelling biedt begeleiding door de groepsleider.");
        clickAndWaitForNewPage(By.id("assessment:recordView"));
        clickAndWaitForNewPage(By.id("assessment:prepare"));
        assertTrue(text(By.id("assessment:messages")).contains("klaar voor ondertekening"), text(By.id("assessment:messages")));
        assertTrue(driver().findElements(By.id("assessment:sign")).isEmpty(), "an assessor does not sign");
        checkPage(200);
        screenshot("prepared");

        loginAs("decider");
        visit("/decisions/assessment/edit.xhtml?request=" + request);
        // what is signed is there to read, in words, before the confirmation that names decision, person and unit
        assertTrue(text(By.id("assessment:to-sign")).contains("Wat u ondertekent"), text(By.id("assessment:to-sign")));
        screenshot("to-sign");
        visit("/decisions/assessment/edit.xhtml?request=" + request + "&lang=en");
        assertTrue(text(By.id("assessment:to-sign")).contains("What you sign") && text(By.id("assessment:to-sign")).contains("supervision"),
                "what is signed, in English, the conditions too: " + text(By.id("assessment:to-sign")));
        screenshot("to-sign-en");
        visit("/decisions/assessment/edit.xhtml?request=" + request + "&lang=nl");
        confirmAndWaitForNewPage(By.id("assessment:sign"), "Het besluit is daarna bindend");
        assertTrue(text(By.id("assessment:messages")).contains("is ondertekend en verzonden"), text(By.id("assessment:messages")));
        assertTrue(text(By.id("assessment-state")).contains("Ondertekend"), text(By.id("assessment-state")));
        checkPage(200);
        screenshot("signed");

        loginAs("officer.uni");
        visit("/screening/request.xhtml?id=" + request);
        String decision = text(By.id("decision-section"));
        assertTrue(decision.contains("Toegang onder voorschriften") && decision.contains("begeleiding"), decision);
        assertFalse(driver().getPageSource().contains(DecisionsFixtures.ANNEX_MARKER), "the annex is not the institution's");
        screenshot("officer-decision");
        String letterHref = find(By.cssSelector("#decision-section a[href*='/decisions/letter']")).getAttribute("href");
        Object download = ((JavascriptExecutor) driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)));",
                letterHref);
        assertTrue(String.valueOf(download).startsWith("200 application/pdf"), "the letter downloads: " + download);

        visit("/units/unit.xhtml?id=" + unit);
        String access = text(By.id("unit:unit-access"));
        assertTrue(access.contains(person) && access.contains("Anna Maria de Vries") && access.contains("begeleiding"), access);
        screenshot("unit-access");
        // the reference as people type it (any case, spaces around it), and a part of the name, both find the person;
        // the answer says who, where, under which decision and for how long
        visit("/decisions/access/person.xhtml");
        find(By.id("access:person")).sendKeys("  " + person.toLowerCase(java.util.Locale.ROOT) + " ");
        find(By.id("access:look")).click();
        waitFor(d -> !d.findElements(By.id("access:places")).isEmpty());
        awaitReady();
        String places = text(By.id("access:places"));
        assertTrue(places.contains(unitName) && places.contains("Anna Maria de Vries") && places.contains(person), places);
        checkPage(200);
        visit("/decisions/access/person.xhtml");
        find(By.id("access:person")).sendKeys("maria de vr");
        find(By.id("access:look")).click();
        waitFor(d -> !d.findElements(By.id("access:places")).isEmpty());
        awaitReady();
        assertTrue(text(By.id("access:places")).contains(person), "found by name: " + text(By.id("access:places")));
        checkPage(200);
        screenshot("person-access");
        visit("/decisions/access/person.xhtml?lang=en");
        find(By.id("access:person")).sendKeys(person);
        find(By.id("access:look")).click();
        waitFor(d -> !d.findElements(By.id("access:places")).isEmpty());
        awaitReady();
        assertTrue(text(By.id("access:places")).contains("In force from") && text(By.id("access:places")).contains("supervision"),
                text(By.id("access:places")));
        checkPage(200);
        screenshot("person-access-en");
        visit("/decisions/access/person.xhtml?lang=nl");

        // the same screens in English
        visit("/screening/request.xhtml?id=" + request);
        clickAndWaitForNewPage(By.id("language-switch"));
        checkPage(200);
        String inEnglish = text(By.id("decision-section"));
        assertTrue(inEnglish.contains("Access under conditions") && inEnglish.contains("Download letter"), inEnglish);
        screenshot("officer-decision-en");
        visit("/units/unit.xhtml?id=" + unit);
        assertTrue(text(By.id("unit:unit-access")).contains("Valid until") && text(By.id("unit:unit-access")).contains("supervision"),
                "the conditions in English too: " + text(By.id("unit:unit-access")));
        screenshot("unit-access-en");

        String answer = apiGet("/api/v1/access-checks?unit=" + unit + "&person=" + person, DecisionsFixtures.OFFICER);
        assertTrue(answer.contains("\"allowed\":true") && answer.contains("begeleiding"), answer);
    }
}
