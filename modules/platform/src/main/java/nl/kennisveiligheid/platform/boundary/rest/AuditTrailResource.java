package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.audit.AuditRecords;
import nl.kennisveiligheid.platform.control.audit.AuditVerifier;
import nl.kennisveiligheid.platform.entity.AuditRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail for auditors: search it, and verify that it is intact. */
@Path("audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("AUDITOR")
@Tag(name = "Audit trail", description = "Tamper-evident record of every change and every read of personal data")
public class AuditTrailResource {

    /** One record as the API shows it. */
    public record Entry(long position, String occurredAt, String actor, String action, String objectType, String objectId,
                        Long institutionId, String oldValues, String newValues, String clientAddress, String correlationId) {

        static Entry of(AuditRecord r) {
            return new Entry(r.getPosition(), r.getOccurredAt().toInstant().toString(), r.getActor(), r.getAction(), r.getObjectType(),
                    r.getObjectId(), r.getInstitutionId(), r.getOldValues(), r.getNewValues(), r.getClientAddress(), r.getCorrelationId());
        }
    }

    /** A page of records, newest first. */
    public record EntryPage(long total, int first, int size, List<Entry> items) {
    }

    @Inject
    AuditRecords records;

    @Inject
    AuditVerifier verifier;

    @GET
    @Path("verification")
    @Operation(summary = "Walk the chain and name the first changed or missing record")
    public AuditVerifier.Result verify() {
        return verifier.verify();
    }

    @GET
    @Path("records")
    @Operation(summary = "Search records by user, action, object and period (dates inclusive, Dutch time)")
    public EntryPage search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                            @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        ApiParameters.checkPaging(first, size);
        Map<String, Object> filters = new HashMap<>();
        put(filters, "actor", actor);
        put(filters, "action", action);
        put(filters, "objectType", objectType);
        put(filters, "objectId", objectId);
        LocalDate fromDate = ApiParameters.date("from", from);
        LocalDate toDate = ApiParameters.date("to", to);
        return new EntryPage(records.count(filters, fromDate, toDate), first, size,
                records.load(new PageRequest(first, size, List.of(), filters), fromDate, toDate).stream().map(Entry::of).toList());
    }

    private static void put(Map<String, Object> filters, String key, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(key, value);
        }
    }
}
