package nl.kennisveiligheid.screening.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every night at 01:30 the due dates of all open requests are computed again: a supplement term that ended
 * unanswered yesterday shows the set-aside date today, and whatever a restart interrupted is caught up. Not persistent;
 * one instance at a time (job lock).
 */
@Singleton
public class DueDateSchedule {

    @Inject
    EquatedDaysFollower follower;

    @Schedule(hour = "1", minute = "30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        follower.recomputeOpen(null, null, null);
    }
}
