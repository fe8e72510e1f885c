package nl.kennisveiligheid.platform.boundary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlatformRequestFilterTest {

    @Test
    void languageParameterIsRemovedAndTheRestKept() {
        assertEquals("", PlatformRequestFilter.withoutLang(null));
        assertEquals("", PlatformRequestFilter.withoutLang("lang=en"));
        assertEquals("?id=4&tab=2", PlatformRequestFilter.withoutLang("id=4&lang=nl&tab=2"));
        assertEquals("?language=x", PlatformRequestFilter.withoutLang("language=x"));
    }
}
