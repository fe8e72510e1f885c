package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.Map;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.screening.api.TimelineEntry.TimelineKind;
import nl.kennisveiligheid.screening.entity.ScreeningRequest;
import nl.kennisveiligheid.screening.entity.TimelineEvent;

/**
 * Writes what happened to a request twice, in the caller's transaction: on its timeline (for the people who work with
 * it, with the due date as it stands after) and in the audit trail (without the person's data: the values name
 * statuses, dates and numbers only).
 */
@ApplicationScoped
public class RequestHistory {

    @PersistenceContext(unitName = "screening")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    AuditTrail audit;

    public void record(ScreeningRequest request, TimelineKind kind, String detail, Map<String, Object> before, Map<String, Object> after) {
        recordAs(request, kind, detail, currentUser.name(), before, after);
    }

    /** The same, by a named actor (the system, for a recomputation). */
    public void recordAs(ScreeningRequest request, TimelineKind kind, String detail, String actor, Map<String, Object> before,
                         Map<String, Object> after) {
        em.persist(new TimelineEvent(request.getId(), clock.now().atOffset(ZoneOffset.UTC), clock.today(), kind, actor, detail, request.getDueOn()));
        audit.record(new AuditEvent("screening-request." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "ScreeningRequest",
                String.valueOf(request.getId()), request.getInstitutionId(), before, after));
    }
}
