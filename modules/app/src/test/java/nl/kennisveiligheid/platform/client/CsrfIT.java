package nl.kennisveiligheid.platform.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every form is protected by its view state: a POST carrying another session's view state is refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfIT {

    /** PrimeFaces' CSP mode also sends the page's nonce with every post back and checks it against the session. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @ArquillianResource
    URL base;

    @Test
    void postWithAnotherSessionsViewStateIsRefused() throws Exception {
        HttpClient victim = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpClient attacker = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        URI page = URI.create(base.toExternalForm().replaceAll("/$", "") + "/test-support/faces.xhtml");

        String attackersPage = attacker.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
        victim.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());

        String form = formWith("forged", attackersPage);
        HttpResponse<String> forged = victim.send(HttpRequest.newBuilder(page).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.body().contains("Pagina verlopen") || forged.body().contains("Er ging iets mis"),
                "refused with an error page: " + forged.statusCode());
        assertFalse(forged.body().contains("value=\"forged\""), "the forged value was not taken");
    }

    @Test
    void postWithTheSessionsOwnViewStateIsAccepted() throws Exception {
        HttpClient user = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        URI page = URI.create(base.toExternalForm().replaceAll("/$", "") + "/test-support/faces.xhtml");
        String own = user.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
        String form = formWith("genuine", own);
        HttpResponse<String> genuine = user.send(HttpRequest.newBuilder(page).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(genuine.body().contains("value=\"genuine\""), "the form was processed");
    }

    private static String formWith(String text, String html) {
        return "ts=ts&ts%3Atext=" + text + "&ts%3Asubmit=x&jakarta.faces.ViewState=" + URLEncoder.encode(find(VIEW_STATE, html), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(find(NONCE, html), StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), "the page has " + pattern);
        return matcher.group(1);
    }
}
