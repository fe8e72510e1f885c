package nl.kennisveiligheid.platform.api.lazy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableQueryTest {

    @Test
    void likeWildcardsAreEscaped() {
        assertEquals("100\\%\\_a\\\\b", TableQuery.escapeLike("100%_a\\b"));
    }

    @Test
    void pageRequestRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10, List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0, List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 501, List.of(), Map.of()));
    }
}
