package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kennisveiligheid.decisions.api.AccessAnswer;
import nl.kennisveiligheid.decisions.api.AccessCheckEntry;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.entity.AccessCheckRecord;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.units.api.UnitDirectory;
import nl.kennisveiligheid.units.api.UnitSummary;

/**
 * The access check, the question asked most often: may the person with this reference enter this unit on this day?
 * The unit is found within the caller's institution (another's is not found); an unknown person is simply "no". Every
 * check goes into the access-check log, a plain insert beside the audit trail (it does not wait on the trail's chain).
 */
@ApplicationScoped
public class AccessChecks {

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    UnitDirectory units;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    AuditTrail audit;

    /** The answer for {@code day} (today when {@code null}), logged. */
    @Transactional
    public AccessAnswer check(long unitId, String personReference, LocalDate day) {
        if (!RoleGroup.INSTITUTION_STAFF.includes(currentUser) && !RoleGroup.AUTHORITY_STAFF.includes(currentUser)) {
            throw Refusal.forbidden("AccessCheck", unitId);
        }
        String person = personReference == null ? "" : personReference.strip();
        if (person.isEmpty()) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "person", "validation.required");
        }
        TextRules.fieldProblem("person", person, 100, false).ifPresent(p -> {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", List.of(p));
        });
        LocalDate on = day == null ? clock.today() : day;
        UnitSummary unit = units.unit(unitId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.unit.notFound"));
        // a reference is matched as people type it: regardless of case and surrounding spaces
        List<DecisionView> decisions = em.createQuery("select d from AccessDecision d where d.institutionId = :institution and d.unitId = :unit"
                        + " and upper(d.personReference) = :person order by d.signedAt desc, d.id desc", AccessDecision.class)
                .setParameter("institution", unit.institutionId()).setParameter("unit", unitId)
                .setParameter("person", person.toUpperCase(java.util.Locale.ROOT))
                .getResultList().stream().map(AccessDecision::view).toList();
        AccessAnswer answer = AccessRules.answer(decisions, on, unit.closedOn());
        Long decisionId = answer.decision() == null ? null
                : decisions.stream().filter(d -> d.reference().equals(answer.decision())).findFirst().map(DecisionView::id).orElse(null);
        em.persist(new AccessCheckRecord(new AccessCheckEntry(clock.now().atZone(PlatformClock.ZONE).toOffsetDateTime(), currentUser.name(),
                unit.institutionId(), unitId, person, on, answer.allowed(), decisionId)));
        return answer;
    }

    /**
     * The log of access checks, newest first: an institution's administrators read their own institution's, the auditor
     * every institution's (or one, {@code institutionId}).
     */
    public List<AccessCheckEntry> log(Long institutionId, int first, int size) {
        Optional<Long> own = currentUser.institutionId();
        Long scope;
        if (own.isPresent() && currentUser.hasRole(Role.INSTITUTION_ADMIN)) {
            scope = own.get();
        } else if (own.isEmpty() && currentUser.hasRole(Role.AUDITOR)) {
            scope = institutionId;
        } else {
            throw Refusal.forbidden("AccessCheckLog", null);
        }
        var query = em.createQuery("select c from AccessCheckRecord c" + (scope == null ? "" : " where c.institutionId = :institution")
                + " order by c.checkedAt desc, c.id desc", AccessCheckRecord.class);
        if (scope != null) {
            query.setParameter("institution", scope);
        }
        audit.personalDataViewed("AccessCheckLog", null, scope);
        return query.setFirstResult(first).setMaxResults(size).getResultList().stream().map(AccessCheckRecord::entry).toList();
    }
}
