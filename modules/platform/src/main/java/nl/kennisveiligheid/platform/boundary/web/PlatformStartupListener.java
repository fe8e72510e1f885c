package nl.kennisveiligheid.platform.boundary.web;

import jakarta.inject.Inject;
import nl.kennisveiligheid.platform.api.RuntimeSettings;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import nl.kennisveiligheid.platform.control.StartupSequence;

/**
 * Starts the {@link StartupSequence} when the web application starts: the earliest moment at which the
 * application's own classes (its data source among them) can be loaded by the container.
 */
@WebListener
public class PlatformStartupListener implements ServletContextListener {

    @Inject
    StartupSequence startup;

    @Inject
    RuntimeSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.run();
        // HttpOnly comes from web.xml, SameSite from payara-web.xml; Secure only when users come in over HTTPS (a setting).
        event.getServletContext().getSessionCookieConfig().setSecure(settings.behindTls());
    }
}
