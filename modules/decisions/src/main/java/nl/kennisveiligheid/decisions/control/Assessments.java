package nl.kennisveiligheid.decisions.control;

import static nl.kennisveiligheid.platform.api.validation.TextRules.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kennisveiligheid.decisions.api.AssessmentData;
import nl.kennisveiligheid.decisions.api.AssessmentState;
import nl.kennisveiligheid.decisions.api.AssessmentView;
import nl.kennisveiligheid.decisions.api.FindingData;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.decisions.entity.Assessment;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.HumanStep;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Refusal.FieldProblem;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.notification.Notifications;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.RequestView;
import nl.kennisveiligheid.screening.api.ScreeningRequests;
import nl.kennisveiligheid.signals.api.IndicatorGroup;

/**
 * The authority's workspace on a request: the findings per indicator group, the confidential annex, the hearing before a
 * refusal (Awb 4:7, 4:8), the proposed outcome and the draft reasons, until it is prepared for signing. Authority staff
 * only. The confidential annex never goes into an audit record's values.
 */
@ApplicationScoped
public class Assessments {

    /** The longest hearing term the authority may set. */
    static final int MAX_HEARING_WEEKS = 6;

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    DecisionRegister register;

    @Inject
    ScreeningRequests requests;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    DecisionsSettings settings;

    @Inject
    ConditionCatalogue catalogue;

    @Inject
    Notifications notifications;

    /**
     * The request's current assessment; the first is started when an open request is opened for assessment. Empty when
     * the request is not visible, or it is not open and was never assessed.
     */
    @Transactional
    public Optional<AssessmentView> open(long requestId) {
        register.requireAuthorityStaff();
        Optional<RequestSummary> request = requests.request(requestId);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        Optional<Assessment> current = current(requestId);
        if (current.isPresent()) {
            return current.map(Assessment::view);
        }
        RequestSummary r = request.get();
        if (!r.status().isOpen() || r.unitId() == null) {
            return Optional.empty();
        }
        // the summary withholds the person from authority lists; the assessment needs their reference (the read is audited)
        String person = requests.details(requestId).orElseThrow().data().subject().personReference();
        Assessment started = new Assessment(requestId, 1, r.reference(), r.institutionId(), r.unitId(), person, settings.legalBasis(), null);
        em.persist(started);
        em.flush();
        audit.record(AuditEvent.of("assessment.started", "Assessment", started.getId(), r.institutionId()));
        return Optional.of(started.view());
    }

    /** Saves the assessor's work (while in progress), with the version read. */
    @Transactional
    public AssessmentView change(long requestId, long expectedVersion, AssessmentData data) {
        Assessment assessment = asRead(requestId, expectedVersion);
        AssessmentData clean = clean(data);
        List<FieldProblem> problems = new ArrayList<>();
        textProblems(problems, clean);
        for (String code : clean.conditionCodes()) {
            if (catalogue.text(code, java.util.Locale.forLanguageTag("nl")).isEmpty()) {
                problems.add(new FieldProblem("conditionCodes", "validation.condition.unknown", code));
            }
        }
        Set<IndicatorGroup> seen = EnumSet.noneOf(IndicatorGroup.class);
        for (FindingData f : clean.findings()) {
            if (f.group() == null || f.finding() == null) {
                problems.add(new FieldProblem("findings", "validation.finding.incomplete"));
            } else if (!seen.add(f.group())) {
                problems.add(new FieldProblem("findings", "validation.finding.twice", groupInWords(f.group())));
            }
        }
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.invalid", problems);
        Outcome before = assessment.getProposedOutcome();
        assessment.change(clean);
        em.flush();
        Map<String, Object> after = new HashMap<>();
        after.put("proposedOutcome", String.valueOf(clean.proposedOutcome()));
        after.put("findings", clean.findings().size());
        audit.record(new AuditEvent("assessment.changed", "Assessment", String.valueOf(assessment.getId()), assessment.getInstitutionId(),
                Map.of("proposedOutcome", String.valueOf(before)), after));
        return assessment.view();
    }

