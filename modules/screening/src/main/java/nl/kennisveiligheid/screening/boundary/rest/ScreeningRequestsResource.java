package nl.kennisveiligheid.screening.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.IdempotencyKeys;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.validation.PlainText;
import nl.kennisveiligheid.screening.api.AttachmentKind;
import nl.kennisveiligheid.screening.api.AttachmentView;
import nl.kennisveiligheid.screening.api.RequestData;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.RequestView;
import nl.kennisveiligheid.screening.api.Timeline;
import nl.kennisveiligheid.screening.control.Attachments;
import nl.kennisveiligheid.screening.control.Intake;
import nl.kennisveiligheid.screening.control.RequestEditing;
import nl.kennisveiligheid.screening.control.RequestRegister;
import nl.kennisveiligheid.screening.control.ScreeningModule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Screening requests: institution systems create, fill in, submit, follow, answer and withdraw their own; authority
 * systems read the queue and do the intake (assignment, supplement requests, suspensions, extension). Another
 * institution's request is 404, the attempt audited.
 */
@Path("screening-requests")
@RolesAllowed({RoleGroup.Names.INSTITUTION_STAFF, RoleGroup.Names.AUTHORITY_STAFF})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screening requests", description = "Requests for a binding access decision, their intake and the terms of the decision period")
public class ScreeningRequestsResource {

    /** Running the signals report again: looking back 5 (default) or 10 years. */
    public record SignalsRun(Integer lookbackYears) {
    }

    /** A judgement of a hit: {@code CONFIRMED} or {@code DISMISSED}, the reason, and the signal's version read (optional). */
    public record SignalJudgement(@PlainText(max = 20) String verdict, @PlainText(max = 2000, multiLine = true) String reason, Long version) {
    }

    /** A page of requests. */
    public record RequestPage(long total, int first, int size, List<RequestSummary> items) {
    }

    /** A change of a draft (or of a request awaiting a supplement): the data and the version read. */
    public record RequestChange(@Valid RequestData data, Long version) {
    }

    /** A step that needs only the version read (submission), with an optional reason (withdrawal). */
    public record Step(Long version, @PlainText(max = 2000, multiLine = true) String reason) {
    }

    /** The institution's answer to a supplement request. */
    public record SupplementAnswer(Long version, @PlainText(max = 4000, multiLine = true) String answer) {
    }

    /** An assignment: to a login name, or to the caller when empty. */
    public record Assignment(Long version, @PlainText(max = 100) String assignee) {
    }

    /** A supplement request: the questions, and the last day to answer (default: the supplement term from today). */
    public record SupplementQuestion(Long version, @PlainText(max = 4000, multiLine = true) String questions, @PlainText(max = 10) String answerBy) {
    }

    /** A suspension with the applicant's consent ({@code CONSENT}) or for their delay ({@code APPLICANT_DELAY}). */
    public record SuspensionRecord(Long version, @PlainText(max = 20) String reason, @PlainText(max = 10) String from,
                                   @PlainText(max = 10) String until, @PlainText(max = 2000, multiLine = true) String note) {
    }

    @Inject
    RequestRegister register;

    @Inject
    RequestEditing editing;

    @Inject
    nl.kennisveiligheid.screening.control.RequestSignals requestSignals;

    @Inject
    Intake intake;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Attachments attachments;

    @Inject
    nl.kennisveiligheid.screening.control.ScreeningSettings settings;

    @GET
    @Operation(summary = "Requests: an institution's own (drafts included), or (authority) the work queue; filtered, sorted by due date, paged",
            description = "view: OPEN (default for the authority), NEW, OVERDUE, DUE_SOON (within 5 working days), MINE, ALL. "
                    + "sort: dueOn, submittedOn, reference, unitName, assignee or status, descending with a leading minus (-submittedOn).")
    public RequestPage list(@QueryParam("view") String view, @QueryParam("status") String status, @QueryParam("reference") String reference,
                            @QueryParam("institutionId") Long institutionId, @QueryParam("unitId") Long unitId,
                            @QueryParam("cluster") String cluster, @QueryParam("assignee") String assignee, @QueryParam("sort") String sort,
                            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        ApiParameters.checkPaging(first, size);
        Map<String, Object> filters;
        try {
            filters = RequestRegister.filters(view, status, reference, institutionId, unitId, cluster, assignee);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(ScreeningModule.BUNDLE, "problem.validation", e.getMessage(), "problem." + e.getMessage());
        }
        return new RequestPage(register.count(filters), first, size, register.load(new PageRequest(first, size, sorts(sort), filters)));
    }

