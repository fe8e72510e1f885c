package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.kennisveiligheid.platform.api.Refusal;

/** Every {@link Refusal}, from a service or a resource, as problem+json with its kind's status, texts in the caller's language. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Refusal refusal) {
        return problems.response(refusal.status(), problems.text(refusal.bundle(), refusal.messageKey(), refusal.arguments()), uri,
                refusal.fields().stream()
                        .map(f -> new ProblemDetails.FieldError(f.field(),
                                problems.text(refusal.bundle(), f.messageKey(), f.arguments().toArray())))
                        .toList());
    }
}
