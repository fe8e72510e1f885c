package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.JobLock;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.calendar.EquatedDaysChanged;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.TimelineEntry.TimelineKind;
import nl.kennisveiligheid.screening.entity.ScreeningRequest;

/**
 * Keeps the stored due dates right when the holiday calendar changes (ADR 0012): after a day was equated with a
 * holiday (or no longer is) and that change committed, the open requests due within a year around it are computed
 * again, in batches of {@value #BATCH} a transaction; a request whose due date moved says so
 * on its timeline. Every night the schedule computes every open request again ({@link DueDateSchedule}), which
 * catches up on anything a restart interrupted. Both run under one job lock.
 */
@ApplicationScoped
public class EquatedDaysFollower {

    private static final Logger LOG = Logger.getLogger(EquatedDaysFollower.class.getName());
    static final String JOB = "screening.due-dates";
    static final int BATCH = 500;
    /** The actor the timeline names for what the system did. */
    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "screening")
    EntityManager em;

    @Inject
    DueDates dueDates;

    @Inject
    RequestHistory history;

    @Inject
    PlatformClock clock;

    @Inject
    JobLock lock;

    @Inject
    EquatedDaysFollower self;

    /**
     * After the change committed, on the administrator's request: a task handed to the managed executor from a page
     * request shared that request's invocation, and the container then closed the page's entity managers twice (a
     * server error on the calendar page). Equated days change a few times in three years; batches keep it short.
     */
    void equatedDayChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EquatedDaysChanged change) {
        recomputeOpen(change.day().minusYears(1), change.day().plusYears(1), change.day());
    }

    /**
     * Computes again the due dates of the open requests due between {@code from} and {@code to} (all open ones when
     * both are {@code null}); the number whose due date moved. Outside a transaction: one per batch.
     */
    public int recomputeOpen(LocalDate from, LocalDate to, LocalDate equatedDay) {
        int[] moved = {0};
        int[] seen = {0};
        boolean ran = lock.runExclusively(JOB, Duration.ofMinutes(30), () -> {
            List<Long> ids = self.openIds(from, to);
            for (int i = 0; i < ids.size(); i += BATCH) {
                moved[0] += self.recompute(ids.subList(i, Math.min(ids.size(), i + BATCH)), equatedDay);
            }
            seen[0] = ids.size();
        });
        if (ran) {
            LOG.info(() -> "Due dates computed again for " + seen[0] + " open requests" + (equatedDay == null ? "" : " (equated day " + equatedDay + ")")
                    + ": " + moved[0] + " moved");
        }
        return moved[0];
    }

    @Transactional
    public List<Long> openIds(LocalDate from, LocalDate to) {
        String range = from == null ? "" : " and r.dueOn between :from and :to";
        var query = em.createQuery("select r.id from ScreeningRequest r where r.status in :open" + range + " order by r.id", Long.class)
                .setParameter("open", List.of(RequestStatus.SUBMITTED, RequestStatus.AWAITING_SUPPLEMENT));
        if (from != null) {
            query.setParameter("from", from).setParameter("to", to);
        }
        return query.getResultList();
    }

    /** One batch in a transaction of its own; the number of requests whose due date moved. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recompute(List<Long> ids, LocalDate equatedDay) {
        LocalDate today = clock.today();
        int moved = 0;
        for (ScreeningRequest request : em.createQuery("select r from ScreeningRequest r where r.id in :ids", ScreeningRequest.class)
                .setParameter("ids", ids).getResultList()) {
            LocalDate before = request.getDueOn();
            LocalDate setAsideBefore = request.getSetAsideDueOn();
            LocalDate after = dueDates.recompute(request, today);
            if (!after.equals(before)) {
                moved++;
                history.recordAs(request, TimelineKind.DUE_DATE_RECOMPUTED, after.toString(), SYSTEM, Map.of("dueOn", String.valueOf(before)),
                        equatedDay == null ? Map.of("dueOn", after.toString()) : Map.of("dueOn", after.toString(), "equatedDay", equatedDay.toString()));
            } else if (setAsideBefore == null && request.getSetAsideDueOn() != null) {
                history.recordAs(request, TimelineKind.SUPPLEMENT_TERM_ENDED, null, SYSTEM, Map.of(),
                        Map.of("setAsideDueOn", request.getSetAsideDueOn().toString()));
            }
        }
        return moved;
    }
}
