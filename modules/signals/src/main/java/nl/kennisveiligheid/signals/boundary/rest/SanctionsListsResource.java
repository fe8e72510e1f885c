package nl.kennisveiligheid.signals.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.signals.api.EditionDifference;
import nl.kennisveiligheid.signals.api.EditionPreview;
import nl.kennisveiligheid.signals.api.EditionView;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.control.EditionLoading;
import nl.kennisveiligheid.signals.control.SanctionsLists;
import nl.kennisveiligheid.signals.control.SignalsModule;
import nl.kennisveiligheid.signals.control.SignalsSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sanctions lists and their editions: read by list administrators and authority staff, loaded by list administrators. */
@Path("sanctions-lists")
@RolesAllowed({"LIST_ADMIN", "AUTHORITY_STAFF"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sanctions lists", description = "The UN, EU, authority's own and context lists, edition by edition")
public class SanctionsListsResource {

    /** A list: its source, whether it binds in the Netherlands, and its edition in force (null: none loaded). */
    public record ListView(SanctionsSource source, boolean binding, EditionView inForce) {
    }

    @Inject
    SanctionsLists lists;

    @Inject
    EditionLoading loading;

    @Inject
    SignalsSettings settings;

    @Inject
    nl.kennisveiligheid.signals.control.ListFetching fetching;

    @GET
    @Operation(summary = "Every list with its edition in force")
    public List<ListView> lists() {
        List<EditionView> inForce = lists.inForce();
        return Arrays.stream(SanctionsSource.values()).map(s -> new ListView(s, s.binding(),
                inForce.stream().filter(e -> e.source() == s).findFirst().orElse(null))).toList();
    }

    @GET
    @Path("{source}/editions")
    @Operation(summary = "The editions of a list, newest first")
    public List<EditionView> editions(@PathParam("source") String source) {
        return lists.editions(source(source));
    }

    @POST
    @Path("{source}/editions")
    @RolesAllowed("LIST_ADMIN")
    @Consumes({MediaType.APPLICATION_XML, "text/xml", "text/csv", MediaType.TEXT_PLAIN, "application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Load an edition of a list from the publisher's file",
            description = "The file as the body: UN consolidated.xml, EU FSF XML, the authority's CSV (docs/signals-list-formats.md), OFAC XML or "
                    + "legacy CSV (sdn.csv, or a zip with sdn.csv, alt.csv, add.csv), UK OFSI ConList CSV. Applies it (201) or, with "
                    + "dryRun=true, only previews it (200): counts, checksum and the difference against the edition in force. publishedOn "
                    + "(yyyy-mm-dd) dates a file that carries no date. A file that is not what it claims to be: 422, nothing changes; "
                    + "larger than SIGNALS_LIST_MAX_BYTES: 413.")
    public Response load(@PathParam("source") String source, @QueryParam("dryRun") boolean dryRun, @QueryParam("publishedOn") String publishedOn,
                         @QueryParam("fileName") String fileName,
                         @RequestBody(description = "The publisher's file", content = {
                                 @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                 @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                 @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
                         InputStream body) {
        SanctionsSource list = source(source);
        var date = ApiParameters.date("publishedOn", publishedOn);
        byte[] content = ApiParameters.upload(body, settings.listMaxBytes(), SignalsModule.BUNDLE);
        EditionPreview preview = dryRun ? loading.preview(list, content, date) : loading.apply(list, content, fileName, date);
        return Response.status(dryRun ? 200 : 201).entity(preview).build();
    }

    @POST
    @Path("{source}/fetch")
    @RolesAllowed("LIST_ADMIN")
    @Operation(summary = "Fetch the list's newest file from its configured address now",
            description = "The address is the setting SIGNALS_FETCH_<SOURCE>_URL (none by default: 409). The file is applied as a new edition "
                    + "when its checksum differs from the edition in force; outcome UNCHANGED, APPLIED or FAILED with the reason.")
    public nl.kennisveiligheid.signals.api.FetchResult fetch(@PathParam("source") String source) {
        return fetching.fetchNow(source(source));
    }

    @GET
    @Path("{source}/editions/{editionId}")
    @Operation(summary = "One edition of a list")
    public EditionView edition(@PathParam("source") String source, @PathParam("editionId") long editionId) {
        return lists.edition(source(source), editionId);
    }

    @GET
    @Path("{source}/editions/{editionId}/difference")
    @Operation(summary = "What changed: added, removed and changed designations",
            description = "Against the edition before it, or against the edition 'against' of the same list.")
    public EditionDifference difference(@PathParam("source") String source, @PathParam("editionId") long editionId,
                                        @QueryParam("against") Long against) {
        return lists.difference(source(source), editionId, against);
    }

    @GET
    @Path("{source}/editions/{editionId}/file")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The file of an edition as it was received")
    public Response file(@PathParam("source") String source, @PathParam("editionId") long editionId) {
        SanctionsSource list = source(source);
        EditionView edition = lists.edition(list, editionId);
        String name = edition.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(lists.file(list, editionId), MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static SanctionsSource source(String code) {
        return SanctionsSource.of(code).orElseThrow(() -> Refusal.notFound(SignalsModule.BUNDLE, "error.source.notFound", String.valueOf(code).length() > 40
                ? String.valueOf(code).substring(0, 40) : String.valueOf(code)));
    }
}
