package nl.kennisveiligheid.units.boundary.rest;

import jakarta.validation.Valid;
import nl.kennisveiligheid.platform.api.validation.PlainText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitSummary;
import nl.kennisveiligheid.units.api.UnitVersionView;
import nl.kennisveiligheid.units.control.UnitExport;
import nl.kennisveiligheid.units.control.UnitImport;
import nl.kennisveiligheid.units.control.UnitEditing;
import nl.kennisveiligheid.units.control.UnitRegister;
import nl.kennisveiligheid.units.control.UnitsModule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * High-risk units: institution systems manage their own institution's units; authority systems read the
 * national register (registered and closed units of all institutions). Another institution's unit is 404.
 */
@Path("units")
@RolesAllowed({RoleGroup.Names.INSTITUTION_STAFF, RoleGroup.Names.AUTHORITY_STAFF})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "High-risk units", description = "Units of institutions that work with Annex 2 technology, and the national register")
public class UnitsResource {

    /** A page of units. */
    public record UnitPage(long total, int first, int size, List<UnitSummary> items) {
    }

    /** A change: the unit's data, the version read, and a note for the history. */
    public record UnitChange(@Valid UnitData data, Long version, @PlainText(max = 2000, multiLine = true) String note) {
    }

    /** A registration or closure: the version read; for a closure the date, the reason and whether dependents were seen. */
    public record Transition(Long version, @PlainText(max = 10) String closedOn, @PlainText(max = 1000, multiLine = true) String reason,
                             Boolean confirmed) {
    }

    /** The institution confirms a unit still applies after an Annex 2 change: the version read and a note for the history. */
    public record ReviewConfirmation(Long version, @PlainText(max = 2000, multiLine = true) String note) {
    }

    @Inject
    UnitRegister units;

    @Inject
    UnitEditing editing;

    @Inject
    UnitExport export;

    @Inject
    nl.kennisveiligheid.platform.api.Messages messages;

    /** An import preview, or what an import did: how many units the file holds, and its problems by line. */
    public record ImportResult(boolean valid, boolean imported, int units, int toRegister, List<ApiParameters.ImportLine> problems,
                               String type, String title, Integer status, String detail) {

        ImportResult(boolean valid, boolean imported, int units, int toRegister, List<ApiParameters.ImportLine> problems,
                     ApiParameters.ImportProblem problem) {
            this(valid, imported, units, toRegister, problems, valid ? null : problem.type(), valid ? null : problem.title(),
                    valid ? null : problem.status(), valid ? null : problem.detail());
        }
    }

    @Inject
    PlatformClock clock;

