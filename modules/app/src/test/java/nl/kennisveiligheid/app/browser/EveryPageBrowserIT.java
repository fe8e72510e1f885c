package nl.kennisveiligheid.app.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Cookie;

/**
 * Every role, in Dutch and in English, follows every link on every page it can reach from the home page (links that
 * lead to the same page with other ids are followed twice, not for every id): no page answers other than 200, none
 * shows a missing text ({@code ???}), a stack trace, or a code where words belong (an enum constant of the product,
 * a sanctions list's code, an audit action such as {@code personal-data.viewed}). The pages are read as the browser
 * got them after login (its session), without a browser per page: each page's look and accessibility are the other
 * browser tests' part. Forms that change something are not submitted here; downloads (letters, exports) and the API are
 * left out; the language switch is followed once per language.
 */
class EveryPageBrowserIT extends BrowserTest {

    private static final Logger LOG = Logger.getLogger(EveryPageBrowserIT.class.getName());

    /** Pages per role and language at most (a guard against a crawl that never ends). */
    private static final int MAX_PAGES = 150;
    /** Addresses of one page with different ids followed at most. */
    private static final int PER_PATTERN = 2;

    /** Codes that must never be shown as such: the product's enum constants and list codes. */
    private static final Set<String> CODES = codes();
    private static final Pattern CODE_WORD = Pattern.compile("(?<![\\w-])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,}[0-9]*)(?![\\w-])");
    /** An audit action or message key: lower-case words joined by dots ({@code personal-data.viewed}), not a domain or a file. */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w@./-])([a-z]{2,}(?:-[a-z]+)*(?:\\.[a-z][a-zA-Z]+(?:-[a-z]+)*)+)(?![\\w@/-])");
    private static final Set<String> NOT_CODES_ENDING = Set.of("nl", "com", "org", "eu", "net", "example", "xhtml", "pdf", "csv", "json",
            "xml", "html", "txt", "uk", "int", "gov", "io", "local", "test", "invalid");
    private static final Pattern STACK = Pattern.compile("\\bat [a-z]+\\.[a-zA-Z0-9_.$]+\\([A-Za-z0-9_]+\\.java:\\d+\\)");

    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        Stream.of(nl.kennisveiligheid.platform.api.Role.class, nl.kennisveiligheid.platform.api.InstitutionKind.class,
                        nl.kennisveiligheid.screening.api.RequestStatus.class, nl.kennisveiligheid.screening.api.RequestKind.class,
                        nl.kennisveiligheid.screening.api.AccessRole.class, nl.kennisveiligheid.screening.api.FundingKind.class,
                        nl.kennisveiligheid.screening.api.AttachmentKind.class, nl.kennisveiligheid.screening.api.IdentityDocumentType.class,
                        nl.kennisveiligheid.decisions.api.Outcome.class, nl.kennisveiligheid.decisions.api.AssessmentState.class,
                        nl.kennisveiligheid.signals.api.IndicatorGroup.class, nl.kennisveiligheid.signals.api.SanctionsSource.class,
                        nl.kennisveiligheid.signals.api.SignalKind.class, nl.kennisveiligheid.signals.api.SignalState.class, nl.kennisveiligheid.signals.api.Judgement.Verdict.class,
                        nl.kennisveiligheid.techlist.api.VersionStatus.class,
                        nl.kennisveiligheid.techlist.api.VersionStanding.class, nl.kennisveiligheid.units.api.UnitStatus.class,
                        nl.kennisveiligheid.units.api.UnitKind.class, nl.kennisveiligheid.platform.entity.OutboxMail.Status.class)
                .flatMap(e -> Arrays.stream(e.getEnumConstants()))
                .map(c -> ((Enum<?>) c).name())
                .forEach(codes::add);
        codes.add("ANNEX2");
        return codes;
    }

    private record Visit(String path, String from) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"officer.uni", "admin.uni", "assessor", "decider", "listadmin", "sysadmin", "auditor"})
    void everyLinkOnEveryPageLeadsToAPageInWords(String username) throws Exception {
        loginAs(username);
        HttpClient client = withTheBrowsersSession();
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String language : List.of("nl", "en")) {
            get(client, "/?lang=" + language);
            pages += crawl(client, language, problems);
        }
        get(client, "/?lang=nl");
        LOG.info(() -> username + ": crawled");
        int crawled = pages;
        assertTrue(problems.isEmpty(), () -> username + ", " + crawled + " pages: " + problems.size() + " problems:\n" + String.join("\n", problems));
        assertTrue(pages > 10, username + " reaches more than the home page: " + pages);
    }

    private int crawl(HttpClient client, String language, List<String> problems) throws IOException, InterruptedException {
        Deque<Visit> queue = new ArrayDeque<>(List.of(new Visit("/", "(start)")));
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        Map<String, Integer> patterns = new HashMap<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            Visit visit = queue.poll();
            pages++;
            HttpResponse<String> response = get(client, visit.path());
            String where = "[" + language + "] " + visit.path() + " (linked from " + visit.from() + ")";
            if (response.statusCode() != 200) {
                problems.add(where + ": HTTP " + response.statusCode());
                continue;
            }
            if (response.uri().getPath().endsWith("/login.xhtml")) {
                problems.add(where + ": asks for a login again");
                continue;
            }
            Document page = Jsoup.parse(response.body(), response.uri().toString());
            check(page, response.body(), where, problems);
            for (Element link : page.select("a[href]")) {
                String next = inside(link.attr("abs:href"));
                if (next != null && seen.add(next) && patterns.merge(pattern(next), 1, Integer::sum) <= PER_PATTERN) {
                    queue.add(new Visit(next, visit.path()));
                }
            }
        }
        return pages;
    }

    private void check(Document page, String html, String where, List<String> problems) {
        if (html.contains("???")) {
            Matcher missing = Pattern.compile("\\?\\?\\?([^?<\"]{1,80})\\?\\?\\?").matcher(html);
            problems.add(where + ": missing text " + (missing.find() ? missing.group(1) : "???"));
        }
        if (STACK.matcher(html).find()) {
            problems.add(where + ": a stack trace is shown");
        }
        page.select("script, style, code, kbd, samp, .code-shown").remove();
        String text = page.body() == null ? "" : page.body().text();
        Set<String> found = new TreeSet<>();
        Matcher code = CODE_WORD.matcher(text);
        while (code.find()) {
            if (CODES.contains(code.group(1))) {
                found.add(code.group(1));
            }
        }
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            String word = dotted.group(1);
            if (!NOT_CODES_ENDING.contains(word.substring(word.lastIndexOf('.') + 1))) {
                found.add(word);
            }
        }
        if (!found.isEmpty()) {
            problems.add(where + ": codes shown where words belong: " + found);
        }
    }

    /** The address within the application to follow, from the application root; {@code null} for one not to follow. */
    private String inside(String absolute) {
        String root = url("");
        if (!absolute.startsWith(root + "/")) {
            return null;
        }
        String path = absolute.substring(root.length());
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (path.isEmpty() || plain.startsWith("/api/") || plain.startsWith("/jakarta.faces.resource/") || plain.startsWith("/test-support/")
                || plain.contains("logout") || plain.matches(".*\\.(pdf|csv|json|zip|xml|txt)$") || plain.contains("/letters/")
                || plain.contains("/export") || plain.contains("/download") || path.matches(".*[?&]lang=.*")) {
            return null;
        }
        return path;
    }

    /** A page's address without its parameters' values: {@code /screening/request.xhtml?id}. */
    private static String pattern(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return path;
        }
        Set<String> names = new TreeSet<>();
        for (String pair : path.substring(query + 1).split("&")) {
            names.add(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
        }
        return path.substring(0, query) + "?" + String.join("&", names);
    }

    private HttpClient withTheBrowsersSession() {
        CookieManager cookies = new CookieManager();
        URI root = URI.create(url("/"));
        for (Cookie c : driver().manage().getCookies()) {
            HttpCookie cookie = new HttpCookie(c.getName(), c.getValue());
            cookie.setPath(c.getPath());
            cookie.setVersion(0);
            cookies.getCookieStore().add(root, cookie);
        }
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "nl").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
