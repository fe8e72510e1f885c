package nl.kennisveiligheid.signals.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.signals.SanctionsFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sanctions lists and the name check over REST: list administrators load editions (preview, apply, difference,
 * the file kept), bad files change nothing, authority staff screen names, bad input is a clear 4xx in the caller's
 * language, and institution users get 403 on all of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SanctionsListsApiIT {

    private static final String LIST_ADMIN = "demo-token-list-admin";
    private static final String ASSESSOR = "demo-token-authority-assessor";
    private static final String DECIDER = "demo-token-authority-decider";
    private static final String API = "/api/v1";

    @ArquillianResource
    URL base;

    private InContainerRestClient api() {
        return new InContainerRestClient(base);
    }

    private HttpResponse<String> load(String source, byte[] file, String query) throws Exception {
        return api().upload("POST", API + "/sanctions-lists/" + source + "/editions" + query, LIST_ADMIN, "application/xml", file);
    }

    private int editions(String source) throws Exception {
        String body = api().json("GET", API + "/sanctions-lists/" + source + "/editions", LIST_ADMIN, null).body();
        return body.split("\"checksum\"", -1).length - 1;
    }

    @Test
    void institutionUsersGet403OnAllOfIt() throws Exception {
        for (String token : List.of("demo-token-institution-officer", "demo-token-institution-admin")) {
            assertEquals(403, api().json("GET", API + "/sanctions-lists", token, null).statusCode());
            assertEquals(403, api().json("GET", API + "/sanctions-lists/UN/editions", token, null).statusCode());
            assertEquals(403, api().upload("POST", API + "/sanctions-lists/UN/editions?dryRun=true", token, "application/xml",
                    SanctionsFixtures.bytes(SanctionsFixtures.UN_2026_02_27)).statusCode());
            assertEquals(403, api().json("POST", API + "/sanctions-screenings", token, "{\"name\":\"Eric Badege\"}").statusCode());
        }
        assertEquals(403, api().upload("POST", API + "/sanctions-lists/UN/editions?dryRun=true", ASSESSOR, "application/xml",
                SanctionsFixtures.bytes(SanctionsFixtures.UN_2026_02_27)).statusCode(), "authority staff read the lists but do not load them");
        assertEquals(403, api().json("POST", API + "/sanctions-screenings", LIST_ADMIN, "{\"name\":\"Eric Badege\"}").statusCode(),
                "list administrators keep the lists; they do not screen people");
        assertEquals(200, api().json("GET", API + "/sanctions-lists", DECIDER, null).statusCode());
    }

    @Test
    void aListAdministratorPreviewsAppliesAndComparesEditionsOfTheUnList() throws Exception {
        byte[] february = SanctionsFixtures.bytes(SanctionsFixtures.UN_2026_02_27);
        byte[] august = SanctionsFixtures.bytes(SanctionsFixtures.UN_2026_08_01);
        int before = editions("UN");

        HttpResponse<String> preview = load("UN", february, "?dryRun=true");
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().contains("\"publishedOn\":\"2026-02-27\"") && preview.body().contains("\"persons\":730")
                && preview.body().contains("\"entities\":273") && !preview.body().contains("\"applied\""), preview.body());
        assertEquals(before, editions("UN"), "a preview stores nothing");

        HttpResponse<String> older = load("UN", february, "");
        assertEquals(201, older.statusCode(), older.body());
        HttpResponse<String> newer = load("UN", august, "?fileName=un_consolidated_2026-08-01.xml");
        assertEquals(201, newer.statusCode(), newer.body());
        assertTrue(newer.body().contains("\"added\":16") && newer.body().contains("\"removed\":8"), newer.body());
        assertTrue(newer.body().contains("\"reference\":\"SDi.011\"") && newer.body().contains("\"reference\":\"QDi.054\""), newer.body());
        String id = InContainerRestClient.first(newer.body(), "\"applied\":\\{[^}]*\"id\":(\\d+)");
        assertEquals(before + 2, editions("UN"));

        String difference = api().json("GET", API + "/sanctions-lists/UN/editions/" + id + "/difference", ASSESSOR, null).body();
        assertTrue(difference.contains("\"added\":16") && difference.contains("\"removed\":8") && difference.contains("\"change\":\"CHANGED\""), difference);
        String edition = api().json("GET", API + "/sanctions-lists/un/editions/" + id, ASSESSOR, null).body();
        assertTrue(edition.contains("\"inForce\":true") && edition.contains("\"loadedBy\":\"listadmin\"")
                && edition.contains("\"checksum\":\"5bf360176d1b24eee5352af180cac6515bbfc3c8c1fddab8fec82210c75520a6\""), edition);
        HttpResponse<String> file = api().json("GET", API + "/sanctions-lists/UN/editions/" + id + "/file", LIST_ADMIN, null);
        assertEquals(200, file.statusCode());
        assertEquals(august.length, file.body().getBytes(StandardCharsets.UTF_8).length, "the file as received");

        String lists = api().json("GET", API + "/sanctions-lists", ASSESSOR, null).body();
        assertTrue(lists.contains("\"id\":" + id + ",\"inForce\":true"), lists);
        assertEquals(404, api().json("GET", API + "/sanctions-lists/UN/editions/999999999", ASSESSOR, null).statusCode());
        assertEquals(404, api().json("GET", API + "/sanctions-lists/ATLANTIS/editions", ASSESSOR, null).statusCode());

        // a designation the August edition added is found at once, with its explanation
        String hits = api().json("POST", API + "/sanctions-screenings", ASSESSOR,
                "{\"name\":\"Hamdan Dagalo\",\"birthDate\":\"1990-08-07\",\"nationality\":\"Sudan\",\"kind\":\"person\"}").body();
        assertTrue(hits.contains("\"reference\":\"SDi.011\"") && hits.contains("\"birthDate\":\"MATCH\"") && hits.contains("\"nationality\":\"MATCH\"")
                && hits.contains("\"how\":\"UNMATCHED\""), hits);
    }

    @Test
    void aFileThatIsNotWhatItClaimsToBeIsRefusedAndNothingChanges() throws Exception {
        int before = editions("UN");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>X</REFERENCE_NUMBER><FIRST_NAME>&x;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
        HttpResponse<String> entity = load("UN", xxe.getBytes(StandardCharsets.UTF_8), "");
        assertEquals(422, entity.statusCode(), entity.body());
        assertTrue(entity.body().contains("documenttypedeclaratie") && !entity.body().contains("root:"), entity.body());
        byte[] february = SanctionsFixtures.bytes(SanctionsFixtures.UN_2026_02_27);
        HttpResponse<String> truncated = api().in("en").upload("POST", API + "/sanctions-lists/UN/editions", LIST_ADMIN, "application/xml",
                Arrays.copyOf(february, february.length / 3));
        assertEquals(422, truncated.statusCode(), truncated.body());
        assertTrue(truncated.body().contains("The file stops halfway"), truncated.body());
        HttpResponse<String> wrongList = load("EU", february, "");
        assertEquals(422, wrongList.statusCode());
        assertTrue(wrongList.body().contains("<CONSOLIDATED_LIST>") && wrongList.body().contains("<export>"), wrongList.body());
        HttpResponse<String> csv = api().upload("POST", API + "/sanctions-lists/NL/editions", LIST_ADMIN, "text/csv",
                "reference,kind,name\nX,PERSON,Jan\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, csv.statusCode());
        assertTrue(csv.body().contains("name_type"), csv.body());
        assertEquals(400, load("UN", february, "?publishedOn=2026-02-30").statusCode());
        assertEquals(before, editions("UN"), "nothing changed");
    }

    @Test
    void badSearchesGetAClearAnswerInTheCallersLanguage() throws Exception {
        String[][] cases = {
                {"{}", "name"},
                {"{\"name\":\"   \"}", "name"},
                {"{\"name\":\"" + "a".repeat(10_000) + "\"}", "name"},
                {"{\"name\":\"Eric\\u0007Badege\"}", "name"},
                {"{\"name\":\"Eric \\u202eBadege\"}", "name"},
                {"{\"name\":\"Eric \\ud800Badege\"}", "name"},
                {"{\"name\":\"...\"}", "name"},
                {"{\"name\":\"Eric Badege\",\"birthDate\":\"2026-02-30\"}", "birthDate"},
                {"{\"name\":\"Eric Badege\",\"birthDate\":\"2999-01-01\"}", "birthDate"},
                {"{\"name\":\"Eric Badege\",\"nationality\":\"Atlantis\"}", "nationality"},
                {"{\"name\":\"Eric Badege\",\"kind\":\"robot\"}", "kind"}};
        for (String[] c : cases) {
            HttpResponse<String> answer = api().in("en").json("POST", API + "/sanctions-screenings", ASSESSOR, c[0]);
            assertEquals(400, answer.statusCode(), c[0].length() > 100 ? c[0].substring(0, 100) : c[0] + ": " + answer.body());
            assertTrue(answer.body().contains("\"field\":\"" + c[1] + "\"") || answer.body().contains("\"name\":\"" + c[1] + "\""),
                    c[1] + " named in " + answer.body());
        }
        HttpResponse<String> markup = api().json("POST", API + "/sanctions-screenings", ASSESSOR, "{\"name\":\"<script>alert(1)</script>\"}");
        assertTrue(markup.statusCode() == 400 || markup.statusCode() == 200, markup.body());
        assertTrue(!markup.body().contains("<script>") || markup.statusCode() == 400, "markup is never echoed: " + markup.body());
        assertEquals(400, api().call("POST", API + "/sanctions-screenings", ASSESSOR, "application/json", "{not json").statusCode());
        HttpResponse<String> nl = api().json("POST", API + "/sanctions-screenings", ASSESSOR, "{\"name\":\"Eric Badege\",\"nationality\":\"Atlantis\"}");
        assertTrue(nl.body().contains("Onbekend land"), nl.body());

        HttpResponse<String> found = api().json("POST", API + "/sanctions-screenings", ASSESSOR, "{\"name\":\"BADEGE, eric\"}");
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("\"reference\":\"CDi.001\"") && found.body().contains("\"threshold\":0.83"), found.body());
        String nothing = api().json("POST", API + "/sanctions-screenings", ASSESSOR, "{\"name\":\"Maria Jansen\"}").body();
        assertTrue(nothing.contains("\"hits\":[]"), nothing);
    }
}
