package nl.kennisveiligheid.signals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fetching a list from its configured address, against a local HTTP server (these machines reach no publisher): a new
 * file becomes an edition, the same file again changes nothing, a broken file or an error answer fails and changes
 * nothing, and a list without an address is a conflict. In the server, so that it can set the address.
 */
@ExtendWith(ArquillianExtension.class)
class ListFetchingIT {

    private static final String LIST_ADMIN = "demo-token-list-admin";
    private static final String UN_EDITION = "nl/kennisveiligheid/signals/demo/un_consolidated_2026-08-01.xml";

    @ArquillianResource
    URL base;

    private HttpServer publisher;
    private final AtomicReference<byte[]> served = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);

    @BeforeEach
    void publisher() throws Exception {
        publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        publisher.createContext("/consolidated.xml", exchange -> {
            byte[] body = served.get();
            exchange.sendResponseHeaders(status.get(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        publisher.start();
        System.setProperty("signals.fetch.un.url", "http://127.0.0.1:" + publisher.getAddress().getPort() + "/consolidated.xml");
    }

    @AfterEach
    void stop() {
        System.clearProperty("signals.fetch.un.url");
        publisher.stop(0);
    }

    private HttpResponse<String> fetch(String source) throws Exception {
        return new InContainerRestClient(base).json("POST", "/api/v1/sanctions-lists/" + source + "/fetch", LIST_ADMIN, null);
    }

    @Test
    void aNewFileBecomesAnEditionTheSameFileChangesNothingAndABrokenOneFails() throws Exception {
        byte[] original;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(UN_EDITION)) {
            original = in.readAllBytes();
        }
        String text = new String(original, StandardCharsets.UTF_8);
        byte[] newer = text.replace("dateGenerated=\"2026-08-01T23:00:03.110Z\"", "dateGenerated=\"2026-09-01T23:00:00.000Z\"")
                .replace("<LISTED_ON>2012-12-31</LISTED_ON>", "<LISTED_ON>2012-12-30</LISTED_ON>").getBytes(StandardCharsets.UTF_8); // four listed that day

        served.set(newer);
        HttpResponse<String> applied = fetch("UN");
        assertEquals(200, applied.statusCode(), applied.body());
        assertTrue(applied.body().contains("\"outcome\":\"APPLIED\""), applied.body());
        String id = InContainerRestClient.first(applied.body(), "\"editionId\":(\\d+)");
        String edition = new InContainerRestClient(base).json("GET", "/api/v1/sanctions-lists/UN/editions/" + id, LIST_ADMIN, null).body();
        assertTrue(edition.contains("\"publishedOn\":\"2026-09-01\"") && edition.contains("\"fileName\":\"consolidated.xml\"")
                && edition.contains("\"inForce\":true"), edition);
        String difference = new InContainerRestClient(base).json("GET", "/api/v1/sanctions-lists/UN/editions/" + id + "/difference", LIST_ADMIN, null).body();
        assertTrue(difference.contains("\"changed\":4") && difference.contains("\"reference\":\"CDi.001\"") && difference.contains("\"listedOn\""), difference);

        HttpResponse<String> again = fetch("UN");
        assertTrue(again.body().contains("\"outcome\":\"UNCHANGED\"") && again.body().contains("\"editionId\":" + id), again.body());

        served.set(Arrays.copyOf(original, original.length / 2));
        HttpResponse<String> truncated = fetch("UN");
        assertTrue(truncated.body().contains("\"outcome\":\"FAILED\"") && truncated.body().contains("halverwege"), truncated.body());

        status.set(404);
        served.set(new byte[0]);
        HttpResponse<String> missing = fetch("UN");
        assertTrue(missing.body().contains("\"outcome\":\"FAILED\"") && missing.body().contains("HTTP 404"), missing.body());
        String lists = new InContainerRestClient(base).json("GET", "/api/v1/sanctions-lists", LIST_ADMIN, null).body();
        assertTrue(lists.contains("\"id\":" + id + ",\"inForce\":true"), "a failed fetch changes nothing: " + lists);

        status.set(200);
        served.set(original);
        assertTrue(fetch("UN").body().contains("\"outcome\":\"APPLIED\""), "the original edition in force again");

        HttpResponse<String> notConfigured = fetch("EU");
        assertEquals(409, notConfigured.statusCode(), notConfigured.body());
        assertTrue(notConfigured.body().contains("SIGNALS_FETCH_EU_URL"), notConfigured.body());
        assertEquals(403, new InContainerRestClient(base).json("POST", "/api/v1/sanctions-lists/UN/fetch", "demo-token-authority-assessor", null)
                .statusCode());
    }
}
