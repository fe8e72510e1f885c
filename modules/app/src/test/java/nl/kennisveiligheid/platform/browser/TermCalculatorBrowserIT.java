package nl.kennisveiligheid.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kennisveiligheid.app.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The term calculator: any signed-in user works out the last day of a term, with the reasons, in Dutch and English. */
class TermCalculatorBrowserIT extends BrowserTest {

    private static final By STEPS = By.cssSelector("#steps li");

    @Test
    void anOfficerCalculatesTheDecisionPeriodWithASupplement() throws Exception {
        loginAs("officer.uni");
        assertTrue(menu().contains("Termijnen"), "in the menu of an institution: " + menu());
        visit("/platform/terms/calculator.xhtml");
        checkPage(200);
        assertTrue(text(By.id("terms")).contains("Geen opschortingen"), "the empty state says what to do");
        find(By.id("terms:start")).clear();
        find(By.id("terms:start")).sendKeys("2026-10-26");
        find(By.id("terms:addSuspension")).click();
        waitFor(d -> !d.findElements(By.id("terms:rows:0:asked")).isEmpty());
        awaitReady();
        find(By.id("terms:rows:0:asked")).sendKeys("2026-11-02");
        find(By.id("terms:rows:0:supplemented")).sendKeys("2026-11-16");
        find(By.id("terms:calculate")).click();
        waitFor(d -> !d.findElements(By.id("term-end")).isEmpty());
        awaitReady();
        assertEquals("Laatste dag: maandag 7 december 2026", text(By.id("term-end")));
        List<WebElement> steps = driver().findElements(STEPS);
        assertEquals(3, steps.size(), "plain end, suspension, Sunday");
        assertTrue(steps.get(1).getText().contains("3 november 2026 tot en met 15 november 2026 opgeschort (13 dagen)"), steps.get(1).getText());
        assertTrue(steps.get(2).getText().contains("6 december 2026 is een zondag"), steps.get(2).getText());
        checkPage(200);
        screenshot("decision period with a supplement");

        // a supplement asked after the term ended cannot suspend it: said at the form, nothing calculated
        find(By.id("terms:rows:0:asked")).clear();
        find(By.id("terms:rows:0:asked")).sendKeys("2026-12-20");
        find(By.id("terms:rows:0:supplemented")).clear();
        find(By.id("terms:rows:0:supplemented")).sendKeys("2026-12-28");
        find(By.id("terms:calculate")).click();
        waitFor(d -> d.findElement(By.id("terms:messages")).getText().contains("buiten de lopende termijn"));
        awaitReady();
        assertTrue(driver().findElements(By.id("term-end")).isEmpty(), "no last day for a term that cannot be calculated");
        checkPage(200);

        visit("/platform/terms/calculator.xhtml?lang=en");
        find(By.id("terms:start")).clear();
        find(By.id("terms:start")).sendKeys("2026-11-28");
        find(By.id("terms:calculate")).click();
        waitFor(d -> !d.findElements(By.id("term-end")).isEmpty());
        awaitReady();
        assertEquals("Last day: Monday 28 December 2026", text(By.id("term-end")), "4 weeks from Saturday 28 November: Saturday 26 December, Boxing Day");
        assertTrue(text(By.id("steps")).contains("Boxing Day"), text(By.id("steps")));
        checkPage(200);
        screenshot("english");
        visit("/platform/terms/calculator.xhtml?lang=nl");
    }
}
