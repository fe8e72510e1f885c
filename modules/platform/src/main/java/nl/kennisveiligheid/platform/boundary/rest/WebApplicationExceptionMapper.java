package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.inject.Inject;
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
        int status = exception.getResponse() != null ? exception.getResponse().getStatus() : 500;
        String detail = problems.text(PlatformModule.BUNDLE, "problem.detail." + Problems.titleKey(status).substring("problem.title.".length()));
        Response response = problems.response(status, detail, uri, null);
        if (status == 405 && exception.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", exception.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }
}
