package nl.kennisveiligheid.platform.control.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.kennisveiligheid.platform.api.JobLock;

/**
 * Every minute, sends the outbox's mail whose (next) attempt is due: mail whose first send after commit failed, and
 * mail left behind by a restart. Not persistent: after downtime the first run catches up; one instance at a time.
 */
@Singleton
public class OutboxSchedule {

    @Inject
    MailDelivery delivery;

    @Inject
    JobLock lock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        runDue();
    }

    /** Sends what is due; the number of mails tried. */
    public int runDue() {
        int[] tried = {0};
        lock.runExclusively("outbox", Duration.ofMinutes(10), () -> delivery.due(200).forEach(id -> {
            delivery.deliver(id);
            tried[0]++;
        }));
        return tried[0];
    }
}
