package nl.kennisveiligheid.platform.boundary.web;

import jakarta.inject.Inject;
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

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.run();
    }
}
