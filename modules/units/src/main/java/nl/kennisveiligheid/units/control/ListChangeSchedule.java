package nl.kennisveiligheid.units.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every quarter of an hour (so at midnight too), follows the Annex 2 versions whose effective date has come and
 * tries again the units that failed. Not persistent: after downtime the next run catches up on everything due
 * (the changes remember how far they got); with several instances one runs at a time (job lock).
 */
@Singleton
public class ListChangeSchedule {

    @Inject
    ListChangeFollower follower;

    @Schedule(hour = "*", minute = "0,15,30,45", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        follower.runDue();
    }
}
