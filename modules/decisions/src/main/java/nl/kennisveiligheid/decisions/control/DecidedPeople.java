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
import nl.kennisveiligheid.decisions.api.DecisionStanding;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.screening.api.RequestPeople;
import nl.kennisveiligheid.signals.api.ScreenedPeople;
import nl.kennisveiligheid.signals.api.ScreenedPerson;
import nl.kennisveiligheid.signals.api.ScreenedSubject;

/**
 * The people with a decision that gives access now or will ({@link DecisionStanding#givesAccessNowOrLater}, the one
 * rule), for re-screening when a list changes (signals' {@link ScreenedPeople}): a new hit on one of them is an alert on
 * their decision, which may lead to a revocation. The query selects a superset (positive, not expired); the rule,
 * weighed in each decision's history, decides. Their details come from the request the decision was taken on.
 */
@ApplicationScoped
public class DecidedPeople implements ScreenedPeople {

    /** The owner kind of a decision's signals report. */
    public static final String OWNER = "access-decision";

    /** The candidates: positive and not expired (a superset of those the rule keeps). */
    private static final String CANDIDATE = "d.outcome in (nl.kennisveiligheid.decisions.api.Outcome.GRANTED,"
            + " nl.kennisveiligheid.decisions.api.Outcome.GRANTED_WITH_CONDITIONS) and (d.expiresOn is null or d.expiresOn >= :today)";

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
        return em.createQuery("select count(d) from AccessDecision d where " + CANDIDATE, Long.class).setParameter("today", clock.today())
                .getSingleResult();
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
        List<AccessDecision> decisions = List.of();
        long after = afterOwnerId;
        while (decisions.isEmpty()) { // a page of candidates the rule keeps none of is no end: read on
            List<AccessDecision> candidates = em.createQuery("select d from AccessDecision d where " + CANDIDATE + " and d.id > :after order by d.id",
                    AccessDecision.class).setParameter("today", today).setParameter("after", after).setMaxResults(size).getResultList();
            if (candidates.isEmpty()) {
                return List.of();
            }
            decisions = DecisionHistories.of(em, candidates).givingAccess(candidates, today);
            after = candidates.get(candidates.size() - 1).getId();
        }
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
