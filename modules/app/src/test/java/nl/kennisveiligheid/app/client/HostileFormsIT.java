package nl.kennisveiligheid.app.client;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.units.UnitFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every screen's forms posted with hostile values (issue 11): each role's screens are found by following the links
 * from the home page, as a user would; each form with a text input is posted with a hostile value in every text
 * input (a control character, a bidirectional override, a control character before a text far longer than its field:
 * PrimeFaces cuts a text to its input's {@code maxlength} as it reads the post, and the character must still be
 * refused), and once more as it was
 * rendered but with a tampered view state, and without the page's CSP nonce. Every answer must be a page with a
 * friendly message: the form again with a message, or the "page expired" page
 * for the view state and the nonce; never the error page, a 5xx or a stack trace.
 *
 * <p>A hostile value fails validation of the whole form, so no action runs: the demo data stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileFormsIT {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(HostileFormsIT.class.getName());
    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final List<String> USERS = List.of("officer.uni", "admin.uni", "assessor", "listadmin", "sysadmin", "auditor");
    private static final List<String> HOSTILE = List.of("a\u0000b", "\u202eevil", "bell\u0007", "\u0001" + "x".repeat(5_000),
            "esc\u001b[31m");
    private static final int MAX_PAGES = 40;
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @ArquillianResource
    URL base;

    private final List<String> failures = new ArrayList<>();
    private int posts;
    private int variant;

    @Test
    void everyFormOfEveryScreenAnswersHostileValuesAndATamperedViewStateWithAFriendlyMessage() throws Exception {
        long started = System.nanoTime();
        // a registered unit of the demo university, so that its pages (the institution's and the register's) are reached
        UnitFixtures.unit("Formulieren " + java.util.UUID.randomUUID().toString().substring(0, 6)).complete()
                .registered(new InContainerRestClient(base)::send);
        Set<String> screens = new LinkedHashSet<>();
        // the login form itself, before anyone is logged in
        Connection anonymous = Jsoup.newSession().timeout(60_000).ignoreHttpErrors(true).maxBodySize(0);
        postForms(anonymous, root() + "/login.xhtml", "(not logged in)");
        screens.add("/login.xhtml");
        for (String user : USERS) {
            Connection session = login(user);
            for (String page : crawl(session)) {
                screens.add(URI.create(page).getPath());
                postForms(session, page, user);
            }
        }
        LOG.info(String.format(Locale.ROOT, "HostileFormsIT: %d screens, %d posts in %.1f s: %s", screens.size(), posts,
                (System.nanoTime() - started) / 1e9, screens));
        assertTrue(screens.size() >= 12, "found only " + screens.size() + " screens: " + screens);
        assertTrue(posts >= 20, "posted only " + posts + " forms");
        if (!failures.isEmpty()) {
            fail(failures.size() + " hostile form posts were answered wrongly:\n" + String.join("\n", failures));
        }
    }

    private String root() {
        return base.toExternalForm().replaceAll("/$", "");
    }

    private Connection login(String user) throws IOException {
        Connection session = Jsoup.newSession().timeout(60_000).ignoreHttpErrors(true).maxBodySize(0);
        Connection.Response rendered = session.newRequest().url(root() + "/login.xhtml").method(Connection.Method.GET).execute();
        Document page = rendered.parse();
        Element form = page.getElementById("login");
        assertTrue(form != null, "no login form: " + page.title());
        Map<String, String> data = fields(form);
        // as a browser posts it: PrimeFaces' script puts the page's CSP nonce in every form
        Matcher nonce = NONCE.matcher(String.valueOf(rendered.header("Content-Security-Policy")));
        assertTrue(nonce.find(), "no CSP nonce on the login page");
        data.put("primefaces.nonce", nonce.group(1));
        data.put("login:username", user);
        data.put("login:password", PASSWORD);
        data.put("login:submit", "");
        Connection.Response answer = session.newRequest().url(action(form, root() + "/login.xhtml")).data(data).method(Connection.Method.POST).execute();
        assertTrue(!answer.url().getPath().endsWith("/login.xhtml"), user + " is not logged in: " + answer.url());
        return session;
    }

    /** The pages a user reaches by following links inside the application from the home page (one per path). */
    private List<String> crawl(Connection session) throws IOException {
        // the password page is linked from nowhere: a user is sent there when a new password is due
        Deque<String> queue = new ArrayDeque<>(List.of(root() + "/", root() + "/platform/account/password.xhtml"));
        Set<String> paths = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>();
        while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
            String url = queue.poll();
            String path = URI.create(url).getPath();
            if (!paths.add(path)) {
                continue;
            }
            // a link may lead to a download (a letter, a PDF): skipped, not parsed
            Connection.Response answer = session.newRequest().url(url).method(Connection.Method.GET).ignoreContentType(true).execute();
            if (answer.statusCode() != 200 || !String.valueOf(answer.contentType()).startsWith("text/html")) {
                continue;
            }
            pages.add(url);
            for (Element link : answer.parse().select("a[href]")) {
                String href = link.absUrl("href");
                if (href.startsWith(root() + "/") && !href.contains("lang=") && !href.contains("logout") && !href.contains("#")
                        && !href.contains("/api/") && !href.contains("jakarta.faces.resource") && !href.endsWith(".csv")
                        && !href.contains("/error/") && !href.contains("download")) {
                    queue.add(href);
                }
            }
        }
        return pages;
    }

    private void postForms(Connection session, String url, String user) throws IOException {
        Connection.Response rendered = session.newRequest().url(url).method(Connection.Method.GET).execute();
        Document page = rendered.parse();
        // the nonce PrimeFaces' script adds to every post of the page (CSP mode); a post without it is stale or forged
        Matcher nonce = NONCE.matcher(String.valueOf(rendered.header("Content-Security-Policy")));
        assertTrue(nonce.find(), "no CSP nonce for " + url);
        for (Element form : page.select("form")) {
            List<Element> texts = form.select("input[type=text], input[type=email], input[type=search], input[type=password], input[type=number], input:not([type]), textarea")
                    .stream().filter(input -> !input.hasAttr("disabled") && !input.hasAttr("readonly") && input.hasAttr("name")).toList();
            Element button = form.select("button[type=submit][name], input[type=submit][name]").stream()
                    .filter(b -> !b.attr("name").toLowerCase(Locale.ROOT).contains("logout")).findFirst().orElse(null);
            if (texts.isEmpty() || button == null) {
                continue;
            }
            String hostile = HOSTILE.get(variant++ % HOSTILE.size());
            Map<String, String> data = fields(form);
            data.put("primefaces.nonce", nonce.group(1));
            texts.forEach(input -> data.put(input.attr("name"), hostile));
            data.put(button.attr("name"), button.hasAttr("value") ? button.attr("value") : "");
            String where = user + " " + URI.create(url).getPath() + " form " + form.id() + " [" + shorten(hostile) + "]";
            Connection.Response answer = post(session, form, url, data);
            String body = answer.body();
            if (answer.statusCode() >= 500 || isErrorPage(body)) {
                failures.add(where + " -> " + answer.statusCode() + " " + title(body));
            } else if (!hasMessage(body)) {
                failures.add(where + " -> " + answer.statusCode() + " without a message saying what is wrong: " + title(body));
            }
            Map<String, String> tampered = fields(form);
            tampered.put("primefaces.nonce", nonce.group(1));
            tampered.put(button.attr("name"), "");
            tampered.put("jakarta.faces.ViewState", "tampered-" + variant);
            expectExpired(user, url, form, "tampered view state", post(session, form, url, tampered));
            Map<String, String> withoutNonce = fields(form);
            withoutNonce.put(button.attr("name"), "");
            expectExpired(user, url, form, "no CSP nonce", post(session, form, url, withoutNonce));
        }
    }

    /** A post the page cannot take (a view state or nonce not its own): the "page expired, reload" page, never an error. */
    private void expectExpired(String user, String url, Element form, String what, Connection.Response answer) {
        if (answer.statusCode() >= 500 || !isExpiredPage(answer.body())) {
            failures.add(user + " " + URI.create(url).getPath() + " form " + form.id() + " [" + what + "] -> " + answer.statusCode() + " "
                    + title(answer.body()));
        }
    }

    private Connection.Response post(Connection session, Element form, String url, Map<String, String> data) throws IOException {
        posts++;
        return session.newRequest().url(action(form, url)).data(data).method(Connection.Method.POST).execute();
    }

    private static String action(Element form, String fallback) {
        String action = form.absUrl("action");
        return action.isEmpty() ? fallback : action;
    }

    /** The values the form would send as rendered: hidden inputs (the view state), selected options, checked boxes. */
    private static Map<String, String> fields(Element form) {
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type").toLowerCase(Locale.ROOT);
            if (type.equals("submit") || type.equals("button") || type.equals("file") || type.equals("image")
                    || (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            data.put(input.attr("name"), input.val());
        }
        for (Element area : form.select("textarea[name]")) {
            data.put(area.attr("name"), area.val());
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            if (chosen == null) {
                chosen = select.selectFirst("option");
            }
            if (chosen != null) {
                data.put(select.attr("name"), chosen.val());
            }
        }
        return data;
    }

    private static boolean isErrorPage(String body) {
        return body.contains("class=\"error-page\"") || body.contains(".java:") || body.contains("at nl.kennisveiligheid");
    }

    private static boolean isExpiredPage(String body) {
        return body.contains("Pagina verlopen") || body.contains("Page expired");
    }

    private static boolean hasMessage(String body) {
        return body.contains("ui-message-error") || body.contains("ui-messages-error") || body.contains("form-messages__error")
                || body.contains("ui-growl-message-error");
    }

    private static String title(String body) {
        Document page = Jsoup.parse(body);
        return page.title() + (page.selectFirst("h1") == null ? "" : " / " + page.selectFirst("h1").text());
    }

    private static String shorten(String text) {
        String shown = text.replaceAll("\\p{Cntrl}", "^").replace("\u202e", "<RLO>");
        return shown.length() > 20 ? shown.substring(0, 20) + "…(" + shown.length() + ")" : shown;
    }
}
