package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Adds {@code Server-Timing: app;dur=<ms>} to every REST response: the time from matching the request to
 * the response (writing the body excluded), so benchmarks can tell server time from network time.
 */
@Provider
@PreMatching
public class ServerTimingFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ServerTimingFilter.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            response.getHeaders().putSingle("Server-Timing",
                    String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1_000_000.0));
        }
    }
}
