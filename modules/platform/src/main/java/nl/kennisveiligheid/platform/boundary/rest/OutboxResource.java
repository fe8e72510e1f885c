package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.notification.Outbox;
import nl.kennisveiligheid.platform.entity.OutboxMail;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outbox of mail, for the system administrator: what was sent, what waits, what failed or is held. */
@Path("outbox")
@RolesAllowed("SYSTEM_ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox", description = "Mail the product sent or is to send (system administrators)")
public class OutboxResource {

    /** A mail in the outbox. */
    public record MailView(long id, OffsetDateTime createdAt, String to, String subject, String body, String language, String origin,
                           OutboxMail.Status status, int attempts, String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt) {
    }

    /** A page of mail, newest first. */
    public record MailPage(long total, int first, int size, List<MailView> items) {
    }

    @Inject
    Outbox outbox;

    @GET
    @Operation(summary = "Mail in the outbox, newest first; status PENDING, SENT, FAILED or HELD; origin (contains) e.g. screening-request:7")
    public MailPage list(@QueryParam("status") String status, @QueryParam("origin") String origin, @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("size") @DefaultValue("50") int size) {
        ApiParameters.checkPaging(first, size);
        Map<String, Object> filters = new java.util.LinkedHashMap<>();
        if (status != null && !status.isBlank()) {
            try {
                filters.put("status", OutboxMail.Status.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw nl.kennisveiligheid.platform.api.Refusal.invalid(PlatformModule.BUNDLE, "problem.detail.validation", "status", "outbox.error.status");
            }
        }
        ApiParameters.putIfGiven(filters, "origin", origin);
        return new MailPage(outbox.count(filters), first, size,
                outbox.load(new PageRequest(first, size, List.of(), filters)).stream().map(OutboxResource::view).toList());
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Try a failed or held mail again now")
    public MailView retry(@PathParam("id") long id) {
        return view(outbox.retry(id));
    }

    static MailView view(OutboxMail m) {
        return new MailView(m.getId(), m.getCreatedAt(), m.getTo(), m.getSubject(), m.getBody(), m.getLanguage(), m.getOrigin(), m.getStatus(),
                m.getAttempts(), m.getLastError(), m.getNextAttemptAt(), m.getSentAt());
    }
}
