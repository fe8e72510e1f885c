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

    @Test
    void pathsAreDecidedOnTheirNormalForm() {
        assertEquals("/evil.example/", RequestPaths.normalised("//evil.example/"));
        assertEquals("/test-support/fail", RequestPaths.normalised("//test-support/fail"));
        assertEquals("/test-support/fail", RequestPaths.normalised("/x/../test-support/fail"));
        assertEquals("/test-support/fail", RequestPaths.normalised("/x/%2e%2e/test-support/fail"));
        assertEquals("/platform/audit/trail.xhtml", RequestPaths.normalised("/jakarta.faces.resource/../platform/audit/trail.xhtml"));
        assertEquals("/", RequestPaths.normalised("/../../.."));
        assertEquals("/units/unit.xhtml", RequestPaths.normalised("/units/unit.xhtml;jsessionid=abc"));
        assertEquals("/api/v1/legal-calendar/equated-days/ ", RequestPaths.normalised("/api/v1/legal-calendar/equated-days/%20"));
        assertEquals("/units/", RequestPaths.normalised("/units/"));
        assertEquals("/", RequestPaths.normalised(""));
        assertEquals(null, RequestPaths.normalised("/%zz"));
    }

    @Test
    void aNormalPathStaysAsItIsAndRedirectsStayInsideTheApplication() {
        for (String normal : new String[] {"/", "/units/unit.xhtml", "/api/v1/units/7", "/jakarta.faces.resource/theme.css.xhtml"}) {
            assertEquals(RequestPaths.decoded(normal), RequestPaths.normalised(normal), normal);
        }
        // the language switch's Location is the encoded normal path: one leading slash, never "//host"
        assertEquals("/evil.example/", RequestPaths.encoded(RequestPaths.normalised("//evil.example/")));
        assertEquals("/a%20b", RequestPaths.encoded("/a b"));
    }

    @Test
    void mediaTypeHeadersAreReadAsTheStandardSays() {
        for (String accept : new String[] {null, "", "application/json", "application/json, text/plain;q=0.5, */*;q=0",
                "application/problem+json;q=1.000", "text/csv; charset=UTF-8"}) {
            org.junit.jupiter.api.Assertions.assertTrue(RequestPaths.wellFormedMediaTypes(accept, true), accept);
        }
        for (String accept : new String[] {"text/html;q=abc, */*;q=x", "json", "application/", "a/b;q=2", "a/b;=x", "<script>/x"}) {
            org.junit.jupiter.api.Assertions.assertFalse(RequestPaths.wellFormedMediaTypes(accept, true), accept);
        }
        org.junit.jupiter.api.Assertions.assertTrue(RequestPaths.wellFormedMediaTypes("multipart/form-data; boundary=x", false));
        org.junit.jupiter.api.Assertions.assertFalse(RequestPaths.wellFormedMediaTypes("application/json, text/csv", false), "one type only");
    }
}
