package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.kennisveiligheid.platform.control.PlatformModule;

/** JAX-RS errors (unknown path, wrong method, unreadable body, ...) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Optional<String> parameter = parameterName(exception);
        if (parameter.isPresent()) {
            return problems.response(400, problems.text(PlatformModule.BUNDLE, "problem.detail.parameter"), uri,
                    List.of(new ProblemDetails.FieldError(parameter.get(), problems.text(PlatformModule.BUNDLE, "problem.field.parameter",
                            problems.text(PlatformModule.BUNDLE, "problem.field.parameter." + expected(exception))))));
        }
        int status = exception.getResponse() != null ? exception.getResponse().getStatus() : 500;
        String detail = problems.text(PlatformModule.BUNDLE, "problem.detail." + Problems.titleKey(status).substring("problem.title.".length()));
        Response response = problems.response(status, detail, uri, null);
        if (status == 405 && exception.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", exception.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    /**
     * The name of the query or path parameter that could not be converted ({@code first=abc}, {@code /units/abc}):
     * JAX-RS answers those with 404, but the resource exists and the caller's value is wrong, so it is a 400 naming
     * the parameter. Jersey's {@code ParamException} carries the name (read without compiling against Jersey).
     */
    static Optional<String> parameterName(WebApplicationException exception) {
        for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("org.glassfish.jersey.server.ParamException")) {
                try {
                    Object name = type.getMethod("getParameterName").invoke(exception);
                    return Optional.ofNullable(name == null ? null : name.toString());
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return Optional.of("");
                }
            }
        }
        return Optional.empty();
    }

    /** What the parameter should have been: a number, a date, true or false, text. */
    private static String expected(WebApplicationException exception) {
        String cause = exception.getCause() == null ? "" : exception.getCause().toString();
        if (cause.contains("NumberFormat") || cause.contains("Integer") || cause.contains("Long")) {
            return "number";
        }
        if (cause.contains("Boolean")) {
            return "boolean";
        }
        if (cause.contains("Date") || cause.contains("Temporal")) {
            return "date";
        }
        return "text";
    }
}
