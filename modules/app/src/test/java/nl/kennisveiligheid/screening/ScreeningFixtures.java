package nl.kennisveiligheid.screening;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.kennisveiligheid.units.UnitFixtures;

/**
 * Screening requests for tests, built through the REST API as an institution's system would: a complete request for
 * a unit, with the fields a test names changed. For in-container, client and browser tests alike.
 *
 * <pre>{@code
 * String json = ScreeningFixtures.request(unitId).with("subject", "surname", "Jansen").json();
 * }</pre>
 */
public final class ScreeningFixtures {

    private ScreeningFixtures() {
    }

    /** A complete request for the unit (working with Annex 2 entry {@code annex2-quantum}), ready to submit. */
    public static Builder request(long unitId) {
        return new Builder(unitId);
    }

    /** The fields of a request as the REST API takes them ({@code RequestData}), as raw JSON values per part. */
    public static final class Builder {

        private final Map<String, Map<String, String>> parts = new LinkedHashMap<>();
        private String affiliations = "[{\"organisation\":\"Technische Universiteit Delft\",\"country\":\"NL\",\"role\":\"Master student\","
                + "\"from\":\"2020-09-01\",\"to\":null}]";
        private String funding = "[{\"kind\":\"OWN_INSTITUTION\"}]";

        private Builder(long unitId) {
            Map<String, String> subject = new LinkedHashMap<>();
            subject.put("personReference", quoted("P-" + Long.toHexString(System.nanoTime())));
            subject.put("givenNames", quoted("Anna Maria"));
            subject.put("surname", quoted("de Vries"));
            subject.put("birthDate", quoted("1998-04-12"));
            subject.put("birthPlace", quoted("Utrecht"));
            subject.put("birthCountry", quoted("NL"));
            subject.put("nationalities", "[\"NL\"]");
            subject.put("email", quoted("a.devries@example.nl"));
            subject.put("idDocumentType", quoted("PASSPORT"));
            subject.put("idDocumentNumber", quoted("NX1234567"));
            parts.put("subject", subject);
            Map<String, String> access = new LinkedHashMap<>();
            access.put("kind", quoted("FIRST_ACCESS"));
            access.put("role", quoted("PHD_CANDIDATE"));
            access.put("unitId", String.valueOf(unitId));
            access.put("entryKeys", "[\"annex2-quantum\"]");
            access.put("researchTopic", quoted("Foutcorrectie in kwantumsensoren"));
            access.put("supervisor", quoted("Prof. dr. B. Bakker"));
            access.put("intendedStart", quoted("2027-01-01"));
            access.put("intendedEnd", quoted("2030-12-31"));
            parts.put("access", access);
        }

        /** A field of {@code subject} or {@code access} as a string (or {@code null}). */
        public Builder with(String part, String field, String value) {
            parts.get(part).put(field, quoted(value));
            return this;
        }

        /** A field of {@code subject} or {@code access} as raw JSON (an array, a number). */
        public Builder withRaw(String part, String field, String rawJson) {
            parts.get(part).put(field, rawJson);
            return this;
        }

        public Builder affiliations(String rawJsonArray) {
            affiliations = rawJsonArray;
            return this;
        }

        public Builder funding(String rawJsonArray) {
            funding = rawJsonArray;
            return this;
        }

        public String json() {
            StringBuilder out = new StringBuilder("{");
            parts.forEach((part, fields) -> {
                out.append('"').append(part).append("\":{");
                fields.forEach((name, value) -> out.append('"').append(name).append("\":").append(value).append(','));
                out.setLength(out.length() - 1);
                out.append("},");
            });
            return out.append("\"affiliations\":").append(affiliations).append(",\"funding\":").append(funding).append('}').toString();
        }
    }

    private static String quoted(String value) {
        return UnitFixtures.string(value);
    }

    /** A small valid PDF of one page (made with PDFBox). */
    public static byte[] pdf() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
