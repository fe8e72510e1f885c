package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.decisions.api.AssessmentState;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.ScreeningRequests;

/**
 * The authority's next work in this module, most urgent first: assessments waiting for a decider's signature (never
 * those the decider prepared: four eyes), hearings waiting for a view, objections not yet decided. Authority staff only
 * (the callers check the role); nothing here holds a person's data beyond the references.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NextWork {

    /** An assessment prepared for signing. {@code dueOn} is its request's decision term. */
    public record ToSign(long requestId, String requestReference, Outcome proposed, String preparedBy, LocalDate dueOn) {
    }

    /** An assessment whose hearing waits for the view of the institution or the person. */
    public record OpenHearing(long requestId, String requestReference, LocalDate invitedOn, LocalDate respondBy) {
    }

    /** An objection not yet decided. */
    public record OpenObjection(long id, String decisionReference, String filedBy, LocalDate receivedOn, LocalDate dueOn) {
    }

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    ScreeningRequests requests;

    /** How many assessments wait for a signature that {@code person} may give. */
    public long toSignCount(String person) {
        return em.createQuery("select count(a) from Assessment a where a.state = :prepared and (a.preparedBy is null or a.preparedBy <> :me)", Long.class)
                .setParameter("prepared", AssessmentState.PREPARED).setParameter("me", person).getSingleResult();
    }

    /** The assessments {@code person} may sign, the earliest decision term first (the oldest prepared first when equal). */
    public List<ToSign> toSign(String person, int max) {
        List<Object[]> rows = em.createQuery("select a.requestId, a.requestReference, a.proposedOutcome, a.preparedBy from Assessment a "
                        + "where a.state = :prepared and (a.preparedBy is null or a.preparedBy <> :me) order by a.preparedAt, a.id", Object[].class)
                .setParameter("prepared", AssessmentState.PREPARED).setParameter("me", person).setMaxResults(50).getResultList();
        return rows.stream()
                .map(r -> new ToSign((Long) r[0], (String) r[1], (Outcome) r[2], (String) r[3],
                        requests.request((Long) r[0]).map(RequestSummary::dueOn).orElse(null)))
                .sorted(java.util.Comparator.comparing(ToSign::dueOn, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .limit(max)
                .toList();
    }

    public long openHearingCount() {
        return em.createQuery("select count(a) from Assessment a where a.state = :open and a.hearingInvitedOn is not null and a.hearingViewOn is null",
                Long.class).setParameter("open", AssessmentState.IN_PROGRESS).getSingleResult();
    }

    /** The hearings waiting for a view, the earliest answer date first. */
    public List<OpenHearing> openHearings(int max) {
        return em.createQuery("select a.requestId, a.requestReference, a.hearingInvitedOn, a.hearingRespondBy from Assessment a "
                        + "where a.state = :open and a.hearingInvitedOn is not null and a.hearingViewOn is null order by a.hearingRespondBy, a.id",
                        Object[].class)
                .setParameter("open", AssessmentState.IN_PROGRESS).setMaxResults(max).getResultList().stream()
                .map(r -> new OpenHearing((Long) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3]))
                .toList();
    }

    public long openObjectionCount() {
        return em.createQuery("select count(o) from Objection o where o.outcome is null", Long.class).getSingleResult();
    }

    /** The objections not yet decided, the earliest decision term first. */
    public List<OpenObjection> openObjections(int max) {
        return em.createQuery("select o.id, d.reference, o.filedBy, o.receivedOn, o.dueOn from Objection o, AccessDecision d "
                        + "where d.id = o.decisionId and o.outcome is null order by o.dueOn, o.id", Object[].class)
                .setMaxResults(max).getResultList().stream()
                .map(r -> new OpenObjection((Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], (LocalDate) r[4]))
                .toList();
    }
}
