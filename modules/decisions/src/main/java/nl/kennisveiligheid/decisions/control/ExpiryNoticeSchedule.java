package nl.kennisveiligheid.decisions.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every hour, tells the institutions of the decisions that expire soon. Not persistent: after downtime the next run
 * catches up (the notices remember whom they told); with several instances one runs at a time (job lock).
 */
@Singleton
public class ExpiryNoticeSchedule {

    @Inject
    ExpiryNotices notices;

    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        notices.runDue();
    }
}
