package nl.kennisveiligheid.platform.boundary.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.Causes;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CorrelationId;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.control.PlatformModule;

/**
 * Turns a concurrent change (someone else saved the same object first), and a {@link Refusal} a bean did not
 * catch itself, into messages on the page, the user's input kept; logs every other exception of a Faces request with the request's correlation id (the
 * id the error page shows the user), then lets PrimeFaces' handler show the error page (also for AJAX).
 */
public class CorrelatedExceptionHandlerFactory extends ExceptionHandlerFactory {

    public CorrelatedExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(CorrelatedExceptionHandlerFactory.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            String view = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getViewId() : "?";
            java.util.List<ViewExpiredException> expired = new java.util.ArrayList<>();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable exception = events.next().getContext().getException();
                java.util.Optional<Refusal> refused = Causes.find(exception, Refusal.class);
                if (faces != null && ConcurrentChangeException.isCause(exception)) {
                    LOG.info(() -> CorrelationId.tag("Concurrent change refused on page " + view));
                    events.remove();
                    PageMessages.error(null, PlatformModule.BUNDLE, "concurrent.change");
                    faces.renderResponse();
                } else if (faces != null && refused.isPresent()) {
                    Refusal refusal = refused.get();
                    LOG.info(() -> CorrelationId.tag("Refused on page " + view + ": " + refusal.kind() + " " + refusal.messageKey()));
                    events.remove();
                    PageMessages.refused(refusal);
                    faces.renderResponse();
                } else if (Causes.find(exception, ViewExpiredException.class).isPresent()) {
                    LOG.info(() -> CorrelationId.tag("View expired: " + view));
                } else if (faces != null && withoutPageNonce(exception)) {
                    // a post without the nonce of the page it came from (PrimeFaces CSP): stale or forged, answered as an
                    // expired page ("reload the page"), not as an error
                    LOG.info(() -> CorrelationId.tag("Post without the page's CSP nonce on " + view));
                    events.remove();
                    expired.add(new ViewExpiredException("The page's CSP nonce does not match", view));
                } else {
                    LOG.log(Level.SEVERE, CorrelationId.tag("Unexpected error on page " + view), exception);
                }
            }
            for (ViewExpiredException replaced : expired) {
                faces.getApplication().publishEvent(faces, ExceptionQueuedEvent.class, new ExceptionQueuedEventContext(faces, replaced));
            }
            getWrapped().handle();
        }

        private static boolean withoutPageNonce(Throwable exception) {
            return Causes.of(exception).stream().anyMatch(cause -> cause.getClass().getName().equals("org.primefaces.csp.CspException"));
        }
    }
}
