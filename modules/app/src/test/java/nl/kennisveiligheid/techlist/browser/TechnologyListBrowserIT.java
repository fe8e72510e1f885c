package nl.kennisveiligheid.techlist.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Annex 2 in the browser: an institution user searches and opens an entry; a list administrator drafts, edits and compares. */
class TechnologyListBrowserIT extends BrowserTest {

    @Test
    void institutionOfficerSearchesAndOpensAnEntryByItsPermanentLink() {
        loginAs("officer.uni");
        visit("/techlist/browse.xhtml");
        checkPage(200);
        assertTrue(text(By.id("browse:entries_data")).contains("Kwantumtechnologie"));
        find(By.id("browse:query")).sendKeys("kwantum");
        find(By.id("browse:search")).click();
        waitFor(d -> d.findElement(By.id("browse:count")).getText().equals("1 onderdelen"));
        awaitReady();
        clickAndWaitForNewPage(By.linkText("Kwantumtechnologie"));
        checkPage(200);
        assertTrue(text(By.id("entry-title")).equals("3 Kwantumtechnologie"), text(By.id("entry-title")));
        assertTrue(driver().getCurrentUrl().contains("version=") && driver().getCurrentUrl().contains("key=annex2-quantum"), driver().getCurrentUrl());
        visit("/techlist/admin/versions.xhtml", 403);
    }

    @Test
    void listAdministratorDraftsAddsASubAreaSeesTheDiffAndDiscards() {
        loginAs("listadmin");
        visit("/techlist/admin/versions.xhtml");
        checkPage(200);
        if (driver().findElements(By.id("draft:create")).isEmpty()) {
            throw new AssertionError("a draft exists already; the tests discard theirs");
        }
        find(By.id("draft:create")).click();
        waitFor(d -> !d.findElements(By.id("draft:add")).isEmpty());
        awaitReady();
        checkPage(200);

        find(By.id("draft:add")).click();
        waitFor(d -> !d.findElements(By.id("draft:code")).isEmpty());
        awaitReady();
        find(By.id("draft:code")).sendKeys("3.1");
        find(By.id("draft:titleNl")).sendKeys("<b>Kwantumsensoren</b>");
        find(By.id("draft:save")).click();
        waitFor(d -> d.findElement(By.id("draft:messages")).getText().contains("niet opgeslagen"));
        awaitReady();
        String messages = text(By.id("draft:messages"));
        assertTrue(messages.contains("Gebruik gewone tekst") && messages.contains("Vul dit veld in")
                && messages.contains("Een code met een punt hoort onder een bovenliggend onderdeel"), messages);
        checkPage(200);

        new org.openqa.selenium.support.ui.Select(find(By.id("draft:parent"))).selectByVisibleText("3 Kwantumtechnologie");
        find(By.id("draft:titleNl")).clear();
        find(By.id("draft:titleNl")).sendKeys("Kwantumsensoren");
        find(By.id("draft:titleEn")).sendKeys("Quantum sensors");
        find(By.id("draft:save")).click();
        waitFor(d -> d.findElement(By.id("draft:messages")).getText().contains("Onderdeel 3.1 is opgeslagen."));
        awaitReady();
        assertTrue(text(By.id("draft:diff_data")).contains("Toegevoegd") && text(By.id("draft:diff_data")).contains("Kwantumsensoren"),
                text(By.id("draft:diff_data")));
        checkPage(200);

        find(By.id("draft:discard")).click();
        waitFor(d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().anyMatch(e -> e.isDisplayed()));
        driver().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().filter(e -> e.isDisplayed()).findFirst().orElseThrow().click();
        waitFor(d -> d.findElement(By.id("draft:messages")).getText().contains("is weggegooid"));
        awaitReady();
        assertTrue(!driver().findElements(By.id("draft:create")).isEmpty());
    }
}
