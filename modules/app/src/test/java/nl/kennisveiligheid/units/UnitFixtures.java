package nl.kennisveiligheid.units;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * High-risk units for tests, built through the REST API as an institution's system would: name the fields that
 * matter to the test, the rest is filled in. For in-container, client and browser tests alike (the name puts it
 * into the suite deployment).
 *
 * <pre>{@code
 * UnitFixtures.Created lab = UnitFixtures.unit("Kwantumlab 1a2b").complete().entry("annex2-quantum", "Sensoren")
 *         .registered(api::send);
 * }</pre>
 */
public final class UnitFixtures {

    /** The institution officer of Demo Universiteit, whose token the fixtures use unless told otherwise. */
    public static final String OFFICER_TOKEN = "demo-token-institution-officer";

    /** Sends a JSON request with a token and gives the response body; fails the test on anything but 2xx. */
    @FunctionalInterface
    public interface Api {
        String send(String method, String path, String token, String json) throws Exception;
    }

    /** A unit as stored: its id and the version to send with the next change. */
    public record Created(long id, long version, String body) {
    }

    private UnitFixtures() {
    }

    /** A draft unit with a name, a kind (laboratory) and a faculty; nothing else yet. */
    public static Builder unit(String name) {
        return new Builder(name);
    }

    /** The fields of a unit, as the REST API takes them ({@code UnitData}). */
    public static final class Builder {

        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<String[]> entries = new ArrayList<>();

        private Builder(String name) {
            fields.put("name", name);
            fields.put("kind", "LABORATORY");
            fields.put("faculty", "Technische Natuurkunde");
        }

        /** Everything registration needs: rooms, head, contact and a physical measure (kept where already set). */
        public Builder complete() {
            fields.putIfAbsent("rooms", "Lab 2.14");
            fields.putIfAbsent("headName", "Prof. H. Hoofd");
            fields.putIfAbsent("headEmail", "hoofd@demo-universiteit.nl");
            fields.putIfAbsent("contactName", "K. Contact");
            fields.putIfAbsent("contactEmail", "ks@demo-universiteit.nl");
            fields.putIfAbsent("measuresPhysical", "Toegangspas");
            return this;
        }

        /** Any field of {@code UnitData} by name ({@code sites}, {@code measuresDigital}, ...). */
        public Builder with(String field, String value) {
            fields.put(field, value);
            return this;
        }

        /** An Annex 2 entry the unit works with, by stable key, with the reason. */
        public Builder entry(String entryKey, String reason) {
            entries.add(new String[] {entryKey, reason});
            return this;
        }

        /** The unit as JSON; with no entry named, the quantum cluster. */
        public String json() {
            StringBuilder json = new StringBuilder("{");
            fields.forEach((name, value) -> json.append(string(name)).append(':').append(string(value)).append(','));
            json.append("\"entries\":[");
            List<String[]> chosen = entries.isEmpty() ? List.<String[]>of(new String[] {"annex2-quantum", "Onderzoek"}) : entries;
            for (int i = 0; i < chosen.size(); i++) {
                json.append(i == 0 ? "" : ",").append("{\"entryKey\":").append(string(chosen.get(i)[0]))
                        .append(",\"reason\":").append(string(chosen.get(i)[1])).append('}');
            }
            return json.append("]}").toString();
        }

        /** Created as a draft by the officer of Demo Universiteit. */
        public Created created(Api api) throws Exception {
            return created(api, OFFICER_TOKEN);
        }

        public Created created(Api api, String token) throws Exception {
            return parse(api.send("POST", "/api/v1/units", token, json()));
        }

        /** Created and registered by the officer of Demo Universiteit (call {@link #complete()} first). */
        public Created registered(Api api) throws Exception {
            Created draft = created(api);
            Created registered = parse(api.send("POST", "/api/v1/units/" + draft.id() + "/registration", OFFICER_TOKEN,
                    "{\"version\":" + draft.version() + "}"));
            assertTrue(registered.body().contains("\"status\":\"REGISTERED\""), registered.body());
            return registered;
        }
    }

    /** A JSON string with the characters JSON requires escaped, and surrogates as escapes. */
    public static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // a control character, and each half of a surrogate pair (so that a lone one reaches the server as sent)
                default -> out.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static Created parse(String body) {
        return new Created(Long.parseLong(group(body, "\"id\":(\\d+)")), Long.parseLong(group(body, "\"version\":(\\d+)")), body);
    }

    private static String group(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertTrue(m.find(), regex + " in " + body);
        return m.group(1);
    }
}
