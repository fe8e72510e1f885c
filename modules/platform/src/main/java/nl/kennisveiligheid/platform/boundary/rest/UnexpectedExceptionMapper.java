package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CorrelationId;
import nl.kennisveiligheid.platform.control.PlatformModule;

/** A concurrent change (also when it surfaces at commit): 409. Anything else: 500 problem+json with the correlation id; the cause goes to the log, never to the caller. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        if (ConcurrentChangeException.isCause(exception)) {
            return problems.response(409, problems.text(PlatformModule.BUNDLE, "problem.detail.concurrent-change"), uri, null);
        }
        LOG.log(Level.SEVERE, CorrelationId.tag("Unexpected error in REST request " + (uri != null ? uri.getPath() : "")), exception);
        return problems.response(500, problems.text(PlatformModule.BUNDLE, "problem.detail.500"), uri, null);
    }
}
