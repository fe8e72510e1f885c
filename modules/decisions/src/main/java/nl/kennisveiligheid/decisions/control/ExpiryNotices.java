package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kennisveiligheid.decisions.api.DecisionStanding;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.decisions.entity.ExpiryNotice;
import nl.kennisveiligheid.platform.api.JobLock;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.notification.Notifications;

/**
 * Tells an institution that a positive decision expires soon ({@code decisions.expiry-notice-weeks} before, default
 * 8), so that it can ask for a renewal in time. The access check needs none of this: it follows the decision's dates.
 * Each decision is told once ({@code expiry_notice}); every run catches up on everything due up to now, so a run missed
 * in downtime loses nothing, and a decision that expired meanwhile (within {@value #CATCH_UP_DAYS} days) is still told.
 * Not told: a decision that is not the deciding one on its last day ({@link DecisionStanding#expiryToBeNoticed}: revoked,
 * suspended or replaced by a newer decision by then).
 */
@ApplicationScoped
public class ExpiryNotices {

    static final String JOB = "decisions.expiry-notices";
    /** How far back a run still tells of a decision that expired while no run came (e.g. downtime). */
    static final int CATCH_UP_DAYS = 30;

    private static final Logger LOG = Logger.getLogger(ExpiryNotices.class.getName());

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Inject
    DecisionsSettings settings;

    @Inject
    Notifications notifications;

    @Inject
    JobLock lock;

    @Inject
    ExpiryNotices self;

    /** Runs {@link #notifyDue()} under the job lock, logging instead of throwing (for the schedule). */
    public void runDue() {
        try {
            lock.runExclusively(JOB, Duration.ofMinutes(15), () -> {
                int told = self.notifyDue();
                if (told > 0) {
                    LOG.info(() -> "Expiry notices: " + told + " institution notice(s) sent");
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Expiry notices failed; the next run tries again", e);
        }
    }

    /** Tells the institutions of every decision due for its notice and not told yet; returns how many were told. */
    @Transactional
    public int notifyDue() {
        LocalDate today = clock.today();
        // the candidates (positive, expiring within the horizon or lately, not told); the one rule decides which are told
        List<AccessDecision> candidates = em.createQuery("select d from AccessDecision d where d.outcome in :positive and d.expiresOn is not null"
                        + " and d.expiresOn <= :horizon and d.expiresOn >= :catchUp"
                        + " and not exists (select n from ExpiryNotice n where n.decisionId = d.id)"
                        + " order by d.expiresOn, d.id", AccessDecision.class)
                .setParameter("positive", List.of(Outcome.GRANTED, Outcome.GRANTED_WITH_CONDITIONS))
                .setParameter("horizon", today.plusWeeks(settings.expiryNoticeWeeks()))
                .setParameter("catchUp", today.minusDays(CATCH_UP_DAYS))
                .getResultList();
        DecisionHistories histories = DecisionHistories.of(em, candidates);
        List<AccessDecision> due = candidates.stream().filter(d -> DecisionStanding.expiryToBeNoticed(d.view(), histories.of(d))).toList();
        for (AccessDecision d : due) {
            boolean expired = d.getExpiresOn().isBefore(today);
            notifications.toInstitution(d.getInstitutionId(),
                    Text.of(DecisionsModule.BUNDLE, expired ? "notice.expired.subject" : "notice.expiry.subject", d.getReference(), d.getExpiresOn()),
                    Text.of(DecisionsModule.BUNDLE, expired ? "notice.expired.body" : "notice.expiry.body", d.getReference(), d.getUnitName(),
                            d.getExpiresOn(), d.getRequestReference()),
                    Assessments.requestLink(d.getRequestId()), "access-decision:" + d.getId());
            em.persist(new ExpiryNotice(d.getId(), d.getExpiresOn(), clock.now().atOffset(ZoneOffset.UTC)));
        }
        return due.size();
    }
}
