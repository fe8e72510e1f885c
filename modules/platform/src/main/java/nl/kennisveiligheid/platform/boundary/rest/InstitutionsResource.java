package nl.kennisveiligheid.platform.boundary.rest;

import nl.kennisveiligheid.platform.api.AccessRefusals;
import nl.kennisveiligheid.platform.api.validation.PlainText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.InstitutionKind;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.control.InstitutionService;
import nl.kennisveiligheid.platform.control.PlatformModule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The institutions (tenants) of the product; an institution's token sees only its own institution. */
@Path("institutions")
@RolesAllowed({"INSTITUTION_OFFICER", "INSTITUTION_ADMIN", "AUTHORITY_ASSESSOR", "AUTHORITY_DECIDER", "LIST_ADMIN", "SYSTEM_ADMIN", "AUDITOR"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions", description = "Knowledge institutions (tenants)")
public class InstitutionsResource {

    /** A page of institutions. */
    public record InstitutionPage(long total, int first, int size, List<InstitutionSummary> items) {
    }

    /** A change to an institution: the new name and kind, and the version the change was made on. */
    /** Where mail to the institution goes (empty: to its officers) and its language, {@code nl} or {@code en}. */
    public record InstitutionContact(@PlainText(max = 254) String contactEmail, @PlainText(max = 5) String language,
                                     @PlainText(max = InstitutionService.POSTAL_ADDRESS_MAX, multiLine = true) String postalAddress) {
    }

    public record InstitutionChange(@PlainText(max = 200) String name, InstitutionKind kind, Long version) {
    }

    @Inject
    InstitutionService institutions;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail auditTrail;

    @GET
    @Operation(summary = "List institutions, filtered by name and paged")
    public InstitutionPage list(@QueryParam("name") String name,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("size") @DefaultValue("50") int size) {
        ApiParameters.checkPaging(first, size);
        Map<String, Object> filters = new HashMap<>();
        if (name != null) {
            filters.put("name", name);
        }
        currentUser.institutionId().ifPresent(own -> filters.put("id", own));
        return new InstitutionPage(institutions.count(filters), first, size,
                institutions.load(new PageRequest(first, size, List.of(), filters)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One institution")
    public InstitutionSummary get(@PathParam("id") long id) {
        if (currentUser.institutionId().isPresent() && currentUser.institutionId().get() != id) {
            AccessRefusals.record("Institution", id);
            throw Refusal.notFound(PlatformModule.BUNDLE, "problem.detail.institution-not-found");
        }
        return institutions.byId(id).orElseThrow(() ->
                Refusal.notFound(PlatformModule.BUNDLE, "problem.detail.institution-not-found"));
    }

    @GET
    @Path("{id}/contact")
    @RolesAllowed("SYSTEM_ADMIN")
    @Operation(summary = "Where mail to an institution goes and in which language")
    public InstitutionContact contact(@PathParam("id") long id) {
        InstitutionService.Contact contact = institutions.contactOf(id)
                .orElseThrow(() -> Refusal.notFound(PlatformModule.BUNDLE, "problem.detail.institution-not-found"));
        return new InstitutionContact(contact.email(), contact.language(), contact.postalAddress());
    }

    @PUT
    @Path("{id}/contact")
    @RolesAllowed("SYSTEM_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set where mail to an institution goes (empty: to its officers), its language (nl or en) and its postal address for letters (absent: kept; empty: removed)")
    public InstitutionContact setContact(@PathParam("id") long id, InstitutionContact contact) {
        if (contact == null) {
            throw Refusal.invalid(PlatformModule.BUNDLE, "problem.detail.validation", "language", "institutions.error.language");
        }
        // a body without postalAddress keeps the one there is (clients written before it existed); "" removes it
        String postal = contact.postalAddress() != null ? contact.postalAddress()
                : institutions.contactOf(id).map(InstitutionService.Contact::postalAddress).orElse(null);
        institutions.contact(id, new InstitutionService.Contact(contact.contactEmail(), contact.language(), postal));
        return contact(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("SYSTEM_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an institution's name and kind",
            description = "Send the version you read; 409 when someone else changed the institution since.")
    public InstitutionSummary change(@PathParam("id") long id, InstitutionChange change) {
        if (change == null || change.version() == null) {
            throw new Refusal(Refusal.Kind.INVALID, PlatformModule.BUNDLE, "problem.detail.validation",
                    List.of(new Refusal.FieldProblem("version", "problem.field.required")));
        }
        if (institutions.byId(id).isEmpty()) {
            throw Refusal.notFound(PlatformModule.BUNDLE, "problem.detail.institution-not-found");
        }
        try {
            return institutions.update(id, change.name(), change.kind(), change.version());
        } catch (IllegalArgumentException refused) {
            String field = refused.getMessage().endsWith(".kind") ? "kind" : "name";
            throw new Refusal(Refusal.Kind.INVALID, PlatformModule.BUNDLE, "problem.detail.validation",
                    List.of(new Refusal.FieldProblem(field, refused.getMessage())));
        }
    }
}
