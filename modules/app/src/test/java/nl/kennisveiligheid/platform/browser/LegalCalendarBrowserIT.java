package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The legal calendar screen: a system administrator records a day equated with a holiday, and removes it. */
class LegalCalendarBrowserIT extends BrowserTest {

    private static final By DAYS = By.id("calendar:days_data");

    @Test
    void systemAdministratorEquatesADayAndRemovesIt() throws Exception {
        loginAs("sysadmin");
        visit("/platform/admin/calendar.xhtml");
        checkPage(200);
        showYear("2031");
        String days = text(DAYS);
        assertTrue(days.contains("Tweede Paasdag") && days.contains("Koningsdag"), days);
        assertFalse(days.contains("Vrijdag na Hemelvaart"), days);

        find(By.id("calendar:equate")).click();
        waitFor(d -> d.findElement(By.id("calendar:messages")).getText().contains("Vul een datum in"));
        awaitReady();
        assertTrue(text(By.id("calendar:messages")).contains("Noem het Koninklijk Besluit als bron"));
        checkPage(200);

        find(By.id("calendar:description")).sendKeys("Vrijdag na Hemelvaartsdag");
        find(By.id("calendar:legalReference")).sendKeys("Stb. 2030, 12");
        find(By.id("calendar:date")).sendKeys("31-02-2031");
        find(By.id("calendar:equate")).click();
        waitFor(d -> !d.findElement(By.id("calendar:messages")).getText().contains("Vul een omschrijving in"));
        awaitReady();
        assertTrue(text(By.id("calendar:messages")).contains("Vul een datum in als dag-maand-jaar, bijvoorbeeld 12-04-1996."), text(By.id("calendar:messages")));
        assertTrue(find(By.id("calendar:description")).getAttribute("value").equals("Vrijdag na Hemelvaartsdag"), "the input is kept");
        find(By.id("calendar:date")).clear();
        find(By.id("calendar:date")).sendKeys("23-5-2031");
        find(By.id("calendar:equate")).click();
        waitFor(d -> d.findElement(By.id("calendar:messages")).getText().contains("De dag 23 mei 2031 is vastgelegd als gelijkgestelde dag"));
        awaitReady();
        waitFor(d -> d.findElement(DAYS).getText().contains("Vrijdag na Hemelvaartsdag"));
        assertTrue(text(DAYS).contains("Stb. 2030, 12"), text(DAYS));
        checkPage(200);
        String holidays = apiGet("/api/v1/legal-calendar/holidays?year=2031", "demo-token-authority-assessor");
        assertTrue(holidays.contains("2031-05-23"), "terms use it from now on: " + holidays);

        find(By.cssSelector("#calendar\\:days_data button[aria-label='Verwijderen 2031-05-23']")).click();
        waitFor(d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().anyMatch(e -> e.isDisplayed()));
        checkPage(200);
        driver().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().filter(e -> e.isDisplayed()).findFirst().orElseThrow().click();
        waitFor(d -> d.findElement(By.id("calendar:messages")).getText().contains("is verwijderd"));
        awaitReady();
        assertFalse(text(DAYS).contains("Vrijdag na Hemelvaartsdag"), text(DAYS));
        assertFalse(apiGet("/api/v1/legal-calendar/holidays?year=2031", "demo-token-authority-assessor").contains("2031-05-23"));
    }

    @Test
    void otherRolesGetTheForbiddenPage() {
        loginAs("officer.uni");
        visit("/platform/admin/calendar.xhtml", 403);
    }

    private void showYear(String year) {
        new Select(find(By.id("calendar:year"))).selectByValue(year);
        find(By.id("calendar:show")).click();
        waitFor(d -> d.findElement(DAYS).getText().contains(year));
        awaitReady();
    }
}
