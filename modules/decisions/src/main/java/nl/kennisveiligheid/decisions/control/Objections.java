package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.api.HearingView;
import nl.kennisveiligheid.decisions.api.ObjectionFileItem;
import nl.kennisveiligheid.decisions.api.ObjectionTerm;
import nl.kennisveiligheid.decisions.api.ObjectionView;
import nl.kennisveiligheid.decisions.control.letters.LetterRenderer;
import nl.kennisveiligheid.decisions.control.letters.ObjectionLetterContent;
import nl.kennisveiligheid.decisions.entity.Assessment;
import nl.kennisveiligheid.decisions.entity.ObjectionLetter;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.notification.Notifications;
import nl.kennisveiligheid.screening.api.ScreeningRequests;
import org.apache.commons.codec.digest.DigestUtils;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.decisions.entity.Objection;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.HumanStep;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Refusal.FieldProblem;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;

/**
 * Objections (bezwaar) against a decision: filed by the institution (received today), or recorded by authority staff
 * for the institution or the person with the day received and, if posted, the day posted. Whether it came in time
 * follows from the decision's send date (Awb 6:7, 6:8, 6:9 lid 2); a late one may be excused (Awb 6:11). The decision
 * on it is due 6 weeks after the objection term ended, 12 with an advisory committee, once extended by 6 (Awb 7:10),
 * through the legal calendar. An objection does not suspend the decision (Awb 6:16): the access check ignores it.
 */
@ApplicationScoped
public class Objections {

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    DecisionRegister register;

    @Inject
    DecisionLetters letters;

    @Inject
    LegalCalendar calendar;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ScreeningRequests requests;

    @Inject
    Notifications notifications;

