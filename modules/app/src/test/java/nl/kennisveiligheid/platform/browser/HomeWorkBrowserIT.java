package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every role's home page lists its own next work, most urgent first, and each piece of work is one click away: the
 * decider's assessments to sign, the assessor's requests and new ones, the officer's supplements and drafts, the list
 * administrator's draft of Annex 2, the system administrator's undelivered mail; with an empty state that says what to
 * do next. Demo data (README) supplies the work.
 */
class HomeWorkBrowserIT extends BrowserTest {

    private static final String LIST_ADMIN_TOKEN = "demo-token-list-admin";

    /** The sections on the home page, by heading (without the count). */
    private List<String> sections() {
        return driver().findElements(By.cssSelector("section.home-work h2")).stream()
                .map(h -> h.getText().replaceAll("\\s*\\d+$", "")).toList();
    }

    private WebElement section(String heading) {
        return driver().findElements(By.cssSelector("section.home-work")).stream()
                .filter(s -> s.findElement(By.tagName("h2")).getText().startsWith(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no section '" + heading + "' on the home page: " + sections()));
    }

    /** Opens the first piece of work of a section: its link's text (a reference), after the click. */
    private String openFirst(String heading) {
        WebElement link = section(heading).findElement(By.cssSelector(".work-line__reference"));
        String reference = link.getText();
        clickAndWaitForNewPage(By.linkText(reference));
        checkPage(200);
        return reference;
    }

    @Test
    void theDeciderFindsTheAssessmentWaitingForSignatureAndOpensItInOneClick() throws Exception {
        loginAs("decider");
        assertEquals("Goedendag, Bea Beslisser", text(By.tagName("h1")));
        assertTrue(sections().contains("Wacht op uw handtekening"), sections().toString());
        WebElement signing = section("Wacht op uw handtekening");
        assertTrue(signing.getText().contains("voorbereid door Toon Toetser"), "who prepared it, by name: " + signing.getText());
        assertTrue(signing.getText().matches("(?s).*uiterlijk \\d{1,2} \\p{L}+ \\d{4}.*") || signing.getText().contains("te laat"),
                "the due date as a Dutch date: " + signing.getText());
        screenshot("decider");
        visit("/?lang=en");
        assertTrue(sections().contains("Waiting for your signature"), sections().toString());
        screenshot("decider-en");
        visit("/?lang=nl");
        String reference = openFirst("Wacht op uw handtekening");
        assertTrue(driver().getCurrentUrl().contains("/decisions/assessment/edit.xhtml?request="), driver().getCurrentUrl());
        assertTrue(driver().getPageSource().contains(reference), "the assessment of " + reference + " is open");
    }

    @Test
    void theAssessorSeesOwnRequestsEarliestDeadlineFirstAndOpensOne() throws Exception {
        loginAs("assessor");
        assertTrue(sections().containsAll(List.of("Uw aanvragen, vroegste termijn eerst", "Nieuw binnengekomen, nog niet toegewezen",
                "Zienswijzen gevraagd, nog niet ontvangen", "Bezwaren in behandeling")), sections().toString());
        assertFalse(sections().contains("Wacht op uw handtekening"), "an assessor does not sign");
        List<String> due = section("Uw aanvragen, vroegste termijn eerst").findElements(By.cssSelector(".work-line__due")).stream()
                .map(WebElement::getText).toList();
        assertFalse(due.isEmpty(), "the demo assessor has open requests");
        screenshot("assessor");
        String reference = openFirst("Uw aanvragen, vroegste termijn eerst");
        assertTrue(driver().getCurrentUrl().contains("/screening/request.xhtml?id="), driver().getCurrentUrl());
        assertTrue(text(By.tagName("h1")).contains(reference), text(By.tagName("h1")));

        visit("/");
        openFirst("Bezwaren in behandeling");
        assertTrue(driver().getCurrentUrl().contains("/decisions/objections/objection.xhtml?id="), driver().getCurrentUrl());
    }

    @Test
    void theOfficerSeesTheSupplementsAskedAndTheDraftsAndSwitchesToEnglish() throws Exception {
        loginAs("officer.uni");
        assertEquals(List.of("Aanvullingen gevraagd door de screeningsautoriteit", "Uw conceptaanvragen",
                "Onderdelen nakijken na een wijziging van Bijlage 2"), sections());
        screenshot("officer");
        String reference = openFirst("Aanvullingen gevraagd door de screeningsautoriteit");
        assertTrue(text(By.tagName("h1")).contains(reference), text(By.tagName("h1")));

        visit("/?lang=en");
        assertEquals(List.of("Supplements the screening authority asked for", "Your draft requests", "Units to review after an Annex 2 change"),
                sections());
        screenshot("officer-en");
        visit("/?lang=nl");

        loginAs("admin.uni");
        assertEquals(List.of("Aanvullingen gevraagd door de screeningsautoriteit", "Uw conceptaanvragen",
                "Onderdelen nakijken na een wijziging van Bijlage 2"), sections(), "an institution's administrator has the same work");
    }

    @Test
    void theListAdministratorSeesTheDraftOfAnnex2OnlyWhileThereIsOne() throws Exception {
        loginAs("listadmin");
        WebElement drafts = section("Bijlage 2: concept in bewerking of ter goedkeuring");
        assertTrue(drafts.findElements(By.cssSelector(".work-line")).isEmpty(), "no draft in the demo data");
        assertTrue(drafts.getText().contains("Een wijziging begint u onder Lijstbeheer met een nieuw concept."), drafts.getText());

        String draft = send("POST", "/api/v1/technology-lists/ANNEX2/drafts", LIST_ADMIN_TOKEN, null);
        String number = draft.replaceAll("(?s).*\"number\"\\s*:\\s*(\\d+).*", "$1");
        try {
            visit("/");
            assertTrue(section("Bijlage 2: concept in bewerking of ter goedkeuring").getText().contains("In bewerking"),
                    section("Bijlage 2: concept in bewerking of ter goedkeuring").getText());
            screenshot("listadmin");
            assertEquals("Bijlage 2, concept versie " + number, openFirst("Bijlage 2: concept in bewerking of ter goedkeuring"));
            assertTrue(driver().getCurrentUrl().endsWith("/techlist/admin/versions.xhtml"), driver().getCurrentUrl());
        } finally {
            send("DELETE", "/api/v1/technology-lists/ANNEX2/versions/" + number, LIST_ADMIN_TOKEN, null);
        }
    }

    @Test
    void rolesWithoutWorkAreToldWhereToGo() {
        loginAs("sysadmin");
        assertEquals(List.of("Mails die niet bezorgd konden worden"), sections());
        loginAs("auditor");
        assertTrue(sections().isEmpty(), sections().toString());
        assertTrue(driver().getPageSource().contains("Er wacht nu geen werk op u."), "an empty home page says what to do");
    }

    @Test
    void theAnonymousHomePageLeadsToTheLogin() {
        visit("/");
        clickAndWaitForNewPage(By.id("home-login"));
        checkPage(200);
        assertTrue(driver().getCurrentUrl().contains("/login.xhtml"), driver().getCurrentUrl());
    }
}
