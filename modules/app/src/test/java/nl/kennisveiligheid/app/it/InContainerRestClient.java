package nl.kennisveiligheid.app.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls the product's REST API with a bearer token, from client tests and from in-container tests alike (the
 * name puts it into the suite deployment, see {@link Deployments#inContainer}).
 */
public final class InContainerRestClient {

    private final String base;
    private final String language;
    private final HttpClient http = HttpClient.newHttpClient();

    public InContainerRestClient(URL base) {
        this(base.toExternalForm().replaceAll("/$", ""), null);
    }

    private InContainerRestClient(String base, String language) {
        this.base = base;
        this.language = language;
    }

    /** The same client asking for answers in {@code language} ({@code Accept-Language}). */
    public InContainerRestClient in(String newLanguage) {
        return new InContainerRestClient(base, newLanguage);
    }

    /** A request with a JSON body, or none when {@code json} is {@code null}. */
    public HttpResponse<String> json(String method, String path, String token, String json) throws IOException, InterruptedException {
        return call(method, path, token, null, json);
    }

    /** A request; {@code body} {@code null} sends none, otherwise it goes as {@code contentType} (JSON when {@code null}); more headers as name, value. */
    public HttpResponse<String> call(String method, String path, String token, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (body != null) {
            request.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with a file as its body ({@code contentType}): an upload. */
    public HttpResponse<String> upload(String method, String path, String token, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** For fixtures ({@code UnitFixtures.Api}): a JSON request whose answer must be 2xx; its body. */
    public String send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = json(method, path, token, json);
        assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.statusCode() + " " + response.body());
        return response.body();
    }

    /** The first group of {@code regex} in {@code body}; fails the test when it is not there. */
    public static String first(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertTrue(m.find(), regex + " in " + body);
        return m.group(1);
    }
}
