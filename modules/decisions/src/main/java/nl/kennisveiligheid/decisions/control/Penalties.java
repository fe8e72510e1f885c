package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.kennisveiligheid.decisions.api.Penalty;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.decisions.entity.DefaultNotice;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.ScreeningRequests;

/**
 * Late decisions (Awb 4:17, 4:18): authority staff record the applicant's notice of default; the penalty as it stands
 * follows from the request's due date, that notice and the first decision on the request (none: it runs until today).
 */
@ApplicationScoped
public class Penalties {

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    ScreeningRequests requests;

    @Inject
    DecisionRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    AuditTrail audit;

    /** Records the notice of default received on {@code receivedOn} (default today): only after the due date, once. */
    @Transactional
    public Penalty recordNotice(long requestId, LocalDate receivedOn) {
        register.requireAuthorityStaff();
        RequestSummary request = requests.request(requestId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.request.notFound"));
        LocalDate today = clock.today();
        LocalDate on = receivedOn == null ? today : receivedOn;
        if (request.dueOn() == null || !on.isAfter(request.dueOn()) || on.isAfter(today)) {
            throw Refusal.invalid(DecisionsModule.BUNDLE, "error.invalid", "receivedOn", "validation.notice.range",
                    request.dueOn() == null ? today : request.dueOn().plusDays(1), today);
        }
        if (em.find(DefaultNotice.class, requestId) != null) {
            throw Refusal.conflict(DecisionsModule.BUNDLE, "error.notice.exists");
        }
        em.persist(new DefaultNotice(requestId, request.institutionId(), on, currentUser.name()));
        em.flush();
        audit.record(new AuditEvent("default-notice.recorded", "ScreeningRequest", String.valueOf(requestId), request.institutionId(), Map.of(),
                Map.of("receivedOn", on.toString())));
        return penalty(requestId).orElseThrow();
    }

    /** The penalty as it stands, when a notice of default was received for a request the caller may see. */
    public Optional<Penalty> penalty(long requestId) {
        Optional<RequestSummary> request = requests.request(requestId);
        DefaultNotice notice = request.isEmpty() ? null : em.find(DefaultNotice.class, requestId);
        if (notice == null || request.get().dueOn() == null) {
            return Optional.empty();
        }
        LocalDate decided = em.createQuery("select d from AccessDecision d where d.requestId = :r order by d.signedAt, d.id", AccessDecision.class)
                .setParameter("r", requestId).setMaxResults(1).getResultStream().findFirst().map(d -> d.view().decidedOn()).orElse(null);
        return Optional.of(Penalty.of(request.get().dueOn(), notice.getReceivedOn(), decided, clock.today()));
    }

    /** The day the notice of default came in, if it did. */
    public Optional<LocalDate> noticeReceivedOn(long requestId) {
        return requests.request(requestId).map(r -> em.find(DefaultNotice.class, requestId)).map(DefaultNotice::getReceivedOn);
    }
}
