package nl.kennisveiligheid.decisions.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.kennisveiligheid.decisions.api.AppealView;
import nl.kennisveiligheid.decisions.control.Appeals;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Appeals to the court as the authority records them: a provisional relief and the court's outcome. */
@Path("appeals")
@RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals", description = "Appeals to the court and provisional relief (Awb 8:81)")
public class AppealsResource {

    /** A provisional relief: the version read, from and until (empty: until further notice). */
    public record Relief(Long version, @PlainText(max = 10) String from, @PlainText(max = 10) String until) {
    }

    /** The court's outcome ({@code UPHELD}, {@code ANNULLED}, {@code WITHDRAWN}) and its day (empty: today). */
    public record CourtOutcome(Long version, @PlainText(max = 20) String outcome, @PlainText(max = 10) String decidedOn) {
    }

    @Inject
    Appeals appeals;

    @POST
    @Path("{id}/relief")
    @Operation(summary = "Record a provisional relief that suspends the decision for a period; the access check follows it")
    public AppealView relief(@PathParam("id") long id, Relief relief) {
        long read = ApiParameters.requiredVersion(relief == null ? null : relief.version());
        return appeals.relief(id, read, ApiParameters.date("from", relief.from()), ApiParameters.date("until", relief.until()));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Record what the court decided; a relief ends with it")
    public AppealView decide(@PathParam("id") long id, CourtOutcome outcome) {
        long read = ApiParameters.requiredVersion(outcome == null ? null : outcome.version());
        return appeals.decide(id, read, outcome.outcome(), ApiParameters.date("decidedOn", outcome.decidedOn()));
    }
}