    @POST
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft request for the caller's institution",
            description = "With an Idempotency-Key header (kept 24 hours per token) a retried POST returns the request the first made (200) "
                    + "instead of a second one; the same key with another body is 422. The key is your own: at most 200 printable ASCII "
                    + "characters, new for every new request.")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, RequestData data) {
        RequestData body = require(data);
        IdempotencyKeys.Created<RequestSummary> made = idempotencyKeys.once(RequestEditing.IDEMPOTENT_CREATE, idempotencyKey, body.toString(),
                () -> editing.create(body), summary -> String.valueOf(summary.id()),
                id -> register.request(Long.parseLong(id)).orElseThrow(ScreeningRequestsResource::notFound));
        return Response.status(made.isNew() ? 201 : 200).entity(made.value()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A request with the person's data (a read by authority staff is audited)")
    public RequestView get(@PathParam("id") long id) {
        return register.details(id).orElseThrow(ScreeningRequestsResource::notFound);
    }

    @GET
    @Path("{id}/summary")
    @Operation(summary = "A request's status, unit and dates")
    public RequestSummary summary(@PathParam("id") long id) {
        return register.request(id).orElseThrow(ScreeningRequestsResource::notFound);
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "A request's timeline, and its due date with the calculation behind it (suspended days, holidays)")
    public Timeline timeline(@PathParam("id") long id) {
        return register.timeline(id).orElseThrow(ScreeningRequestsResource::notFound);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft, or a request awaiting a supplement; send the version read (409 when it changed since)")
    public RequestSummary update(@PathParam("id") long id, RequestChange change) {
        long read = ApiParameters.requiredVersion(change == null ? null : change.version());
        return editing.update(id, require(change.data()), read);
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a draft: it gets its reference (KVS-2026-000123) and the date its decision is due",
            description = "400 naming every missing or wrong field; the unit must be registered and the entries the unit's.")
    public RequestSummary submit(@PathParam("id") long id, Step step) {
        return editing.submit(id, ApiParameters.requiredVersion(step == null ? null : step.version()));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a draft or a request before its decision, with an optional reason")
    public RequestSummary withdraw(@PathParam("id") long id, Step step) {
        return editing.withdraw(id, ApiParameters.requiredVersion(step == null ? null : step.version()), step.reason());
    }

    @POST
    @Path("{id}/supplement-requests/{number}/answer")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a supplement request; the decision period runs again (a late answer suspends no further)")
    public RequestSummary answer(@PathParam("id") long id, @PathParam("number") int number, SupplementAnswer answer) {
        return editing.answerSupplement(id, number, ApiParameters.requiredVersion(answer == null ? null : answer.version()), answer.answer());
    }

    @POST
    @Path("{id}/assignment")
    @RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign an open request to an assessor (login name), or take it yourself (assignee empty)")
    public RequestSummary assign(@PathParam("id") long id, Assignment assignment) {
        return intake.assign(id, ApiParameters.requiredVersion(assignment == null ? null : assignment.version()), assignment.assignee());
    }

    @POST
    @Path("{id}/supplement-requests")
    @RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the institution for a supplement (Awb 4:5): the decision period stands still from tomorrow until the answer "
            + "or answerBy (Awb 4:15)")
    public RequestSummary askSupplement(@PathParam("id") long id, SupplementQuestion question) {
        long read = ApiParameters.requiredVersion(question == null ? null : question.version());
        return intake.askSupplement(id, read, question.questions(), ApiParameters.date("answerBy", question.answerBy()));
    }

    @POST
    @Path("{id}/suspensions")
    @RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a suspension with the applicant's consent (CONSENT) or for their delay (APPLICANT_DELAY), Awb 4:15 lid 2")
    public RequestSummary suspend(@PathParam("id") long id, SuspensionRecord suspension) {
        long read = ApiParameters.requiredVersion(suspension == null ? null : suspension.version());
        Suspension.Reason reason;
        try {
            reason = suspension.reason() == null ? null : Suspension.Reason.valueOf(suspension.reason().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(ScreeningModule.BUNDLE, "error.invalid", "reason", "validation.suspension.reason");
        }
        return intake.suspend(id, read, reason, ApiParameters.date("from", suspension.from()), ApiParameters.date("until", suspension.until()),
                suspension.note());
    }

    @POST
    @Path("{id}/extension")
    @RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extend the decision period once (Awb 4:14), before it ends, with the reason the institution is told")
    public RequestSummary extend(@PathParam("id") long id, Step step) {
        return intake.extend(id, ApiParameters.requiredVersion(step == null ? null : step.version()), step.reason());
    }

    @GET
    @Path("{id}/signals")
    @RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
    @Operation(summary = "The request's risk signals report, grouped by indicator group, every signal with its evidence and state (audited)",
            description = "404 when the request is not found or its report never ran (it runs when the request is submitted).")
    public nl.kennisveiligheid.signals.api.SignalsReport signals(@PathParam("id") long id) {
        return requestSignals.report(id).orElseThrow(() -> Refusal.notFound(ScreeningModule.BUNDLE, "signals.notRun"));
    }

    @POST
    @Path("{id}/signals")
    @RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run the request's risk signals again (lookbackYears 5 or 10); hits keep their state, the timeline notes the run")
    public nl.kennisveiligheid.signals.api.SignalsReport rerunSignals(@PathParam("id") long id, SignalsRun run) {
        int years = run == null || run.lookbackYears() == null ? nl.kennisveiligheid.signals.api.SignalsReports.LOOKBACK_YEARS : run.lookbackYears();
        return requestSignals.rerun(id, years);
    }

    @POST
    @Path("{id}/signals/{signalId}")
    @RolesAllowed(RoleGroup.Names.AUTHORITY_STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm or dismiss a hit with a reason (audited); a dismissed hit does not come back for the same person unless the designation changes")
    public nl.kennisveiligheid.signals.api.SignalView judge(@PathParam("id") long id, @PathParam("signalId") long signalId, SignalJudgement judgement) {
        nl.kennisveiligheid.signals.api.Judgement.Verdict verdict = null;
        if (judgement != null && judgement.verdict() != null && !judgement.verdict().isBlank()) {
            try {
                verdict = nl.kennisveiligheid.signals.api.Judgement.Verdict.valueOf(judgement.verdict().trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid(ScreeningModule.BUNDLE, "signals.invalid", "verdict", "signals.verdict.choice");
            }
        }
        return requestSignals.judge(id, signalId, new nl.kennisveiligheid.signals.api.Judgement(verdict, judgement == null ? null : judgement.reason()),
                judgement == null ? null : judgement.version());
    }

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "A request's attachments (CV, publication list, answers to a supplement request), without their content")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        return attachments.of(id);
    }

    @POST
    @Path("{id}/attachments")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Add a PDF to a draft or to a request awaiting a supplement; the file name in Content-Disposition",
            description = "The type is checked by content: a file that is not a PDF, an encrypted PDF or one with JavaScript is 400 saying which. "
                    + "Larger than the limit a file (10 MB) or a request (25 MB): 413.")
    public Response addAttachment(@PathParam("id") long id, @QueryParam("kind") String kind,
                                  @HeaderParam("Content-Disposition") String disposition,
                                  @RequestBody(description = "The PDF", content = @Content(mediaType = "application/pdf",
                                          schema = @Schema(type = SchemaType.STRING, format = "binary"))) java.io.InputStream body) {
        AttachmentKind chosen;
        try {
            chosen = kind == null || kind.isBlank() ? AttachmentKind.OTHER : AttachmentKind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(ScreeningModule.BUNDLE, "problem.validation", "kind", "problem.attachmentKind");
        }
        byte[] content = ApiParameters.upload(body, settings.attachmentMaxBytes(), ScreeningModule.BUNDLE);
        return Response.status(201).entity(attachments.add(id, chosen, fileNameOf(disposition), content)).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces("application/pdf")
    @Operation(summary = "An attachment's PDF (the read is audited)")
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        Attachments.Download download = attachments.download(id, attachmentId);
        return nl.kennisveiligheid.platform.api.PdfDownload.answer(download.fileName(), download.content());
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)
    @Operation(summary = "Remove an attachment from a draft or a request awaiting a supplement")
    public Response removeAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.remove(id, attachmentId);
        return Response.noContent().build();
    }

    /** The file name of {@code attachment; filename="cv.pdf"} (or {@code filename*=UTF-8''...}), if given. */
    static String fileNameOf(String disposition) {
        if (disposition == null) {
            return null;
        }
        java.util.regex.Matcher extended = java.util.regex.Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;]+)", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(disposition);
        if (extended.find()) {
            try {
                return java.net.URLDecoder.decode(extended.group(1).trim().replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        java.util.regex.Matcher plain = java.util.regex.Pattern.compile("filename\\s*=\\s*\"?([^\";]*)\"?", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(disposition);
        return plain.find() ? plain.group(1) : null;
    }

    private static final java.util.Set<String> SORTS = java.util.Set.of("dueOn", "submittedOn", "reference", "unitName", "assignee", "status");

    private static List<PageRequest.Sort> sorts(String sort) {
        if (sort == null || sort.isBlank()) {
            return List.of();
        }
        String field = sort.trim().startsWith("-") ? sort.trim().substring(1) : sort.trim();
        if (!SORTS.contains(field)) {
            throw Refusal.invalid(ScreeningModule.BUNDLE, "problem.validation", "sort", "problem.sort");
        }
        return List.of(new PageRequest.Sort(field, !sort.trim().startsWith("-")));
    }

    private static RequestData require(RequestData data) {
        if (data == null) {
            throw Refusal.invalid(ScreeningModule.BUNDLE, "error.invalid", "subject", "validation.required");
        }
        return data;
    }

    private static Refusal notFound() {
        return Refusal.notFound(ScreeningModule.BUNDLE, "error.notFound");
    }
}
