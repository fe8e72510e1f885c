package nl.kennisveiligheid.platform.boundary.web;

import jakarta.faces.application.ViewExpiredException;
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
                } else {
                    LOG.log(Level.SEVERE, CorrelationId.tag("Unexpected error on page " + view), exception);
                }
            }
            getWrapped().handle();
        }
    }
}
