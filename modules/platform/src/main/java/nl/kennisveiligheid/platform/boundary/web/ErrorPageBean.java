package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.kennisveiligheid.platform.api.CorrelationId;

/** What the error pages show: the correlation id to quote to support. Never the exception itself. */
@Named("errorPage")
@RequestScoped
public class ErrorPageBean {

    @Inject
    HttpServletRequest request;

    public String getCorrelationId() {
        Object id = request.getAttribute(CorrelationId.REQUEST_ATTRIBUTE);
        return id != null ? id.toString() : CorrelationId.current();
    }
}