    /**
     * Files an objection against a decision. Institution staff file their own (received today, filed by the
     * institution); authority staff record one that came in, naming who filed it, the day received and the day posted.
     */
    @Transactional
    public ObjectionView file(long decisionId, String filedBy, String grounds, LocalDate receivedOn, LocalDate postedOn) {
        AccessDecision decision = register.find(decisionId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.decision.notFound"));
        LocalDate today = clock.today();
        boolean authority = RoleGroup.AUTHORITY_STAFF.includes(currentUser);
        List<FieldProblem> problems = new ArrayList<>();
        Objection.FiledBy by = Objection.FiledBy.INSTITUTION;
        LocalDate received = today;
        LocalDate posted = null;
        if (authority) {
            try {
                by = Objection.FiledBy.valueOf(filedBy == null ? "" : filedBy.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("filedBy", "validation.objection.filedBy"));
            }
            received = receivedOn == null ? today : receivedOn;
            posted = postedOn;
        } else if (!RoleGroup.INSTITUTION_STAFF.includes(currentUser)) {
            throw Refusal.forbidden("Objection", decisionId);
        }
        LocalDate sent = decision.view().sentOn();
        if (received.isBefore(sent) || received.isAfter(today)) {
            problems.add(new FieldProblem("receivedOn", "validation.receivedOn.range", sent, today));
        }
        if (posted != null && (posted.isBefore(sent) || posted.isAfter(received))) {
            problems.add(new FieldProblem("postedOn", "validation.postedOn.range", sent, received));
        }
        String clean = Inputs.required(problems, "grounds", grounds, 4000, true);
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.invalid", problems);
        Objection objection = new Objection(decisionId, decision.getInstitutionId(), decision.getRequestId(), by, received, posted, clean,
                letters.objectionUntil(sent), currentUser.name());
        objection.dueOn(dueOn(objection));
        em.persist(objection);
        em.flush();
        audit.record(new AuditEvent("objection.filed", "Objection", String.valueOf(objection.getId()), objection.getInstitutionId(), Map.of(),
                Map.of("decision", decision.getReference(), "filedBy", by.name(), "receivedOn", received.toString(),
                        "inTime", String.valueOf(objection.view().inTime()))));
        return objection.view();
    }

    /** The objections against a decision the caller may see, oldest first. */
    public List<ObjectionView> ofDecision(long decisionId) {
        if (register.find(decisionId).isEmpty()) {
            throw Refusal.notFound(DecisionsModule.BUNDLE, "error.decision.notFound");
        }
        return em.createQuery("select o from Objection o where o.decisionId = :d order by o.receivedOn, o.id", Objection.class)
                .setParameter("d", decisionId).getResultList().stream().map(Objection::view).toList();
    }

    /** Records that the objector was heard on {@code heardOn} (Awb 7:2; authority staff). */
    @Transactional
    public ObjectionView heard(long id, long expectedVersion, LocalDate heardOn) {
        Objection objection = asRead(id, expectedVersion);
        HumanStep.person(currentUser, "Objection.hearing", id);
        LocalDate today = clock.today();
        if (heardOn == null || heardOn.isBefore(objection.getReceivedOn()) || heardOn.isAfter(today)) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid",
                    List.of(new FieldProblem("heardOn", "validation.heardOn.range", objection.getReceivedOn(), today)));
        }
        objection.heard(heardOn);
        return changed(objection, "objection.heard");
    }

    /**
     * The file the objector may inspect (Awb 7:4), oldest first: the request and its supplements, the findings, the
     * hearing, the decision and its letter, the objection and its hearing. Never the assessment's confidential annex.
     * For the institution's staff and authority staff; the read is audited.
     */
    public List<ObjectionFileItem> file(long objectionId) {
        Objection objection = visible(objectionId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.objection.notFound"));
        AccessDecision decision = em.find(AccessDecision.class, objection.getDecisionId());
        DecisionView d = decision.view();
        List<ObjectionFileItem> items = new ArrayList<>();
        requests.request(d.requestId()).ifPresent(r -> items.add(new ObjectionFileItem("REQUEST", r.submittedOn(), r.reference())));
        requests.details(d.requestId()).ifPresent(r -> r.supplements().forEach(s -> {
            items.add(new ObjectionFileItem("SUPPLEMENT", s.askedOn(), d.requestReference() + " #" + s.number()));
            if (s.answeredOn() != null) {
                items.add(new ObjectionFileItem("SUPPLEMENT_ANSWER", s.answeredOn(), d.requestReference() + " #" + s.number()));
            }
        }));
        Assessment assessment = em.find(Assessment.class, decision.getAssessmentId());
        if (assessment != null) {
            items.add(new ObjectionFileItem("FINDINGS", d.decidedOn(), d.reference()));
            HearingView hearing = assessment.hearing();
            if (hearing != null) {
                items.add(new ObjectionFileItem("HEARING_INVITATION", hearing.invitedOn(), d.reference()));
                if (hearing.viewReceivedOn() != null) {
                    items.add(new ObjectionFileItem("HEARING_VIEW", hearing.viewReceivedOn(), d.reference()));
                }
            }
        }
        items.add(new ObjectionFileItem("DECISION", d.decidedOn(), d.reference()));
        items.add(new ObjectionFileItem("LETTER", d.sentOn(), d.reference() + ".pdf"));
        String reference = letterReference(objection);
        items.add(new ObjectionFileItem("OBJECTION", objection.getReceivedOn(), reference));
        if (objection.getHeardOn() != null) {
            items.add(new ObjectionFileItem("OBJECTION_HEARING", objection.getHeardOn(), reference));
        }
        ObjectionView state = objection.view();
        if (!state.open()) {
            items.add(new ObjectionFileItem("OBJECTION_DECISION", state.decidedOn(), reference + ".pdf"));
        }
        audit.personalDataViewed("Objection.file", objectionId, decision.getInstitutionId());
        return items.stream().sorted(java.util.Comparator.comparing(ObjectionFileItem::date, java.util.Comparator.nullsFirst(
                java.util.Comparator.naturalOrder()))).toList();
    }

    /** The letter of the decision on an objection the caller may see; the read is audited. */
    public java.util.Optional<ObjectionLetter> letter(long objectionId) {
        return visible(objectionId).flatMap(objection -> {
            audit.personalDataViewed("ObjectionLetter", objectionId, objection.getInstitutionId());
            return java.util.Optional.ofNullable(em.find(ObjectionLetter.class, objectionId));
        });
    }

    /** {@code KVS-2026-000123-B1-BZ1}: the decision's reference and the objection's number against it. */
    String letterReference(Objection objection) {
        long number = em.createQuery("select count(o) from Objection o where o.decisionId = :d and o.id <= :id", Long.class)
                .setParameter("d", objection.getDecisionId()).setParameter("id", objection.getId()).getSingleResult();
        return em.find(AccessDecision.class, objection.getDecisionId()).getReference() + "-BZ" + number;
    }

    /** One objection, if the caller may see its decision. */
    public java.util.Optional<ObjectionView> objection(long id) {
        return visible(id).map(objection -> objection.view(em.find(ObjectionLetter.class, id) != null));
    }

    /** The objection, if the caller may see the decision it is against (the register's scoping; a refusal audited there). */
    private java.util.Optional<Objection> visible(long id) {
        return java.util.Optional.ofNullable(em.find(Objection.class, id)).filter(o -> register.find(o.getDecisionId()).isPresent());
    }

    /** The last day of the objection term of a decision the caller may see (6 weeks from the day after sending). */
    public java.util.Optional<LocalDate> termEndsOn(long decisionId) {
        return register.find(decisionId).map(d -> letters.objectionUntil(d.view().sentOn()));
    }

    /** Excuses a late objection (Awb 6:11), with the reason (authority staff). */
    @Transactional
    public ObjectionView excuse(long id, long expectedVersion, String reason) {
        Objection objection = asRead(id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        String clean = Inputs.required(problems, "reason", reason, 2000, true);
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.invalid", problems);
        objection.excuse(clean);
        return changed(objection, "objection.excused");
    }

    /** An advisory committee hears it: the decision is due 12 weeks after the objection term (authority staff). */
    @Transactional
    public ObjectionView committee(long id, long expectedVersion) {
        Objection objection = asRead(id, expectedVersion);
        objection.heardByCommittee();
        return changed(objection, "objection.committee");
    }

    /** The one extension by 6 weeks (authority staff). */
    @Transactional
    public ObjectionView extend(long id, long expectedVersion) {
        Objection objection = asRead(id, expectedVersion);
        objection.extend();
        return changed(objection, "objection.extended");
    }

    /**
     * The decision on the objection: founded, unfounded or inadmissible, with the reasons (authority staff). Its letter
     * is made at once (with the appeal clause) and the institution is told; a founded objection names the decision that
     * replaced the one objected to, when that correction is signed already.
     */
    @Transactional
    public ObjectionView decide(long id, long expectedVersion, String outcome, String reasons) {
        Objection objection = asRead(id, expectedVersion);
        String decider = HumanStep.person(currentUser, "Objection.decide", id);
        List<FieldProblem> problems = new ArrayList<>();
        Objection.Outcome result = null;
        try {
            result = Objection.Outcome.valueOf(outcome == null ? "" : outcome.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("outcome", "validation.objection.outcome"));
        }
        String clean = Inputs.required(problems, "reasons", reasons, 8000, true);
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.invalid", problems);
        AccessDecision objected = em.find(AccessDecision.class, objection.getDecisionId());
        Long replacement = result != Objection.Outcome.FOUNDED ? null : em.createQuery(
                        "select d.id from AccessDecision d where d.correctsId = :id order by d.signedAt desc, d.id desc", Long.class)
                .setParameter("id", objected.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        LocalDate today = clock.today();
        objection.decide(result, today, clean, decider, replacement);
        ObjectionView view = changed(objection, "objection.decided");
        DecisionView d = objected.view();
        String reference = letterReference(objection);
        byte[] pdf = LetterRenderer.render(new ObjectionLetterContent(reference, d.reference(), today, letters.letterhead(),
                letters.addressee(d.institutionId(), d.requestId()), d.personName(), d.personReference(), d.unitName(), objection.getReceivedOn(),
                objection.getHeardOn(), result.name(), replacement == null ? null : em.find(AccessDecision.class, replacement).getReference(),
                clean, letters.objectionUntil(today), letters.signatory(decider)));
        em.persist(new ObjectionLetter(objection.getId(), reference + ".pdf", DigestUtils.sha256Hex(pdf), pdf));
        notifications.toInstitution(d.institutionId(), Text.of(DecisionsModule.BUNDLE, "notice.objectionDecided.subject", d.reference()),
                Text.of(DecisionsModule.BUNDLE, "notice.objectionDecided.body", d.reference(),
                        Text.of(DecisionsModule.BUNDLE, "objection.outcome." + result.name()), letters.objectionUntil(today)),
                Assessments.requestLink(d.requestId()), "screening-request:" + d.requestId());
        return view;
    }

    private ObjectionView changed(Objection objection, String action) {
        objection.dueOn(dueOn(objection));
        em.flush();
        ObjectionView view = objection.view();
        audit.record(new AuditEvent(action, "Objection", String.valueOf(view.id()), view.institutionId(), Map.of(),
                Map.of("dueOn", view.dueOn().toString(), "outcome", String.valueOf(view.outcome()))));
        return view;
    }

    /** 6 weeks (12 with a committee) from the end of the objection term, plus the extension (Awb 7:10): {@link ObjectionTerm}. */
    LocalDate dueOn(Objection objection) {
        return new ObjectionTerm(objection.getTermEndsOn()).decisionDueOn(calendar, objection.isCommittee(), objection.isExtended());
    }

    private Objection asRead(long id, long expectedVersion) {
        register.requireAuthorityStaff();
        Objection objection = em.find(Objection.class, id);
        if (objection == null) {
            throw Refusal.notFound(DecisionsModule.BUNDLE, "error.objection.notFound");
        }
        ConcurrentChangeException.requireVersion(objection, expectedVersion, "Objection", id);
        return objection;
    }
}
