package nl.kennisveiligheid.screening.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisveiligheid.app.it.TestMailServer;
import nl.kennisveiligheid.screening.ScreeningFixtures;
import nl.kennisveiligheid.units.UnitFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail a request causes, as it arrives at a real SMTP server (GreenMail, {@link TestMailServer}): the receipt with
 * the due date, the supplement request with its term, the extension with its reason, each to the institution's
 * contact in the institution's language, after the change committed, naming the request by its reference only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningMailIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OFFICER = "demo-token-institution-officer";
    private static final String ASSESSOR = "demo-token-authority-assessor";
    private static final String SYSADMIN = "demo-token-system-admin";
    private static final String CONTACT = "kennisveiligheid@demo-universiteit.nl";

    @ArquillianResource
    URL base;

    private String send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.statusCode() + " " + response.body());
        return response.body();
    }

    @Test
    void theReceiptTheSupplementRequestAndTheExtensionAreMailedInTheInstitutionsLanguage() throws Exception {
        long unit = UnitFixtures.unit("Maillab " + UUID.randomUUID().toString().substring(0, 6)).complete().registered(this::send).id();
        String institution = group(send("GET", "/api/v1/units/" + unit + "/summary", OFFICER, null), "\"institutionId\":(\\d+)");
        String surname = "Mailtest-" + UUID.randomUUID().toString().substring(0, 6);
        String created = send("POST", "/api/v1/screening-requests", OFFICER, ScreeningFixtures.request(unit).with("subject", "surname", surname).json());
        String id = group(created, "\"id\":(\\d+)");
        String submitted = send("POST", "/api/v1/screening-requests/" + id + "/submission", OFFICER, "{\"version\":" + group(created, "\"version\":(\\d+)") + "}");
        String reference = group(submitted, "\"reference\":\"([^\"]+)\"");

        MimeMessage receipt = awaitMail(CONTACT, reference);
        assertEquals("Ontvangstbevestiging screeningsaanvraag " + reference, receipt.getSubject());
        String body = (String) receipt.getContent();
        assertTrue(body.contains("Het besluit valt uiterlijk op") && body.contains("/screening/request.xhtml?id=" + id), body);
        assertFalse(body.contains(surname) || receipt.getSubject().contains(surname), "the person's name is in no mail");

        String before = send("GET", "/api/v1/institutions/" + institution + "/contact", SYSADMIN, null);
        send("PUT", "/api/v1/institutions/" + institution + "/contact", SYSADMIN, "{\"contactEmail\":\"" + CONTACT + "\",\"language\":\"en\"}");
        Pattern postal = Pattern.compile("\"postalAddress\":\"[^\"]*\"");
        String after = send("GET", "/api/v1/institutions/" + institution + "/contact", SYSADMIN, null);
        assertEquals(postal.matcher(before).results().map(MatchResult::group).toList(), postal.matcher(after).results().map(MatchResult::group).toList(),
                "a body without postalAddress keeps the postal address: " + after);
        try {
            String assigned = send("POST", "/api/v1/screening-requests/" + id + "/assignment", ASSESSOR, "{\"version\":" + group(submitted, "\"version\":(\\d+)") + "}");
            String asked = send("POST", "/api/v1/screening-requests/" + id + "/supplement-requests", ASSESSOR,
                    "{\"version\":" + group(assigned, "\"version\":(\\d+)") + ",\"questions\":\"Het cv van " + surname + ", graag.\"}");
            MimeMessage supplement = awaitMail(CONTACT, "Supplement requested for screening request " + reference);
            String supplementBody = (String) supplement.getContent();
            assertTrue(supplementBody.contains("Please answer the questions on the request's page by"), supplementBody);
            assertFalse(supplementBody.contains(surname), "the questions stay on the page (they may name the person)");
            String answered = send("POST", "/api/v1/screening-requests/" + id + "/supplement-requests/1/answer", OFFICER,
                    "{\"version\":" + group(asked, "\"version\":(\\d+)") + ",\"answer\":\"Bijgevoegd.\"}");
            send("POST", "/api/v1/screening-requests/" + id + "/extension", ASSESSOR,
                    "{\"version\":" + group(answered, "\"version\":(\\d+)") + ",\"reason\":\"An expert's advice is needed.\"}");
            MimeMessage extension = awaitMail(CONTACT, "Decision period extended for screening request " + reference);
            assertTrue(((String) extension.getContent()).contains("Reason: An expert's advice is needed."), (String) extension.getContent());
        } finally {
            send("PUT", "/api/v1/institutions/" + institution + "/contact", SYSADMIN, "{\"contactEmail\":\"" + CONTACT + "\",\"language\":\"nl\"}");
        }
        String outbox = send("GET", "/api/v1/outbox?status=SENT&size=200", SYSADMIN, null);
        assertTrue(outbox.contains("screening-request:" + id), "the outbox shows what was sent: " + outbox);
    }

    @Test
    void aRefusedChangeSendsNoMail() throws Exception {
        long unit = UnitFixtures.unit("Stillab " + UUID.randomUUID().toString().substring(0, 6)).complete().registered(this::send).id();
        String created = send("POST", "/api/v1/screening-requests", OFFICER, ScreeningFixtures.request(unit).with("subject", "idDocumentNumber", null).json());
        String id = group(created, "\"id\":(\\d+)");
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "")
                        + "/api/v1/screening-requests/" + id + "/submission")).header("Authorization", "Bearer " + OFFICER)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + group(created, "\"version\":(\\d+)") + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body());
        Thread.sleep(1500);
        assertFalse(send("GET", "/api/v1/outbox?size=200", SYSADMIN, null).contains("screening-request:" + id + "\""), "nothing queued for a refused submission");
    }

    /** Waits up to 15 s for a mail to {@code to} whose subject contains {@code subject}. */
    private static MimeMessage awaitMail(String to, String subject) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : TestMailServer.greenMail().getReceivedMessages()) {
                if (message.getSubject() != null && message.getSubject().contains(subject)
                        && Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        fail("No mail to " + to + " about " + subject + " arrived within 15 s");
        return null;
    }

    private static String group(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertTrue(m.find(), regex + " in " + body);
        return m.group(1);
    }
}
