package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.decisions.api.AppealView;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.decisions.entity.Appeal;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.HumanStep;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Refusal.FieldProblem;

/**
 * Appeals to the court (beroep) as the authority records them, and the provisional relief (Awb 8:81) that suspends a
 * decision: the decision keeps the relief's period and the access check follows it (a suspended revocation lets the
 * grant it revoked hold again). Authority staff record; the institution reads its own.
 */
@ApplicationScoped
public class Appeals {

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    DecisionRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    AuditTrail audit;

    /** Records an appeal against a decision: the court, its case number and the day it was filed. */
    @Transactional
    public AppealView record(long decisionId, String court, String caseNumber, LocalDate filedOn) {
        register.requireAuthorityStaff();
        AccessDecision decision = register.find(decisionId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.decision.notFound"));
        LocalDate today = clock.today();
        List<FieldProblem> problems = new ArrayList<>();
        String cleanCourt = Inputs.required(problems, "court", court, 200, false);
        String cleanCase = Inputs.required(problems, "caseNumber", caseNumber, 60, false);
        LocalDate filed = filedOn == null ? today : filedOn;
        if (filed.isBefore(decision.view().sentOn()) || filed.isAfter(today)) {
            problems.add(new FieldProblem("filedOn", "validation.receivedOn.range", decision.view().sentOn(), today));
        }
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.invalid", problems);
        Appeal appeal = new Appeal(decisionId, decision.getInstitutionId(), decision.getRequestId(), cleanCourt, cleanCase, filed, currentUser.name());
        em.persist(appeal);
        em.flush();
        audit.record(new AuditEvent("appeal.recorded", "Appeal", String.valueOf(appeal.getId()), appeal.getInstitutionId(), Map.of(),
                Map.of("decision", decision.getReference(), "court", cleanCourt, "caseNumber", cleanCase)));
        return appeal.view();
    }

    /** The court's provisional relief suspends the decision from {@code from} until {@code until} (empty: until further notice). */
    @Transactional
    public AppealView relief(long id, long expectedVersion, LocalDate from, LocalDate until) {
        Appeal appeal = asRead(id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("from", "validation.required"));
        } else if (until != null && until.isBefore(from)) {
            problems.add(new FieldProblem("until", "validation.until.beforeFrom"));
        }
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.invalid", problems);
        appeal.relief(from, until);
        em.find(AccessDecision.class, appeal.getDecisionId()).suspend(from, until);
        em.flush();
        Map<String, Object> values = new HashMap<>();
        values.put("from", from.toString());
        values.put("until", String.valueOf(until));
        audit.record(new AuditEvent("appeal.relief", "Appeal", String.valueOf(id), appeal.getInstitutionId(), Map.of(), values));
        return appeal.view();
    }

    /** What the court decided; a relief ends with it (the decision is no longer suspended from the day after). */
    @Transactional
    public AppealView decide(long id, long expectedVersion, String outcome, LocalDate on) {
        Appeal appeal = asRead(id, expectedVersion);
        HumanStep.person(currentUser, "Appeal.decide", id);
        Appeal.Outcome result;
        try {
            result = Appeal.Outcome.valueOf(outcome == null ? "" : outcome.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "outcome", "validation.appeal.outcome");
        }
        LocalDate decided = on == null ? clock.today() : on;
        appeal.decide(result, decided);
        AppealView view = appeal.view();
        if (view.reliefFrom() != null && (view.reliefUntil() == null || view.reliefUntil().isAfter(decided))) {
            em.find(AccessDecision.class, appeal.getDecisionId()).suspend(view.reliefFrom(), decided);
        }
        em.flush();
        audit.record(new AuditEvent("appeal.decided", "Appeal", String.valueOf(id), appeal.getInstitutionId(), Map.of(),
                Map.of("outcome", result.name(), "decidedOn", decided.toString())));
        return appeal.view();
    }

    /** One appeal, if the caller may see its decision. */
    public java.util.Optional<AppealView> appeal(long id) {
        return java.util.Optional.ofNullable(em.find(Appeal.class, id)).filter(a -> register.find(a.getDecisionId()).isPresent()).map(Appeal::view);
    }

    /** The appeals against a decision the caller may see. */
    public List<AppealView> ofDecision(long decisionId) {
        if (register.find(decisionId).isEmpty()) {
            throw Refusal.notFound(DecisionsModule.BUNDLE, "error.decision.notFound");
        }
        return em.createQuery("select a from Appeal a where a.decisionId = :d order by a.filedOn, a.id", Appeal.class).setParameter("d", decisionId)
                .getResultList().stream().map(Appeal::view).toList();
    }

    private Appeal asRead(long id, long expectedVersion) {
        register.requireAuthorityStaff();
        Appeal appeal = em.find(Appeal.class, id);
        if (appeal == null) {
            throw Refusal.notFound(DecisionsModule.BUNDLE, "error.appeal.notFound");
        }
        ConcurrentChangeException.requireVersion(appeal, expectedVersion, "Appeal", id);
        return appeal;
    }
}
