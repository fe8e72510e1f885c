package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import nl.kennisveiligheid.platform.control.PlatformModule;

/**
 * Bean Validation failures on REST input as 400 problem+json with one field error per violation. The
 * field is the parameter or property name; the message is Bean Validation's, in the caller's language.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return problems.response(400, problems.text(PlatformModule.BUNDLE, "problem.detail.validation"), uri,
                exception.getConstraintViolations().stream()
                        .map(v -> new ProblemDetails.FieldError(field(v), v.getMessage()))
                        .sorted(Comparator.comparing(ProblemDetails.FieldError::field))
                        .toList());
    }

    private static String field(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }
}
