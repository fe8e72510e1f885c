package nl.kennisveiligheid.platform.boundary.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the field a JSON body got wrong, when the binding's message does not name it. */
class JsonBodyBindingTest {

    enum Kind { LAB, GROUP }

    record Entry(String key, Kind kind) {
    }

    record Data(String name, Kind kind, List<Entry> entries) {
    }

    record Change(Long version, Data data, Boolean confirmed) {
    }

    private static Optional<String> mismatch(String json) {
        return JsonBodyBinding.mismatch(Change.class, null, Json.createReader(new StringReader(json)).readValue(), "");
    }

    @Test
    void namesTheFirstMemberOfTheWrongKind() {
        assertEquals(Optional.of("version"), mismatch("{\"version\":[1]}"));
        assertEquals(Optional.of("version"), mismatch("{\"version\":\"abc\"}"));
        assertEquals(Optional.of("data.name"), mismatch("{\"version\":1,\"data\":{\"name\":[]}}"));
        assertEquals(Optional.of("data.entries[1].kind"), mismatch("{\"data\":{\"entries\":[{\"key\":\"a\"},{\"kind\":3}]}}"));
        assertEquals(Optional.of("confirmed"), mismatch("{\"confirmed\":\"yes\"}"));
        assertEquals(Optional.of("data"), mismatch("{\"data\":\"x\"}"));
        assertEquals(Optional.empty(), mismatch("{\"version\":1,\"data\":{\"name\":\"x\",\"kind\":\"LAB\",\"entries\":[]},\"confirmed\":null}"));
    }

    @Test
    void findsWhereAStringValueStands() {
        assertEquals(Optional.of("data.kind"), JsonBodyBinding.pathOfValue("{\"version\":1,\"data\":{\"name\":\"x\",\"kind\":\"NOPE\"}}", "NOPE"));
        assertEquals(Optional.of("entries[0].kind"), JsonBodyBinding.pathOfValue("{\"entries\":[{\"kind\":\"NOPE\"}]}", "NOPE"));
        assertEquals(Optional.empty(), JsonBodyBinding.pathOfValue("{", "NOPE"));
    }
}
