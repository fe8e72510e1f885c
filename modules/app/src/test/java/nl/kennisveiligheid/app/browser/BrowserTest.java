package nl.kennisveiligheid.app.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of every browser test: Debian's headless Chromium driven by Selenium against the suite's deployed
 * WAR. Every visited page is checked for browser console errors (a script blocked by the
 * Content-Security-Policy included), for axe-core violations of impact serious or critical, and for
 * missing-text markers ({@code ???}). A screenshot of the last page of each test is written to
 * {@code target/screenshots/}.
 *
 * <p>Axe rules excluded here are listed, with their reason, in {@code docs/accessibility.md}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    /** Axe rules not checked, each with its reason in docs/accessibility.md. */
    protected static final List<String> EXCLUDED_AXE_RULES = List.of();

    private static final String CHROMIUM = System.getProperty("test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("test.chromedriver", "/usr/bin/chromedriver");
    private static ChromeDriver driver;

    @ArquillianResource
    protected URL base;

    private String testName;

    protected static synchronized WebDriver driver() {
        if (driver == null) {
            if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
                fail("Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "): apt-get install -y chromium chromium-driver (.ci/run does this)");
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=nl-NL",
                    "--user-data-dir=" + tempProfile());
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            // axe-core is handed to the browser once and runs in every page it opens (sending its 550 KB with every
            // check, and axe's extra window per check, cost about a second a page)
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    java.util.Map.of("source", axeScript()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> driver.quit()));
        }
        return driver;
    }

    /** axe-core's script as the axe-core Selenium library ships it. */
    private static String axeScript() {
        try (java.io.InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                fail("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void startFresh(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("method");
        WebDriver browser = driver();
        browser.manage().deleteAllCookies();
        browser.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void screenshot() throws IOException {
        if (driver == null) {
            return;
        }
        Path dir = Path.of(System.getProperty("test.output", "target"), "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(testName + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A full-page screenshot of the current state, {@code target/screenshots/<test>-<step>.png}: for looking at
     * a screen mid-test and for the user guides ({@code docs/guide/}).
     */
    protected void screenshot(String step) throws IOException {
        // the whole page (at most 4000 px high) straight from Chromium, without resizing the window twice
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(4000, ((Number) size.get("height")).doubleValue());
        Object data = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1))).get("data");
        Path dir = Path.of(System.getProperty("test.output", "target"), "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(testName + "-" + step + ".png"), java.util.Base64.getDecoder().decode(String.valueOf(data)));
    }

    /** The address of a page of the product, e.g. {@code url("/index.xhtml")}. */
    protected String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    /** Opens a page that must answer 200 and checks it. */
    protected WebDriver visit(String path) {
        return visit(path, 200);
    }

    /** Opens a page that answers {@code expectedStatus} (error pages) and checks it. */
    protected WebDriver visit(String path, int expectedStatus) {
        WebDriver browser = driver();
        browser.get(url(path));
        awaitReady();
        checkPage(expectedStatus);
        return browser;
    }

    /** The password of every demo user (README). */
    protected static final String DEMO_PASSWORD = "Demo-wachtwoord-2026";

    /** Logs in through the login page as a demo user and waits for the page after login. */
    protected void loginAs(String username) {
        loginAs(username, DEMO_PASSWORD, "/login.xhtml");
    }

    /** Logs in through the login page reached at {@code path} (which may carry a {@code next}). */
    protected void loginAs(String username, String password, String path) {
        // the login page itself is checked (axe and all) by LoginBrowserIT; here only that it loads cleanly
        driver().get(url(path));
        awaitReady();
        List<String> errors = consoleErrors(200);
        assertTrue(errors.isEmpty(), "Browser console errors on " + driver().getCurrentUrl() + ": " + errors);
        find(By.id("login:username")).sendKeys(username);
        find(By.id("login:password")).sendKeys(password);
        clickAndWaitForNewPage(By.id("login:submit"));
        checkPage(200);
    }

    /** The labels of the main menu, in order. */
    protected List<String> menu() {
        return driver().findElements(By.cssSelector("nav.app-nav a")).stream().map(WebElement::getText).toList();
    }

    /**
     * Fills a table's filter field at once and fires one key-up, so the table filters once (typing letter by
     * letter fires a filter request per letter and re-renders the table while the test reads it).
     */
    protected void filterWith(By field, String text) {
        ((JavascriptExecutor) driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));",
                find(field), text);
    }

    /**
     * Waits up to 15 s for a condition, retrying while the page is being replaced (stale or missing elements, and
     * Chromium's "node does not belong to the document" when a navigation replaces the page between finding an
     * element and reading it).
     */
    protected <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /** Clicks something that loads a new page and waits until the new page is loaded (and checked by the caller). */
    protected void clickAndWaitForNewPage(By by) {
        clickAndWaitForNewPage(driver().findElement(by));
    }

    /**
     * Clicks a button that asks for confirmation, checks the question the dialog asks ({@code question} is part of it),
     * answers yes, and waits for the page that follows.
     */
    protected void confirmAndWaitForNewPage(By button, String question) {
        find(button).click();
        // the dialog fades in: wait until its question can be read
        waitFor(d -> d.findElements(By.cssSelector(".ui-dialog")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).anyMatch(t -> t.contains(question)) ? Boolean.TRUE : null);
        WebElement yes = driver().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow();
        clickAndWaitForNewPage(yes);
    }

    /** Clicks an element that loads a new page and waits until the new page is loaded (and checked by the caller). */
    protected void clickAndWaitForNewPage(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver();
        js.executeScript("window.__screeningOldPage = true;");
        element.click();
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__screeningOldPage !== true && document.readyState === 'complete';"));
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false;
            }
        });
        awaitReady();
    }

    /**
     * Waits until the document is loaded and jQuery (when present) has no AJAX request and no animation running (a row
     * fading out is checked by axe at half contrast).
     */
    protected void awaitReady() {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0);")));
        try {
            new WebDriverWait(driver(), Duration.ofSeconds(2)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !window.jQuery || jQuery(':animated').length === 0;")));
        } catch (org.openqa.selenium.TimeoutException stillMoving) {
            // a page that animates for good (none does now) is checked as it is
        }
    }

    /** The checks every page must pass: no console errors, no missing texts, no serious axe findings. */
    protected void checkPage(int expectedStatus) {
        WebDriver browser = driver();
        List<String> errors = consoleErrors(expectedStatus);
        assertTrue(errors.isEmpty(), "Browser console errors on " + browser.getCurrentUrl() + ": " + errors);
        String source = browser.getPageSource();
        assertFalse(source.contains("???"), "A text is missing (???) on " + browser.getCurrentUrl());
        assertFalse(source.matches("(?s).*\\bat [a-z]+\\.[a-zA-Z0-9_.$]+\\([A-Za-z0-9_]+\\.java:\\d+\\).*"),
                "A stack frame is shown on " + browser.getCurrentUrl());
        AxeBuilder axe = new AxeBuilder().disableRules(EXCLUDED_AXE_RULES).setLegacyMode(true);
        axe.setInjectAxe(alreadyThere -> { }, false);
        Results results = axe.analyze(browser);
        assertTrue(!results.isErrored() && !results.getPasses().isEmpty(),
                () -> "axe did not run on " + browser.getCurrentUrl() + ": " + results.getErrorMessage());
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertTrue(serious.isEmpty(), () -> "Accessibility violations on " + browser.getCurrentUrl() + ": "
                + serious.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> n.getTarget() + " (" + String.valueOf(n.getFailureSummary()).replace('\n', ' ') + ")")
                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    /** Console errors since the last call; the failed load of the page itself is expected for error pages. */
    protected List<String> consoleErrors(int expectedStatus) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver().manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() < Level.SEVERE.intValue()) {
                continue;
            }
            String message = entry.getMessage();
            if (expectedStatus != 200 && message.contains("status of " + expectedStatus)) {
                continue;
            }
            errors.add(message);
        }
        return errors;
    }

    protected WebElement find(By by) {
        return driver().findElement(by);
    }

    protected String text(By by) {
        return find(by).getText();
    }

    /** The HTTP status of a GET without the browser (for pages whose status the browser does not show). */
    protected int status(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The body of a REST GET with a demo token (for checking what a screen did, e.g. in the audit trail). */
    protected String apiGet(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    /** The status of a REST PUT of JSON with a demo token (another user changing something meanwhile). */
    protected int apiPut(String path, String json, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A REST call with a token (or none, for test support), whose status must be 2xx: its body. */
    protected String api(String method, String path, String contentType, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.statusCode() + " " + response.body());
        return response.body();
    }

    /** For fixtures ({@code UnitFixtures.Api}): a JSON request whose answer must be 2xx; its body. */
    protected String send(String method, String path, String token, String json) throws IOException, InterruptedException {
        return api(method, path, "application/json", json, token);
    }

    protected void assertTitleContains(String expected) {
        String title = driver().getTitle();
        assertTrue(title.contains(expected), "Title '" + title + "' should contain '" + expected + "'");
    }

}