    @GET
    @Operation(summary = "Units: an institution's own, or (authority) the national register; filtered and paged")
    public UnitPage list(@QueryParam("name") String name, @QueryParam("status") String status, @QueryParam("cluster") String cluster,
                         @QueryParam("institutionId") Long institutionId, @QueryParam("reviewNeeded") Boolean reviewNeeded,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        ApiParameters.checkPaging(first, size);
        Map<String, Object> filters = filters(name, status, cluster, institutionId, reviewNeeded);
        return new UnitPage(units.count(filters), first, size, units.load(new PageRequest(first, size, List.of(), filters)));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The units of the list (same filters) as CSV, UTF-8 with a header row; listed fields only, no personal data")
    public Response export(@QueryParam("name") String name, @QueryParam("status") String status, @QueryParam("cluster") String cluster,
                           @QueryParam("institutionId") Long institutionId, @QueryParam("reviewNeeded") Boolean reviewNeeded) {
        Map<String, Object> filters = filters(name, status, cluster, institutionId, reviewNeeded);
        StreamingOutput body = out -> export.write(filters, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + UnitExport.fileName(clock.today()) + "\"").build();
    }

    @POST
    @Path("import")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Create the institution's units from a CSV file (format in docs/units-import-format.md)",
            description = "With dryRun=true only the preview. A file with problems creates nothing: 422 (problem+json) with every "
                    + "problem by line and column. Larger than 2 MiB: 413.")
    public Response importFile(@QueryParam("dryRun") boolean dryRun,
                               @RequestBody(description = "The CSV file (docs/units-import-format.md)", content = @Content(mediaType = "text/csv",
                                       schema = @Schema(type = SchemaType.STRING, format = "binary"))) java.io.InputStream body) {
        byte[] content = ApiParameters.upload(body, UnitImport.MAX_BYTES, UnitsModule.BUNDLE);
        UnitImport.Result result = dryRun ? editing.readImport(content) : editing.importUnits(content);
        List<ApiParameters.ImportLine> lines = result.problems().stream().map(p -> new ApiParameters.ImportLine(p.line(), p.field(),
                messages.get(UnitsModule.BUNDLE, p.messageKey(), p.arguments().toArray()))).toList();
        int toRegister = (int) result.rows().stream().filter(UnitImport.Row::register).count();
        return ApiParameters.importAnswer(result.valid(), new ImportResult(result.valid(), result.valid() && !dryRun, result.rows().size(),
                toRegister, lines, ApiParameters.ImportProblem.of(messages)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A unit as it is now (its personal data: the read is audited), or as it was on a date (asOf=yyyy-mm-dd)")
    public UnitVersionView get(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        LocalDate day = ApiParameters.date("asOf", asOf);
        if (day != null) {
            return units.asOf(id, day).orElseThrow(UnitsResource::notFound);
        }
        return units.details(id).orElseThrow(UnitsResource::notFound);
    }

    @GET
    @Path("{id}/summary")
    @Operation(summary = "A unit's status and listed fields, without personal data")
    public UnitSummary summary(@PathParam("id") long id) {
        return units.unit(id).orElseThrow(UnitsResource::notFound);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every version of a unit, oldest first")
    public List<UnitVersionView> history(@PathParam("id") long id) {
        units.unit(id).orElseThrow(UnitsResource::notFound);
        return units.history(id);
    }

    @POST
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a unit (a draft) for the caller's institution; entries name Annex 2 entry keys of the version in force")
    public Response create(UnitData data) {
        return Response.status(201).entity(editing.create(require(data))).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a unit (a registered unit gets a new version); send the version read, 409 when it changed since")
    public Response update(@PathParam("id") long id, UnitChange change) {
        long read = ApiParameters.requiredVersion(change == null ? null : change.version());
        return Response.ok(editing.update(id, require(change.data()), read, change.note())).build();
    }

    @POST
    @Path("{id}/registration")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a draft unit (head, contact, access and separation measures then required)")
    public Response register(@PathParam("id") long id, Transition transition) {
        long read = ApiParameters.requiredVersion(transition == null ? null : transition.version());
        return Response.ok(editing.register(id, read)).build();
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a registered unit with date and reason",
            description = "When open requests or valid decisions still depend on it: 409 naming them, unless confirmed is true.")
    public Response close(@PathParam("id") long id, Transition transition) {
        long read = ApiParameters.requiredVersion(transition == null ? null : transition.version());
        LocalDate on = ApiParameters.date("closedOn", transition.closedOn());
        return Response.ok(editing.close(id, on, transition.reason(), read, Boolean.TRUE.equals(transition.confirmed()))).build();
    }

    @GET
    @Path("{id}/review")
    @Operation(summary = "Why a unit needs review: the Annex 2 version that took effect and the changes to its entries (404 when none)")
    public ReviewNote review(@PathParam("id") long id) {
        units.unit(id).orElseThrow(UnitsResource::notFound);
        return units.review(id).orElseThrow(() -> Refusal.notFound(UnitsModule.BUNDLE, "error.review.none"));
    }

    @POST
    @Path("{id}/review-confirmation")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a unit marked review needed still applies: its entries move to the Annex 2 version in force",
            description = "409 naming the entries when one no longer exists in Annex 2: then change the unit instead.")
    public Response confirmReview(@PathParam("id") long id, ReviewConfirmation confirmation) {
        long read = ApiParameters.requiredVersion(confirmation == null ? null : confirmation.version());
        return Response.ok(editing.confirmStillApplies(id, read, confirmation.note())).build();
    }

    private static UnitData require(UnitData data) {
        if (data == null) {
            throw Refusal.invalid(UnitsModule.BUNDLE, "error.invalid", "name", "validation.required");
        }
        return data;
    }

    private static Map<String, Object> filters(String name, String status, String cluster, Long institutionId, Boolean reviewNeeded) {
        try {
            return UnitRegister.filters(name, status, cluster, institutionId, reviewNeeded);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(UnitsModule.BUNDLE, "problem.validation", "status", "problem.status");
        }
    }

    private static Refusal notFound() {
        return Refusal.notFound(UnitsModule.BUNDLE, "error.notFound");
    }
}
