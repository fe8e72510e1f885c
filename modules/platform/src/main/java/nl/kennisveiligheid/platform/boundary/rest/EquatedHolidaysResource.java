package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.calendar.Holiday;
import nl.kennisveiligheid.platform.api.validation.PlainText;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.calendar.AtwLegalCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The legal calendar's holidays, and the days a Royal Decree equates with them (maintained by system
 * administrators).
 */
@Path("legal-calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legal calendar", description = "Holidays under the Algemene termijnenwet")
public class EquatedHolidaysResource {

    /** An equated day to store. */
    public record EquatedDay(@PlainText(max = 200) String description, @PlainText(max = 200) String legalReference) {
    }

    @Inject
    LegalCalendar calendar;

    @Inject
    AtwLegalCalendar maintenance;

    @GET
    @Path("holidays")
    @RolesAllowed({"INSTITUTION_OFFICER", "INSTITUTION_ADMIN", "AUTHORITY_ASSESSOR", "AUTHORITY_DECIDER", "LIST_ADMIN", "SYSTEM_ADMIN", "AUDITOR"})
    @Operation(summary = "Holidays and equated days of a year")
    public List<Holiday> holidays(@QueryParam("year") Integer year) {
        if (year == null || year < 1900 || year > 2200) {
            throw new Refusal(Refusal.Kind.INVALID, PlatformModule.BUNDLE, "problem.detail.validation",
                    List.of(new Refusal.FieldProblem("year", "problem.field.year")));
        }
        return calendar.holidays(year);
    }

    @PUT
    @Path("equated-days/{date}")
    @RolesAllowed("SYSTEM_ADMIN")
    @Operation(summary = "Equate a day with a holiday (Royal Decree)")
    public Response equate(@PathParam("date") String date, EquatedDay day) {
        LocalDate parsed = ApiParameters.requiredDate("date", date);
        maintenance.equate(parsed, day == null ? null : day.description(), day == null ? null : day.legalReference());
        return Response.noContent().build();
    }

    @DELETE
    @Path("equated-days/{date}")
    @RolesAllowed("SYSTEM_ADMIN")
    @Operation(summary = "Remove an equated day")
    public Response unequate(@PathParam("date") String date) {
        maintenance.unequate(ApiParameters.requiredDate("date", date));
        return Response.noContent().build();
    }
}
