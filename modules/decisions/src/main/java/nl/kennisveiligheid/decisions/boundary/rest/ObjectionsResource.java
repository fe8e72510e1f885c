package nl.kennisveiligheid.decisions.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.kennisveiligheid.decisions.api.ObjectionFileItem;
import nl.kennisveiligheid.decisions.control.DecisionsModule;
import nl.kennisveiligheid.decisions.entity.ObjectionLetter;
import nl.kennisveiligheid.platform.api.PdfDownload;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.decisions.api.ObjectionView;
import nl.kennisveiligheid.decisions.control.Objections;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The authority's handling of an objection: excusing a late one, the advisory committee, the extension, the hearing, the
 * decision. The objector's institution and authority staff read the file for inspection (Awb 7:4) and the letter of the
 * decision on it.
 */
@Path("objections")
@RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Objections", description = "Objections against decisions and their terms (Awb 6:7-6:11, 7:10)")
public class ObjectionsResource {

    /** A step with the version read and, where it needs one, a reason. */
    public record Step(Long version, @PlainText(max = 2000, multiLine = true) String reason) {
    }

    /** The decision on an objection: {@code FOUNDED}, {@code UNFOUNDED} or {@code INADMISSIBLE}, with the reasons. */
    public record ObjectionDecision(Long version, @PlainText(max = 20) String outcome, @PlainText(max = 8000, multiLine = true) String reasons) {
    }

    /** The day the objector was heard (Awb 7:2). */
    public record Hearing(Long version, @PlainText(max = 10) String heardOn) {
    }

    @Inject
    Objections objections;

    @GET
    @Path("{id}/file")
    @RolesAllowed({RoleGroup.Names.INSTITUTION_STAFF, RoleGroup.Names.AUTHORITY_STAFF})
    @Operation(summary = "The documents the objector may inspect (Awb 7:4), oldest first; never the confidential annex (the read is audited)")
    public List<ObjectionFileItem> file(@PathParam("id") long id) {
        return objections.file(id);
    }

    @GET
    @Path("{id}/letter")
    @Produces("application/pdf")
    @RolesAllowed({RoleGroup.Names.INSTITUTION_STAFF, RoleGroup.Names.AUTHORITY_STAFF})
    @Operation(summary = "The letter of the decision on the objection (PDF/UA, Dutch with an English translation; the read is audited)")
    public Response letter(@PathParam("id") long id) {
        ObjectionLetter letter = objections.letter(id).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.objection.notFound"));
        return PdfDownload.answer(letter.getFileName(), letter.getContent());
    }

    @POST
    @Path("{id}/hearing")
    @Operation(summary = "Record that the objector was heard (Awb 7:2), with the day")
    public ObjectionView heard(@PathParam("id") long id, Hearing hearing) {
        return objections.heard(id, ApiParameters.requiredVersion(hearing == null ? null : hearing.version()),
                ApiParameters.requiredDate("heardOn", hearing.heardOn()));
    }

    @POST
    @Path("{id}/excusal")
    @Operation(summary = "Excuse a late objection (Awb 6:11), with the reason")
    public ObjectionView excuse(@PathParam("id") long id, Step step) {
        return objections.excuse(id, ApiParameters.requiredVersion(step == null ? null : step.version()), step.reason());
    }

    @POST
    @Path("{id}/committee")
    @Operation(summary = "An advisory committee hears the objection: the decision is due 12 weeks after the objection term")
    public ObjectionView committee(@PathParam("id") long id, Step step) {
        return objections.committee(id, ApiParameters.requiredVersion(step == null ? null : step.version()));
    }

    @POST
    @Path("{id}/extension")
    @Operation(summary = "Extend the term for deciding on the objection once, by 6 weeks (Awb 7:10 lid 3)")
    public ObjectionView extend(@PathParam("id") long id, Step step) {
        return objections.extend(id, ApiParameters.requiredVersion(step == null ? null : step.version()));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Decide on the objection: founded, unfounded or inadmissible, with the reasons")
    public ObjectionView decide(@PathParam("id") long id, ObjectionDecision decision) {
        return objections.decide(id, ApiParameters.requiredVersion(decision == null ? null : decision.version()), decision.outcome(), decision.reasons());
    }
}