    /** Invites the institution and the person to give their view before a refusal, by {@code respondBy} (default: the hearing term). */
    @Transactional
    public AssessmentView inviteToHearing(long requestId, long expectedVersion, LocalDate respondBy) {
        Assessment assessment = asRead(requestId, expectedVersion);
        LocalDate today = clock.today();
        LocalDate by = respondBy == null ? today.plusWeeks(settings.hearingWeeks()) : respondBy;
        if (!by.isAfter(today) || by.isAfter(today.plusWeeks(MAX_HEARING_WEEKS))) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "respondBy", "validation.respondBy.range", today.plusDays(1),
                    today.plusWeeks(MAX_HEARING_WEEKS));
        }
        assessment.inviteToHearing(today, by, HumanStep.person(currentUser, "Assessment.hearing", requestId));
        em.flush();
        audit.record(new AuditEvent("hearing.invited", "Assessment", String.valueOf(assessment.getId()), assessment.getInstitutionId(),
                Map.of(), Map.of("respondBy", by.toString())));
        notifications.toInstitution(assessment.getInstitutionId(), Text.of(DecisionsModule.BUNDLE, "notice.hearing.subject", assessment.getRequestReference()),
                Text.of(DecisionsModule.BUNDLE, "notice.hearing.body", assessment.getRequestReference(), by), requestLink(requestId),
                "screening-request:" + requestId);
        return assessment.view();
    }

    /** Records the view given in the hearing (by the institution or the person), received on {@code receivedOn} (default today). */
    @Transactional
    public AssessmentView recordView(long requestId, long expectedVersion, String view, LocalDate receivedOn) {
        Assessment assessment = asRead(requestId, expectedVersion);
        HumanStep.person(currentUser, "Assessment.hearing", requestId);
        LocalDate today = clock.today();
        LocalDate on = receivedOn == null ? today : receivedOn;
        List<FieldProblem> problems = new ArrayList<>();
        String clean = Inputs.required(problems, "view", view, 4000, true);
        var hearing = assessment.hearing();
        if (hearing != null && (on.isBefore(hearing.invitedOn()) || on.isAfter(today))) {
            problems.add(new FieldProblem("receivedOn", "validation.receivedOn.range", hearing.invitedOn(), today));
        }
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.invalid", problems);
        assessment.recordView(clean, on);
        em.flush();
        audit.record(new AuditEvent("hearing.view-recorded", "Assessment", String.valueOf(assessment.getId()), assessment.getInstitutionId(),
                Map.of(), Map.of("receivedOn", on.toString())));
        return assessment.view();
    }

    /**
     * Prepares the assessment for signing: complete (every indicator group has a finding, an outcome, the reasons, the
     * conditions of a conditional grant), a refusal only after the hearing, setting aside only after a supplement term
     * ended unanswered, dates within their bounds. The preparer may not sign it.
     */
    @Transactional
    public AssessmentView prepare(long requestId, long expectedVersion) {
        Assessment assessment = asRead(requestId, expectedVersion);
        String preparer = HumanStep.person(currentUser, "Assessment.prepare", requestId);
        RequestView request = requests.details(requestId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.request.notFound"));
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.notReady", readiness(assessment, request, clock.today()));
        assessment.prepare(preparer, clock.now().atZone(PlatformClock.ZONE).toOffsetDateTime());
        em.flush();
        audit.record(new AuditEvent("assessment.prepared", "Assessment", String.valueOf(assessment.getId()), assessment.getInstitutionId(),
                Map.of(), Map.of("proposedOutcome", String.valueOf(assessment.getProposedOutcome()))));
        return assessment.view();
    }

    /** Sends a prepared assessment back to work. */
    @Transactional
    public AssessmentView reopen(long requestId, long expectedVersion) {
        Assessment assessment = asRead(requestId, expectedVersion);
        assessment.reopen();
        em.flush();
        audit.record(AuditEvent.of("assessment.reopened", "Assessment", assessment.getId(), assessment.getInstitutionId()));
        return assessment.view();
    }

    /**
     * Starts a correction of the request's newest decision: a new round of assessment, prefilled from the last, whose
     * decision will refer to the one it corrects. The signed decision itself never changes.
     */
    @Transactional
    public AssessmentView startCorrection(long requestId) {
        register.requireAuthorityStaff();
        if (requests.request(requestId).isEmpty()) {
            throw Refusal.notFound(DecisionsModule.BUNDLE, "error.request.notFound");
        }
        Assessment last = current(requestId).orElseThrow(() -> Refusal.conflict(DecisionsModule.BUNDLE, "error.correction.nothingSigned"));
        if (last.getState() != AssessmentState.SIGNED) {
            throw Refusal.conflict(DecisionsModule.BUNDLE, "error.correction.nothingSigned");
        }
        AccessDecision corrected = em.createQuery("select d from AccessDecision d where d.assessmentId = :a", AccessDecision.class)
                .setParameter("a", last.getId()).getSingleResult();
        Assessment next = new Assessment(requestId, last.getRound() + 1, last.getRequestReference(), last.getInstitutionId(), last.getUnitId(),
                last.getPersonReference(), last.getLegalBasis(), corrected.getId());
        next.change(last.data());
        em.persist(next);
        em.flush();
        audit.record(new AuditEvent("assessment.correction-started", "Assessment", String.valueOf(next.getId()), next.getInstitutionId(),
                Map.of(), Map.of("corrects", corrected.getReference())));
        return next.view();
    }

    /**
     * The last day of a running hearing on the request (for the institution and the authority): while the current round
     * is not signed and the institution and the person were invited. Empty when there is none or the request is not visible.
     */
    public Optional<LocalDate> hearingTerm(long requestId) {
        if (requests.request(requestId).isEmpty()) {
            return Optional.empty();
        }
        return current(requestId).filter(a -> a.getState() != AssessmentState.SIGNED).map(Assessment::hearing).map(h -> h.respondBy());
    }

    /** An indicator group as people read it, in the words the signals module gives it (one wording on every page). */
    private static nl.kennisveiligheid.platform.api.Text groupInWords(nl.kennisveiligheid.signals.api.IndicatorGroup group) {
        return nl.kennisveiligheid.platform.api.Text.of(nl.kennisveiligheid.signals.api.SignalsMessages.BUNDLE, "group." + group.name());
    }

    /** What stands in the way of preparing (or signing) the assessment on {@code today}; empty when nothing does. */
    List<FieldProblem> readiness(Assessment assessment, RequestView request, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        AssessmentData data = assessment.data();
        Set<IndicatorGroup> found = EnumSet.noneOf(IndicatorGroup.class);
        data.findings().forEach(f -> found.add(f.group()));
        for (IndicatorGroup group : IndicatorGroup.values()) {
            if (!found.contains(group)) {
                problems.add(new FieldProblem("findings." + group.name(), "validation.finding.missing", groupInWords(group)));
            }
        }
        Outcome outcome = data.proposedOutcome();
        if (outcome == null) {
            problems.add(new FieldProblem("proposedOutcome", "validation.required"));
        }
        if (blankToNull(data.reasons()) == null) {
            problems.add(new FieldProblem("reasons", "validation.required"));
        }
        if (blankToNull(data.legalBasis()) == null) {
            problems.add(new FieldProblem("legalBasis", "validation.required"));
        }
        if (outcome == Outcome.GRANTED_WITH_CONDITIONS && data.conditionCodes().isEmpty() && blankToNull(data.conditionsText()) == null) {
            problems.add(new FieldProblem("conditionCodes", "validation.conditions.required"));
        }
        if (outcome != null && outcome != Outcome.GRANTED_WITH_CONDITIONS
                && (!data.conditionCodes().isEmpty() || blankToNull(data.conditionsText()) != null)) {
            problems.add(new FieldProblem("conditionCodes", "validation.conditions.notForOutcome"));
        }
        if (outcome == Outcome.REVOKED && !revocable(assessment)) {
            problems.add(new FieldProblem("proposedOutcome", "validation.revoked.notACorrection"));
        }
        if ((outcome == Outcome.REFUSED || outcome == Outcome.REVOKED) && (assessment.hearing() == null || !assessment.hearing().over(today))) {
            problems.add(new FieldProblem("hearing", assessment.hearing() == null ? "validation.hearing.required" : "validation.hearing.running",
                    assessment.hearing() == null ? "" : assessment.hearing().respondBy()));
        }
        if (outcome == Outcome.NOT_PROCESSED && !supplementTermEndedUnanswered(request.summary(), today)) {
            problems.add(new FieldProblem("proposedOutcome", "validation.notProcessed.noTermEnded"));
        }
        if (data.effectiveFrom() != null && data.effectiveFrom().isBefore(today)) {
            problems.add(new FieldProblem("effectiveFrom", "validation.effectiveFrom.past", today));
        }
        if (outcome != null && outcome.allowsAccess()) {
            LocalDate effective = effectiveFrom(data.effectiveFrom(), today);
            LocalDate expires = expiresOn(data.expiresOn(), request.data().access().intendedEnd(), effective, settings.maxValidityYears());
            LocalDate latest = effective.plusYears(settings.maxValidityYears());
            if (expires == null || !expires.isAfter(effective) || expires.isAfter(latest)) {
                problems.add(new FieldProblem("expiresOn", "validation.expiresOn.range", effective.plusDays(1), latest));
            }
        } else if (data.expiresOn() != null) {
            problems.add(new FieldProblem("expiresOn", "validation.expiresOn.notForOutcome"));
        }
        return problems;
    }

    /** Whether the round corrects a positive decision that a revocation can end. */
    private boolean revocable(Assessment assessment) {
        if (assessment.getCorrectsDecisionId() == null) {
            return false;
        }
        AccessDecision corrected = em.find(AccessDecision.class, assessment.getCorrectsDecisionId());
        return corrected != null && corrected.getOutcome().allowsAccess();
    }

    /** Whether a supplement term of the request ended unanswered by {@code today} (Awb 4:5: the request may be set aside). */
    static boolean supplementTermEndedUnanswered(RequestSummary request, LocalDate today) {
        return request.setAsideDueOn() != null || request.status() == nl.kennisveiligheid.screening.api.RequestStatus.AWAITING_SUPPLEMENT
                && request.supplementDueOn() != null && request.supplementDueOn().isBefore(today);
    }

    /** The effective date: the day asked for, never before the day the decision is sent ({@code sentOn}, Awb 3:40). */
    static LocalDate effectiveFrom(LocalDate asked, LocalDate sentOn) {
        return asked == null || asked.isBefore(sentOn) ? sentOn : asked;
    }

    /**
     * The expiry of a positive decision: the day asked for, or else the end of the intended access period, at most
     * {@code maxYears} after it takes effect.
     */
    static LocalDate expiresOn(LocalDate asked, LocalDate intendedEnd, LocalDate effective, int maxYears) {
        if (asked != null) {
            return asked;
        }
        LocalDate latest = effective.plusYears(maxYears);
        return intendedEnd == null || intendedEnd.isAfter(latest) ? latest : intendedEnd;
    }

    /** The request's current assessment (the last round), unchecked: callers check the caller first. */
    public Optional<AssessmentView> currentView(long requestId) {
        return current(requestId).map(Assessment::view);
    }

    Optional<Assessment> current(long requestId) {
        return em.createQuery("select a from Assessment a where a.requestId = :id order by a.round desc", Assessment.class)
                .setParameter("id", requestId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The request's current assessment for a change by authority staff, at the version the caller read. */
    Assessment asRead(long requestId, long expectedVersion) {
        register.requireAuthorityStaff();
        if (requests.request(requestId).isEmpty()) {
            throw Refusal.notFound(DecisionsModule.BUNDLE, "error.request.notFound");
        }
        Assessment assessment = current(requestId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.assessment.notFound"));
        ConcurrentChangeException.requireVersion(assessment, expectedVersion, "Assessment", assessment.getId());
        return assessment;
    }

    private static AssessmentData clean(AssessmentData d) {
        return new AssessmentData(d.findings().stream().map(f -> new FindingData(f.group(), f.finding(), blankToNull(f.note()))).toList(),
                d.proposedOutcome(), d.conditionCodes().stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList(),
                blankToNull(d.conditionsText()), blankToNull(d.reasons()), blankToNull(d.legalBasis()), d.effectiveFrom(), d.expiresOn(),
                blankToNull(d.confidentialAnnex()));
    }

    private static void textProblems(List<FieldProblem> problems, AssessmentData d) {
        for (FindingData f : d.findings()) {
            TextRules.fieldProblem("findings.note", f.note(), 2000, true).ifPresent(problems::add);
        }
        for (String code : d.conditionCodes()) {
            TextRules.fieldProblem("conditionCodes", code, 40, false).ifPresent(problems::add);
        }
        TextRules.fieldProblem("conditionsText", d.conditionsText(), 2000, true).ifPresent(problems::add);
        TextRules.fieldProblem("reasons", d.reasons(), 8000, true).ifPresent(problems::add);
        TextRules.fieldProblem("legalBasis", d.legalBasis(), 500, false).ifPresent(problems::add);
        TextRules.fieldProblem("confidentialAnnex", d.confidentialAnnex(), 8000, true).ifPresent(problems::add);
    }


    static String requestLink(long requestId) {
        return "/screening/request.xhtml?id=" + requestId;
    }
}
