package nl.kennisveiligheid.decisions.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.kennisveiligheid.decisions.api.AssessmentData;
import nl.kennisveiligheid.decisions.api.AssessmentView;
import nl.kennisveiligheid.decisions.api.ConditionTemplateView;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.control.Assessments;
import nl.kennisveiligheid.decisions.control.ConditionCatalogue;
import nl.kennisveiligheid.decisions.control.DecisionsModule;
import nl.kennisveiligheid.decisions.control.Signing;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The authority's assessment of a request (by the request's id), up to the signed decision: findings, the confidential
 * annex, the hearing, preparing, and signing by a decider who did not prepare it. Authority staff only; institution
 * callers get 403.
 */
@Path("assessments")
@RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "The authority's assessment of a request and the four-eyes signing of its binding access decision")
public class AssessmentsResource {

    /** A change of the assessment: the work and the version read. */
    public record AssessmentChange(@Valid AssessmentData data, Long version) {
    }

    /** A step that needs only the version read (prepare, reopen, sign). */
    public record Step(Long version) {
    }

    /** The hearing's invitation: the version read and the last day to respond (empty: the default term). */
    public record HearingInvitation(Long version, @PlainText(max = 10) String respondBy) {
    }

    /** The view given in the hearing, the day it came in (empty: today), and the version read. */
    public record HearingViewGiven(Long version, @PlainText(max = 4000, multiLine = true) String view, @PlainText(max = 10) String receivedOn) {
    }

    /** A new condition for the catalogue: a code (capitals, digits, underscores) and its text in Dutch and English. */
    public record ConditionNew(@PlainText(max = 40) String code, @PlainText(max = 1000) String textNl, @PlainText(max = 1000) String textEn) {
    }

    /** A notice of default received (empty: today). */
    public record NoticeOfDefault(@PlainText(max = 10) String receivedOn) {
    }

    @Inject
    Assessments assessments;

    @Inject
    nl.kennisveiligheid.decisions.control.Penalties penalties;

    @Inject
    Signing signing;

    @Inject
    ConditionCatalogue catalogue;

    @GET
    @Path("conditions")
    @Operation(summary = "The catalogue of conditions a conditional grant takes its texts from")
    public List<ConditionTemplateView> conditions() {
        return catalogue.active();
    }

    @POST
    @Path("conditions")
    @RolesAllowed("AUTHORITY_DECIDER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a condition to the catalogue (deciders); 409 when the code is in use")
    public Response addCondition(ConditionNew condition) {
        if (condition == null) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "code", "validation.required");
        }
        return Response.status(Response.Status.CREATED).entity(catalogue.add(condition.code(), condition.textNl(), condition.textEn())).build();
    }

    @DELETE
    @Path("conditions/{code}")
    @RolesAllowed("AUTHORITY_DECIDER")
    @Operation(summary = "Withdraw a condition from the catalogue (deciders); decisions that used it keep its text")
    public ConditionTemplateView withdrawCondition(@PathParam("code") String code) {
        return catalogue.withdraw(code);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The current assessment of request {id}; the first is started when an open request is opened")
    public AssessmentView get(@PathParam("id") long id) {
        return assessments.open(id).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.assessment.notFound"));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the assessment while in progress; send the version read (409 when it changed since)")
    public AssessmentView change(@PathParam("id") long id, AssessmentChange change) {
        long read = ApiParameters.requiredVersion(change == null ? null : change.version());
        if (change.data() == null) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "data", "validation.required");
        }
        return assessments.change(id, read, change.data());
    }

    @POST
    @Path("{id}/hearing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite the institution and the person to give their view before a refusal (Awb 4:7, 4:8)")
    public AssessmentView invite(@PathParam("id") long id, HearingInvitation invitation) {
        long read = ApiParameters.requiredVersion(invitation == null ? null : invitation.version());
        return assessments.inviteToHearing(id, read, ApiParameters.date("respondBy", invitation.respondBy()));
    }

    @POST
    @Path("{id}/hearing/view")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the view given in the hearing")
    public AssessmentView recordView(@PathParam("id") long id, HearingViewGiven given) {
        long read = ApiParameters.requiredVersion(given == null ? null : given.version());
        return assessments.recordView(id, read, given.view(), ApiParameters.date("receivedOn", given.receivedOn()));
    }

    @POST
    @Path("{id}/preparation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Prepare the assessment for signing", description = "400 naming what is missing: a finding per indicator group, "
            + "the outcome, the reasons, the conditions of a conditional grant, the hearing before a refusal, the dates.")
    public AssessmentView prepare(@PathParam("id") long id, Step step) {
        return assessments.prepare(id, ApiParameters.requiredVersion(step == null ? null : step.version()));
    }

    @POST
    @Path("{id}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a prepared assessment back to work")
    public AssessmentView reopen(@PathParam("id") long id, Step step) {
        return assessments.reopen(id, ApiParameters.requiredVersion(step == null ? null : step.version()));
    }

    @POST
    @Path("{id}/signature")
    @RolesAllowed("AUTHORITY_DECIDER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign the prepared assessment into the binding decision (a decider who did not prepare it)",
            description = "Idempotent: signing a signed assessment again answers with its decision. 403 for an assessor or the preparer.")
    public DecisionView sign(@PathParam("id") long id, Step step) {
        return signing.sign(id, ApiParameters.requiredVersion(step == null ? null : step.version()));
    }

    @POST
    @Path("{id}/default-notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the applicant's notice of default (Awb 4:17), after the due date; answers with the penalty as it stands")
    public nl.kennisveiligheid.decisions.api.Penalty notice(@PathParam("id") long id, NoticeOfDefault notice) {
        return penalties.recordNotice(id, ApiParameters.date("receivedOn", notice == null ? null : notice.receivedOn()));
    }

    @POST
    @Path("{id}/correction")
    @Operation(summary = "Start a correction of the request's newest decision: a new round whose decision refers to the old one")
    public AssessmentView correct(@PathParam("id") long id) {
        return assessments.startCorrection(id);
    }
}
