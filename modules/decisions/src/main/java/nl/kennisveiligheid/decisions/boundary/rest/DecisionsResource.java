package nl.kennisveiligheid.decisions.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Map;
import nl.kennisveiligheid.decisions.api.RegisterEntry;
import nl.kennisveiligheid.decisions.control.DecisionExport;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import java.util.List;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.api.ObjectionView;
import nl.kennisveiligheid.decisions.control.Objections;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.validation.PlainText;
import nl.kennisveiligheid.decisions.control.DecisionRegister;
import nl.kennisveiligheid.decisions.control.DecisionsModule;
import nl.kennisveiligheid.decisions.entity.DecisionLetter;
import nl.kennisveiligheid.platform.api.PdfDownload;
import nl.kennisveiligheid.platform.api.IdempotencyKeys;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signed binding access decisions and their letters: institution staff read their own institution's (another's is 404),
 * authority staff all. Never the assessment's confidential annex.
 */
@Path("decisions")
@RolesAllowed({RoleGroup.Names.INSTITUTION_STAFF, RoleGroup.Names.AUTHORITY_STAFF})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "Binding access decisions and their letters")
public class DecisionsResource {

    @Inject
    DecisionRegister register;

    @GET
    @Operation(summary = "The decisions on a request, newest first (the read is audited)")
    public List<DecisionView> ofRequest(@QueryParam("request") Long requestId) {
        if (requestId == null) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "request", "validation.required");
        }
        return register.ofRequest(requestId);
    }

    /** A page of the decision register. */
    public record RegisterPage(long total, int first, int size, List<RegisterEntry> items) {
    }

    @Inject
    DecisionExport export;

    @Inject
    PlatformClock clock;

    @GET
    @Path("register")
    @RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
    @Operation(summary = "The decision register (authority staff): filtered by reference, outcome, institution, Annex 2 cluster, the period "
            + "decided (decidedFrom, decidedUntil: yyyy-mm-dd) and whether an objection is pending; newest first, paged; with the turnaround")
    public RegisterPage list(@QueryParam("reference") String reference, @QueryParam("outcome") String outcome,
                             @QueryParam("institutionId") Long institutionId, @QueryParam("cluster") String cluster,
                             @QueryParam("decidedFrom") String decidedFrom, @QueryParam("decidedUntil") String decidedUntil,
                             @QueryParam("underObjection") Boolean underObjection,
                             @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        ApiParameters.checkPaging(first, size);
        Map<String, Object> filters = filters(reference, outcome, institutionId, cluster, decidedFrom, decidedUntil, underObjection);
        return new RegisterPage(register.count(filters), first, size, register.load(new PageRequest(first, size, List.of(), filters)));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
    @Operation(summary = "The decision register (same filters) as CSV, UTF-8 with a header row: no names, no reasons, no confidential annexes")
    public Response export(@QueryParam("reference") String reference, @QueryParam("outcome") String outcome,
                           @QueryParam("institutionId") Long institutionId, @QueryParam("cluster") String cluster,
                           @QueryParam("decidedFrom") String decidedFrom, @QueryParam("decidedUntil") String decidedUntil,
                           @QueryParam("underObjection") Boolean underObjection) {
        Map<String, Object> filters = filters(reference, outcome, institutionId, cluster, decidedFrom, decidedUntil, underObjection);
        StreamingOutput body = out -> export.write(filters, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + DecisionExport.fileName(clock.today()) + "\"").build();
    }

    private static Map<String, Object> filters(String reference, String outcome, Long institutionId, String cluster, String decidedFrom,
                                               String decidedUntil, Boolean underObjection) {
        try {
            return DecisionRegister.filters(reference, outcome, institutionId, cluster, decidedFrom, decidedUntil, underObjection);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "outcome", "validation.outcome");
        }
    }

    @Inject
    nl.kennisveiligheid.decisions.control.Penalties penalties;

    @GET
    @Path("penalty")
    @Operation(summary = "The penalty for a late decision on a request as it stands (Awb 4:17), once a notice of default was received; 404 otherwise")
    public nl.kennisveiligheid.decisions.api.Penalty penalty(@QueryParam("request") Long requestId) {
        if (requestId == null) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "request", "validation.required");
        }
        return penalties.penalty(requestId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.penalty.none"));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One decision (the read is audited)")
    public DecisionView get(@PathParam("id") long id) {
        return register.decision(id).orElseThrow(DecisionsResource::notFound);
    }

    @GET
    @Path("{id}/letter")
    @Produces("application/pdf")
    @Operation(summary = "The decision's letter (PDF/UA, Dutch with an English translation; the read is audited)")
    public Response letter(@PathParam("id") long id) {
        DecisionLetter letter = register.letter(id).orElseThrow(DecisionsResource::notFound);
        return PdfDownload.answer(letter.getFileName(), letter.getContent());
    }

    /**
     * An objection: the grounds; for authority staff recording one that came in, also who filed it ({@code INSTITUTION}
     * or {@code PERSON}), the day received and the day posted (if by post).
     */
    public record ObjectionFiled(@PlainText(max = 4000, multiLine = true) String grounds, @PlainText(max = 20) String filedBy,
                                 @PlainText(max = 10) String receivedOn, @PlainText(max = 10) String postedOn) {
    }

    @Inject
    Objections objections;

    @GET
    @Path("{id}/objections")
    @Operation(summary = "The objections against a decision, with their terms and due dates")
    public List<ObjectionView> objections(@PathParam("id") long id) {
        return objections.ofDecision(id);
    }

    @POST
    @Path("{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an objection (institution staff: received today) or record one that came in (authority staff)",
            description = "The answer says whether it is in time (6 weeks from the day after sending; posted in time and received within a "
                    + "week after: in time, Awb 6:9) and when the decision on it is due (Awb 7:10). With an Idempotency-Key header a "
                    + "retried POST answers with the objection the first made (200), never a second one.")
    public Response file(@PathParam("id") long id, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, ObjectionFiled filed) {
        if (filed == null) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "grounds", "validation.required");
        }
        IdempotencyKeys.Created<ObjectionView> made = idempotencyKeys.once("objection.file", idempotencyKey, id + ":" + filed,
                () -> objections.file(id, filed.filedBy(), filed.grounds(), ApiParameters.date("receivedOn", filed.receivedOn()),
                        ApiParameters.date("postedOn", filed.postedOn())),
                objection -> String.valueOf(objection.id()), earlier -> objections.objection(Long.parseLong(earlier)).orElseThrow(DecisionsResource::notFound));
        return Response.status(made.isNew() ? 201 : 200).entity(made.value()).build();
    }

    /** An appeal to the court: the court, its case number, the day filed (empty: today). */
    public record AppealFiled(@PlainText(max = 200) String court, @PlainText(max = 60) String caseNumber, @PlainText(max = 10) String filedOn) {
    }

    @Inject
    nl.kennisveiligheid.decisions.control.Appeals appeals;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @GET
    @Path("{id}/appeals")
    @Operation(summary = "The appeals to the court against a decision, with any provisional relief")
    public List<nl.kennisveiligheid.decisions.api.AppealView> appeals(@PathParam("id") long id) {
        return appeals.ofDecision(id);
    }

    @POST
    @Path("{id}/appeals")
    @RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an appeal to the court against a decision (authority staff)",
            description = "With an Idempotency-Key header a retried POST answers with the appeal the first recorded (200), never a second one.")
    public Response appeal(@PathParam("id") long id, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, AppealFiled filed) {
        if (filed == null) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "court", "validation.required");
        }
        IdempotencyKeys.Created<nl.kennisveiligheid.decisions.api.AppealView> made = idempotencyKeys.once("appeal.record", idempotencyKey,
                id + ":" + filed, () -> appeals.record(id, filed.court(), filed.caseNumber(), ApiParameters.date("filedOn", filed.filedOn())),
                appeal -> String.valueOf(appeal.id()), earlier -> appeals.appeal(Long.parseLong(earlier)).orElseThrow(DecisionsResource::notFound));
        return Response.status(made.isNew() ? 201 : 200).entity(made.value()).build();
    }

    static Refusal notFound() {
        return Refusal.notFound(DecisionsModule.BUNDLE, "error.decision.notFound");
    }
}
