package nl.kennisveiligheid.decisions.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.kennisveiligheid.decisions.api.AccessAnswer;
import nl.kennisveiligheid.decisions.api.AccessCheckEntry;
import nl.kennisveiligheid.decisions.control.AccessChecks;
import nl.kennisveiligheid.decisions.control.DecisionsModule;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The access check for badge and HR systems, and its log. */
@Path("access-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access checks", description = "May a person enter a high-risk unit on a day, and the log of those questions")
public class AccessChecksResource {

    @Inject
    AccessChecks checks;

    @GET
    @RolesAllowed({RoleGroup.Names.INSTITUTION_STAFF, RoleGroup.Names.AUTHORITY_STAFF})
    @Operation(summary = "May the person with this reference enter this unit on this day (default today)?",
            description = "person is the institution's own reference for the person, never a name or birth date, matched regardless of "
                    + "case and surrounding spaces. The unit is found within the caller's institution (404 otherwise); an unknown person is "
                    + "allowed: false; a bad date is 400. Every check is logged. decision (the reference the answer follows from), personName, "
                    + "unitName, validFrom and validUntil are absent when there is none.")
    public AccessAnswer check(@QueryParam("unit") Long unit, @QueryParam("person") String person, @QueryParam("date") String date) {
        if (unit == null) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "unit", "validation.required");
        }
        return checks.check(unit, person, ApiParameters.date("date", date));
    }

    @GET
    @Path("log")
    @RolesAllowed({"INSTITUTION_ADMIN", "AUDITOR"})
    @Operation(summary = "The log of access checks, newest first: an institution's administrators their own, the auditor all (or one institution)")
    public List<AccessCheckEntry> log(@QueryParam("institution") Long institution, @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        ApiParameters.checkPaging(first, size);
        return checks.log(institution, first, size);
    }
}
