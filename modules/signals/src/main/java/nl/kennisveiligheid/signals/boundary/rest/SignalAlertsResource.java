package nl.kennisveiligheid.signals.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.signals.api.RescreenStatus;
import nl.kennisveiligheid.signals.api.SignalAlerts;
import nl.kennisveiligheid.signals.control.SignalsModule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The authority's alerts: new hits that re-screening raised after a list changed; and the re-screen itself. */
@Path("signal-alerts")
@RolesAllowed("AUTHORITY_STAFF")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk signals", description = "Signals reports of requests, alerts from re-screening when a list changes")
public class SignalAlertsResource {

    @Inject
    SignalAlerts alerts;

    @GET
    @Operation(summary = "The alerts, newest first",
            description = "Filters: open (true: only those whose hit is not judged yet; false: only handled ones), edition (the list edition "
                    + "that raised them), institution; paging with first and size (at most 200). Each names the person, the request, "
                    + "the designation and the edition.")
    public SignalAlerts.Page list(@QueryParam("open") String open, @QueryParam("edition") Long edition, @QueryParam("institution") Long institution,
                                  @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        ApiParameters.checkPaging(first, size);
        Boolean onlyOpen = null;
        if (open != null && !open.isBlank()) {
            onlyOpen = switch (open.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw Refusal.invalid(SignalsModule.BUNDLE, "alerts.invalid", "open", "alerts.open.choice");
            };
        }
        return alerts.alerts(new SignalAlerts.Filter(onlyOpen, edition, institution), first, size);
    }

    @GET
    @Path("rescreen")
    @Operation(summary = "The re-screen running or last run: how many people of how many were checked, and the alerts it raised")
    public RescreenStatus status() {
        return alerts.status();
    }

    @POST
    @Path("rescreen")
    @RolesAllowed({"AUTHORITY_STAFF", "LIST_ADMIN"})
    @Operation(summary = "Check every screened person against every list in force again (after a matcher change); 409 while one runs")
    public Response rescreen() {
        return Response.accepted(alerts.startFullRescreen()).build();
    }
}
