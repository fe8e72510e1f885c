package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed at commit ({@link TransactionalException}) answered like any other failure
 * ({@link UnexpectedExceptionMapper#answer}). Without it Jersey's own mapper for this type wins over the mapper of
 * {@code Throwable} and throws again, and the caller of {@code /api/v1} gets the HTML error page (the priority puts
 * this one before Jersey's).
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(TransactionalException exception) {
        return UnexpectedExceptionMapper.answer(problems, uri, exception);
    }
}
