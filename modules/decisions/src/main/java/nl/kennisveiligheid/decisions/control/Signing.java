package nl.kennisveiligheid.decisions.control;

import nl.kennisveiligheid.platform.api.AccessRefusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kennisveiligheid.decisions.api.AssessmentData;
import nl.kennisveiligheid.decisions.api.AssessmentState;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.decisions.entity.Assessment;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.FourEyes;
import nl.kennisveiligheid.platform.api.HumanStep;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.notification.Notifications;
import nl.kennisveiligheid.screening.api.RequestView;
import nl.kennisveiligheid.screening.api.ScreeningRequests;

/**
 * Signing a prepared assessment into a binding access decision, four eyes: a decider who did not prepare it signs
 * (the assessment refuses its preparer, whatever the screen shows), and only a person signs, never a system. The decision is sent the day it is signed, takes effect no earlier, gets
 * its letter and the institution is told at once. Signing is idempotent: signing a signed assessment again answers
 * with its decision.
 */
@ApplicationScoped
public class Signing {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    Assessments assessments;

    @Inject
    DecisionRegister register;

    @Inject
    ScreeningRequests requests;

    @Inject
    ConditionCatalogue catalogue;

    @Inject
    DecisionLetters letters;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    DecisionsSettings settings;

    /** Signs the request's prepared assessment (the version read); answers with the decision, also when it was signed before. */
    @Transactional
    public DecisionView sign(long requestId, long expectedVersion) {
        register.requireAuthorityStaff();
        if (!currentUser.hasRole(Role.AUTHORITY_DECIDER)) {
            AccessRefusals.record("Assessment.sign", requestId);
            throw new Refusal(Refusal.Kind.FORBIDDEN, DecisionsModule.BUNDLE, "error.sign.deciderOnly", List.of());
        }
        String signer = HumanStep.person(currentUser, "Assessment.sign", requestId);
        if (requests.request(requestId).isEmpty()) {
            throw Refusal.notFound(DecisionsModule.BUNDLE, "error.request.notFound");
        }
        Assessment assessment = assessments.current(requestId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.assessment.notFound"));
        // signers of one assessment take turns: the first signs, the others then find it signed and answer with its decision
        em.refresh(assessment, LockModeType.PESSIMISTIC_WRITE);
        if (assessment.getState() == AssessmentState.SIGNED) {
            return decisionOf(assessment).view();
        }
        ConcurrentChangeException.requireVersion(assessment, expectedVersion, "Assessment", assessment.getId());
        FourEyes.audited("Assessment.sign", requestId, () -> assessment.sign(signer)); // the aggregate refuses the preparer
        RequestView request = requests.details(requestId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.request.notFound"));
        LocalDate today = clock.today();
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.notReady", assessments.readiness(assessment, request, today));

        AssessmentData data = assessment.data();
        Outcome outcome = data.proposedOutcome();
        LocalDate effective = Assessments.effectiveFrom(data.effectiveFrom(), today);
        LocalDate expires = outcome.allowsAccess() ? Assessments.expiresOn(data.expiresOn(), request.data().access().intendedEnd(), effective,
                settings.maxValidityYears()) : null;
        LocalDate due = request.summary().dueOn();
        int daysLate = due == null || !today.isAfter(due) ? 0 : (int) ChronoUnit.DAYS.between(due, today);
        OffsetDateTime now = clock.now().atZone(PlatformClock.ZONE).toOffsetDateTime();
        String reference = assessment.getRequestReference() + "-B" + assessment.getRound();
        boolean correction = assessment.getCorrectsDecisionId() != null;
        AccessDecision decision = new AccessDecision(new AccessDecision.Signed(reference, assessment.getId(), requestId,
                assessment.getRequestReference(), assessment.getInstitutionId(), assessment.getUnitId(), request.summary().unitName(),
                assessment.getPersonReference(), request.data().subject().displayName(), outcome, conditions(data, DUTCH), data.reasons(),
                data.legalBasis(), request.listCode(), request.listVersion(), assessment.getPreparedBy(), signer, now, today, today,
                effective, expires, due, daysLate, assessment.getCorrectsDecisionId(),
                // the turnaround is the application's: a correction or revocation has none
                correction ? null : request.summary().submittedOn(),
                correction ? null : (Integer) (int) requests.suspendedDays(requestId, today), request.summary().clusters(),
                conditions(data, Locale.ENGLISH)));
        em.persist(decision);
        if (outcome == Outcome.REVOKED) {
            em.find(AccessDecision.class, assessment.getCorrectsDecisionId()).revoke(effective);
        }
        em.flush();
        if (request.summary().status().isOpen()) {
            requests.recordDecision(requestId, reference);
        }
        DecisionView signed = decision.view();
        letters.make(signed, signed.conditionsEn(), request);
        audit.record(new AuditEvent("decision.signed", "AccessDecision", String.valueOf(decision.getId()), decision.getInstitutionId(), Map.of(),
                Map.of("reference", reference, "outcome", outcome.name(), "effectiveFrom", effective.toString(),
                        "expiresOn", String.valueOf(expires), "preparedBy", assessment.getPreparedBy())));
        notifications.toInstitution(decision.getInstitutionId(), Text.of(DecisionsModule.BUNDLE, "notice.decision.subject", assessment.getRequestReference()),
                Text.of(DecisionsModule.BUNDLE, "notice.decision.body", reference, assessment.getRequestReference(),
                        Text.of(DecisionsModule.BUNDLE, "outcome." + outcome.name()), effective),
                Assessments.requestLink(requestId), "screening-request:" + requestId);
        // the person is an interested party (Awb 3:41): told at the address the request gives, by reference only
        notifications.toAddress(request.data().subject().email(), Text.of(DecisionsModule.BUNDLE, "notice.person.subject", reference),
                Text.of(DecisionsModule.BUNDLE, "notice.person.body", reference, Text.of(DecisionsModule.BUNDLE, "outcome." + outcome.name()), effective,
                        DecisionLetters.objectionAddress().replace("\n", ", "), letters.objectionUntil(today)), "access-decision:" + decision.getId());
        return decision.view();
    }

    /** The conditions' texts in {@code locale} ({@link ConditionCatalogue#texts}). */
    private List<String> conditions(AssessmentData data, Locale locale) {
        return catalogue.texts(data.conditionCodes(), data.conditionsText(), locale);
    }

    private AccessDecision decisionOf(Assessment assessment) {
        return em.createQuery("select d from AccessDecision d where d.assessmentId = :a", AccessDecision.class)
                .setParameter("a", assessment.getId()).getSingleResult();
    }
}
