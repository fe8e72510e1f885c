package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.inject.Inject;
import java.sql.SQLException;
import nl.kennisveiligheid.platform.api.Causes;
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
        return answer(problems, uri, exception);
    }

    /**
     * The answer to a failure no other mapper took: 409 for a concurrent change; 400 for a value the database refused
     * as data (SQLState class 22: too long, a character it cannot store, a number or date out of range), which means
     * a check is missing before the write, so it is logged as a warning; 500 with the correlation id otherwise.
     */
    static Response answer(Problems problems, UriInfo uri, Throwable exception) {
        if (ConcurrentChangeException.isCause(exception)) {
            return problems.response(409, problems.text(PlatformModule.BUNDLE, "problem.detail.concurrent-change"), uri, null);
        }
        String path = uri != null ? uri.getPath() : "";
        if (Causes.of(exception).stream().anyMatch(c -> c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22"))) {
            LOG.log(Level.WARNING, CorrelationId.tag("A value the database refused reached it unchecked in REST request " + path), exception);
            return problems.response(400, problems.text(PlatformModule.BUNDLE, "problem.detail.database.value"), uri, null);
        }
        LOG.log(Level.SEVERE, CorrelationId.tag("Unexpected error in REST request " + path), exception);
        return problems.response(500, problems.text(PlatformModule.BUNDLE, "problem.detail.500"), uri, null);
    }
}
