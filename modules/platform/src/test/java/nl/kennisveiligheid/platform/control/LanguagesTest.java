package nl.kennisveiligheid.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void apiCallersGetTheirFirstSupportedLanguageElseDutch() {
        assertEquals(Languages.ENGLISH, Languages.forApi(List.of(Locale.GERMAN, Locale.forLanguageTag("en-US"))));
        assertEquals(Languages.DUTCH, Languages.forApi(List.of(Locale.FRENCH)));
        assertEquals(Languages.DUTCH, Languages.forApi(List.of()));
    }

    @Test
    void onlyKnownCodes() {
        assertEquals(Optional.of(Languages.ENGLISH), Languages.forCode("EN"));
        assertEquals(Optional.empty(), Languages.forCode("de"));
        assertEquals(Optional.empty(), Languages.forCode(null));
    }
}
