package nl.kennisveiligheid.platform.boundary.rest;

import java.util.List;

/**
 * An RFC 9457 problem document, the body of every REST error ({@code application/problem+json}).
 *
 * @param type          URI reference identifying the problem type ({@code about:blank} when the status says it all)
 * @param title         short summary of the problem type, in the caller's language
 * @param status        the HTTP status
 * @param detail        explanation of this occurrence, in the caller's language
 * @param instance      the request path
 * @param correlationId the id to quote to support; also in the {@code X-Correlation-Id} header
 * @param errors        field errors, where input was wrong
 */
public record ProblemDetails(String type, String title, int status, String detail, String instance,
                             String correlationId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One wrong input field. */
    public record FieldError(String field, String message) {
    }
}
