package nl.kennisveiligheid.platform.boundary.testsupport;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RuntimeSettings;
import nl.kennisveiligheid.platform.control.ConfigurableClock;
import nl.kennisveiligheid.platform.control.PlatformModule;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Sets the platform clock in tests (demo mode with test support only; 404 otherwise). */
@Path("test-support/clock")
@jakarta.annotation.security.PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    /** The clock as the product sees it. */
    public record ClockState(Instant now, boolean fixed) {
    }

    @Inject
    ConfigurableClock clock;

    @Inject
    RuntimeSettings settings;

    @GET
    @Operation(hidden = true)
    public ClockState get() {
        guard();
        return new ClockState(clock.now(), clock.isFixed());
    }

    @PUT
    @Operation(hidden = true)
    public ClockState fix(@QueryParam("at") String at) {
        guard();
        try {
            clock.fix(Instant.parse(at));
        } catch (RuntimeException e) {
            throw new Refusal(Refusal.Kind.INVALID, PlatformModule.BUNDLE, "problem.detail.validation",
                    java.util.List.of(new Refusal.FieldProblem("at", "testsupport.clock.invalid")));
        }
        return get();
    }

    @DELETE
    @Operation(hidden = true)
    public ClockState release() {
        guard();
        clock.fix(null);
        return get();
    }

    private void guard() {
        if (!settings.testSupportEnabled()) {
            throw Refusal.notFound(PlatformModule.BUNDLE, "problem.detail.404");
        }
    }
}
