package nl.kennisveiligheid.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.notification.Notifications;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox: without an SMTP server a mail is held for the system administrator; a failed send waits for another
 * try with its error; "try again" sends it once the server answers; the in-app notification is there either way.
 * In the server, to switch the SMTP settings the product reads afresh (the suite's server is GreenMail).
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @ArquillianResource
    URL base;

    @Inject
    Notifications notifications;

    @Inject
    InstitutionDirectory institutions;

    @Test
    void withoutAnSmtpServerMailIsHeldAndSentWhenOneIsConfigured() throws Exception {
        String origin = "test:held-" + UUID.randomUUID();
        String host = System.getProperty("mail.smtp.host");
        System.clearProperty("mail.smtp.host");
        try {
            notify(origin);
            assertEquals("HELD", awaitStatus(origin, "HELD"));
        } finally {
            System.setProperty("mail.smtp.host", host);
        }
        HttpResponse<String> retried = new InContainerRestClient(base).json("POST", "/api/v1/outbox/" + id(origin) + "/retry", "demo-token-system-admin", null);
        assertEquals(200, retried.statusCode(), retried.body());
        assertTrue(retried.body().contains("\"status\":\"SENT\""), retried.body());
        String officer = new InContainerRestClient(base).json("GET", "/api/v1/notifications", "demo-token-institution-officer", null).body();
        assertTrue(officer.contains("\"unread\":"), "the notifications answer for a token: " + officer);
    }

    @Test
    void aFailedSendWaitsForAnotherTryWithItsError() throws Exception {
        String origin = "test:failed-" + UUID.randomUUID();
        String port = System.getProperty("mail.smtp.port");
        System.setProperty("mail.smtp.port", "1"); // nothing listens there
        try {
            notify(origin);
            String failed = awaitAttempts(origin);
            assertTrue(failed.contains("\"status\":\"PENDING\"") && failed.contains("\"attempts\":1"), failed);
            assertTrue(failed.contains("\"lastError\":\"") && failed.contains("\"nextAttemptAt\":\""), "the error is kept and the next try planned: " + failed);
        } finally {
            System.setProperty("mail.smtp.port", port);
        }
        HttpResponse<String> retried = new InContainerRestClient(base).json("POST", "/api/v1/outbox/" + id(origin) + "/retry", "demo-token-system-admin", null);
        assertTrue(retried.body().contains("\"status\":\"SENT\"") && retried.body().contains("\"attempts\":2"), retried.body());
        assertEquals(403, new InContainerRestClient(base).json("GET", "/api/v1/outbox", "demo-token-institution-officer", null).statusCode());
    }

    private void notify(String origin) {
        long university = institutions.byCode("DEMO-UNI").orElseThrow().id();
        notifications.toInstitution(university, Text.of(Messages.PLATFORM_BUNDLE, "notifications.title"),
                Text.of(Messages.PLATFORM_BUNDLE, "notifications.intro"), "/index.xhtml", origin);
    }

    /** The outbox's answer about the mail of {@code origin}, as the system administrator reads it. */
    private String mail(String origin) throws Exception {
        HttpResponse<String> page = new InContainerRestClient(base).json("GET", "/api/v1/outbox?origin=" + origin, "demo-token-system-admin", null);
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    private String awaitStatus(String origin, String expected) throws Exception {
        String body = mail(origin);
        for (int i = 0; i < 75 && !body.contains("\"status\":\"" + expected + "\""); i++) {
            Thread.sleep(200);
            body = mail(origin);
        }
        return InContainerRestClient.first(body, "\"status\":\"(\\w+)\"");
    }

    private String awaitAttempts(String origin) throws Exception {
        String body = mail(origin);
        for (int i = 0; i < 75 && body.contains("\"attempts\":0"); i++) {
            Thread.sleep(200);
            body = mail(origin);
        }
        return body;
    }

    private long id(String origin) throws Exception {
        return Long.parseLong(InContainerRestClient.first(mail(origin), "\"id\":(\\d+)"));
    }
}
