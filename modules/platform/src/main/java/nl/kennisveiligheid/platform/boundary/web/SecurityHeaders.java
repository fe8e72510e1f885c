package nl.kennisveiligheid.platform.boundary.web;

import jakarta.servlet.http.HttpServletResponse;

/** The security headers every response carries (pages, REST, error pages, static resources, refusals). */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** One year, the minimum browsers' preload lists accept. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** The headers; {@code behindTls} adds Strict-Transport-Security (only ever sent when users come in over HTTPS). */
    public static void apply(HttpServletResponse response, boolean behindTls) {
        if (behindTls) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
