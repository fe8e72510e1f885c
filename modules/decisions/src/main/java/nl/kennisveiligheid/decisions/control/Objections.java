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
import nl.kennisveiligheid.decisions.api.ObjectionView;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.decisions.entity.Objection;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Refusal.FieldProblem;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;
import nl.kennisveiligheid.platform.api.calendar.NamedTerm;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermRequest;
import nl.kennisveiligheid.platform.api.validation.TextRules;

/**
 * Objections (bezwaar) against a decision: filed by the institution (received today), or recorded by authority staff
 * for the institution or the person with the day received and, if posted, the day posted. Whether it came in time
 * follows from the decision's send date (Awb 6:7, 6:8, 6:9 lid 2); a late one may be excused (Awb 6:11). The decision
 * on it is due 6 weeks after the objection term ended, 12 with an advisory committee, once extended by 6 (Awb 7:10),
 * through the legal calendar. An objection does not suspend the decision (Awb 6:16): the access check ignores it.
 */
@ApplicationScoped
public class Objections {

    /** The term for deciding with an advisory committee (Awb 7:10 lid 1). */
    static final Term WITH_COMMITTEE = Term.weeks(12);
    /** The one extension (Awb 7:10 lid 3). */
    static final Term EXTENSION = Term.weeks(6);

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
            throw Refusal.forbidden();
        }
        LocalDate sent = decision.view().sentOn();
        if (received.isBefore(sent) || received.isAfter(today)) {
            problems.add(new FieldProblem("receivedOn", "validation.receivedOn.range", sent, today));
        }
        if (posted != null && (posted.isBefore(sent) || posted.isAfter(received))) {
            problems.add(new FieldProblem("postedOn", "validation.postedOn.range", sent, received));
        }
        String clean = Assessments.blankToNull(grounds);
        if (clean == null) {
            problems.add(new FieldProblem("grounds", "validation.required"));
        }
        TextRules.fieldProblem("grounds", clean, 4000, true).ifPresent(problems::add);
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

    /** Excuses a late objection (Awb 6:11), with the reason (authority staff). */
    @Transactional
    public ObjectionView excuse(long id, long expectedVersion, String reason) {
        Objection objection = asRead(id, expectedVersion);
        String clean = Assessments.blankToNull(reason);
        List<FieldProblem> problems = new ArrayList<>();
        if (clean == null) {
            problems.add(new FieldProblem("reason", "validation.required"));
        }
        TextRules.fieldProblem("reason", clean, 2000, true).ifPresent(problems::add);
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

    /** The decision on the objection: founded, unfounded or inadmissible, with the reasons (authority staff). */
    @Transactional
    public ObjectionView decide(long id, long expectedVersion, String outcome, String reasons) {
        Objection objection = asRead(id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        Objection.Outcome result = null;
        try {
            result = Objection.Outcome.valueOf(outcome == null ? "" : outcome.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("outcome", "validation.objection.outcome"));
        }
        String clean = Assessments.blankToNull(reasons);
        if (clean == null) {
            problems.add(new FieldProblem("reasons", "validation.required"));
        }
        TextRules.fieldProblem("reasons", clean, 8000, true).ifPresent(problems::add);
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.invalid", problems);
        objection.decide(result, clock.today(), clean);
        return changed(objection, "objection.decided");
    }

    private ObjectionView changed(Objection objection, String action) {
        objection.dueOn(dueOn(objection));
        em.flush();
        ObjectionView view = objection.view();
        audit.record(new AuditEvent(action, "Objection", String.valueOf(view.id()), view.institutionId(), Map.of(),
                Map.of("dueOn", view.dueOn().toString(), "outcome", String.valueOf(view.outcome()))));
        return view;
    }

    /** 6 weeks (12 with a committee) from the end of the objection term, plus the extension (Awb 7:10). */
    LocalDate dueOn(Objection objection) {
        Term term = objection.isCommittee() ? WITH_COMMITTEE : NamedTerm.OBJECTION_DECISION.term();
        return calendar.endOfTerm(new TermRequest(objection.getTermEndsOn(), term, true, false, List.of(),
                objection.isExtended() ? List.of(EXTENSION) : List.of())).end();
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
