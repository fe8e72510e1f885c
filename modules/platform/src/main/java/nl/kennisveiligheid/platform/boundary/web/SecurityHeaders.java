package nl.kennisveiligheid.platform.boundary.web;

import jakarta.servlet.http.HttpServletResponse;

/** The security headers every response carries (pages, REST, error pages, static resources, refusals). */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
