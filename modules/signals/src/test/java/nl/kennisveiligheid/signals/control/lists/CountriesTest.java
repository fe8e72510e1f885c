package nl.kennisveiligheid.signals.control.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Country names as lists and screeners write them, to ISO 3166 alpha-2 codes. */
class CountriesTest {

    @Test
    void codesListSpellingsAndDutchNames() {
        assertEquals("IR", Countries.code("ir"));
        assertEquals("IR", Countries.code("Iran (Islamic Republic of)"));
        assertEquals("KP", Countries.code("Democratic People's Republic of Korea"));
        assertEquals("RU", Countries.code("Russian Federation"));
        assertEquals("CD", Countries.code("Democratic Republic of the Congo"));
        assertEquals("CI", Countries.code("Côte d'Ivoire"));
        assertEquals("SE", Countries.code("Zweden"));
        assertEquals("DE", Countries.code("Duitsland"));
        assertEquals("NL", Countries.code("  the Netherlands "));
        assertNull(Countries.code("Atlantis"));
        assertNull(Countries.code("XX"));
        assertNull(Countries.code(""));
    }
}
