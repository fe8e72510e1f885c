package nl.kennisveiligheid.decisions;

import java.util.UUID;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.screening.ScreeningFixtures;
import nl.kennisveiligheid.units.UnitFixtures;

/**
 * Decisions built through the REST API as the demo users would: a registered unit, a submitted request for a person,
 * an assessment with a finding per indicator group, prepared by the assessor and signed by the decider.
 */
public final class DecisionsFixtures {

    public static final String OFFICER = "demo-token-institution-officer";
    public static final String ASSESSOR = "demo-token-authority-assessor";
    public static final String DECIDER = "demo-token-authority-decider";
    public static final String API = "/api/v1";
    /** A text only the confidential annex holds: no institution-facing answer may contain it. */
    public static final String ANNEX_MARKER = "VERTROUWELIJK-AIVD-7f3e";

    private DecisionsFixtures() {
    }

    /** A registered unit of Demo Universiteit. */
    public static long unit(UnitFixtures.Api api) throws Exception {
        return UnitFixtures.unit("Besluitlab " + UUID.randomUUID().toString().substring(0, 8)).complete()
                .entry("annex2-quantum", "Kwantumsensoren").registered(api).id();
    }

    /** A submitted request for {@code person} on the unit; its id. */
    public static long submitted(UnitFixtures.Api api, long unit, String person) throws Exception {
        String created = api.send("POST", API + "/screening-requests", OFFICER,
                ScreeningFixtures.request(unit).with("subject", "personReference", person).json());
        String id = InContainerRestClient.first(created, "\"id\":(\\d+)");
        api.send("POST", API + "/screening-requests/" + id + "/submission", OFFICER,
                "{\"version\":" + InContainerRestClient.first(created, "\"version\":(\\d+)") + "}");
        return Long.parseLong(id);
    }

    /** The assessment's data as JSON: every indicator group with a finding, the outcome, conditions, reasons, dates, annex. */
    public static String data(String outcome, String conditionCodesJson, String effectiveFrom, String expiresOn) {
        return "{\"findings\":[{\"group\":\"LEGAL\",\"finding\":\"NO_SIGNAL\",\"note\":null},"
                + "{\"group\":\"AFFILIATIONS\",\"finding\":\"SIGNAL\",\"note\":\"Eerder gastonderzoeker; afgewogen.\"},"
                + "{\"group\":\"FIELD\",\"finding\":\"SIGNAL\",\"note\":\"Kwantumsensoren, Bijlage 2.\"},"
                + "{\"group\":\"DEPENDENCE\",\"finding\":\"NO_SIGNAL\",\"note\":null},{\"group\":\"ETHICS\",\"finding\":\"NO_SIGNAL\",\"note\":null}],"
                + "\"proposedOutcome\":\"" + outcome + "\",\"conditionCodes\":" + conditionCodesJson + ",\"conditionsText\":null,"
                + "\"reasons\":\"Uit de screening blijkt geen signaal dat toegang in de weg staat.\\n\\nDe signalen zijn gewogen.\","
                + "\"legalBasis\":\"Wet screening kennisveiligheid\",\"effectiveFrom\":" + quoted(effectiveFrom) + ",\"expiresOn\":" + quoted(expiresOn)
                + ",\"confidentialAnnex\":\"" + ANNEX_MARKER + ": melding van de dienst over een eerdere werkgever.\"}";
    }

    /** Opens, fills in and prepares the request's assessment as the assessor; the prepared assessment's version. */
    public static long prepared(UnitFixtures.Api api, long request, String data) throws Exception {
        String opened = api.send("GET", API + "/assessments/" + request, ASSESSOR, null);
        String saved = api.send("PUT", API + "/assessments/" + request, ASSESSOR, "{\"version\":" + version(opened) + ",\"data\":" + data + "}");
        String prepared = api.send("POST", API + "/assessments/" + request + "/preparation", ASSESSOR, "{\"version\":" + version(saved) + "}");
        return Long.parseLong(version(prepared));
    }

    /** A signed decision on a new request for {@code person} on {@code unit} (no hearing: not for refusals); the decision JSON. */
    public static String decided(UnitFixtures.Api api, long unit, String person, String outcome, String conditionCodesJson, String effectiveFrom,
                                 String expiresOn) throws Exception {
        long request = submitted(api, unit, person);
        long version = prepared(api, request, data(outcome, conditionCodesJson, effectiveFrom, expiresOn));
        return api.send("POST", API + "/assessments/" + request + "/signature", DECIDER, "{\"version\":" + version + "}");
    }

    /** The name in a unit's JSON. */
    public static String unitName(String json) {
        return InContainerRestClient.first(json, "\"name\":\"([^\"]+)\"");
    }

    public static String version(String json) {
        return InContainerRestClient.first(json, "\"version\":(\\d+)");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
