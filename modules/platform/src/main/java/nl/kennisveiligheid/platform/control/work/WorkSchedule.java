package nl.kennisveiligheid.platform.control.work;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every half minute, starts this instance's work runner: it retries items whose pause is over and takes over items
 * whose instance died. Not persistent: after downtime the first run catches up.
 */
@Singleton
public class WorkSchedule {

    @Inject
    WorkRunner runner;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        runner.kick();
    }
}
