package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.calendar.EquatedDaysChanged;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.TimelineEntry.TimelineKind;
import nl.kennisveiligheid.screening.entity.ScreeningRequest;

/**
 * When a day is equated with a holiday (or no longer is), the open requests whose decision period may run over it get
 * their due date computed again, after the change committed; a request whose due date moved says so on its timeline.
 */
@ApplicationScoped
public class EquatedDaysFollower {

    private static final Logger LOG = Logger.getLogger(EquatedDaysFollower.class.getName());
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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void equatedDayChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EquatedDaysChanged change) {
        recomputeAround(change.day());
    }

    /**
     * Computes again the due dates of open requests due within a year around {@code day} (a decision period with its
     * extension and suspensions ends within that); the number whose due date moved.
     */
    @Transactional
    public int recomputeAround(LocalDate day) {
        List<ScreeningRequest> open = em.createQuery("select r from ScreeningRequest r where r.status in :open "
                        + "and r.dueOn between :from and :to", ScreeningRequest.class)
                .setParameter("open", List.of(RequestStatus.SUBMITTED, RequestStatus.AWAITING_SUPPLEMENT))
                .setParameter("from", day.minusYears(1)).setParameter("to", day.plusYears(1)).getResultList();
        LocalDate today = clock.today();
        int moved = 0;
        for (ScreeningRequest request : open) {
            LocalDate before = request.getDueOn();
            LocalDate after = dueDates.recompute(request, today);
            if (!after.equals(before)) {
                moved++;
                history.recordAs(request, TimelineKind.DUE_DATE_RECOMPUTED, after.toString(), SYSTEM, Map.of("dueOn", String.valueOf(before)),
                        Map.of("dueOn", after.toString(), "equatedDay", day.toString()));
            }
        }
        int count = moved;
        LOG.info(() -> "Equated day " + day + " changed: " + open.size() + " open requests computed again, " + count + " due dates moved");
        return moved;
    }
}
