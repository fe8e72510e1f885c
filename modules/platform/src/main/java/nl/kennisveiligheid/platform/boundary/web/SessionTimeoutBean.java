package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.kennisveiligheid.platform.api.RuntimeSettings;

/**
 * When to warn a signed-in user that the session is about to expire: two minutes before the session
 * time-out of inactivity, so that a long form is not lost. With test support on, the page parameter
 * {@code sessionWarningSeconds} shortens it for the browser test.
 */
@Named("sessionTimeout")
@RequestScoped
public class SessionTimeoutBean {

    static final int WARN_BEFORE_SECONDS = 120;

    @Inject
    HttpServletRequest request;

    @Inject
    RuntimeSettings settings;

    public long getWarnAfterMillis() {
        String test = request.getParameter("sessionWarningSeconds");
        if (settings.testSupportEnabled() && test != null && test.matches("\\d{1,4}")) {
            return Long.parseLong(test) * 1000;
        }
        HttpSession session = request.getSession(false);
        int timeout = session == null ? 30 * 60 : session.getMaxInactiveInterval();
        return Math.max(30, timeout - WARN_BEFORE_SECONDS) * 1000L;
    }
}
