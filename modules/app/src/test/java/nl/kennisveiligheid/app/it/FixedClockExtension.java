package nl.kennisveiligheid.app.it;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Releases the platform clock after every test of a class that fixes it ({@code @ExtendWith(FixedClockExtension.class)}),
 * so that no test leaves a fixed date to the next. It asks the product's test-support endpoint
 * ({@code DELETE /api/v1/test-support/clock}) at the URL the test holds in its {@code @ArquillianResource URL} field, so
 * it works the same for in-container, client and browser tests. (JUnit runs the extension on both sides of an
 * in-container test; the side whose test instance holds the injected URL releases the clock.)
 */
public class FixedClockExtension implements AfterEachCallback {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        URL base = base(context.getRequiredTestInstance());
        if (base == null) {
            // an in-container test on the client side: its URL is injected in the container, where this runs too
            return;
        }
        HttpResponse<String> released = HTTP.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "")
                + "/api/v1/test-support/clock")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (released.statusCode() != 200) {
            throw new IllegalStateException("Releasing the clock failed: " + released.statusCode() + " " + released.body());
        }
    }

    private static URL base(Object test) throws IllegalAccessException {
        for (Class<?> type = test.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == URL.class && field.isAnnotationPresent(ArquillianResource.class)) {
                    field.setAccessible(true);
                    return (URL) field.get(test);
                }
            }
        }
        return null;
    }
}
