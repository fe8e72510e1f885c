package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.screening.api.RequestPeople;
import nl.kennisveiligheid.signals.api.ScreenedPeople;
import nl.kennisveiligheid.signals.api.ScreenedPerson;
import nl.kennisveiligheid.signals.api.ScreenedSubject;

/**
 * The people with a positive decision that is not expired or revoked, for re-screening when a list changes (signals'
 * {@link ScreenedPeople}): a new hit on one of them is an alert on their decision, which may lead to a revocation.
 * Their details come from the request the decision was taken on.
 */
@ApplicationScoped
public class DecidedPeople implements ScreenedPeople {

    /** The owner kind of a decision's signals report. */
    public static final String OWNER = "access-decision";

    private static final String VALID = "d.outcome in (nl.kennisveiligheid.decisions.api.Outcome.GRANTED,"
            + " nl.kennisveiligheid.decisions.api.Outcome.GRANTED_WITH_CONDITIONS) and (d.expiresOn is null or d.expiresOn >= :today)"
            + " and d.revokedFrom is null";

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    RequestPeople people;

    @Inject
    PlatformClock clock;

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public long count() {
        return em.createQuery("select count(d) from AccessDecision d where " + VALID, Long.class).setParameter("today", clock.today()).getSingleResult();
    }

    @Override
    public String pageOf(long ownerId) {
        AccessDecision decision = em.find(AccessDecision.class, ownerId);
        // an alert on a decided person leads to the assessment, where a revocation starts (a correction, after a hearing)
        return decision == null ? null : "/decisions/assessment/edit.xhtml?request=" + decision.getRequestId();
    }

    @Override
    public List<ScreenedPerson> page(long afterOwnerId, int size) {
        LocalDate today = clock.today();
        List<AccessDecision> decisions = em.createQuery("select d from AccessDecision d where " + VALID + " and d.id > :after order by d.id",
                AccessDecision.class).setParameter("today", today).setParameter("after", afterOwnerId).setMaxResults(size).getResultList();
        Map<Long, ScreenedPerson> byRequest = new HashMap<>();
        people.ofRequests(decisions.stream().map(AccessDecision::getRequestId).distinct().toList())
                .forEach(p -> byRequest.put(p.subject().ownerId(), p));
        List<ScreenedPerson> screened = new ArrayList<>(decisions.size());
        for (AccessDecision d : decisions) {
            ScreenedPerson person = byRequest.get(d.getRequestId());
            if (person != null) {
                ScreenedSubject s = person.subject();
                screened.add(new ScreenedPerson(new ScreenedSubject(OWNER, d.getId(), d.getReference(), d.getInstitutionId(), s.personReference(),
                        s.personName()), person.profile()));
            }
        }
        return screened;
    }
}
