package nl.kennisveiligheid.techlist.boundary.rest;

import nl.kennisveiligheid.platform.api.validation.PlainText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.techlist.api.EntryChange;
import nl.kennisveiligheid.techlist.api.ListVersionSummary;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.techlist.api.TechnologyListSummary;
import nl.kennisveiligheid.techlist.control.DraftImport;
import nl.kennisveiligheid.techlist.control.ListEditing;
import nl.kennisveiligheid.techlist.control.ListFormats;
import nl.kennisveiligheid.techlist.control.TechlistModule;
import nl.kennisveiligheid.techlist.control.TechnologyLists;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The technology lists (Annex 2): read by every role; drafts and publication by list administrators. */
@Path("technology-lists")
@RolesAllowed({"INSTITUTION_OFFICER", "INSTITUTION_ADMIN", "AUTHORITY_ASSESSOR", "AUTHORITY_DECIDER", "LIST_ADMIN", "SYSTEM_ADMIN", "AUDITOR"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Technology lists", description = "Annex 2, the versioned list of sensitive technologies")
public class TechnologyListsResource {

    /** A publication: effective date (yyyy-mm-dd), legal reference, note, and the draft's version as read. */
    public record Publication(@PlainText(max = 10) String effectiveDate, @PlainText(max = 300) String legalReference,
                              @PlainText(max = 2000, multiLine = true) String changeNote, Long version) {
    }

    /** What a publication did. */
    public record PublicationResult(String outcome, ListVersionSummary version) {
    }

    @Inject
    TechnologyLists catalog;

    @Inject
    ListEditing editing;

    @Inject
    DraftImport drafts;

    @Inject
    nl.kennisveiligheid.platform.api.Messages problems;

    @Inject
    PlatformClock clock;

    @GET
    @Operation(summary = "The technology lists (Annex 2 first)")
    public List<TechnologyListSummary> lists() {
        return catalog.lists();
    }

    /** A new reference list. */
    public record NewList(@PlainText(max = 40) String code, @PlainText(max = 200) String nameNl, @PlainText(max = 200) String nameEn) {
    }

    @POST
    @RolesAllowed("LIST_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a reference list (never binding: Annex 2 is the one binding list)")
    public Response createList(NewList list) {
        if (list == null) {
            throw new Refusal(Refusal.Kind.INVALID, TechlistModule.BUNDLE, "problem.validation", List.of(new Refusal.FieldProblem("code", "validation.required")));
        }
        return Response.status(201).entity(editing.createList(list.code(), list.nameNl(), list.nameEn())).build();
    }

    @GET
    @Path("{list}/versions")
    @Operation(summary = "The versions of a list, newest first, with where each stands today")
    public List<ListVersionSummary> versions(@PathParam("list") String list) {
        requireList(list);
        return catalog.versions(list);
    }

    @GET
    @Path("{list}/versions/{number}")
    @Operation(summary = "One version")
    public ListVersionSummary version(@PathParam("list") String list, @PathParam("number") int number) {
        return catalog.version(list, number).orElseThrow(() -> notFound("problem.version.notFound"));
    }

    @GET
    @Path("{list}/in-force")
    @Operation(summary = "The version in force on a date (default: today, Europe/Amsterdam)")
    public ListVersionSummary inForce(@PathParam("list") String list, @QueryParam("date") String date) {
        requireList(list);
        LocalDate given = ApiParameters.date("date", date);
        LocalDate day = given == null ? clock.today() : given;
        return catalog.inForce(list, day).orElseThrow(() -> notFound("problem.version.noneInForce"));
    }

    @GET
    @Path("{list}/versions/{number}/entries")
    @Operation(summary = "The entries of a version in code order; with q, those matching a code prefix or words in either language")
    public List<TechnologyEntry> entries(@PathParam("list") String list, @PathParam("number") int number,
                                         @QueryParam("q") String query, @QueryParam("limit") @DefaultValue("10000") int limit) {
        version(list, number);
        return query == null ? catalog.entries(list, number) : catalog.search(list, number, query, Math.max(1, Math.min(limit, 10000)));
    }

    @GET
    @Path("{list}/versions/{number}/entries/{key}")
    @Operation(summary = "One entry of a version, by its stable key")
    public TechnologyEntry entry(@PathParam("list") String list, @PathParam("number") int number, @PathParam("key") String key) {
        return catalog.entry(list, number, key).orElseThrow(() -> notFound("problem.entry.notFound"));
    }

    @GET
    @Path("{list}/versions/{number}/export.csv")
    @Produces("text/csv")
    @Operation(summary = "A version as CSV (format in docs/techlist-formats.md)")
    public Response csv(@PathParam("list") String list, @PathParam("number") int number) {
        version(list, number);
        return Response.ok(ListFormats.csv(catalog.entries(list, number)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + list + "-v" + number + ".csv\"").build();
    }

    @GET
    @Path("{list}/versions/{number}/export.json")
    @Operation(summary = "A version as JSON (format in docs/techlist-formats.md)")
    public Response json(@PathParam("list") String list, @PathParam("number") int number) {
        ListVersionSummary version = version(list, number);
        return Response.ok(new Export(list, version.number(), version.effectiveDate(), version.legalReference(),
                        ListFormats.exportRows(catalog.entries(list, number))), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + list + "-v" + number + ".json\"").build();
    }

    /** The JSON export of a version. */
    public record Export(String list, int version, LocalDate effectiveDate, String legalReference, List<ListFormats.ExportRow> entries) {
    }

    /** An import preview, or what an import did. */
    public record ImportResult(boolean valid, boolean imported, int entries, List<ApiParameters.ImportLine> problems, List<EntryChange> changes,
                               String type, String title, Integer status, String detail) {

        ImportResult(boolean valid, boolean imported, int entries, List<ApiParameters.ImportLine> problems, List<EntryChange> changes,
                     ApiParameters.ImportProblem problem) {
            this(valid, imported, entries, problems, changes, valid ? null : problem.type(), valid ? null : problem.title(),
                    valid ? null : problem.status(), valid ? null : problem.detail());
        }
    }

    @POST
    @Path("{list}/versions/{number}/import")
    @RolesAllowed("LIST_ADMIN")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a CSV or JSON file into a draft",
            description = "With dryRun=true only the preview. A file with problems changes nothing: 422 (problem+json) with every problem by line. "
                    + "Larger than the limit (TECHLIST_IMPORT_MAX_BYTES): 413.")
    public Response importFile(@PathParam("list") String list, @PathParam("number") int number, @QueryParam("dryRun") boolean dryRun,
                               @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
                               @RequestBody(description = "The file: CSV or JSON in the export's layout (docs/techlist-import-format.md)", content = {
                                       @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                       @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
                               java.io.InputStream body) {
        byte[] content = ApiParameters.upload(body, drafts.maxBytes(), TechlistModule.BUNDLE);
        String name = contentType != null && contentType.contains("json") ? "upload.json" : "upload.csv";
        DraftImport.Preview preview = dryRun ? drafts.preview(list, number, content, name) : drafts.importFile(list, number, content, name);
        List<ApiParameters.ImportLine> lines = preview.problems().stream().map(p -> new ApiParameters.ImportLine(p.line(), p.field(),
                problems.get(TechlistModule.BUNDLE, p.messageKey(), p.arguments().toArray()))).toList();
        ImportResult result = new ImportResult(preview.valid(), preview.valid() && !dryRun, preview.entries(), lines, preview.changes(),
                ApiParameters.ImportProblem.of(problems));
        return ApiParameters.importAnswer(preview.valid(), result);
    }

    @POST
    @Path("{list}/drafts")
    @RolesAllowed("LIST_ADMIN")
    @Operation(summary = "Create a draft as a copy of the newest published version")
    public Response createDraft(@PathParam("list") String list) {
        requireList(list);
        return Response.status(201).entity(editing.createDraft(list)).build();
    }

    @DELETE
    @Path("{list}/versions/{number}")
    @RolesAllowed("LIST_ADMIN")
    @Operation(summary = "Discard a draft")
    public Response discard(@PathParam("list") String list, @PathParam("number") int number) {
        editing.discard(list, number);
        return Response.noContent().build();
    }

    @POST
    @Path("{list}/versions/{number}/publication")
    @RolesAllowed("LIST_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a draft with its effective date and legal reference",
            description = "Send the draft's version as read; 409 when it changed since. Under four-eyes publishing the first call "
                    + "requests approval (outcome AWAITING_APPROVAL) and another list administrator's call publishes.")
    public PublicationResult publish(@PathParam("list") String list, @PathParam("number") int number, Publication publication) {
        if (publication == null || publication.version() == null) {
            throw new Refusal(Refusal.Kind.INVALID, TechlistModule.BUNDLE, "problem.validation",
                    List.of(new Refusal.FieldProblem("version", "validation.required")));
        }
        LocalDate effective = ApiParameters.date("effectiveDate", publication.effectiveDate());
        ListEditing.PublishOutcome outcome = editing.publish(list, number, effective, publication.legalReference(),
                publication.changeNote(), publication.version());
        return new PublicationResult(outcome.name(), catalog.version(list, number).orElseThrow());
    }

    private void requireList(String list) {
        if (catalog.list(list).isEmpty()) {
            throw notFound("problem.list.notFound");
        }
    }

    private static Refusal notFound(String key) {
        return Refusal.notFound(TechlistModule.BUNDLE, key);
    }
}
