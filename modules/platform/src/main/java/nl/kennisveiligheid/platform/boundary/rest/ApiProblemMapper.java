package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.kennisveiligheid.platform.api.ApiProblem;

/** A module's {@link ApiProblem} as problem+json, texts in the caller's language. */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ApiProblem problem) {
        return problems.response(problem.status(), problems.text(problem.bundle(), problem.detailKey()), uri,
                problem.fields().stream()
                        .map(f -> new ProblemDetails.FieldError(f.field(), problems.text(problem.bundle(), f.messageKey(), f.arguments())))
                        .toList());
    }
}
