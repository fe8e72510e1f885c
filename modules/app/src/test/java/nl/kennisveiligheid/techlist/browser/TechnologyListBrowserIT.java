package nl.kennisveiligheid.techlist.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Annex 2 in the browser: an institution user searches and opens an entry; a list administrator drafts, edits and compares. */
class TechnologyListBrowserIT extends BrowserTest {

    @Test
    void institutionOfficerSearchesAndOpensAnEntryByItsPermanentLink() throws Exception {
        loginAs("officer.uni");
        visit("/techlist/browse.xhtml");
        checkPage(200);
        screenshot("browse");
        assertTrue(text(By.id("browse:entries_data")).contains("Kwantumtechnologie"));
        find(By.id("browse:query")).sendKeys("kwantum");
        find(By.id("browse:search")).click();
        waitFor(d -> d.findElement(By.id("browse:count")).getText().equals("1 onderdelen"));
        awaitReady();
        clickAndWaitForNewPage(By.linkText("Kwantumtechnologie"));
        checkPage(200);
        screenshot("entry");
        assertTrue(text(By.id("entry-title")).equals("3 Kwantumtechnologie"), text(By.id("entry-title")));
        assertTrue(driver().getCurrentUrl().contains("version=") && driver().getCurrentUrl().contains("key=annex2-quantum"), driver().getCurrentUrl());
        visit("/techlist/admin/versions.xhtml", 403);
    }

    @Test
    void listAdministratorDraftsAddsASubAreaSeesTheDiffImportsAndDiscards() throws Exception {
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
        String atFields = text(By.cssSelector(".panel--edit"));
        assertTrue(atFields.contains("Gebruik gewone tekst, zonder HTML-opmaak zoals <b>") && atFields.contains("Vul dit veld in")
                && atFields.contains("Een code met een punt hoort onder een bovenliggend onderdeel"), atFields);
        checkPage(200);
        screenshot("entry-errors");

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
        screenshot("draft-diff");

        java.nio.file.Path bad = java.nio.file.Files.createTempFile("bijlage2-", ".csv");
        java.nio.file.Files.writeString(bad, "code,parent_code,title_nl,title_en\n1,,AI,Artificial intelligence\n1.1,1,<i>Generatief</i>,Generative\n1.2,7,Zwevend,Dangling\n");
        find(By.id("importForm:file_input")).sendKeys(bad.toString());
        waitFor(d -> !d.findElements(By.id("import-problems")).isEmpty());
        awaitReady();
        String problems = text(By.id("import-problems"));
        assertTrue(problems.contains("Regel 3 (titleNl): Gebruik gewone tekst") && problems.contains("Regel 4 (parent_code): Het bovenliggende onderdeel 7"), problems);
        checkPage(200);
        screenshot("import-problems");

        java.nio.file.Path good = java.nio.file.Files.createTempFile("bijlage2-", ".csv");
        java.nio.file.Files.writeString(good, "code,parent_code,title_nl,title_en\n3,,Kwantumtechnologie,Quantum technology\n3.1,3,Kwantumsensoren,Quantum sensors\n");
        find(By.id("importForm:file_input")).sendKeys(good.toString());
        waitFor(d -> !d.findElements(By.id("importForm:importChanges_data")).isEmpty());
        awaitReady();
        String changes = text(By.id("importForm:importChanges_data"));
        assertTrue(changes.contains("Vervallen 1 Artificiële intelligentie") && changes.contains("Vervallen 11 Cybersecurity")
                && changes.contains("Gewijzigd 3 Kwantumtechnologie") && !changes.contains("Kwantumsensoren"),
                "the file drops the descriptions of 3 and keeps 3.1 as it is: " + changes);
        checkPage(200);
        screenshot("import-preview");
        find(By.id("importForm:apply")).click();
        waitFor(d -> d.findElement(By.id("draft:messages")).getText().contains("Het bestand is geïmporteerd: 2 onderdelen."));
        awaitReady();
        assertTrue(text(By.id("draft:entries_data")).contains("Kwantumsensoren") && !text(By.id("draft:entries_data")).contains("Radartechnologie"));

        find(By.id("draft:discard")).click();
        waitFor(d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().anyMatch(e -> e.isDisplayed()));
        driver().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().filter(e -> e.isDisplayed()).findFirst().orElseThrow().click();
        waitFor(d -> d.findElement(By.id("draft:messages")).getText().contains("is weggegooid"));
        awaitReady();
        assertTrue(!driver().findElements(By.id("draft:create")).isEmpty());
    }
}
